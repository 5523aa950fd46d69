{{/*
fxa-common.labels.standard: the Kubernetes recommended labels.
Usage: include "fxa-common.labels.standard" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.labels.standard" -}}
{{ include "fxa-common.labels.selector" . }}
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
app.kubernetes.io/component: {{ .spec.component }}
app.kubernetes.io/part-of: fxa
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
helm.sh/chart: {{ include "fxa-common.names.chart" .context }}
{{- end -}}

{{/*
fxa-common.labels.selector: the immutable subset used by selectors (name + instance).
Usage: include "fxa-common.labels.selector" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.labels.selector" -}}
app.kubernetes.io/name: {{ .spec.name }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
{{- end -}}
