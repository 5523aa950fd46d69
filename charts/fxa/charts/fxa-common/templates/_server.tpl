{{/*
fxa-common.server: every object of one server, each from the helper of its kind: ConfigMap, config files,
Secret (inline values only), Deployment or hook Job, Service, CronJobs, PodDisruptionBudget, autoscaler.
The only template a server chart calls; nothing when the FxA release (global.fxaRelease) has no such server.
A hook Job carries its non-secret env in its own spec: hooks are not part of the release, so a hook
ConfigMap would outlive uninstall.
Usage: include "fxa-common.server" (dict "context" . "spec" (.Files.Get "spec.json" | fromJson))
*/}}
{{- define "fxa-common.server" -}}
{{- if include "fxa-common.release.has" (dict "context" .context "entry" (index .spec.directory .spec.name)) -}}
{{- $ctx := .context -}}
{{- $spec := .spec -}}
{{- include "fxa-common.validate.server" . -}}
{{- $config := include "fxa-common.env.config" . | fromJson -}}
{{- $inline := include "fxa-common.env.inlineSecrets" . | fromJson -}}
{{- $secrets := include "fxa-common.checksum.secrets" . -}}
{{- $files := include "fxa-common.configFiles.data" . | fromJson -}}
{{- $fixes := include "fxa-common.fixes.list" (dict "context" $ctx "spec" $spec "kind" $spec.workload.kind) | fromJsonArray -}}
{{- $checksum := printf "%s\n%s\n%s\n%s\n%s" (toJson $config) (toJson $inline) $secrets (toJson $files) (toJson $fixes) | sha256sum -}}
{{- $args := dict "context" $ctx "spec" $spec "checksum" $checksum "config" $config -}}
{{- $isJob := eq $spec.workload.kind "Job" }}
{{- if not $isJob }}
---
{{ include "fxa-common.configmap" (dict "context" $ctx "spec" $spec "data" $config) }}
{{- end }}
{{- if $files }}
---
{{ include "fxa-common.configFiles" (dict "context" $ctx "spec" $spec "data" $files) }}
{{- end }}
{{- if $fixes }}
---
{{ include "fxa-common.fixes.configMap" (dict "context" $ctx "spec" $spec "fixes" $fixes) }}
{{- end }}
{{- if $inline }}
---
{{ include "fxa-common.secret" (dict "context" $ctx "spec" $spec "data" $inline) }}
{{- end }}
---
{{ include (ternary "fxa-common.job" "fxa-common.deployment" $isJob) $args }}
{{- if and $spec.ports (not $isJob) }}
---
{{ include "fxa-common.service" $args }}
{{- end }}
{{- range $job := $spec.cronJobs }}
{{- $set := index ($ctx.Values.cronJobs | default dict) $job.name | default dict }}
{{- if and $set.enabled (or (not $job.when) (include "fxa-common.global.on" (dict "global" $ctx.Values.global "key" $job.when))) }}
---
{{ include "fxa-common.cronJob" (dict "context" $ctx "spec" $spec "checksum" $checksum "config" $config "job" $job "values" $set) }}
{{- end }}
{{- end }}
{{- if and (eq $spec.workload.kind "Deployment") (eq $spec.scaling "scalable") }}
{{- if ($ctx.Values.pdb | default dict).enabled }}
---
{{ include "fxa-common.pdb" $args }}
{{- end }}
{{- if ($ctx.Values.autoscaling | default dict).enabled }}
---
{{ include "fxa-common.hpa" $args }}
{{- end }}
{{- end }}
{{- end -}}
{{- end -}}

{{/*
fxa-common.objectMeta: the name, namespace and recommended labels of one object of a server; name and
component, when given, are a CronJob's instead of the server's.
Usage: include "fxa-common.objectMeta" (dict "context" $ "spec" $spec)
       include "fxa-common.objectMeta" (dict "context" $ "spec" $spec "name" "fxa-auth-server-prune-tokens" "component" "cron")
*/}}
{{- define "fxa-common.objectMeta" -}}
name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" (.name | default .spec.name)) }}
namespace: {{ .context.Release.Namespace | quote }}
labels:
  {{- include "fxa-common.labels.standard" . | nindent 2 }}
{{- end -}}

{{/*
fxa-common.deployment: a server's Deployment: its replicas (unless autoscaled) and a rollout that never
runs a singleton twice nor loses capacity.
Usage: include "fxa-common.deployment" (dict "context" $ "spec" $spec "checksum" $sum "config" $config)
*/}}
{{- define "fxa-common.deployment" -}}
{{- $v := .context.Values -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "fxa-common.objectMeta" . | nindent 2 }}
spec:
  {{- if not ($v.autoscaling | default dict).enabled }}
  replicas: {{ $v.replicaCount }}
  {{- end }}
  strategy:
    {{- if eq .spec.scaling "singleton" }}
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
      {{- include "fxa-common.labels.selector" . | nindent 6 }}
  template:
    {{- include "fxa-common.pod" . | nindent 4 }}
{{- end -}}

{{/*
fxa-common.job: a server that runs once per install and upgrade (migrations): a Helm hook Job, retried
backoffLimit times and stopped after activeDeadlineSeconds (values, else the catalog's).
Usage: include "fxa-common.job" (dict "context" $ "spec" $spec "checksum" $sum "config" $config)
*/}}
{{- define "fxa-common.job" -}}
apiVersion: batch/v1
kind: Job
metadata:
  {{- include "fxa-common.objectMeta" . | nindent 2 }}
  {{- with include "fxa-common.hookAnnotations" (dict "spec" .spec "weight" "0") }}{{ . | nindent 2 }}{{ end }}
spec:
  backoffLimit: {{ .spec.workload.backoffLimit }}
  activeDeadlineSeconds: {{ .context.Values.activeDeadlineSeconds | default .spec.workload.activeDeadlineSeconds | int }}
  template:
    {{- include "fxa-common.pod" . | nindent 4 }}
{{- end -}}

{{/*
fxa-common.service: a server's Service: every port it listens on (fxa-common.ports), values.service's
type and annotations.
Usage: include "fxa-common.service" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.service" -}}
{{- $service := .context.Values.service | default dict -}}
apiVersion: v1
kind: Service
metadata:
  {{- include "fxa-common.objectMeta" . | nindent 2 }}
  {{- with $service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $service.type | default "ClusterIP" }}
  selector:
    {{- include "fxa-common.labels.selector" . | nindent 4 }}
  ports:
    {{- range include "fxa-common.ports" .spec.ports | fromJsonArray }}
    - name: {{ .name }}
      port: {{ .port }}
      targetPort: {{ .name }}
      protocol: {{ .protocol }}
    {{- end }}
{{- end -}}

{{/*
fxa-common.cronJob: one periodic job of a server, rescheduled by its values (values.cronJobs.<name>): one
run at a time, in a pod with the server's image, config and secrets that runs the job's command under the
job's name and listens to nothing (so it has no probes).
Usage: include "fxa-common.cronJob" (dict "context" $ "spec" $spec "checksum" $sum "config" $config "job" $job "values" $jobValues)
*/}}
{{- define "fxa-common.cronJob" -}}
{{- $name := printf "%s-%s" .spec.name .job.name -}}
{{- $run := dict "name" $name "component" "cron" "kind" "CronJob" "command" .job.command -}}
apiVersion: batch/v1
kind: CronJob
metadata:
  {{- include "fxa-common.objectMeta" (dict "context" .context "spec" .spec "name" $name "component" "cron") | nindent 2 }}
  annotations:
    fxa-helm/description: {{ .job.description | quote }}
spec:
  schedule: {{ .values.schedule | default .job.schedule | quote }}
  {{- /* never two runs at once: a slow prune must not be joined by the next one */}}
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 600
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 1
      activeDeadlineSeconds: {{ .values.activeDeadlineSeconds | default 3600 | int }}
      template:
        {{- include "fxa-common.pod" (dict "context" .context "spec" .spec "checksum" .checksum "config" .config "run" $run) | nindent 8 }}
{{- end -}}

{{/*
fxa-common.pdb: a scalable server's PodDisruptionBudget (values.pdb).
Usage: include "fxa-common.pdb" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  {{- include "fxa-common.objectMeta" . | nindent 2 }}
spec:
  {{- /* one pod at a time may be evicted: drains go on with one replica, and never take two at once */}}
  maxUnavailable: {{ .context.Values.pdb.maxUnavailable | default 1 }}
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" . | nindent 6 }}
{{- end -}}

{{/*
fxa-common.hpa: a scalable server's HorizontalPodAutoscaler on CPU (values.autoscaling).
Usage: include "fxa-common.hpa" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.hpa" -}}
{{- $hpa := .context.Values.autoscaling -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  {{- include "fxa-common.objectMeta" . | nindent 2 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}
  minReplicas: {{ $hpa.minReplicas | default 2 }}
  maxReplicas: {{ $hpa.maxReplicas | default 10 }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $hpa.targetCPUUtilizationPercentage | default 70 }}
{{- end -}}
