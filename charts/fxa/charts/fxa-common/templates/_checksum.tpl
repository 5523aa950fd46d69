{{/*
fxa-common.checksum.secrets: one line per Secret key the server reads (each secret variable's source but inline
values, which the caller hashes itself, and the key files it mounts) with a hash of the value. Values the chart renders come
from values; Secrets made outside the chart are read with `lookup` at install and upgrade, so changing any of
them and upgrading rolls exactly the servers that read it. `helm template` cannot look up: there those lines
hash nothing and stay stable.
Usage: include "fxa-common.checksum.secrets" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.checksum.secrets" -}}
{{- $ctx := .context -}}
{{- $inlineShared := include "fxa-common.sharedSecrets.data" $ctx | default "{}" | fromJson -}}
{{- $sharedName := include "fxa-common.names.sharedSecret" $ctx -}}
{{- $reads := (include "fxa-common.secrets.reads" .) | fromJsonArray -}}
{{- $seen := dict -}}
{{- range $r := $reads -}}
{{- $secret := index $r 0 -}}
{{- $key := index $r 1 -}}
{{- $value := "" -}}
{{- if and (eq $secret $sharedName) (hasKey $inlineShared $key) -}}
{{- $value = index $inlineShared $key | b64enc -}}
{{- else -}}
{{- if not (hasKey $seen $secret) -}}
{{- $_ := set $seen $secret ((lookup "v1" "Secret" $ctx.Release.Namespace $secret).data | default dict) -}}
{{- end -}}
{{- $value = index (index $seen $secret) $key | default "" -}}
{{- end }}
{{ $secret }}/{{ $key }}={{ $value | sha256sum }}
{{- end -}}
{{- end -}}

{{/*
fxa-common.secrets.reads: every [Secret, key] the server reads from a Secret the chart does not render from the
server's own values (JSON list): its secret variables' sources but inline ones, and the key files it mounts.
Usage: include "fxa-common.secrets.reads" (dict "context" $ "spec" $spec) | fromJsonArray
*/}}
{{- define "fxa-common.secrets.reads" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- $reads := list -}}
{{- range $name := $spec.secretNames -}}
{{- $src := include "fxa-common.secrets.source" (dict "context" $ctx "spec" $spec "name" $name) | fromJson -}}
{{- /* inline values are hashed with the server's own Secret data */ -}}
{{- if and $src.secret (ne $src.from "inline") -}}
{{- $reads = append $reads (list $src.secret $src.key) -}}
{{- end -}}
{{- end -}}
{{- range $spec.keyFiles -}}
{{- $reads = append $reads (list (include "fxa-common.names.keys" $ctx) .) -}}
{{- end -}}
{{- toJson $reads -}}
{{- end -}}
