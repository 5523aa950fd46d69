{{/*
fxa-common.names.fullname: "<release>-<server>", DNS-safe; just "<server>" when the server's name
already starts with "<release>-" (release "fxa": fxa-auth-server, fxa-redis). Every chart computes
another server's name the same way, so internal URLs need no lookups.
Usage: include "fxa-common.names.fullname" (dict "context" $ "server" "fxa-auth-server")
*/}}
{{- define "fxa-common.names.fullname" -}}
{{- if hasPrefix (printf "%s-" .context.Release.Name) .server -}}
{{- .server | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .context.Release.Name .server | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.names.chart: "<chart>-<version>" for the helm.sh/chart label.
Usage: include "fxa-common.names.chart" $
*/}}
{{- define "fxa-common.names.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
fxa-common.names.sharedSecret: the Secret holding the secrets several servers share.
Usage: include "fxa-common.names.sharedSecret" $
*/}}
{{- define "fxa-common.names.sharedSecret" -}}
{{- $g := .Values.global.secrets | default dict -}}
{{- if $g.existingSecret -}}{{ $g.existingSecret }}{{- else -}}{{ include "fxa-common.names.fullname" (dict "context" . "server" "fxa-secrets") }}{{- end -}}
{{- end -}}

{{/*
fxa-common.names.keys: the Secret holding FxA's key files (made once by `fxa-helm secrets init`, never by the chart).
Usage: include "fxa-common.names.keys" $
*/}}
{{- define "fxa-common.names.keys" -}}
{{- $k := .Values.global.keys | default dict -}}
{{- $k.existingSecret | default (include "fxa-common.names.fullname" (dict "context" . "server" "fxa-keys")) -}}
{{- end -}}

{{/*
fxa-common.names.serviceAccount: the release's own ServiceAccount (no API access, no token mounted), unless
global.serviceAccount.name names another.
Usage: include "fxa-common.names.serviceAccount" $
*/}}
{{- define "fxa-common.names.serviceAccount" -}}
{{- (.Values.global.serviceAccount | default dict).name | default (include "fxa-common.names.fullname" (dict "context" . "server" "fxa-servers")) -}}
{{- end -}}
