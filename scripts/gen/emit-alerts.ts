/**
 * The umbrella's PrometheusRule template (charts/fxa/templates/prometheus-rules.yaml) from schema/alerts.ts: the
 * namespace and every threshold come from the release and its values; rendered only with global.metrics.rules
 * on and where the cluster serves the PrometheusRule API, like the ServiceMonitor. The same rules with the
 * default thresholds (promtool's input in the tests) come from `rulesFile`.
 */
import { stringify } from 'yaml';
import { ALERT_GROUPS, anchorOf, THRESHOLDS, type AlertGroup, type AlertRule, type RuleContext, type ThresholdName } from '../../schema/alerts.ts';
import { hashBanner, type OutputFile } from './output.ts';

export const RULES_TEMPLATE = 'charts/fxa/templates/prometheus-rules.yaml';
export const RUNBOOKS = 'docs/guides/troubleshooting.md';

/** What each rule becomes in the chart: the Go template pieces for the namespace and the thresholds. */
const CHART: RuleContext = { ns: '{{ $.Release.Namespace }}', t: (name) => `{{ $t.${name} }}` };

/** The rule with its thresholds at their defaults, in namespace `ns`. */
export const withDefaults = (ns: string): RuleContext => ({ ns, t: (name: ThresholdName) => String(THRESHOLDS[name].value) });

const annotations = (r: AlertRule): Record<string, string> => ({ summary: r.summary, runbook: `${RUNBOOKS}#${anchorOf(r.runbook)}` });

/** Prometheus's rule-file form (promtool's input): every rule, cert-manager's included. */
export function rulesFile(ns: string, groups: readonly AlertGroup[] = ALERT_GROUPS): string {
  const c = withDefaults(ns);
  return stringify({
    groups: groups.map((g) => ({
      name: g.name,
      rules: g.rules.map((r) => ({ alert: r.alert, expr: r.expr(c), for: r.for, labels: { severity: r.severity }, annotations: annotations(r) })),
    })),
  }, { lineWidth: 0 });
}

const q = (s: string): string => JSON.stringify(s);

function ruleLines(r: AlertRule, gated: boolean): string[] {
  const lines = [
    `        - alert: ${r.alert}`,
    '          expr: >-',
    `            ${r.expr(CHART)}`,
    `          for: ${r.for}`,
    '          labels:',
    `            severity: ${r.severity}`,
    '          annotations:',
    ...Object.entries(annotations(r)).map(([k, v]) => `            ${k}: ${q(v)}`),
    '            {{- with $r.runbookBaseUrl }}',
    `            runbook_url: {{ printf "%s#%s" . ${q(anchorOf(r.runbook))} | quote }}`,
    '            {{- end }}',
  ];
  return r.certManager && !gated ? ['        {{- if $certManager }}', ...lines, '        {{- end }}'] : lines;
}

/** A group of cert-manager rules only is left out whole without cert-manager (an empty group is invalid). */
function groupLines(g: AlertGroup): string[] {
  const gated = g.rules.every((r) => r.certManager);
  const lines = [`    - name: ${g.name}`, '      rules:', ...g.rules.flatMap((r) => ruleLines(r, gated))];
  return gated ? ['    {{- if $certManager }}', ...lines, '    {{- end }}'] : lines;
}

export function rulesTemplate(groups: readonly AlertGroup[] = ALERT_GROUPS): string {
  return [
    hashBanner('schema/alerts.ts').trimEnd(),
    '{{- $r := (.Values.global.metrics | default dict).rules | default dict }}',
    '{{- if and $r.enabled (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/PrometheusRule") }}',
    '{{- $t := $r.thresholds }}',
    '{{- $certManager := (((.Values.global.routes | default dict).tls | default dict).certManagerIssuer) }}',
    'apiVersion: monitoring.coreos.com/v1',
    'kind: PrometheusRule',
    'metadata:',
    '  name: {{ include "fxa-common.names.fullname" (dict "context" $ "server" "fxa-alerts") }}',
    '  namespace: {{ .Release.Namespace | quote }}',
    '  labels:',
    '    {{- include "fxa-common.labels.standard" (dict "context" $ "spec" (dict "name" "fxa-alerts" "component" "monitoring")) | nindent 4 }}',
    '    {{- with $r.labels }}{{ toYaml . | nindent 4 }}{{ end }}',
    'spec:',
    '  groups:',
    ...groups.flatMap(groupLines),
    '{{- end }}',
    '',
  ].join('\n');
}

export function emitAlerts(): OutputFile[] {
  return [{ path: RULES_TEMPLATE, content: rulesTemplate() }];
}
