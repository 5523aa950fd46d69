{{/*
fxa-common.configFiles.data: the server's config files (name -> JSON text), each rendered by the library
template its spec names. Empty map when the server has none.
Usage: include "fxa-common.configFiles.data" (dict "context" $ "spec" $spec) | fromJson
*/}}
{{- define "fxa-common.configFiles.data" -}}
{{- $data := dict -}}
{{- range .spec.configFiles -}}
{{- $_ := set $data .name (include .template (dict "context" $.context "spec" $.spec)) -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/*
fxa-common.configFiles: a ConfigMap holding the server's config files, mounted read-only at /fxa-helm/config.
Usage: include "fxa-common.configFiles" (dict "context" $ "spec" $spec "data" $files)
*/}}
{{- define "fxa-common.configFiles" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-files
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" . | nindent 4 }}
data:
  {{- range $k := keys .data | sortAlpha }}
  {{ $k }}: {{ index $.data $k | quote }}
  {{- end }}
{{- end -}}

{{/*
fxa-common.sharedVolume.claimName: the PersistentVolumeClaim a shared volume uses.
Usage: include "fxa-common.sharedVolume.claimName" (dict "context" $ "claim" "avatars")
*/}}
{{- define "fxa-common.sharedVolume.claimName" -}}
{{- $p := index (.context.Values.global.persistence | default dict) .claim | default dict -}}
{{- $p.existingClaim | default (printf "%s-fxa-%s" .context.Release.Name .claim | trunc 63 | trimSuffix "-") -}}
{{- end -}}

{{/*
fxa-common.sharedVolume: the PersistentVolumeClaim several servers mount (unless existingClaim names one;
an optional claim only while global.persistence.<claim>.enabled). Kept on uninstall: it holds users' data.
Usage: include "fxa-common.sharedVolume" (dict "context" $ "claim" "avatars" "optional" false)
*/}}
{{- define "fxa-common.sharedVolume" -}}
{{- $p := index (.context.Values.global.persistence | default dict) .claim | default dict -}}
{{- if and (not $p.existingClaim) (or (not .optional) $p.enabled) }}
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ include "fxa-common.sharedVolume.claimName" . }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" .context "name" (printf "fxa-%s" .claim) "component" "storage" "unversioned" true) | nindent 4 }}
  annotations:
    helm.sh/resource-policy: keep
spec:
  accessModes:
    - {{ $p.accessMode | default "ReadWriteMany" }}
  {{- with $p.storageClass }}
  storageClassName: {{ . | quote }}
  {{- end }}
  resources:
    requests:
      storage: {{ $p.size | default "5Gi" }}
{{- end }}
{{- end -}}

{{/*
fxa-common.oauth.clientsFile: the auth server's config overlay registering OAuth clients
(oauthServer.clients): the content server's client, Firefox's clients (from spec.json) and
global.oauth.clients. Browser clients are public: their hashedSecret is 64 zeros, which no known
secret hashes to.
Usage: include "fxa-common.oauth.clientsFile" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.oauth.clientsFile" -}}
{{- $ctx := .context -}}
{{- $o := $ctx.Values.global.oauth | default dict -}}
{{- $none := repeat 64 "0" -}}
{{- $clients := list (dict "id" $o.contentClientId "name" "Mozilla accounts" "redirectUri" "urn:ietf:wg:oauth:2.0:oob" "hashedSecret" $none "imageUri" "" "trusted" true "canGrant" true "publicClient" true) -}}
{{- range .spec.firefoxClients -}}
{{- $redirect := include "fxa-common.env.wire" (dict "context" $ctx "spec" $.spec "wire" .redirect) -}}
{{- $clients = append $clients (dict "id" .id "name" .name "redirectUri" $redirect "hashedSecret" $none "imageUri" "" "trusted" true "canGrant" true "publicClient" true "allowedScopes" .allowedScopes) -}}
{{- end -}}
{{- range ($o.clients | default list) -}}
{{- $clients = append $clients (merge (dict) . (dict "imageUri" "" "trusted" false "canGrant" false "publicClient" false)) -}}
{{- end -}}
{{- toJson (dict "oauthServer" (dict "clients" $clients)) -}}
{{- end -}}

{{/*
fxa-common.statsd.mapping: statsd_exporter's mapping config, generated from schema/metrics.ts into the
statsd subchart's files/ (npm run gen).
Usage: include "fxa-common.statsd.mapping" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.statsd.mapping" -}}
{{- .context.Files.Get "files/statsd-mapping.yaml" -}}
{{- end -}}
