{{/*
fxa-common.pod.probes: the container's readiness, liveness and startup probes, when the pod runs a server
that has a probe and a port (a hook Job's or CronJob's pod has none): the catalog's checks at the catalog's
timings (spec.probe.timings), values.probes.<kind> overriding them field by field; values.startupProbe
replaces the startup probe whole. Liveness starts once the server has come up (by default up to 5 minutes:
migrations, cold caches).
Usage: include "fxa-common.pod.probes" (dict "context" $ "spec" $spec "run" $run)
*/}}
{{- define "fxa-common.pod.probes" -}}
{{- $probe := .run.probe -}}
{{- if and (not (kindIs "invalid" $probe)) .run.ports (ne .run.kind "Job") -}}
{{- $v := .context.Values -}}
{{- $given := $v.probes | default dict -}}
readinessProbe:
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" $probe) | nindent 2 }}
  {{- include "fxa-common.probe.timing" (dict "catalog" $probe.timings.readiness "given" $given.readiness) | nindent 2 }}
livenessProbe:
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" ($probe.liveness | default dict)) | nindent 2 }}
  {{- include "fxa-common.probe.timing" (dict "catalog" $probe.timings.liveness "given" $given.liveness) | nindent 2 }}
startupProbe:
  {{- if $v.startupProbe }}
  {{- toYaml $v.startupProbe | nindent 2 }}
  {{- else }}
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" $probe) | nindent 2 }}
  {{- include "fxa-common.probe.timing" (dict "catalog" $probe.timings.startup "given" $given.startup) | nindent 2 }}
  {{- end }}
{{- end -}}
{{- end -}}

{{/*
fxa-common.probe.timing: how often a probe runs and after how many failures in a row it counts: each field
from the values when given, else the catalog's; timeoutSeconds only when one of them sets it.
Usage: include "fxa-common.probe.timing" (dict "catalog" $spec.probe.timings.readiness "given" $v.probes.readiness)
*/}}
{{- define "fxa-common.probe.timing" -}}
{{- $given := .given | default dict -}}
periodSeconds: {{ $given.periodSeconds | default .catalog.periodSeconds | int }}
failureThreshold: {{ $given.failureThreshold | default .catalog.failureThreshold | int }}
{{- with $given.timeoutSeconds | default .catalog.timeoutSeconds }}
timeoutSeconds: {{ int . }}
{{- end }}
{{- end -}}

{{/*
fxa-common.probe: one check: exec, an HTTP GET of its path (under the server's mount path), or a TCP connect;
on the named port, else the server's first.
Usage: include "fxa-common.probe" (dict "context" $ "spec" $spec "check" $check)
*/}}
{{- define "fxa-common.probe" -}}
{{- $port := .check.port | default (index .spec.ports 0).name -}}
{{- if .check.exec -}}
exec:
  command:
    {{- range .check.exec }}
    - {{ . | quote }}
    {{- end }}
{{- else if .check.path -}}
httpGet:
  path: {{ printf "%s%s" (include "fxa-common.urls.mountPath" (dict "context" .context "spec" .spec "server" .spec.name)) .check.path }}
  port: {{ $port }}
{{- else -}}
tcpSocket:
  port: {{ $port }}
{{- end -}}
{{- end -}}
