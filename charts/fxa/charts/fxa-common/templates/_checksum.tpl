{{/*
fxa-common.checksum.secrets: one line per Secret key the server reads (shared secrets it is wired to, existing
Secrets its secretEnv names, the key files it mounts) with a hash of the value. Values the chart renders come
from values; Secrets made outside the chart are read with `lookup` at install and upgrade, so changing any of
them and upgrading rolls exactly the servers that read it. `helm template` cannot look up: there those lines
hash nothing and stay stable.
Usage: include "fxa-common.checksum.secrets" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.checksum.secrets" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- $given := $ctx.Values.secretEnv | default dict -}}
{{- $inlineShared := include "fxa-common.sharedSecrets.data" $ctx | default "{}" | fromJson -}}
{{- $sharedName := include "fxa-common.names.sharedSecret" $ctx -}}
{{- $reads := list -}}
{{- range $name := $spec.secretNames -}}
{{- $ref := index $given $name | default dict -}}
{{- $wire := index $spec.wiring $name -}}
{{- if $ref.existingSecret -}}
{{- $reads = append $reads (list $ref.existingSecret ($ref.key | default $name)) -}}
{{- else if and $wire (not (hasKey $ref "value")) (include "fxa-common.env.secretWanted" (dict "context" $ctx "wire" $wire)) -}}
{{- $reads = append $reads (list $sharedName $wire.key) -}}
{{- end -}}
{{- end -}}
{{- range $spec.keyFiles -}}
{{- $reads = append $reads (list (include "fxa-common.names.keys" $ctx) .) -}}
{{- end -}}
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
