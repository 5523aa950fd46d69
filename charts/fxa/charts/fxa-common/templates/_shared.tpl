{{/*
fxa-common.sharedSecrets.data: the inline shared secrets (JSON), "" when an existing Secret is named.
Usage: include "fxa-common.sharedSecrets.data" $
*/}}
{{- define "fxa-common.sharedSecrets.data" -}}
{{- $s := .Values.global.secrets | default dict -}}
{{- if not $s.existingSecret -}}
{{- $data := dict -}}
{{- range $k, $v := ($s.values | default dict) -}}{{- if $v -}}{{- $_ := set $data $k $v -}}{{- end -}}{{- end -}}
{{- toJson $data -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.sharedSecrets: the Secret <release>-fxa-secrets from global.secrets.values, unless
global.secrets.existingSecret names one. A pre-install hook so the migrations Job can read it too, and a
pre-rollback one so a rollback restores the values of the revision it returns to (a hook is not part of the
release's manifest). Kept on uninstall so an accidental uninstall never loses keys. `fxa-helm secrets init`
makes a Secret Helm never touches instead (global.secrets.existingSecret): the production way.
Usage: include "fxa-common.sharedSecrets" $
*/}}
{{- define "fxa-common.sharedSecrets" -}}
{{- $data := include "fxa-common.sharedSecrets.data" . -}}
{{- if $data }}
apiVersion: v1
kind: Secret
type: Opaque
metadata:
  name: {{ include "fxa-common.names.sharedSecret" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" . "name" "fxa-secrets" "component" "secrets" "unversioned" true) | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade,pre-rollback
    helm.sh/hook-weight: "-20"
    helm.sh/hook-delete-policy: before-hook-creation
    helm.sh/resource-policy: keep
data:
  {{- $m := $data | fromJson }}
  {{- range $k := keys $m | sortAlpha }}
  {{ $k }}: {{ index $m $k | b64enc | quote }}
  {{- end }}
{{- end }}
{{- end -}}
