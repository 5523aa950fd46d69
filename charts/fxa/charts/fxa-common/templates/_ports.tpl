{{/*
fxa-common.ports: the ports a server listens on, as a JSON list of {name, port, protocol}: each port over
TCP, and a port the catalog marks udp over UDP as well, named <name>-udp. The Service and the container
both list these.
Usage: include "fxa-common.ports" $spec.ports | fromJsonArray
*/}}
{{- define "fxa-common.ports" -}}
{{- $out := list -}}
{{- range . -}}
{{- $out = append $out (dict "name" .name "port" .port "protocol" "TCP") -}}
{{- if .udp -}}
{{- $out = append $out (dict "name" (printf "%s-udp" .name) "port" .port "protocol" "UDP") -}}
{{- end -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}
