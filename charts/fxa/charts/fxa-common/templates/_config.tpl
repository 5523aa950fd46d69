{{/*
fxa-common.configmap: the server's non-secret environment. For a hook Job it is a hook too (created first).
Usage: include "fxa-common.configmap" (dict "context" $ "spec" $spec "data" $config)
*/}}
{{- define "fxa-common.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-env
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" . | nindent 4 }}
  {{- with include "fxa-common.hookAnnotations" (dict "spec" .spec "weight" "-10") }}{{ . | nindent 2 }}{{ end }}
data:
  {{- range $k := keys .data | sortAlpha }}
  {{ $k }}: {{ index $.data $k | quote }}
  {{- end }}
{{- end -}}

{{/*
fxa-common.secret: secret variables given inline in values (development); production names existing Secrets.
Usage: include "fxa-common.secret" (dict "context" $ "spec" $spec "data" $inline)
*/}}
{{- define "fxa-common.secret" -}}
apiVersion: v1
kind: Secret
type: Opaque
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-env
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" . | nindent 4 }}
  {{- with include "fxa-common.hookAnnotations" (dict "spec" .spec "weight" "-10") }}{{ . | nindent 2 }}{{ end }}
data:
  {{- range $k := keys .data | sortAlpha }}
  {{ $k }}: {{ index $.data $k | b64enc | quote }}
  {{- end }}
{{- end -}}

{{/*
fxa-common.hookAnnotations: Helm hook annotations for the objects of a hook Job (nothing for
Deployments). The Job stays until the next install/upgrade so its logs can be read; its Secret (inline
secret values only) goes as soon as the hooks succeeded.
Usage: include "fxa-common.hookAnnotations" (dict "spec" $spec "weight" "-10")
*/}}
{{- define "fxa-common.hookAnnotations" -}}
{{- if eq .spec.workload.kind "Job" -}}
annotations:
  helm.sh/hook: {{ .spec.workload.hook }}
  helm.sh/hook-weight: {{ .weight | quote }}
  helm.sh/hook-delete-policy: {{ if eq .weight "0" }}before-hook-creation{{ else }}before-hook-creation,hook-succeeded{{ end }}
{{- end -}}
{{- end -}}
