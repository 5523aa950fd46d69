{{/*
fxa-common.serviceAccount: the ServiceAccount every pod of the release runs as: no role binds it, and no
pod mounts its token, so a compromised server gets no Kubernetes API access.
Usage: include "fxa-common.serviceAccount" $ (umbrella chart)
*/}}
{{- define "fxa-common.serviceAccount" -}}
{{- $sa := .Values.global.serviceAccount | default dict -}}
{{- if not $sa.name }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "fxa-common.names.serviceAccount" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" . "spec" (dict "name" "fxa-servers" "component" "identity")) | nindent 4 }}
automountServiceAccountToken: false
{{- end }}
{{- end -}}
