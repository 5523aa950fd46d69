{{/*
fxa-common.pod: the pod template shared by Deployments and Jobs.
Usage: include "fxa-common.pod" (dict "context" $ "spec" $spec "checksum" $sum)
*/}}
{{- define "fxa-common.pod" -}}
{{- $ctx := .context -}}
{{- $v := $ctx.Values -}}
{{- $g := $v.global -}}
{{- $spec := .spec -}}
{{- /* a server's CronJob pods read that server's ConfigMaps (spec.configOf) */ -}}
{{- $fullname := include "fxa-common.names.fullname" (dict "context" $ctx "server" ($spec.configOf | default $spec.name)) -}}
{{- $cron := eq $spec.workload.kind "CronJob" -}}
{{- /* FxA servers run from global.image with their own command, or from the launcher image, which picks the
  command from `server`; a CronJob names its command itself, which the launcher image runs as well */ -}}
{{- $launch := and (not $spec.image) (($g.launcher).enabled) (not $cron) -}}
{{- $image := $spec.image | default (ternary (($g.launcher).image) $g.image $launch) -}}
{{- $override := $v.image | default dict -}}
metadata:
  labels:
    {{- include "fxa-common.labels.standard" . | nindent 4 }}
    {{- with $v.podLabels }}{{ toYaml . | nindent 4 }}{{ end }}
  annotations:
    checksum/config: {{ .checksum }}
    {{- with $v.podAnnotations }}{{ toYaml . | nindent 4 }}{{ end }}
spec:
  automountServiceAccountToken: false
  {{- /* a pre-install hook Job runs before the release's ServiceAccount exists: the namespace default (token not mounted either) */}}
  {{- if or $v.serviceAccountName (ne $spec.workload.kind "Job") }}
  serviceAccountName: {{ $v.serviceAccountName | default (include "fxa-common.names.serviceAccount" $ctx) }}
  {{- end }}
  {{- with $v.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  {{- if not (kindIs "invalid" $v.terminationGracePeriodSeconds) }}
  terminationGracePeriodSeconds: {{ int $v.terminationGracePeriodSeconds }}
  {{- end }}
  {{- if or (eq $spec.workload.kind "Job") $cron }}
  restartPolicy: Never
  {{- end }}
  {{- with $v.initContainers }}
  initContainers:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $g.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- $podDefault := dict "runAsNonRoot" true "runAsUser" (int $spec.runAsUser) "runAsGroup" (int $spec.runAsUser) "fsGroup" (int $spec.runAsUser) "seccompProfile" (dict "type" "RuntimeDefault") }}
    {{- toYaml (mergeOverwrite $podDefault ($v.podSecurityContext | default dict)) | nindent 4 }}
  containers:
    - name: {{ $spec.name }}
      image: {{ include "fxa-common.image" (dict "image" $image "override" $override) | quote }}
      imagePullPolicy: {{ $override.pullPolicy | default $g.image.pullPolicy | default "IfNotPresent" }}
      {{- if not $launch }}
      {{- with $spec.workingDir }}
      workingDir: {{ . }}
      {{- end }}
      command:
        {{- range $spec.command }}
        - {{ . | quote }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- $cDefault := dict "allowPrivilegeEscalation" false "readOnlyRootFilesystem" true "capabilities" (dict "drop" (list "ALL")) }}
        {{- toYaml (mergeOverwrite $cDefault ($v.securityContext | default dict)) | nindent 8 }}
      {{- with $spec.ports }}
      ports:
        {{- range . }}
        - name: {{ .name }}
          containerPort: {{ .port }}
          protocol: TCP
        {{- if .udp }}
        - name: {{ .name }}-udp
          containerPort: {{ .port }}
          protocol: UDP
        {{- end }}
        {{- end }}
      {{- end }}
      {{- $isJob := eq $spec.workload.kind "Job" }}
      {{- if not $isJob }}
      envFrom:
        - configMapRef:
            name: {{ $fullname }}-env
      {{- end }}
      {{- $refs := include "fxa-common.env.secretRefs" . }}
      {{- if or $refs $v.extraEnv (and $isJob .config) $launch }}
      env:
        {{- if $launch }}
        - name: server
          value: {{ $spec.name | quote }}
        {{- end }}
        {{- if $isJob }}
        {{- range $k := keys .config | sortAlpha }}
        - name: {{ $k }}
          value: {{ index $.config $k | quote }}
        {{- end }}
        {{- end }}
        {{- with $refs }}{{ trim . | nindent 8 }}{{ end }}
        {{- with $v.extraEnv }}{{ toYaml . | nindent 8 }}{{ end }}
      {{- end }}
      {{- if and (not (kindIs "invalid" $spec.probe)) $spec.ports (ne $spec.workload.kind "Job") }}
      readinessProbe:
        {{- include "fxa-common.probe" (dict "context" $ctx "spec" $spec "check" $spec.probe) | nindent 8 }}
        periodSeconds: 10
        failureThreshold: 3
      livenessProbe:
        {{- include "fxa-common.probe" (dict "context" $ctx "spec" $spec "check" ($spec.probe.liveness | default dict)) | nindent 8 }}
        periodSeconds: 20
        failureThreshold: 6
      {{- /* liveness starts once the server has come up: up to 5 minutes by default (migrations, cold caches) */}}
      startupProbe:
        {{- if $v.startupProbe }}
        {{- toYaml $v.startupProbe | nindent 8 }}
        {{- else }}
        {{- include "fxa-common.probe" (dict "context" $ctx "spec" $spec "check" $spec.probe) | nindent 8 }}
        periodSeconds: 10
        failureThreshold: 30
        {{- end }}
      {{- end }}
      volumeMounts:
        {{- range $i, $path := $spec.writablePaths }}
        - name: writable-{{ $i }}
          mountPath: {{ $path }}
        {{- end }}
        {{- if $spec.configFiles }}
        - name: config-files
          mountPath: /fxa-helm/config
          readOnly: true
        {{- end }}
        {{- if $spec.keyFiles }}
        - name: keys
          mountPath: /fxa-helm/keys
          readOnly: true
        {{- end }}
        {{- with $spec.sharedVolume }}
        - name: {{ .claim }}
          mountPath: {{ .mountPath }}
        {{- end }}
        {{- with $v.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with include "fxa-common.resources" (dict "values" $v "spec" $spec) }}
      resources:
        {{- . | nindent 8 }}
      {{- end }}
  volumes:
    {{- range $i, $path := $spec.writablePaths }}
    - name: writable-{{ $i }}
      emptyDir: {}
    {{- end }}
    {{- if $spec.configFiles }}
    - name: config-files
      configMap:
        name: {{ $fullname }}-files
    {{- end }}
    {{- with $spec.keyFiles }}
    - name: keys
      secret:
        secretName: {{ include "fxa-common.names.keys" $ctx }}
        defaultMode: 0440
        items:
          {{- range . }}
          - key: {{ . }}
            path: {{ . }}
          {{- end }}
    {{- end }}
    {{- with $spec.sharedVolume }}
    - name: {{ .claim }}
      {{- if or (not .optional) (index ($g.persistence | default dict) .claim | default dict).enabled }}
      persistentVolumeClaim:
        claimName: {{ include "fxa-common.sharedVolume.claimName" (dict "context" $ctx "claim" .claim) }}
      {{- else }}
      emptyDir: {}
      {{- end }}
    {{- end }}
    {{- with $v.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with $v.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.topologySpreadConstraints }}
  topologySpreadConstraints:
    {{- range . }}
    - {{ toYaml (merge (dict) . (dict "labelSelector" (dict "matchLabels" (fromYaml (include "fxa-common.labels.selector" $))))) | nindent 6 | trim }}
    {{- end }}
  {{- end }}
{{- end -}}

{{/*
fxa-common.probe: one check: exec, an HTTP GET of its path (under the server's mount path), or a TCP connect;
on the named port, else the server's first.
Usage: include "fxa-common.probe" (dict "context" $ "spec" $spec "check" $check)
*/}}
{{- define "fxa-common.probe" -}}
{{- $port := .check.port | default (index .spec.ports 0).name -}}
{{- if .check.exec -}}
exec:
  command:
    {{- range .check.exec }}
    - {{ . | quote }}
    {{- end }}
{{- else if .check.path -}}
httpGet:
  path: {{ printf "%s%s" (include "fxa-common.urls.mountPath" (dict "context" .context "spec" .spec "server" .spec.name)) .check.path }}
  port: {{ $port }}
{{- else -}}
tcpSocket:
  port: {{ $port }}
{{- end -}}
{{- end -}}

{{/*
fxa-common.resources: the container's resources: values.resources when given, else the preset
(values.resourcesPreset, else the catalog's). Requests for CPU, memory and ephemeral storage; limits for
memory and ephemeral storage only, since a CPU limit throttles a busy event loop. Preset "none": nothing.
Usage: include "fxa-common.resources" (dict "values" $v "spec" $spec)
*/}}
{{- define "fxa-common.resources" -}}
{{- if .values.resources -}}
{{- toYaml .values.resources -}}
{{- else -}}
{{- $presets := dict
  "nano" (list "10m" "64Mi" "256Mi")
  "small" (list "50m" "192Mi" "512Mi")
  "medium" (list "250m" "512Mi" "1Gi")
  "large" (list "500m" "1Gi" "2Gi") -}}
{{- $name := .values.resourcesPreset | default .spec.resourcesPreset | default "small" -}}
{{- with index $presets $name -}}
requests:
  cpu: {{ index . 0 }}
  memory: {{ index . 1 }}
  ephemeral-storage: 50Mi
limits:
  memory: {{ index . 2 }}
  ephemeral-storage: 1Gi
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
fxa-common.image: repository:tag, or repository:tag@digest when a digest pins it; a per-server override wins
field by field (an overridden repository or tag drops the global digest, which belongs to the global image).
Usage: include "fxa-common.image" (dict "image" $image "override" $override)
*/}}
{{- define "fxa-common.image" -}}
{{- $o := .override -}}
{{- $ref := printf "%s:%s" ($o.repository | default .image.repository) ($o.tag | default .image.tag | toString) -}}
{{- $digest := ternary "" (.image.digest | default "") (or (not (empty $o.repository)) (not (empty $o.tag))) -}}
{{- if $digest }}{{ printf "%s@%s" $ref $digest }}{{ else }}{{ $ref }}{{ end -}}
{{- end -}}
