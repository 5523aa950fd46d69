{{/*
fxa-common.serviceMonitor: a Prometheus Operator ServiceMonitor for every enabled server with a scraped
port (the in-cluster statsd_exporter), rendered only when the cluster serves the ServiceMonitor API (so
installs without the operator work).
Usage: include "fxa-common.serviceMonitor" $ (umbrella chart)
*/}}
{{- define "fxa-common.serviceMonitor" -}}
{{- $m := (.Values.global.metrics | default dict).serviceMonitor | default dict -}}
{{- if and $m.enabled (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor") }}
{{- $ctx := . -}}
{{- $dir := .Files.Get "directory.json" | fromJson -}}
{{- range $name := keys $dir | sortAlpha }}
{{- $e := index $dir $name }}
{{- $scraped := list }}
{{- range $e.ports }}{{ if .scrape }}{{ $scraped = append $scraped .name }}{{ end }}{{ end }}
{{- if and $scraped (include "fxa-common.enabled" (dict "context" $ctx "entry" $e)) }}
{{- $spec := dict "name" $name "component" "monitoring" }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" $name) }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" $spec) | nindent 4 }}
    {{- with $m.labels }}{{ toYaml . | nindent 4 }}{{ end }}
spec:
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" $spec) | nindent 6 }}
  endpoints:
    {{- range $scraped }}
    - port: {{ . }}
      interval: {{ $m.interval | default "30s" }}
    {{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}
