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
  activeDeadlineSeconds: {{ $ctx.Values.activeDeadlineSeconds | default $spec.workload.activeDeadlineSeconds | int }}
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
  {{- if not ($ctx.Values.autoscaling | default dict).enabled }}
  replicas: {{ $ctx.Values.replicaCount }}
  {{- end }}
  strategy:
    {{- if eq $spec.scaling "singleton" }}
    {{- /* never two at once: a singleton's volume is ReadWriteOnce, and it must not run twice */}}
    type: Recreate
    {{- else }}
    {{- /* a new pod is ready before an old one goes: no capacity lost during a rollout */}}
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
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
    {{- if .udp }}
    - name: {{ .name }}-udp
      port: {{ .port }}
      targetPort: {{ .name }}-udp
      protocol: UDP
    {{- end }}
    {{- end }}
{{- end }}
{{- range $job := $spec.cronJobs }}
{{- $set := index ($ctx.Values.cronJobs | default dict) $job.name | default dict }}
{{- if $set.enabled }}
{{- /* the server's spec with the job's name, command and kind; no ports or probes (set, not merge: merge skips empty values) */}}
{{- $jobSpec := deepCopy $spec }}
{{- range $k, $val := dict "name" (printf "%s-%s" $spec.name $job.name) "configOf" $spec.name "command" $job.command "ports" (list) "workload" (dict "kind" "CronJob") "component" "cron" }}{{ $_ := set $jobSpec $k $val }}{{ end }}
{{- $_ := unset $jobSpec "probe" }}
{{- $jobArgs := dict "context" $ctx "spec" $jobSpec "checksum" $checksum "config" $config }}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" $jobSpec.name) }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $jobArgs | nindent 4 }}
  annotations:
    fxa-helm/description: {{ $job.description | quote }}
spec:
  schedule: {{ $set.schedule | default $job.schedule | quote }}
  {{- /* never two runs at once: a slow prune must not be joined by the next one */}}
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 600
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 1
      activeDeadlineSeconds: {{ $set.activeDeadlineSeconds | default 3600 | int }}
      template:
        {{- include "fxa-common.pod" $jobArgs | nindent 8 }}
{{- end }}
{{- end }}
{{- if and (eq $spec.workload.kind "Deployment") (eq $spec.scaling "scalable") }}
{{- $pdb := $ctx.Values.pdb | default dict }}
{{- if $pdb.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $args | nindent 4 }}
spec:
  {{- /* one pod at a time may be evicted: drains go on with one replica, and never take two at once */}}
  maxUnavailable: {{ $pdb.maxUnavailable | default 1 }}
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" $args | nindent 6 }}
{{- end }}
{{- $hpa := $ctx.Values.autoscaling | default dict }}
{{- if $hpa.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" $args | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $hpa.minReplicas | default 2 }}
  maxReplicas: {{ $hpa.maxReplicas | default 10 }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $hpa.targetCPUUtilizationPercentage | default 70 }}
{{- end }}
{{- end }}
{{- end -}}
