{{/*
fxa-common.urls.public: public URL of a server: global.publicUrls[server], else (subdomains layout)
<scheme>://<subdomain>.<domain>, else global.publicUrl + the server's path. Routes use it too. Usage: include "fxa-common.urls.public" (dict "context" $ "spec" $spec "server" "fxa-auth-server")
*/}}
{{- define "fxa-common.urls.public" -}}
{{- $g := .context.Values.global -}}
{{- $override := index ($g.publicUrls | default dict) .server -}}
{{- if $override -}}
{{- trimSuffix "/" $override -}}
{{- else -}}
{{- $entry := index .spec.directory .server -}}
{{- $routes := $g.routes | default dict -}}
{{- if and (eq ($routes.layout | default "paths") "subdomains") $entry.subdomain -}}
{{- /* a host of its own; a server that mounts its routes under its path keeps the path */ -}}
{{- $base := urlParse $g.publicUrl -}}
{{- printf "%s://%s.%s%s" $base.scheme $entry.subdomain ($routes.domain | default $base.host) (ternary ($entry.publicPath | default "") "" $entry.routesUnderPublicPath) -}}
{{- else -}}
{{- printf "%s%s" (trimSuffix "/" $g.publicUrl) ($entry.publicPath | default "") -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.urls.port: the TCP port a URL is reached on: its own, else its scheme's (443 for https, else 80).
Usage: include "fxa-common.urls.port" "https://accounts.example.com"
*/}}
{{- define "fxa-common.urls.port" -}}
{{- $u := urlParse . -}}
{{- $hostPort := splitList ":" $u.host -}}
{{- if gt (len $hostPort) 1 -}}
{{- last $hostPort -}}
{{- else -}}
{{- ternary "443" "80" (eq $u.scheme "https") -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.urls.mountPath: the path every route of a server sits under ("" unless the server mounts its
routes under its public URL's path, as auth-server does).
Usage: include "fxa-common.urls.mountPath" (dict "context" $ "spec" $spec "server" "fxa-auth-server")
*/}}
{{- define "fxa-common.urls.mountPath" -}}
{{- $entry := index .spec.directory .server -}}
{{- if $entry.routesUnderPublicPath -}}
{{- (urlParse (include "fxa-common.urls.public" .)).path | trimSuffix "/" -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.urls.internal: in-cluster URL of a server (its Service), including its mount path.
Usage: include "fxa-common.urls.internal" (dict "context" $ "spec" $spec "server" "fxa-auth-server")
*/}}
{{- define "fxa-common.urls.internal" -}}
{{- $entry := index .spec.directory .server -}}
{{- printf "http://%s:%v%s" (include "fxa-common.names.fullname" (dict "context" .context "server" .server)) (int $entry.port) (include "fxa-common.urls.mountPath" .) -}}
{{- end -}}
