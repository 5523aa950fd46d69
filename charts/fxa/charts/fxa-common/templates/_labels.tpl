{{/*
fxa-common.labels.standard: the Kubernetes recommended labels of one object: name and component from the
spec, or given as name and component (objects that are no server's); unversioned leaves out the version
label (the shared Secret and volumes, which outlive the release that made them).
Usage: include "fxa-common.labels.standard" (dict "context" $ "spec" $spec)
       include "fxa-common.labels.standard" (dict "context" $ "name" "fxa-secrets" "component" "secrets" "unversioned" true)
*/}}
{{- define "fxa-common.labels.standard" -}}
{{- $spec := .spec | default dict -}}
{{ include "fxa-common.labels.selector" . }}
{{- if not .unversioned }}
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/component: {{ .component | default $spec.component }}
app.kubernetes.io/part-of: fxa
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
helm.sh/chart: {{ include "fxa-common.names.chart" .context }}
{{- end -}}

{{/*
fxa-common.labels.selector: the immutable subset used by selectors (name + instance); the name from the
spec unless given.
Usage: include "fxa-common.labels.selector" (dict "context" $ "spec" $spec)
       include "fxa-common.labels.selector" (dict "context" $ "name" "fxa-debug")
*/}}
{{- define "fxa-common.labels.selector" -}}
app.kubernetes.io/name: {{ .name | default (.spec | default dict).name }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
{{- end -}}
