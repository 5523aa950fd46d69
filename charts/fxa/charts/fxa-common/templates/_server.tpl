{{/*
fxa-common.server: every object of one server: ConfigMap, Secret (inline values only), Deployment or
hook Job, Service. The only template a server chart calls. A hook Job carries its non-secret env in
its own spec: hooks are not part of the release, so a hook ConfigMap would outlive uninstall.
Usage: include "fxa-common.server" (dict "context" . "spec" (.Files.Get "spec.json" | fromJson))
*/}}
{{- define "fxa-common.server" -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- include "fxa-common.validate.server" . -}}
{{- $config := include "fxa-common.env.config" . | fromJson -}}
{{- $inline := include "fxa-common.env.inlineSecrets" . | fromJson -}}
{{- $secrets := include "fxa-common.checksum.secrets" . -}}
{{- $files := include "fxa-common.configFiles.data" . | fromJson -}}
{{- $checksum := printf "%s\n%s\n%s\n%s" (toJson $config) (toJson $inline) $secrets (toJson $files) | sha256sum -}}
{{- $args := dict "context" $ctx "spec" $spec "checksum" $checksum "config" $config -}}
{{- $fullname := include "fxa-common.names.fullname" (dict "context" $ctx "server" $spec.name) }}
{{- if ne $spec.workload.kind "Job" }}
---
{{ include "fxa-common.configmap" (dict "context" $ctx "spec" $spec "data" $config) }}
{{- end }}
{{- if $files }}
---
{{ include "fxa-common.configFiles" (dict "context" $ctx "spec" $spec "data" $files) }}
{{- end }}
{{- if $inline }}
---
{{ include "fxa-common.secret" (dict "context" $ctx "spec" $spec "data" $inline) }}
{{- end }}
---
{{- if eq $spec.workload.kind "Job" }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ $fullname }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $args | nindent 4 }}
  {{- with include "fxa-common.hookAnnotations" (dict "spec" $spec "weight" "0") }}{{ . | nindent 2 }}{{ end }}
spec:
  backoffLimit: {{ $spec.workload.backoffLimit }}
  template:
    {{- include "fxa-common.pod" $args | nindent 4 }}
{{- else }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $args | nindent 4 }}
spec:
  replicas: {{ $ctx.Values.replicaCount }}
  {{- if eq $spec.scaling "singleton" }}
  strategy:
    type: Recreate
  {{- end }}
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" $args | nindent 6 }}
  template:
    {{- include "fxa-common.pod" $args | nindent 4 }}
{{- end }}
{{- if and $spec.ports (ne $spec.workload.kind "Job") }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $args | nindent 4 }}
  {{- with ($ctx.Values.service | default dict).annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ ($ctx.Values.service | default dict).type | default "ClusterIP" }}
  selector:
    {{- include "fxa-common.labels.selector" $args | nindent 4 }}
  ports:
    {{- range $spec.ports }}
    - name: {{ .name }}
      port: {{ .port }}
      targetPort: {{ .name }}
      protocol: TCP
    {{- end }}
{{- end }}
{{- end -}}
