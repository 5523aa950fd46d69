/**
 * The generators of the monitoring files, in process (the mutation run reaches them here): the PrometheusRule
 * template's switches and substitutions, the rule file promtool reads, the dashboards' template and JSON, and
 * docs/observability.md's coverage of every series, panel and alert.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALERT_GROUPS, anchorOf, THRESHOLDS, type AlertGroup } from '../../schema/alerts.ts';
import { DASHBOARDS, EXTERNAL_SERIES } from '../../schema/dashboards.ts';
import { METRIC_EMITTERS, metricWiring } from '../../schema/metrics.ts';
import { emitAlerts, rulesFile, rulesTemplate, withDefaults } from '../../scripts/gen/emit-alerts.ts';
import { dashboardJson, dashboardsTemplate, emitDashboards } from '../../scripts/gen/emit-dashboards.ts';
import { emitObservabilityDoc, observabilityDoc } from '../../scripts/gen/emit-observability-doc.ts';
import { emitStatsdMapping, mappingEntries, statsdMappingYaml } from '../../scripts/gen/emit-statsd-mapping.ts';

const one: AlertGroup = { name: 'g', rules: [{ alert: 'A', expr: (c) => `x{namespace="${c.ns}"} > ${c.t('restarts')}`, for: '1m', severity: 'warning', summary: 'S', runbook: 'A: the thing' }] };
const mixed: AlertGroup = { name: 'm', rules: [...one.rules, { ...one.rules[0]!, alert: 'C', certManager: true }] };
const certOnly: AlertGroup = { name: 'c', rules: [{ ...one.rules[0]!, alert: 'C', certManager: true }] };

describe('the PrometheusRule template', () => {
  it('puts the namespace and the thresholds in as the chart\'s own template expressions', () => {
    const t = rulesTemplate([one]);
    expect(t).toContain('            x{namespace="{{ $.Release.Namespace }}"} > {{ $t.restarts }}\n');
    expect(t).toContain('        - alert: A\n          expr: >-\n');
    expect(t).toContain('          for: 1m\n          labels:\n            severity: warning\n');
    expect(t).toContain('            summary: "S"\n            runbook: "docs/guides/troubleshooting.md#a-the-thing"\n');
    expect(t).toContain('            runbook_url: {{ printf "%s#%s" . "a-the-thing" | quote }}');
  });

  it('renders only while switched on and where the API exists, with the operator\'s labels', () => {
    const t = rulesTemplate([one]);
    expect(t).toContain('{{- if and $r.enabled (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/PrometheusRule") }}');
    expect(t).toContain('{{- $t := $r.thresholds }}');
    expect(t).toContain('    {{- with $r.labels }}{{ toYaml . | nindent 4 }}{{ end }}');
    expect(t.trimEnd().endsWith('{{- end }}')).toBe(true);
  });

  it('leaves out a cert-manager rule without cert-manager, and a group of only such rules whole', () => {
    const m = rulesTemplate([mixed]);
    expect(m).toContain('        {{- if $certManager }}\n        - alert: C');
    expect(m).not.toContain('    {{- if $certManager }}\n    - name: m');
    const c = rulesTemplate([certOnly]);
    expect(c).toContain('    {{- if $certManager }}\n    - name: c\n      rules:\n        - alert: C');
    expect(c).not.toContain('        {{- if $certManager }}');
  });

  it('the rule file has the default thresholds, the severity and the runbook of each alert', () => {
    const file = parse(rulesFile('ns', [one])) as { groups: { name: string; rules: { alert: string; expr: string; for: string; labels: Record<string, string>; annotations: Record<string, string> }[] }[] };
    expect(file).toEqual({ groups: [{ name: 'g', rules: [{ alert: 'A', expr: `x{namespace="ns"} > ${THRESHOLDS.restarts.value}`, for: '1m', labels: { severity: 'warning' }, annotations: { summary: 'S', runbook: 'docs/guides/troubleshooting.md#a-the-thing' } }] }] });
    expect(withDefaults('q').t('errorRatio')).toBe('0.05');
    expect(emitAlerts()).toEqual([{ path: 'charts/fxa/templates/prometheus-rules.yaml', content: rulesTemplate() }]);
  });

  it('anchors are GitHub\'s: lower case, punctuation dropped, spaces to hyphens', () => {
    expect(anchorOf('FxAServerDown: a server has no available pod')).toBe('fxaserverdown-a-server-has-no-available-pod');
    expect(anchorOf("Token server: \"unable to get a node\"")).toBe('token-server-unable-to-get-a-node');
  });
});

describe('the dashboards', () => {
  it('the template ships each file as a sidecar ConfigMap while switched on', () => {
    const t = dashboardsTemplate();
    expect(t).toContain('{{- if $d.enabled }}');
    expect(t).toContain('{{- range $path, $_ := .Files.Glob "dashboards/*.json" }}');
    expect(t).toContain('    {{- with $d.labels }}{{ toYaml . | nindent 4 }}{{ end }}');
    expect(t).toContain('  {{ base $path }}: {{ $.Files.Get $path | quote }}');
    expect(emitDashboards().map((f) => f.path)).toEqual([...DASHBOARDS.map((d) => `charts/fxa/dashboards/${d.uid}.json`), 'charts/fxa/templates/dashboards.yaml']);
  });

  it('each has the data source and namespace variables, and every panel its unit, kind and queries on that data source', () => {
    for (const d of DASHBOARDS) {
      const j = dashboardJson(d) as { uid: string; title: string; templating: { list: { name: string; query: unknown }[] }; panels: { type: string; title: string; fieldConfig?: { defaults: { unit?: string } }; datasource?: { uid: string }; targets?: { expr: string; legendFormat: string }[] }[] };
      expect([j.uid, j.title]).toEqual([d.uid, d.title]);
      expect(j.templating.list.map((v) => v.name)).toEqual(['datasource', 'namespace']);
      expect(j.templating.list[1]!.query).toBe('label_values(up{job=~".*statsd"}, namespace)');
      const panels = j.panels.filter((p) => p.type !== 'row');
      const want = d.rows.flatMap((r) => r.panels);
      expect(panels.map((p) => p.type)).toEqual(want.map((p) => p.kind));
      expect(panels.map((p) => p.fieldConfig?.defaults.unit)).toEqual(want.map((p) => p.unit));
      expect(panels.every((p) => p.datasource?.uid === '${datasource}')).toBe(true);
      expect(panels.map((p) => p.targets?.map((t) => t.legendFormat))).toEqual(want.map((p) => p.queries.map((q) => q.legend)));
      expect(j.panels.filter((p) => p.type === 'row').map((p) => p.title)).toEqual(d.rows.map((r) => r.title));
    }
  });
});

describe('docs/observability.md', () => {
  const doc = observabilityDoc();
  it('lists every mapped series with its StatsD name and source, and every dropped name', () => {
    for (const e of METRIC_EMITTERS) {
      for (const m of e.maps) expect(doc).toContain(`| \`${m.name}\` | ${m.kind === 'timer' ? 'histogram (seconds)' : m.kind} |`);
      for (const m of e.maps) expect(doc).toContain(`\`${e.prefix}${m.match}\` | ${m.source.replace(/\|/g, '\\|')} |`);
      for (const d of e.drops) expect(doc).toContain(`| (dropped) | | | \`${e.prefix}${d.match}\` |`);
    }
    for (const name of Object.keys(EXTERNAL_SERIES)) expect(doc).toContain(`| \`${name}\` |`);
  });

  it('lists every panel with its query and every alert with its query at the defaults and its runbook', () => {
    for (const d of DASHBOARDS) for (const r of d.rows) for (const p of r.panels) expect(doc).toContain(`| ${r.title} | ${p.title} |`);
    const c = withDefaults('fxa');
    for (const g of ALERT_GROUPS) {
      for (const r of g.rules) expect(doc).toContain(`\`${r.expr(c).replace(/\|/g, '\\|')}\` | [${r.summary}](guides/troubleshooting.md#${anchorOf(r.runbook)}) |`);
    }
    for (const [name, t] of Object.entries(THRESHOLDS)) expect(doc).toContain(`| \`${name}\` | ${t.value} |`);
    expect(emitObservabilityDoc()).toEqual([{ path: 'docs/observability.md', content: doc }]);
    expect(doc.endsWith('|\n')).toBe(true);
  });
});

describe('the statsd mapping', () => {
  it('puts each emitter\'s drops before its mappings, with the exporter\'s metric type and the source as a comment', () => {
    const entries = mappingEntries();
    const auth = entries.filter((e) => e.entry.match.startsWith('fxa-auth-server.'));
    expect(auth.findIndex((e) => e.entry.action !== 'drop')).toBe(4);
    expect(entries.find((e) => e.entry.match === 'fxa-auth-server.url_request')!.entry).toMatchObject({ name: 'fxa_auth_request_duration_seconds', match_metric_type: 'observer' });
    expect(entries.find((e) => e.entry.match === 'syncstorage.storage.pool.connections.*')!.entry).toMatchObject({ match_metric_type: 'gauge', labels: { state: '$1' } });
    expect(entries.find((e) => e.entry.match === 'fxa-event-broker.message.type')!.entry).toMatchObject({ match_metric_type: 'counter' });
    const yaml = statsdMappingYaml();
    expect(yaml).toContain('  # packages/fxa-auth-server/lib/server.js@2dd112e1 (metricFactory, on every response)\n  - match: fxa-auth-server.url_request\n');
    expect(parse(yaml)).toMatchObject({ defaults: { match_type: 'glob', observer_type: 'histogram', histogram_options: { buckets: expect.arrayContaining([0.005, 10]) } } });
    expect(emitStatsdMapping()).toEqual([{ path: 'charts/fxa/charts/statsd/files/statsd-mapping.yaml', content: yaml }]);
  });

  it('each server is told the prefix and tag format the mapping expects', () => {
    expect(metricWiring('fxa-auth-server')).toEqual({ STATSD_PREFIX: { from: 'literal', value: 'fxa-auth-server.' } });
    expect(metricWiring('fxa-event-broker')).toEqual({ METRIC_PREFIX: { from: 'literal', value: 'fxa-event-broker.' }, METRIC_USE_TELEGRAF: { from: 'literal', value: 'true' } });
    expect(metricWiring('syncstorage')).toEqual({ SYNC_TOKENSERVER__STATSD_LABEL: { from: 'literal', value: 'syncstorage.tokenserver' }, SYNC_SYNCSTORAGE__STATSD_LABEL: { from: 'literal', value: 'syncstorage' } });
    expect(metricWiring('fxa-profile-server')).toEqual({});
  });
});
