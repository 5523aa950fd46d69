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
{{- include "fxa-common.validate.secretsExist" . -}}
{{- $names := list -}}
{{- range ($ctx.Values.extraEnv | default list) -}}
{{- if or (has .name $spec.envNames) (has .name $names) -}}
{{- fail (printf "%s.extraEnv: %s is already set by the chart (use %s.env or %s.secretEnv)" $name .name $name $name) -}}
{{- end -}}
{{- $names = append $names .name -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.validate.secretsExist: with global.secrets.generate off, an install or upgrade against a cluster
fails before anything is created when a Secret the server reads, or a key of it, does not exist, naming them and
the command that makes them. Which Secrets exist is known only against a cluster: one list of the namespace's
Secrets (their data included) has a kind there (an empty list in a namespace not yet created), and nothing
under `helm template`.
With generation on the install hook makes them, and names what only an operator can give.
Usage: include "fxa-common.validate.secretsExist" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.validate.secretsExist" -}}
{{- $ctx := .context -}}
{{- if not ($ctx.Values.global.secrets | default dict).generate -}}
{{- $ns := $ctx.Release.Namespace -}}
{{- $list := lookup "v1" "Secret" $ns "" -}}
{{- if $list.kind -}}
{{- $stored := dict -}}
{{- range $list.items -}}{{- $_ := set $stored .metadata.name (.data | default dict) -}}{{- end -}}
{{- $want := dict -}}
{{- range $r := (include "fxa-common.secrets.reads" .) | fromJsonArray -}}
{{- $_ := set $want (index $r 0) (append (index $want (index $r 0) | default list) (index $r 1)) -}}
{{- end -}}
{{- range $secret := keys $want | sortAlpha -}}
{{- $data := index $stored $secret | default dict -}}
{{- $missing := list -}}
{{- range $key := index $want $secret | uniq | sortAlpha -}}{{- if not (hasKey $data $key) -}}{{- $missing = append $missing $key -}}{{- end -}}{{- end -}}
{{- if $missing -}}
{{- fail (printf "%s reads %s of the Secret %s/%s, which %s: make them with `npx fxa-helm secrets init -f <your values> -n %s --release %s` (give --secret key=value for passwords only you know), or turn global.secrets.generate on" $.spec.name (join ", " $missing) $ns $secret (ternary "lacks them" "does not exist" (hasKey $stored $secret)) $ns $ctx.Release.Name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
