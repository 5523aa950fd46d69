{{/*
fxa-common.networkPolicies: a default deny for every pod of the release, then one policy per enabled server
built from the catalog's calls graph (directory.json): ingress from the servers that call it (and, for a
public server, from the router: global.networkPolicy.ingressFrom, any source when empty; a port named
"metrics" is open to scrapers), egress to the servers it calls, to an external MySQL, Redis, StatsD or SMTP
relay on its port, to DNS, and (FxA servers) to HTTPS anywhere for the third-party services they use.
Usage: include "fxa-common.networkPolicies" $ (umbrella chart)
*/}}
{{- define "fxa-common.networkPolicies" -}}
{{- $np := .Values.global.networkPolicy | default dict -}}
{{- if $np.enabled }}
{{- $ctx := . -}}
{{- $g := .Values.global -}}
{{- $dir := .Files.Get "directory.json" | fromJson -}}
{{- $on := dict -}}
{{- range $name, $e := $dir }}{{ if or (not $e.enabledBy) (index $.Values $name | default dict).enabled }}{{ $_ := set $on $name $e }}{{ end }}{{ end -}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" "fxa-default-deny") }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" (dict "name" "fxa-default-deny" "component" "network")) | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/instance: {{ .Release.Name }}
  policyTypes: [Ingress, Egress]
{{- range $name := keys $on | sortAlpha }}
{{- $e := index $on $name }}
{{- $callers := list }}
{{- $isRelay := eq (include "fxa-common.names.fullname" (dict "context" $ctx "server" $name)) (include "fxa-common.global.value" (dict "global" $g "key" "smtp.host")) }}
{{- range $other := keys $on | sortAlpha }}{{ $calls := (index $on $other).calls }}{{ if or (has $name $calls) (and $isRelay (has "smtp" $calls)) }}{{ $callers = append $callers $other }}{{ end }}{{ end }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" $name) }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" (dict "name" $name "component" "network")) | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" (dict "name" $name)) | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- if and $e.ports $callers }}
    - from:
        {{- range $callers }}
        - podSelector:
            matchLabels:
              {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" (dict "name" .)) | nindent 14 }}
        {{- end }}
      ports:
        {{- range $e.ports }}
        - port: {{ .port }}
        {{- /* StatsD arrives over UDP (and TCP) on the port named statsd */ -}}
        {{- if eq .name "statsd" }}
        - port: {{ .port }}
          protocol: UDP
        {{- end }}
        {{- end }}
    {{- end }}
    {{- if and $e.ports (not (kindIs "invalid" $e.publicPath)) }}
    - ports:
        - port: {{ (first $e.ports).port }}
      {{- with $np.ingressFrom }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- range $e.ports }}
    {{- if eq .name "metrics" }}
    - ports:
        - port: {{ .port }}
    {{- end }}
    {{- end }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- range $callee := $e.calls }}
    {{- $c := index $on $callee }}
    {{- /* a store is external when its host is set to anything but its in-cluster Service */ -}}
    {{- $host := include "fxa-common.global.value" (dict "global" $g "key" (printf "%s.host" $callee)) }}
    {{- $external := and (has $callee (list "mysql" "redis" "statsd")) $host (ne $host (include "fxa-common.names.fullname" (dict "context" $ctx "server" $callee))) }}
    {{- if and $c $c.ports (not $external) }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" (dict "name" $callee)) | nindent 14 }}
      ports:
        {{- range $c.ports }}
        - port: {{ .port }}
          protocol: {{ ternary "UDP" "TCP" (eq .name "statsd") }}
        {{- end }}
    {{- else if or $external (eq $callee "smtp") }}
    {{- $port := include "fxa-common.global.value" (dict "global" $g "key" (printf "%s.port" $callee)) }}
    {{- if and $port (include "fxa-common.global.value" (dict "global" $g "key" (printf "%s.host" $callee))) }}
    - ports:
        - port: {{ $port }}
          protocol: {{ ternary "UDP" "TCP" (eq $callee "statsd") }}
    {{- end }}
    {{- end }}
    {{- end }}
    {{- if and (eq $e.origin "fxa") ($np.egressHttps | default false) }}
    - ports:
        - port: 443
          protocol: TCP
    {{- end }}
{{- end }}
{{- end }}
{{- end -}}
