{{/*
fxa-common.routes.list: every route of the install as JSON: one per enabled server with a public path, its
host and path taken from the same fxa-common.urls.public the servers' own variables use, so a route and
the URL a server hands out cannot disagree. `strip`: the server serves at its root, so the router must
remove the path (auth and Mailpit mount their routes under it; the content server is at /). `refuse`: a
path under a server's route no router may forward (the catalog's privatePaths, e.g. auth's task callbacks).
Usage: include "fxa-common.routes.list" $ | fromJson
*/}}
{{- define "fxa-common.routes.list" -}}
{{- $dir := .Files.Get "directory.json" | fromJson -}}
{{- $spec := dict "directory" $dir -}}
{{- $routes := list -}}
{{- range $name := keys $dir | sortAlpha -}}
{{- $e := index $dir $name -}}
{{- if and (include "fxa-common.enabled" (dict "context" $ "entry" $e)) (not (kindIs "invalid" $e.publicPath)) -}}
{{- $u := urlParse (include "fxa-common.urls.public" (dict "context" $ "spec" $spec "server" $name)) -}}
{{- $path := $u.path | trimSuffix "/" | default "/" -}}
{{- $host := first (splitList ":" $u.host) -}}
{{- $routes = append $routes (dict "server" $name "host" $host "path" $path "strip" (and (ne $path "/") (not $e.routesUnderPublicPath)) "service" (include "fxa-common.names.fullname" (dict "context" $ "server" $name)) "port" (int $e.port)) -}}
{{- range $e.privatePaths -}}
{{- $routes = append $routes (dict "server" $name "host" $host "path" (printf "%s%s" (trimSuffix "/" $path) .) "strip" false "refuse" true "service" (include "fxa-common.names.fullname" (dict "context" $ "server" "fxa-refused")) "port" 80) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- dict "routes" $routes | toJson -}}
{{- end -}}

{{/*
fxa-common.routes: the Ingresses or Gateway API HTTPRoutes global.routes asks for (none by default).
Usage: include "fxa-common.routes" $ (umbrella chart)
*/}}
{{- define "fxa-common.routes" -}}
{{- $r := .Values.global.routes | default dict -}}
{{- $kind := $r.kind | default "none" -}}
{{- $routes := (include "fxa-common.routes.list" . | fromJson).routes -}}
{{- if eq $kind "ingress" }}
{{- $i := $r.ingress | default dict -}}
{{- $stripped := list -}}
{{- $plain := list -}}
{{- range $routes }}{{ if .strip }}{{ $stripped = append $stripped . }}{{ else }}{{ $plain = append $plain . }}{{ end }}{{ end -}}
{{- if and $stripped (ne ($i.stripPrefix | default "none") "nginx") -}}
{{- $names := list -}}
{{- range $stripped }}{{ $names = append $names .server }}{{ end -}}
{{- if eq ($r.layout | default "paths") "subdomains" -}}
{{- fail (printf "global.publicUrl: has a path, under which %s would be served, yet they serve at their root and an Ingress strips no path: give global.publicUrl (and global.publicUrls) no path, or set global.routes.ingress.stripPrefix=nginx, or use global.routes.kind=httpRoute" (join ", " $names)) -}}
{{- end -}}
{{- fail (printf "global.routes: %s serve at their root, so the paths layout needs the router to strip their path, and global.routes.ingress.stripPrefix is none: set it to nginx, or use global.routes.layout=subdomains or global.routes.kind=httpRoute" (join ", " $names)) -}}
{{- end -}}
{{- range $group := list (dict "name" "fxa-routes" "routes" $plain "strip" false) (dict "name" "fxa-routes-stripped" "routes" $stripped "strip" true) }}
{{- if $group.routes }}
---
{{ include "fxa-common.routes.ingress" (dict "context" $ "group" $group) }}
{{- end }}
{{- end }}
{{- $refusing := false -}}
{{- range $routes }}{{ if .refuse }}{{ $refusing = true }}{{ end }}{{ end }}
{{- if $refusing }}
---
{{ include "fxa-common.routes.refused" $ }}
{{- end }}
{{- else if eq $kind "httpRoute" }}
{{- range $routes }}
{{- if not .refuse }}
---
{{ include "fxa-common.routes.httpRoute" (dict "context" $ "route" . "refused" (include "fxa-common.routes.refusedUnder" (dict "routes" $routes "route" .) | fromJsonArray)) }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
fxa-common.routes.refusedUnder: the refused paths of a route's server on its host, as a JSON list.
Usage: include "fxa-common.routes.refusedUnder" (dict "routes" $routes "route" $route) | fromJsonArray
*/}}
{{- define "fxa-common.routes.refusedUnder" -}}
{{- $out := list -}}
{{- range .routes }}{{ if and .refuse (eq .server $.route.server) (eq .host $.route.host) }}{{ $out = append $out .path }}{{ end }}{{ end -}}
{{- toJson $out -}}
{{- end -}}

{{/*
fxa-common.routes.refused: the Service refused paths of the Ingresses point at. It selects no pod and has no
endpoints, so the controller answers 503 and nothing behind it is reached; the more specific path wins over
the server's own route (the longest Prefix match).
Usage: include "fxa-common.routes.refused" $ (umbrella chart)
*/}}
{{- define "fxa-common.routes.refused" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" . "server" "fxa-refused") }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" . "spec" (dict "name" "fxa-refused" "component" "routes")) | nindent 4 }}
spec:
  type: ClusterIP
  ports:
    - name: http
      port: 80
      protocol: TCP
{{- end -}}

{{/*
fxa-common.routes.tls: the TLS Secret name, "" when TLS is off.
*/}}
{{- define "fxa-common.routes.tls" -}}
{{- $t := (.Values.global.routes | default dict).tls | default dict -}}
{{- if or $t.secretName $t.certManagerIssuer -}}
{{- $t.secretName | default (include "fxa-common.names.fullname" (dict "context" . "server" "fxa-tls")) -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.routes.ingress: one Ingress for a group of routes, a rule per host. The stripping group uses
ingress-nginx's regex paths with rewrite-target, so /profile/v1/x reaches the profile server as /v1/x.
Usage: include "fxa-common.routes.ingress" (dict "context" $ "group" $group)
*/}}
{{- define "fxa-common.routes.ingress" -}}
{{- $ctx := .context -}}
{{- $r := $ctx.Values.global.routes -}}
{{- $i := $r.ingress | default dict -}}
{{- $tls := include "fxa-common.routes.tls" $ctx -}}
{{- $hosts := list -}}
{{- range .group.routes }}{{ $hosts = append $hosts .host }}{{ end -}}
{{- $hosts = $hosts | uniq | sortAlpha -}}
{{- $spec := dict "name" .group.name "component" "routes" -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" .group.name) }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" $spec) | nindent 4 }}
  {{- $annotations := merge (dict) ($i.annotations | default dict) }}
  {{- with ($r.tls | default dict).certManagerIssuer }}{{ $_ := set $annotations "cert-manager.io/cluster-issuer" . }}{{ end }}
  {{- if .group.strip }}
  {{- $_ := set $annotations "nginx.ingress.kubernetes.io/use-regex" "true" }}
  {{- $_ := set $annotations "nginx.ingress.kubernetes.io/rewrite-target" "/$2" }}
  {{- end }}
  {{- with $annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with $i.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if $tls }}
  tls:
    - hosts:
        {{- toYaml $hosts | nindent 8 }}
      secretName: {{ $tls }}
  {{- end }}
  rules:
    {{- range $host := $hosts }}
    - host: {{ $host | quote }}
      http:
        paths:
          {{- range $.group.routes }}
          {{- if eq .host $host }}
          {{- if $.group.strip }}
          - path: {{ printf "%s(/|$)(.*)" .path | quote }}
            pathType: ImplementationSpecific
          {{- else }}
          - path: {{ .path | quote }}
            pathType: Prefix
          {{- end }}
            backend:
              service:
                name: {{ .service }}
                port:
                  number: {{ .port }}
          {{- end }}
          {{- end }}
    {{- end }}
{{- end -}}

{{/*
fxa-common.routes.httpRoute: a Gateway API HTTPRoute for one server; the standard URLRewrite filter strips
the path where the server serves at its root.
A refused path under the route gets a rule of its own with no backend: the longest matching prefix wins, and
the Gateway answers 503 without forwarding (Gateway API HTTPRouteRule.backendRefs).
Usage: include "fxa-common.routes.httpRoute" (dict "context" $ "route" $route "refused" $paths)
*/}}
{{- define "fxa-common.routes.httpRoute" -}}
{{- $ctx := .context -}}
{{- $route := .route -}}
{{- $spec := dict "name" $route.server "component" "routes" -}}
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: {{ $route.service }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" $spec) | nindent 4 }}
spec:
  {{- with ($ctx.Values.global.routes.httpRoute | default dict).parentRefs }}
  parentRefs:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  hostnames:
    - {{ $route.host | quote }}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: {{ $route.path | quote }}
      {{- if $route.strip }}
      filters:
        - type: URLRewrite
          urlRewrite:
            path:
              type: ReplacePrefixMatch
              replacePrefixMatch: /
      {{- end }}
      backendRefs:
        - name: {{ $route.service }}
          port: {{ $route.port }}
    {{- range .refused }}
    - matches:
        - path:
            type: PathPrefix
            value: {{ . | quote }}
    {{- end }}
{{- end -}}
