{{/*
fxa-common.pod.probes: the container's readiness, liveness and startup probes, when the pod runs a server
that has a probe and a port (a hook Job's or CronJob's pod has none); values.startupProbe replaces the
startup probe whole. Liveness starts once the server has come up: up to 5 minutes by default (migrations,
cold caches).
Usage: include "fxa-common.pod.probes" (dict "context" $ "spec" $spec "run" $run)
*/}}
{{- define "fxa-common.pod.probes" -}}
{{- $probe := .run.probe -}}
{{- if and (not (kindIs "invalid" $probe)) .run.ports (ne .run.kind "Job") -}}
{{- $v := .context.Values -}}
readinessProbe:
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" $probe) | nindent 2 }}
  periodSeconds: 10
  failureThreshold: 3
livenessProbe:
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" ($probe.liveness | default dict)) | nindent 2 }}
  periodSeconds: 20
  failureThreshold: 6
startupProbe:
  {{- if $v.startupProbe }}
  {{- toYaml $v.startupProbe | nindent 2 }}
  {{- else }}
  {{- include "fxa-common.probe" (dict "context" .context "spec" .spec "check" $probe) | nindent 2 }}
  periodSeconds: 10
  failureThreshold: 30
  {{- end }}
{{- end -}}
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
