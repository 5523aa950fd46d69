/**
 * The chart's alerts and dashboards as rendered from values/prod.yaml: Prometheus's own promtool checks the
 * PrometheusRule's groups and runs the hand-written unit tests of every alert (alert-tests.yaml); every
 * dashboard query parses and selects only series the statsd mapping makes or kube-state-metrics, Prometheus
 * and cert-manager expose; each alert has its runbook; and the switches and thresholds work.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ALERT_GROUPS, anchorOf } from '../../schema/alerts.ts';
import { DASHBOARDS, EXTERNAL_SERIES } from '../../schema/dashboards.ts';
import { dashboardFile, dashboardJson } from '../../scripts/gen/emit-dashboards.ts';
import { mappedSeries } from '../../scripts/gen/emit-statsd-mapping.ts';
import { ROOT, toolPath } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { CHART, render, valuesFile, type K8sObject } from '../helpers/helm.ts';
import { checkExpressions, seriesIn } from '../helpers/promql.ts';

const API = ['--api-versions', 'monitoring.coreos.com/v1/PrometheusRule'];
const work = mkdtempSync(join(tmpdir(), 'fxa-monitoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Rule { alert: string; expr: string; for: string; labels: Record<string, string>; annotations: Record<string, string> }
interface RuleSpec { groups: { name: string; rules: Rule[] }[] }
const ruleSpec = (objects: K8sObject[]): RuleSpec | undefined => objects.find((o) => o.kind === 'PrometheusRule')?.spec as RuleSpec | undefined;
const prod = (...args: string[]): K8sObject[] => render('helm', ['-f', valuesFile('prod'), ...args]);

/** Every series that exists: the mapped ones (a timer's with its histogram suffixes) and the external ones. */
const KNOWN = new Set([
  ...mappedSeries().flatMap((s) => (s.kind === 'timer' ? ['_bucket', '_sum', '_count'].map((x) => s.name + x) : [s.name])),
  ...Object.keys(EXTERNAL_SERIES),
]);

describe('the alerts', () => {
  const spec = ruleSpec(prod(...API))!;

  it('prod renders them, and promtool accepts the rule groups', async () => {
    expect(spec.groups.map((g) => g.name)).toEqual(ALERT_GROUPS.map((g) => g.name));
    const file = join(work, 'checked.yaml');
    writeFileSync(file, stringify(spec));
    const r = await spawnAsync(toolPath('promtool'), ['check', 'rules', file]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`SUCCESS: ${ALERT_GROUPS.flatMap((g) => g.rules).length} rules found`);
  });

  it('every alert fires on the series that must fire it, and only then (promtool test rules)', async () => {
    const bare = { groups: spec.groups.map((g) => ({ ...g, rules: g.rules.map(({ annotations: _, ...r }) => r) })) };
    writeFileSync(join(work, 'rules.yaml'), stringify(bare));
    copyFileSync(join(import.meta.dirname, 'alert-tests.yaml'), join(work, 'alert-tests.yaml'));
    const r = await spawnAsync(toolPath('promtool'), ['test', 'rules', 'alert-tests.yaml'], { cwd: work });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // and each alert is tested there
    const tested = new Set((parse(readFileSync(join(work, 'alert-tests.yaml'), 'utf8')) as { tests: { alert_rule_test: { alertname: string }[] }[] }).tests.flatMap((t) => t.alert_rule_test.map((a) => a.alertname)));
    expect(ALERT_GROUPS.flatMap((g) => g.rules.map((x) => x.alert)).filter((a) => !tested.has(a))).toEqual([]);
  });

  it('a rule promtool refuses fails the check (it can fail)', async () => {
    expect((await checkExpressions(['sum(rate(x[5m])'])).status).not.toBe(0);
  });

  it('select only series that exist, in the release\'s namespace', () => {
    for (const rule of spec.groups.flatMap((g) => g.rules)) {
      expect(seriesIn(rule.expr).filter((s) => !KNOWN.has(s)), rule.alert).toEqual([]);
      expect(rule.expr, rule.alert).toMatch(/namespace="fxa"/);
      expect(rule.expr).not.toMatch(/namespace="(?!fxa")/);
    }
  });

  it('each links its runbook, a section of docs/guides/troubleshooting.md', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'troubleshooting.md'), 'utf8');
    const anchors = new Set([...guide.matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1]!)));
    for (const rule of spec.groups.flatMap((g) => g.rules)) {
      const [file, anchor] = rule.annotations.runbook!.split('#');
      expect(file).toBe('docs/guides/troubleshooting.md');
      expect(anchors.has(anchor!), `${rule.alert}: no section #${anchor}`).toBe(true);
    }
  });

  it('take their thresholds from values, and their runbook links from runbookBaseUrl', () => {
    const changed = ruleSpec(prod(...API, '--set-json', 'global.metrics.rules.thresholds.errorRatio=0.2', '--set', 'global.metrics.rules.runbookBaseUrl=https://docs.example.org/troubleshooting'))!;
    const rule = changed.groups.flatMap((g) => g.rules).find((r) => r.alert === 'FxAAuthErrorRatioHigh')!;
    expect(rule.expr).toMatch(/> 0\.2$/);
    expect(rule.annotations.runbook_url).toBe('https://docs.example.org/troubleshooting#fxaautherrorratiohigh-auth-answers-with-server-errors');
    expect(spec.groups.flatMap((g) => g.rules).every((r) => r.annotations.runbook_url === undefined)).toBe(true);
  });

  it('render only when switched on and the PrometheusRule API exists; the certificate alert only with cert-manager', () => {
    expect(ruleSpec(prod())).toBeUndefined();
    expect(ruleSpec(prod(...API, '--set', 'global.metrics.rules.enabled=false'))).toBeUndefined();
    expect(ruleSpec(render('helm', ['-f', valuesFile('dev'), ...API]))).toBeUndefined();
    const noIssuer = ruleSpec(prod(...API, '--set', 'global.routes.tls.certManagerIssuer='))!;
    expect(noIssuer.groups.map((g) => g.name)).not.toContain('fxa-certificates');
    expect(spec.groups.find((g) => g.name === 'fxa-certificates')?.rules.map((r) => r.alert)).toEqual(['FxACertificateExpiresSoon']);
  });
});

describe('the dashboards', () => {
  const queries = DASHBOARDS.flatMap((d) => d.rows.flatMap((r) => r.panels.flatMap((p) => p.queries.map((q) => ({ where: `${d.uid} / ${p.title}`, expr: q.expr })))));
  // Grafana's variables, as Grafana fills them in
  const filled = (expr: string): string => expr.replace(/\$namespace/g, 'fxa').replace(/\$__rate_interval/g, '5m');

  it('every query parses (promtool)', async () => {
    const r = await checkExpressions(queries.map((q) => filled(q.expr)));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('every query selects only series that exist, in the dashboard\'s namespace', () => {
    for (const q of queries) {
      expect(seriesIn(q.expr).filter((s) => !KNOWN.has(s)), q.where).toEqual([]);
      expect(q.expr, q.where).toContain('namespace="$namespace"');
    }
  });

  it('the files for import are the dashboards built from the catalog, each panel with its queries', () => {
    for (const d of DASHBOARDS) {
      const file = JSON.parse(readFileSync(join(ROOT, dashboardFile(d)), 'utf8')) as { uid: string; panels: { type: string; title: string; targets?: { expr: string }[] }[] };
      expect(file).toEqual(JSON.parse(JSON.stringify(dashboardJson(d))));
      expect(file.uid).toBe(d.uid);
      const panels = file.panels.filter((p) => p.type !== 'row');
      expect(panels.map((p) => p.title)).toEqual(d.rows.flatMap((r) => r.panels.map((p) => p.title)));
      expect(panels.map((p) => p.targets?.map((t) => t.expr))).toEqual(d.rows.flatMap((r) => r.panels.map((p) => p.queries.map((q) => q.expr))));
    }
  });

  it('prod ships each as a ConfigMap the Grafana sidecar loads; off by default', () => {
    const maps = prod().filter((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('fxa-dashboard-'));
    expect(maps.map((m) => m.metadata.name).sort()).toEqual(DASHBOARDS.map((d) => `fxa-dashboard-${d.uid}`).sort());
    for (const m of maps) {
      expect(m.metadata.labels?.grafana_dashboard).toBe('1');
      const data = Object.entries((m as unknown as { data: Record<string, string> }).data);
      expect(data).toHaveLength(1);
      const [name, text] = data[0]!;
      expect(text).toBe(readFileSync(join(CHART, 'dashboards', name), 'utf8'));
    }
    expect(render('helm', ['-f', valuesFile('dev')]).filter((o) => o.metadata.name.includes('dashboard'))).toEqual([]);
  });
});
