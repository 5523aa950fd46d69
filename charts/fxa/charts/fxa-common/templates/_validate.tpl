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
{{- range $var := $spec.secretNames -}}
{{- $src := include "fxa-common.secrets.source" (dict "context" $ctx "spec" $spec "name" $var) | fromJson -}}
{{- if and (eq ($src.from | default "") "shared") (not (index ($s.values | default dict) $src.key)) -}}
{{- fail (printf "global.secrets.values.%s: required by %s (%s); set it, or name a Secret in global.secrets.existingSecret" $src.key $name $var) -}}
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
