/**
 * Grafana dashboards from schema/dashboards.ts, built with Grafana's foundation SDK into charts/fxa/dashboards/
 * (files an operator imports), and the umbrella template that ships each as a ConfigMap for the Grafana
 * sidecar while global.metrics.dashboards is on.
 */
import { DashboardBuilder, DatasourceVariableBuilder, QueryVariableBuilder, RowBuilder, VariableRefresh, VariableSort } from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as StatPanel } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TimeseriesPanel } from '@grafana/grafana-foundation-sdk/timeseries';
import { DASHBOARDS, type Dashboard, type Panel } from '../../schema/dashboards.ts';
import { hashBanner, json, type OutputFile } from './output.ts';

export const DASHBOARD_DIR = 'charts/fxa/dashboards';
export const DASHBOARDS_TEMPLATE = 'charts/fxa/templates/dashboards.yaml';

const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };

function panel(p: Panel): TimeseriesPanel | StatPanel {
  const built = p.kind === 'stat' ? new StatPanel().height(6).span(6) : new TimeseriesPanel().height(8).span(8);
  built.title(p.title).description(p.description).unit(p.unit).datasource(DATASOURCE);
  for (const q of p.queries) built.withTarget(new DataqueryBuilder().expr(q.expr).legendFormat(q.legend).datasource(DATASOURCE));
  return built;
}

export function dashboardJson(d: Dashboard): unknown {
  const b = new DashboardBuilder(d.title)
    .uid(d.uid)
    .description(d.description)
    .tags(['fxa', 'generated'])
    .editable()
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'))
    .withVariable(
      new QueryVariableBuilder('namespace')
        .label('Namespace')
        .datasource(DATASOURCE)
        // the namespaces whose statsd_exporter Prometheus scrapes: one FxA release each
        .query('label_values(up{job=~".*statsd"}, namespace)')
        .refresh(VariableRefresh.OnTimeRangeChanged)
        .sort(VariableSort.AlphabeticalAsc),
    );
  for (const row of d.rows) {
    b.withRow(new RowBuilder(row.title));
    for (const p of row.panels) b.withPanel(panel(p));
  }
  return b.build();
}

export const dashboardFile = (d: Dashboard): string => `${DASHBOARD_DIR}/${d.uid}.json`;

export function dashboardsTemplate(): string {
  return [
    hashBanner('schema/dashboards.ts').trimEnd(),
    '{{- $d := (.Values.global.metrics | default dict).dashboards | default dict }}',
    '{{- if $d.enabled }}',
    '{{- range $path, $_ := .Files.Glob "dashboards/*.json" }}',
    '{{- $name := base $path | trimSuffix ".json" }}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ include "fxa-common.names.fullname" (dict "context" $ "server" (printf "dashboard-%s" $name)) }}',
    '  namespace: {{ $.Release.Namespace | quote }}',
    '  labels:',
    '    {{- include "fxa-common.labels.standard" (dict "context" $ "spec" (dict "name" "fxa-dashboards" "component" "monitoring")) | nindent 4 }}',
    '    {{- with $d.labels }}{{ toYaml . | nindent 4 }}{{ end }}',
    '  {{- with $d.annotations }}',
    '  annotations:',
    '    {{- toYaml . | nindent 4 }}',
    '  {{- end }}',
    'data:',
    '  {{ base $path }}: {{ $.Files.Get $path | quote }}',
    '{{- end }}',
    '{{- end }}',
    '',
  ].join('\n');
}

export function emitDashboards(dashboards: readonly Dashboard[] = DASHBOARDS): OutputFile[] {
  return [
    ...dashboards.map((d) => ({ path: dashboardFile(d), content: json(dashboardJson(d)) })),
    { path: DASHBOARDS_TEMPLATE, content: dashboardsTemplate() },
  ];
}
