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
{{- $keys := include "fxa-common.names.keys" . }}
{{- $shared := include "fxa-common.names.sharedSecret" . }}
{{- /* lookup answers only against a cluster (install, upgrade); the namespace's default service account tells which */}}
{{- if lookup "v1" "ServiceAccount" .Release.Namespace "default" }}
{{- $missing := list }}
{{- if not (lookup "v1" "Secret" .Release.Namespace $keys) }}{{ $missing = append $missing $keys }}{{ end }}
{{- if and .Values.global.secrets.existingSecret (not (lookup "v1" "Secret" .Release.Namespace $shared)) }}{{ $missing = append $missing $shared }}{{ end }}
{{- with $missing }}

WARNING: the Secret(s) {{ join ", " . }} do not exist in this namespace, so FxA pods cannot start. Make them once:
  npx fxa-helm secrets init -f <your values> --namespace {{ $.Release.Namespace }} --release {{ $.Release.Name }}
{{- end }}
{{- end }}

Keys are read from the Secret "{{ $keys }}" (made by fxa-helm secrets init; Helm never changes it), shared secrets from "{{ $shared }}"
{{- if .Values.global.secrets.existingSecret }} (made the same way){{ else }} (rendered from global.secrets.values){{ end }}.
After `fxa-helm secrets rotate ...`, run helm upgrade: exactly the servers reading what changed restart.
{{- if (index .Values "mailpit" | default dict).enabled }}

Mail is caught by Mailpit (development): kubectl --namespace {{ .Release.Namespace }} port-forward svc/{{ include "fxa-common.names.fullname" (dict "context" . "server" "mailpit") }} 8025
then open http://localhost:8025/mailpit/ to read verification codes.
{{- end }}
{{- end -}}
