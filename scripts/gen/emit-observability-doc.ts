/**
 * docs/observability.md: every series the statsd mapping makes (with the StatsD name and the FxA source it comes
 * from), every dashboard panel with its queries, and every alert with its query, threshold and runbook, from
 * schema/metrics.ts, schema/dashboards.ts and schema/alerts.ts.
 */
import { ALERT_GROUPS, anchorOf, THRESHOLDS } from '../../schema/alerts.ts';
import { DASHBOARDS, EXTERNAL_SERIES } from '../../schema/dashboards.ts';
import { METRIC_EMITTERS } from '../../schema/metrics.ts';
import { withDefaults } from './emit-alerts.ts';
import { dashboardFile } from './emit-dashboards.ts';
import { STATSD_MAPPING_PATH } from './emit-statsd-mapping.ts';
import type { OutputFile } from './output.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (s: string): string => `\`${cell(s)}\``;

function metricsSection(): string[] {
  const out = ['## Metrics', '',
    `The servers send StatsD to the release's statsd_exporter (\`global.statsd.enabled\`); its mapping (\`${STATSD_MAPPING_PATH}\`) turns these names into`,
    'labelled series. Each server\'s prefix and tag format are set by the chart, so the names hold whatever the release\'s default.',
    'Tags the servers send become labels. Names no mapping matches pass through under the exporter\'s default name (dots and dashes to',
    'underscores); the dropped names below never reach Prometheus.', ''];
  for (const e of METRIC_EMITTERS) {
    out.push(`### ${e.server}${e.part ? ` (${e.part})` : ''}`, '', `Prefix ${code(e.prefix)}; ${cell(e.client)}. Switched and named by ${e.source}.`, '');
    out.push('| series | kind | labels | StatsD name | source |', '|---|---|---|---|---|');
    for (const m of e.maps) {
      const labels = [...Object.keys(m.labels ?? {}), ...m.tags].join(', ');
      out.push(`| ${code(m.name)} | ${m.kind === 'timer' ? 'histogram (seconds)' : m.kind} | ${cell(labels)} | ${code(e.prefix + m.match)} | ${cell(m.source)} |`);
    }
    for (const d of e.drops) out.push(`| (dropped) | | | ${code(e.prefix + d.match)} | ${cell(`${d.source}: ${d.why}`)} |`);
    out.push('');
  }
  out.push('### Series from elsewhere', '', 'The dashboards and alerts also read these, which FxA does not send:', '', '| series | exposed by |', '|---|---|');
  for (const [name, by] of Object.entries(EXTERNAL_SERIES)) out.push(`| ${code(name)} | ${cell(by)} |`);
  return [...out, ''];
}

function dashboardsSection(): string[] {
  const out = ['## Dashboards', '',
    'With `global.metrics.dashboards.enabled` each dashboard is a ConfigMap labelled for Grafana\'s dashboard sidecar',
    '(`global.metrics.dashboards.labels`, `grafana_dashboard: "1"` by default); the same JSON is in `charts/fxa/dashboards/` to import.',
    'Each has a data source and a `namespace` variable (one FxA release per namespace).', ''];
  for (const d of DASHBOARDS) {
    out.push(`### ${d.title}`, '', `${d.description}. File: \`${dashboardFile(d)}\`.`, '', '| row | panel | what it shows | query |', '|---|---|---|---|');
    for (const row of d.rows) for (const p of row.panels) out.push(`| ${cell(row.title)} | ${cell(p.title)} | ${cell(p.description)} | ${p.queries.map((q) => code(q.expr)).join('<br>')} |`);
    out.push('');
  }
  return out;
}

function alertsSection(): string[] {
  const out = ['## Alerts', '',
    'With `global.metrics.rules.enabled`, where the cluster serves the PrometheusRule API, the chart renders these rules in the',
    'release\'s namespace (shown here for namespace `fxa` with the default thresholds). Each threshold is a value under',
    '`global.metrics.rules.thresholds`; each alert links its runbook in [troubleshooting](guides/troubleshooting.md#alerts).', '',
    '| threshold | default | meaning |', '|---|---:|---|'];
  for (const [name, t] of Object.entries(THRESHOLDS)) out.push(`| \`${name}\` | ${t.value} | ${cell(t.doc)} |`);
  out.push('');
  const c = withDefaults('fxa');
  for (const g of ALERT_GROUPS) {
    out.push(`### ${g.name}`, '', '| alert | severity | for | query | runbook |', '|---|---|---|---|---|');
    for (const r of g.rules) {
      out.push(`| ${r.alert}${r.certManager ? ' (with cert-manager)' : ''} | ${r.severity} | ${r.for} | ${code(r.expr(c))} | [${cell(r.summary)}](guides/troubleshooting.md#${anchorOf(r.runbook)}) |`);
    }
    out.push('');
  }
  return out;
}

export function observabilityDoc(): string {
  return [
    '<!-- Generated from schema/metrics.ts, schema/dashboards.ts and schema/alerts.ts by `npm run gen`. Do not edit. -->',
    '# Observability',
    '',
    'What an operator sees of FxA: its StatsD metrics as labelled Prometheus series, dashboards and alerts. Turn on',
    '`global.statsd.enabled` (the servers send), `statsd.enabled` (the exporter runs), and for the Prometheus Operator',
    '`global.metrics.serviceMonitor`, `global.metrics.rules` and `global.metrics.dashboards`; `values/prod.yaml` does.',
    '',
    ...metricsSection(),
    ...dashboardsSection(),
    ...alertsSection(),
  ].join('\n').replace(/\n+$/, '\n');
}

export function emitObservabilityDoc(): OutputFile[] {
  return [{ path: 'docs/observability.md', content: observabilityDoc() }];
}
