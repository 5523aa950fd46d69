{{/*
fxa-common.networkPolicies: a default deny for every pod of the release, then one policy per enabled server.
Usage: include "fxa-common.networkPolicies" $ (umbrella chart)
*/}}
{{- define "fxa-common.networkPolicies" -}}
{{- $np := .Values.global.networkPolicy | default dict -}}
{{- if $np.enabled }}
{{- $ctx := . -}}
{{- $dir := .Files.Get "directory.json" | fromJson -}}
{{- $services := (.Files.Get "services.json" | fromJson).services -}}
{{- $on := dict -}}
{{- range $name, $e := $dir }}{{ if include "fxa-common.enabled" (dict "context" $ctx "entry" $e) }}{{ $_ := set $on $name $e }}{{ end }}{{ end -}}
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
---
{{ include "fxa-common.networkPolicy" (dict "context" $ctx "name" $name "on" $on "services" $services "dir" $dir) }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
fxa-common.networkPolicy: one server's policy, built from the catalog's calls graph (directory.json).
Ingress from the servers that call it, directly or through a service it provides in the cluster (e.g. the
development mail catcher as the SMTP relay); for a public server, from the router (global.networkPolicy.
ingressFrom, any source when empty); a scraped port from anywhere. Egress to DNS, to the servers it calls,
to the services it uses (fxa-common.networkPolicy.serviceEgress), for a server that requests public URLs
itself (schema/calls.ts: fetchesPublic) to the router on the public URLs' ports, and, for FxA servers, to
HTTPS anywhere for the third parties they use.
Usage: include "fxa-common.networkPolicy" (dict "context" $ "name" $name "on" $enabledEntries "services" $services "dir" $directory)
*/}}
{{- define "fxa-common.networkPolicy" -}}
{{- $ctx := .context -}}
{{- $np := $ctx.Values.global.networkPolicy | default dict -}}
{{- $name := .name -}}
{{- $e := index .on $name -}}
{{- $callers := list -}}
{{- range $other := keys $.on | sortAlpha -}}
{{- range $callee := (index $.on $other).calls -}}
{{- $svc := index $.services $callee -}}
{{- if or (eq $callee $name) (and $svc (eq $svc.server $name) (include "fxa-common.services.inCluster" (dict "context" $ctx "service" $svc))) -}}
{{- $callers = append $callers $other -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $callers = $callers | uniq -}}
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
        {{- if .udp }}
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
    {{- if .scrape }}
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
    {{- with index $.services $callee }}
    {{- include "fxa-common.networkPolicy.serviceEgress" (dict "context" $ctx "service" . "on" $.on) }}
    {{- else }}
    {{- with index $.on $callee }}
    {{- if .ports }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" (dict "name" $callee)) | nindent 14 }}
      ports:
        {{- range .ports }}
        - port: {{ .port }}
          protocol: TCP
        {{- end }}
    {{- end }}
    {{- end }}
    {{- end }}
    {{- end }}
    {{- if $e.fetchesPublic }}
    {{- $ports := list -}}
    {{- range $other, $oe := $.on }}
    {{- if not (kindIs "invalid" $oe.publicPath) }}
    {{- $ports = append $ports (include "fxa-common.urls.port" (include "fxa-common.urls.public" (dict "context" $ctx "spec" (dict "directory" $.dir) "server" $other))) }}
    {{- end }}
    {{- end }}
    - ports:
        {{- range $ports | uniq | sortAlpha }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
      {{- with $np.ingressFrom }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- if and (eq $e.origin "fxa") ($np.egressHttps | default false) }}
    - ports:
        - port: 443
          protocol: TCP
    {{- end }}
{{- end -}}

{{/*
fxa-common.networkPolicy.serviceEgress: the egress rule to a service (schema/services.ts) on its port and
protocol: to the pods of the server providing it in the cluster (none while that server is off), or to
any address for an external one. Nothing while the service is not used, or has no host or no port.
Usage: include "fxa-common.networkPolicy.serviceEgress" (dict "context" $ "service" $svc "on" $enabledEntries)
*/}}
{{- define "fxa-common.networkPolicy.serviceEgress" -}}
{{- $g := .context.Values.global -}}
{{- $port := include "fxa-common.global.value" (dict "global" $g "key" .service.port) -}}
{{- $inCluster := include "fxa-common.services.inCluster" (dict "context" .context "service" .service) -}}
{{- if and $port $inCluster (hasKey .on .service.server) }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "fxa-common.labels.selector" (dict "context" .context "spec" (dict "name" .service.server)) | nindent 14 }}
      ports:
        - port: {{ $port }}
          protocol: {{ .service.protocol }}
{{- else if and $port (not $inCluster) (include "fxa-common.services.used" .) (include "fxa-common.global.value" (dict "global" $g "key" .service.host)) }}
    - ports:
        - port: {{ $port }}
          protocol: {{ .service.protocol }}
{{- end -}}
{{- end -}}
