{{/*
fxa-common.env.format: one value as the string the server parses from its environment:
lists comma-joined, objects as JSON, integral numbers without exponent.
Usage: include "fxa-common.env.format" $value
*/}}
{{- define "fxa-common.env.format" -}}
{{- if kindIs "slice" . -}}{{ join "," . }}
{{- else if kindIs "map" . -}}{{ toJson . }}
{{- else if kindIs "float64" . -}}{{ if eq . (floor .) }}{{ int64 . }}{{ else }}{{ . }}{{ end }}
{{- else -}}{{ toString . }}
{{- end -}}
{{- end -}}

{{/*
fxa-common.global.value: the value under global at a dotted key path ("integrations.sentry.dsn"), as an
env string; "" when absent.
Usage: include "fxa-common.global.value" (dict "global" $.Values.global "key" "smtp.host")
*/}}
{{- define "fxa-common.global.value" -}}
{{- $v := .global -}}
{{- range splitList "." .key -}}{{- $v = index ($v | default dict) . -}}{{- end -}}
{{- if not (kindIs "invalid" $v) -}}{{- include "fxa-common.env.format" $v -}}{{- end -}}
{{- end -}}

{{/*
fxa-common.global.on: "true" when the value under global at a dotted key path is truthy, else "".
Usage: include "fxa-common.global.on" (dict "global" $.Values.global "key" "integrations.sentry.enabled")
*/}}
{{- define "fxa-common.global.on" -}}
{{- $v := .global -}}
{{- range splitList "." .key -}}{{- $v = index ($v | default dict) . -}}{{- end -}}
{{- if $v -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.env.wire: the value the chart computes for a wired variable ("" when it has none).
A service's empty host means its in-cluster server where services.json says so (the schema requires it enabled).
Usage: include "fxa-common.env.wire" (dict "context" $ "spec" $spec "wire" $wire)
*/}}
{{- define "fxa-common.env.wire" -}}
{{- $w := .wire -}}
{{- $g := .context.Values.global -}}
{{- if eq $w.from "publicUrl" -}}
{{- printf "%s%s" (include "fxa-common.urls.public" (dict "context" .context "spec" .spec "server" $w.server)) ($w.path | default "") -}}
{{- else if or (eq $w.from "publicOrigin") (eq $w.from "publicHost") -}}
{{- $out := list -}}
{{- range $w.servers -}}
{{- if include "fxa-common.release.has" (dict "context" $.context "entry" (index $.spec.directory .)) -}}
{{- $u := urlParse (include "fxa-common.urls.public" (dict "context" $.context "spec" $.spec "server" .)) -}}
{{- $out = append $out (ternary (printf "%s://%s" $u.scheme $u.host) (ternary $u.host (first (splitList ":" $u.host)) (and (eq $w.from "publicHost") ($w.port | default false))) (eq $w.from "publicOrigin")) -}}
{{- end -}}
{{- end -}}
{{- join "," (uniq $out) -}}
{{- else if eq $w.from "publicUrlPattern" -}}
{{- printf "^%s%s" (regexQuoteMeta (printf "%s%s" (include "fxa-common.urls.public" (dict "context" .context "spec" .spec "server" $w.server)) $w.path)) $w.suffix -}}
{{- else if eq $w.from "loopbackUrl" -}}
{{- $entry := index .spec.directory .spec.name -}}
{{- printf "http://127.0.0.1:%v%s%s" (int $entry.port) (include "fxa-common.urls.mountPath" (dict "context" .context "spec" .spec "server" .spec.name)) $w.path -}}
{{- else if eq $w.from "internalUrl" -}}
{{- printf "%s%s" (include "fxa-common.urls.internal" (dict "context" .context "spec" .spec "server" $w.server)) ($w.path | default "") -}}
{{- else if eq $w.from "internalHost" -}}
{{- include "fxa-common.names.fullname" (dict "context" .context "server" $w.server) -}}
{{- else if eq $w.from "global" -}}
{{- include "fxa-common.global.resolved" (dict "context" .context "services" .spec.services "key" $w.key) -}}
{{- else if eq $w.from "switch" -}}
{{- if include "fxa-common.global.on" (dict "global" $g "key" $w.when) -}}
{{- with $w.on -}}{{- include "fxa-common.env.wire" (dict "context" $.context "spec" $.spec "wire" .) -}}{{- end -}}
{{- else -}}
{{- include "fxa-common.env.wire" (dict "context" .context "spec" .spec "wire" $w.off) -}}
{{- end -}}
{{- else if eq $w.from "listenPort" -}}
{{- (index .spec.ports 0).port | int -}}
{{- else if eq $w.from "literal" -}}
{{- $w.value -}}
{{- else if eq $w.from "compose" -}}
{{- range $w.parts -}}
{{- if kindIs "string" . -}}{{- . -}}{{- else -}}{{- include "fxa-common.env.wire" (dict "context" $.context "spec" $.spec "wire" .) -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.env.switchedOff: "true" when the wire is a switch that is off: its off value is rendered even
when empty, since "" is how FxA switches some features off.
Usage: include "fxa-common.env.switchedOff" (dict "context" $ "wire" $wire)
*/}}
{{- define "fxa-common.env.switchedOff" -}}
{{- if and (eq .wire.from "switch") (not (include "fxa-common.global.on" (dict "global" .context.Values.global "key" .wire.when))) -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.env.secretWanted: "true" when a shared-secret wire applies (it has no `when`, or its switch is on).
Usage: include "fxa-common.env.secretWanted" (dict "context" $ "wire" $wire)
*/}}
{{- define "fxa-common.env.secretWanted" -}}
{{- if or (not .wire.when) (include "fxa-common.global.on" (dict "global" .context.Values.global "key" .wire.when)) -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.env.config: the non-secret environment as a map (JSON): chart wiring first (less what the
release does not read or has no server for: spec.releases.<release>.unset), then NODE_ENV, then every
non-null value of .Values.env, which wins. Secrets never enter it.
Usage: include "fxa-common.env.config" (dict "context" $ "spec" $spec) | fromJson
*/}}
{{- define "fxa-common.env.config" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- $data := dict -}}
{{- $unset := (index $spec.releases $ctx.Values.global.fxaRelease).unset -}}
{{- range $name, $wire := $spec.wiring -}}
{{- if not (or (has $name $spec.secretNames) (has $name $unset)) -}}
{{- $v := include "fxa-common.env.wire" (dict "context" $ctx "spec" $spec "wire" $wire) -}}
{{- if or $v (include "fxa-common.env.switchedOff" (dict "context" $ctx "wire" $wire)) -}}{{- $_ := set $data $name $v -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- with $spec.nodeEnv -}}
{{- $_ := set $data .variable (index . $ctx.Values.global.environment) -}}
{{- end -}}
{{- range $name, $v := ($ctx.Values.env | default dict) -}}
{{- if not (kindIs "invalid" $v) -}}{{- $_ := set $data $name (include "fxa-common.env.format" $v) -}}{{- end -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/*
fxa-common.env.inlineSecrets: secret variables given inline in .Values.secretEnv (name -> value).
Usage: include "fxa-common.env.inlineSecrets" (dict "context" $ "spec" $spec) | fromJson
*/}}
{{- define "fxa-common.env.inlineSecrets" -}}
{{- $data := dict -}}
{{- range $name, $ref := (.context.Values.secretEnv | default dict) -}}
{{- if and $ref (hasKey $ref "value") -}}{{- $_ := set $data $name $ref.value -}}{{- end -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/*
fxa-common.secrets.source: where a secret variable's value comes from, as JSON: "from" is "existing"
(secretEnv names a Secret), "inline" (secretEnv gives the value, stored in the server's own Secret) or
"shared" (the chart's wiring to the shared Secret, while its switch is on; "embedded" when the secret sits
inside a larger value), with the Secret's "secret" name and "key"; {} when nothing sets the variable.
The one answer env references, checksums and validation all use.
Usage: include "fxa-common.secrets.source" (dict "context" $ "spec" $spec "name" $variable) | fromJson
*/}}
{{- define "fxa-common.secrets.source" -}}
{{- $ctx := .context -}}
{{- $ref := index ($ctx.Values.secretEnv | default dict) .name | default dict -}}
{{- $wire := index .spec.wiring .name -}}
{{- if $ref.existingSecret -}}
{{- dict "from" "existing" "secret" $ref.existingSecret "key" ($ref.key | default .name) | toJson -}}
{{- else if hasKey $ref "value" -}}
{{- dict "from" "inline" "secret" (printf "%s-env" (include "fxa-common.names.fullname" (dict "context" $ctx "server" .spec.name))) "key" .name | toJson -}}
{{- else if and $wire (eq $wire.from "sharedSecret") (include "fxa-common.env.secretWanted" (dict "context" $ctx "wire" $wire)) -}}
{{- dict "from" "shared" "secret" (include "fxa-common.names.sharedSecret" $ctx) "key" $wire.key "embedded" (not (empty $wire.embed)) | toJson -}}
{{- else -}}
{}
{{- end -}}
{{- end -}}

{{/*
fxa-common.env.secretRefs: container env entries for secret variables, each a secretKeyRef to the Secret
fxa-common.secrets.source names. A shared secret embedded in a larger value (a database URL) is one
secretKeyRef entry FXA_HELM_SECRET_<key>, listed first, which the variable's value names as
$(FXA_HELM_SECRET_<key>): Kubernetes composes it in the container.
Usage: include "fxa-common.env.secretRefs" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.env.secretRefs" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- $sources := dict -}}
{{- $embedded := dict -}}
{{- range $name := $spec.secretNames -}}
{{- $src := include "fxa-common.secrets.source" (dict "context" $ctx "spec" $spec "name" $name) | fromJson -}}
{{- $_ := set $sources $name $src -}}
{{- if $src.embedded -}}{{- $_ := set $embedded $src.key $src.secret -}}{{- end -}}
{{- end -}}
{{- range $key := keys $embedded | sortAlpha }}
- name: FXA_HELM_SECRET_{{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ index $embedded $key | quote }}
      key: {{ $key | quote }}
{{- end -}}
{{- range $name := $spec.secretNames -}}
{{- $src := index $sources $name -}}
{{- if $src.embedded }}
{{- $wire := index $spec.wiring $name -}}
{{- /* "$" doubled: Kubernetes reads $$ as a literal $, so only our reference is expanded */ -}}
{{- $before := include "fxa-common.env.wire" (dict "context" $ctx "spec" $spec "wire" (dict "from" "compose" "parts" $wire.embed.before)) | replace "$" "$$" -}}
{{- $after := include "fxa-common.env.wire" (dict "context" $ctx "spec" $spec "wire" (dict "from" "compose" "parts" $wire.embed.after)) | replace "$" "$$" }}
- name: {{ $name }}
  value: {{ printf "%s$(FXA_HELM_SECRET_%s)%s" $before $src.key $after | quote }}
{{- else if $src.secret }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $src.secret | quote }}
      key: {{ $src.key | quote }}
{{- end -}}
{{- end -}}
{{- end -}}
