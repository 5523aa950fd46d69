{{/*
fxa-common.serviceMonitor: a Prometheus Operator ServiceMonitor for the in-cluster statsd_exporter's metrics
port, rendered only when the cluster serves the ServiceMonitor API (so installs without the operator work).
Usage: include "fxa-common.serviceMonitor" $ (umbrella chart)
*/}}
{{- define "fxa-common.serviceMonitor" -}}
{{- $m := (.Values.global.metrics | default dict).serviceMonitor | default dict -}}
{{- if and $m.enabled (.Values.statsd | default dict).enabled (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor") }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" . "server" "statsd") }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" . "spec" (dict "name" "statsd" "component" "monitoring")) | nindent 4 }}
    {{- with $m.labels }}{{ toYaml . | nindent 4 }}{{ end }}
spec:
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" . "spec" (dict "name" "statsd")) | nindent 6 }}
  endpoints:
    - port: metrics
      interval: {{ $m.interval | default "30s" }}
{{- end }}
{{- end -}}
