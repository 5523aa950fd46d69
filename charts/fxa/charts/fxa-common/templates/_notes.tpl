{{/*
fxa-common.notes: NOTES.txt of the fxa chart: where FxA is reachable and how to check it. No secrets.
Usage: include "fxa-common.notes" $
*/}}
{{- define "fxa-common.notes" -}}
Mozilla Accounts (FxA) release "{{ .Release.Name }}" in namespace "{{ .Release.Namespace }}" ({{ .Values.global.environment }}).

Public URL: {{ .Values.global.publicUrl }}
  Firefox reads {{ trimSuffix "/" .Values.global.publicUrl }}/.well-known/fxa-client-configuration
  (set identity.fxaccounts.autoconfig.uri to {{ .Values.global.publicUrl }} in about:config)

Check the rollout:
  kubectl --namespace {{ .Release.Namespace }} get deploy,job,svc -l app.kubernetes.io/instance={{ .Release.Name }}
{{- if .Values.global.secrets.existingSecret }}

Shared secrets are read from the Secret "{{ .Values.global.secrets.existingSecret }}"; it must exist in this namespace.
{{- end }}
{{- end -}}
