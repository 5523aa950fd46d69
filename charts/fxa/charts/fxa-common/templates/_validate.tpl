{{/*
fxa-common.validate.server: rules the schema cannot hold; fails the render with one readable line.
Usage: include "fxa-common.validate.server" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.validate.server" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- $name := $spec.name -}}
{{- if and (eq $spec.scaling "singleton") (gt (int ($ctx.Values.replicaCount | default 0)) 1) -}}
{{- fail (printf "%s.replicaCount: %v is not allowed; %s is a singleton (0 or 1)" $name $ctx.Values.replicaCount $name) -}}
{{- end -}}
{{- $s := $ctx.Values.global.secrets | default dict -}}
{{- if not $s.existingSecret -}}
{{- $given := $ctx.Values.secretEnv | default dict -}}
{{- range $var, $wire := $spec.wiring -}}
{{- if and (eq $wire.from "sharedSecret") (include "fxa-common.env.secretWanted" (dict "context" $ctx "wire" $wire)) (not (index $given $var)) (not (index ($s.values | default dict) $wire.key)) -}}
{{- fail (printf "global.secrets.values.%s: required by %s (%s); set it, or name a Secret in global.secrets.existingSecret" $wire.key $name $var) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $names := list -}}
{{- range ($ctx.Values.extraEnv | default list) -}}
{{- if or (has .name $spec.envNames) (has .name $names) -}}
{{- fail (printf "%s.extraEnv: %s is already set by the chart (use %s.env or %s.secretEnv)" $name .name $name $name) -}}
{{- end -}}
{{- $names = append $names .name -}}
{{- end -}}
{{- end -}}
