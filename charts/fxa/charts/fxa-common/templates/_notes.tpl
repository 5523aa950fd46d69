{{/*
fxa-common.notes: NOTES.txt of the fxa chart: where FxA is reachable and how to check it. No secrets.
Usage: include "fxa-common.notes" $
*/}}
{{- define "fxa-common.notes" -}}
Mozilla Accounts (FxA) release "{{ .Release.Name }}" in namespace "{{ .Release.Namespace }}" ({{ .Values.global.environment }}).

{{- $dir := .Files.Get "directory.json" | fromJson }}
{{- $data := .Files.Get "services.json" | fromJson }}
{{- $spec := dict "directory" $dir }}
{{- $sync := $data.endpoints.syncTokenServer }}
{{- $syncOn := include "fxa-common.enabled" (dict "context" . "entry" (index $dir $sync.server)) }}
{{- $catcher := $data.services.smtp.server }}
{{- $catcherOn := include "fxa-common.enabled" (dict "context" . "entry" (index $dir $catcher)) }}
{{- $public := trimSuffix "/" .Values.global.publicUrl }}

Public URLs:
{{- range $name := keys $dir | sortAlpha }}
{{- $e := index $dir $name }}
{{- if and (include "fxa-common.enabled" (dict "context" $ "entry" $e)) (not (kindIs "invalid" $e.publicPath)) }}
  {{ printf "%-22s" $name }} {{ include "fxa-common.urls.public" (dict "context" $ "spec" $spec "server" $name) }}
{{- end }}
{{- end }}

Point Firefox at it:
  Desktop: in about:config set identity.fxaccounts.autoconfig.uri to {{ $public }}
    (Firefox then reads {{ $public }}/.well-known/fxa-client-configuration, Sync's address included)
{{- if hasPrefix "http://" .Values.global.publicUrl }}
    Over plain http Firefox also needs identity.fxaccounts.allowHttp set to true.
{{- end }}
{{- if $syncOn }}
  Android: Settings > About Firefox, tap the logo five times; then Settings > Custom Mozilla account server
    {{ $public }} and Custom Sync server {{ include "fxa-common.urls.public" (dict "context" $ "spec" $spec "server" $sync.server) }}{{ $sync.path }}
{{- else }}
  Android: Settings > About Firefox, tap the logo five times; then Settings > Custom Mozilla account server {{ $public }}
{{- end }}

Watch the rollout (the db-migrations Job runs first, on every install and upgrade):
  kubectl --namespace {{ .Release.Namespace }} get pods,jobs -l app.kubernetes.io/instance={{ .Release.Name }} --watch
  kubectl --namespace {{ .Release.Namespace }} get deploy,job,svc -l app.kubernetes.io/instance={{ .Release.Name }}
{{- $r := .Values.global.routes | default dict }}
{{- $tls := $r.tls | default dict }}
{{- $prod := eq .Values.global.environment "production" }}
{{- if and $prod (hasPrefix "http://" .Values.global.publicUrl) }}

WARNING: global.publicUrl is plain http in production: passwords' derived keys and session tokens cross the network readable. Use https.
{{- end }}
{{- if and (eq ($r.kind | default "none") "ingress") (hasPrefix "https://" .Values.global.publicUrl) (not $tls.secretName) (not $tls.certManagerIssuer) }}

NOTE: the Ingresses carry no certificate (global.routes.tls is empty): HTTPS must end in front of them, or set global.routes.tls.certManagerIssuer.
{{- end }}
{{- if and $prod $catcherOn }}

WARNING: mail goes to the Mailpit catcher ({{ $catcher }}.enabled), so no user receives a verification code. Set global.smtp to your relay and turn {{ $catcher }} off.
{{- end }}
{{- if and $prod (not .Values.global.secrets.existingSecret) }}

WARNING: shared secrets are rendered from global.secrets.values, so they live in your values files. Name a Secret in global.secrets.existingSecret instead, holding the passwords only you know: {{ if .Values.global.secrets.generate }}the install hook adds every other key{{ else }}fxa-helm secrets init makes the rest{{ end }}.
{{- end }}
{{- $keys := include "fxa-common.names.keys" . }}
{{- $shared := include "fxa-common.names.sharedSecret" . }}
{{- /* missing Secrets are not warned of here: the install hook makes them, or, with generation off, the servers'
fxa-common.validate.secretsExist refuses the install before this is shown */}}

Keys are read from the Secret "{{ $keys }}" ({{ if .Values.global.secrets.generate }}made by the install hook{{ else }}made by fxa-helm secrets init{{ end }}; Helm never changes it), shared secrets from "{{ $shared }}"
{{- if .Values.global.secrets.existingSecret }} (made the same way, with the passwords you gave){{ else }} (rendered from global.secrets.values){{ end }}.
After `fxa-helm secrets rotate ...`, run helm upgrade: exactly the servers reading what changed restart.
{{- if $catcherOn }}
{{- $ui := index $dir $catcher }}

Mail is caught by Mailpit (development): kubectl --namespace {{ .Release.Namespace }} port-forward svc/{{ include "fxa-common.names.fullname" (dict "context" . "server" $catcher) }} {{ (first $ui.ports).port }}
then open http://localhost:{{ (first $ui.ports).port }}{{ $ui.publicPath }}/ to read verification codes.
{{- end }}
{{- end -}}
