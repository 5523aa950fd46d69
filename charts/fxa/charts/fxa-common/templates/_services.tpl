{{/*
fxa-common.enabled: "true" when a directory entry's server is deployed: the FxA release (global.fxaRelease)
has it, and every values key its switches name (enabledBy: the server's own `<name>.enabled` where it has
one; for a periodic job also the job's own switch and the global one it waits for) is true.
Usage: include "fxa-common.enabled" (dict "context" $ "entry" (index $directory $name))
*/}}
{{- define "fxa-common.enabled" -}}
{{- if include "fxa-common.release.has" . -}}
{{- $on := true -}}
{{- range $key := .entry.enabledBy -}}
{{- $v := $.context.Values -}}
{{- range splitList "." $key -}}{{- $v = index ($v | default dict) . -}}{{- end -}}
{{- if not $v -}}{{- $on = false -}}{{- end -}}
{{- end -}}
{{- if $on -}}true{{- end -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.release.has: "true" when the FxA release the install runs (global.fxaRelease) has a directory
entry's server; other releases' servers are neither rendered nor pointed at.
Usage: include "fxa-common.release.has" (dict "context" $ "entry" (index $directory $name))
*/}}
{{- define "fxa-common.release.has" -}}
{{- if has .context.Values.global.fxaRelease .entry.releases -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.services.used: "true" unless the service waits for a global switch (enabledBy: metrics for StatsD)
that is off.
Usage: include "fxa-common.services.used" (dict "context" $ "service" $svc)
*/}}
{{- define "fxa-common.services.used" -}}
{{- if or (not .service.enabledBy) (include "fxa-common.global.on" (dict "global" .context.Values.global "key" .service.enabledBy)) -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.services.inCluster: "true" when a service (services.json: MySQL, Redis, StatsD, SMTP) is used and
served by the release's own server: its host is empty and empty means in-cluster, or its host is that
server's name.
Usage: include "fxa-common.services.inCluster" (dict "context" $ "service" $svc)
*/}}
{{- define "fxa-common.services.inCluster" -}}
{{- $host := include "fxa-common.global.value" (dict "global" .context.Values.global "key" .service.host) -}}
{{- if and (include "fxa-common.services.used" .) (or (and (not $host) .service.emptyHostMeansInCluster) (eq $host (include "fxa-common.names.fullname" (dict "context" .context "server" .service.server)))) -}}true{{- end -}}
{{- end -}}

{{/*
fxa-common.global.resolved: a global value as a server gets it: the value, or, for a service's empty host
that means in-cluster, the name of the release's server providing it (while the service is used).
Usage: include "fxa-common.global.resolved" (dict "context" $ "services" $spec.services "key" "mysql.host")
*/}}
{{- define "fxa-common.global.resolved" -}}
{{- $v := include "fxa-common.global.value" (dict "global" .context.Values.global "key" .key) -}}
{{- if $v -}}
{{- $v -}}
{{- else -}}
{{- range .services -}}
{{- if and (eq .host $.key) .emptyHostMeansInCluster (include "fxa-common.services.used" (dict "context" $.context "service" .)) -}}{{- include "fxa-common.names.fullname" (dict "context" $.context "server" .server) -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
