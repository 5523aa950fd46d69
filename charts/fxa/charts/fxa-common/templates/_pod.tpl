{{/*
fxa-common.pod: the pod template of a server's Deployment, hook Job or CronJob: labels, the config checksum,
the pod's settings, its one container, volumes and scheduling. `run` is what the pod runs when that is not
the server itself (a CronJob): name, component, kind and command, no ports and no probe.
Usage: include "fxa-common.pod" (dict "context" $ "spec" $spec "checksum" $sum "config" $config)
       include "fxa-common.pod" (dict "context" $ "spec" $spec "checksum" $sum "config" $config "run" $run)
*/}}
{{- define "fxa-common.pod" -}}
{{- $ctx := .context -}}
{{- $v := $ctx.Values -}}
{{- $spec := .spec -}}
{{- $run := .run | default (dict "name" $spec.name "component" $spec.component "kind" $spec.workload.kind "command" $spec.command "ports" $spec.ports "probe" $spec.probe) -}}
{{- /* FxA servers run from global.image with their own command, or from the launcher image, which picks the
  command from `server`; a CronJob names its command itself, which the launcher image runs as well */ -}}
{{- $launch := and (not $spec.image) (($v.global.launcher).enabled) (ne $run.kind "CronJob") -}}
{{- $fixes := include "fxa-common.fixes.list" (dict "context" $ctx "spec" $spec "kind" $run.kind) | fromJsonArray -}}
{{- $args := dict "context" $ctx "spec" $spec "run" $run "config" .config "launch" $launch "fixes" $fixes -}}
metadata:
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "name" $run.name "component" $run.component) | nindent 4 }}
    {{- with include "fxa-common.pod.sharedClaim" $args }}
    fxa-helm/shares-volume: {{ . }}
    {{- end }}
    {{- with $v.podLabels }}{{ toYaml . | nindent 4 }}{{ end }}
  annotations:
    checksum/config: {{ .checksum }}
    {{- with $v.podAnnotations }}{{ toYaml . | nindent 4 }}{{ end }}
spec:
  automountServiceAccountToken: false
  {{- /* a pre-install hook Job runs before the release's ServiceAccount exists: the namespace default (token not mounted either) */}}
  {{- if or $v.serviceAccountName (ne $run.kind "Job") }}
  serviceAccountName: {{ $v.serviceAccountName | default (include "fxa-common.names.serviceAccount" $ctx) }}
  {{- end }}
  {{- with $v.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  {{- if not (kindIs "invalid" $v.terminationGracePeriodSeconds) }}
  terminationGracePeriodSeconds: {{ int $v.terminationGracePeriodSeconds }}
  {{- end }}
  {{- if has $run.kind (list "Job" "CronJob") }}
  restartPolicy: Never
  {{- end }}
  {{- if or $fixes $v.initContainers }}
  initContainers:
    {{- if $fixes }}
    {{- include "fxa-common.fixes.initContainer" (dict "context" $ctx "spec" $spec "image" (include "fxa-common.pod.imageRef" $args) "pullPolicy" (include "fxa-common.pod.pullPolicy" $args)) | nindent 4 }}
    {{- end }}
    {{- with $v.initContainers }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
  {{- with $v.global.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- include "fxa-common.securityContext.pod" (dict "runAsUser" $spec.runAsUser "override" $v.podSecurityContext) | nindent 4 }}
  containers:
    {{- include "fxa-common.pod.container" $args | nindent 4 }}
    {{- if eq $run.kind "Deployment" }}
    {{- range $spec.sidecars }}
    {{- if include "fxa-common.global.on" (dict "global" $v.global "key" .when) }}
    {{- include "fxa-common.pod.sidecar" (dict "context" $ctx "sidecar" . "serverPort" (first $spec.ports).port) | nindent 4 }}
    {{- end }}
    {{- end }}
    {{- end }}
  volumes:
    {{- with include "fxa-common.pod.volumes" $args | trim }}{{ . | nindent 4 }}{{ end }}
  {{- with include "fxa-common.pod.scheduling" $args | trim }}{{ . | nindent 2 }}{{ end }}
{{- end -}}

{{/*
fxa-common.pod.container: the pod's one container, as a list item: image (global, launcher or the server's
own), command, restricted security context, ports, environment, probes, mounts and resources.
Usage: include "fxa-common.pod.container" (dict "context" $ "spec" $spec "run" $run "config" $config "launch" $launch)
*/}}
{{- define "fxa-common.pod.container" -}}
{{- $v := .context.Values -}}
- name: {{ .run.name }}
  image: {{ include "fxa-common.pod.imageRef" . | quote }}
  imagePullPolicy: {{ include "fxa-common.pod.pullPolicy" . }}
  {{- if not .launch }}
  {{- with .spec.workingDir }}
  workingDir: {{ . }}
  {{- end }}
  command:
    {{- range .run.command }}
    - {{ . | quote }}
    {{- end }}
  {{- end }}
  securityContext:
    {{- include "fxa-common.securityContext.container" (dict "override" $v.securityContext) | nindent 4 }}
  {{- with .run.ports }}
  ports:
    {{- range include "fxa-common.ports" . | fromJsonArray }}
    - name: {{ .name }}
      containerPort: {{ .port }}
      protocol: {{ .protocol }}
    {{- end }}
  {{- end }}
  {{- with include "fxa-common.pod.env" . | trim }}{{ . | nindent 2 }}{{ end }}
  {{- with include "fxa-common.pod.probes" . }}{{ . | nindent 2 }}{{ end }}
  volumeMounts:
    {{- with include "fxa-common.pod.volumeMounts" . | trim }}{{ . | nindent 4 }}{{ end }}
  {{- with include "fxa-common.resources" (dict "values" $v "spec" .spec) }}
  resources:
    {{- . | nindent 4 }}
  {{- end }}
{{- end -}}

{{/*
fxa-common.pod.sidecar: a helper container of the server's own pods (schema/types.ts Sidecar), as a list item:
its pinned image (values.sidecars.<name>.image over it field by field), the restricted security context, its
own port probed over TCP to start and to live (no Service or NetworkPolicy opens it), ready while the server
it works for accepts connections on its port (by number: a named port resolves in the same container only), and its preset resources unless values set them.
Usage: include "fxa-common.pod.sidecar" (dict "context" $ "sidecar" $sidecar "serverPort" $portNumber)
*/}}
{{- define "fxa-common.pod.sidecar" -}}
{{- $v := .context.Values -}}
{{- $c := .sidecar -}}
{{- $o := index ($v.sidecars | default dict) $c.name | default dict -}}
{{- $image := $o.image | default dict -}}
- name: {{ $c.name }}
  image: {{ include "fxa-common.image" (dict "image" $c.image "override" $image "release" "") | quote }}
  imagePullPolicy: {{ $image.pullPolicy | default $v.global.image.pullPolicy | default "IfNotPresent" }}
  command:
    {{- range $c.command }}
    - {{ . | quote }}
    {{- end }}
  securityContext:
    {{- include "fxa-common.securityContext.container" (dict "override" $v.securityContext) | nindent 4 }}
  ports:
    - name: {{ $c.port.name }}
      containerPort: {{ $c.port.port }}
      protocol: TCP
  startupProbe:
    tcpSocket:
      port: {{ $c.port.name }}
    periodSeconds: 2
    failureThreshold: 30
  readinessProbe:
    tcpSocket:
      port: {{ .serverPort }}
    periodSeconds: 10
    failureThreshold: 3
  livenessProbe:
    tcpSocket:
      port: {{ $c.port.name }}
    periodSeconds: 20
    failureThreshold: 6
  resources:
    {{- include "fxa-common.resources" (dict "values" (dict "resources" $o.resources "resourcesPreset" $c.resourcesPreset) "spec" $c) | nindent 4 }}
{{- end -}}

{{/*
fxa-common.pod.imageRef: the image a server's containers run: its own (infrastructure), the launcher's, or
global.image, with values.image over it field by field.
Usage: include "fxa-common.pod.imageRef" (dict "context" $ "spec" $spec "launch" $launch)
*/}}
{{- define "fxa-common.pod.imageRef" -}}
{{- $g := .context.Values.global -}}
{{- $image := .spec.image | default (ternary (($g.launcher).image) $g.image .launch) -}}
{{- include "fxa-common.image" (dict "image" $image "override" (.context.Values.image | default dict) "release" $g.fxaRelease) -}}
{{- end -}}

{{/*
fxa-common.pod.pullPolicy: values.image.pullPolicy, else global.image.pullPolicy, else IfNotPresent.
Usage: include "fxa-common.pod.pullPolicy" (dict "context" $)
*/}}
{{- define "fxa-common.pod.pullPolicy" -}}
{{- (.context.Values.image | default dict).pullPolicy | default .context.Values.global.image.pullPolicy | default "IfNotPresent" -}}
{{- end -}}

{{/*
fxa-common.pod.env: the container's envFrom and env: the server's ConfigMap (a hook Job has none: its
values inline), the secret references (fxa-common.env.secretRefs), the launcher's `server`, values.extraEnv.
Usage: include "fxa-common.pod.env" (dict "context" $ "spec" $spec "run" $run "config" $config "launch" $launch)
*/}}
{{- define "fxa-common.pod.env" -}}
{{- $v := .context.Values -}}
{{- $isJob := eq .run.kind "Job" -}}
{{- if not $isJob }}
envFrom:
  - configMapRef:
      name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-env
{{- end }}
{{- $refs := include "fxa-common.env.secretRefs" (dict "context" .context "spec" .spec) }}
{{- if or $refs $v.extraEnv (and $isJob .config) .launch }}
env:
  {{- if .launch }}
  - name: server
    value: {{ .spec.name | quote }}
  {{- end }}
  {{- if $isJob }}
  {{- range $k := keys .config | sortAlpha }}
  - name: {{ $k }}
    value: {{ index $.config $k | quote }}
  {{- end }}
  {{- end }}
  {{- with $refs }}{{ trim . | nindent 2 }}{{ end }}
  {{- with $v.extraEnv }}{{ toYaml . | nindent 2 }}{{ end }}
{{- end }}
{{- end -}}

{{/*
fxa-common.pod.volumeMounts: the container's mounts: an emptyDir per writable path, the config files and
key files read-only under /fxa-helm, the shared volume, values.extraVolumeMounts.
Usage: include "fxa-common.pod.volumeMounts" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.pod.volumeMounts" -}}
{{- range $i, $path := .spec.writablePaths }}
- name: writable-{{ $i }}
  mountPath: {{ $path }}
{{- end }}
{{- if .spec.configFiles }}
- name: config-files
  mountPath: /fxa-helm/config
  readOnly: true
{{- end }}
{{- if .spec.keyFiles }}
- name: keys
  mountPath: /fxa-helm/keys
  readOnly: true
{{- end }}
{{- with .spec.sharedVolume }}
- name: {{ .claim }}
  mountPath: {{ .mountPath }}
{{- end }}
{{- with .fixes }}{{ include "fxa-common.fixes.mounts" . }}{{ end }}
{{- with .context.Values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
fxa-common.pod.volumes: the pod's volumes, one per mount of fxa-common.pod.volumeMounts: the key files
from the keys Secret; an optional shared volume is an emptyDir until its claim is enabled.
Usage: include "fxa-common.pod.volumes" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.pod.volumes" -}}
{{- $ctx := .context -}}
{{- range $i, $path := .spec.writablePaths }}
- name: writable-{{ $i }}
  emptyDir: {}
{{- end }}
{{- if .spec.configFiles }}
- name: config-files
  configMap:
    name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" .spec.name) }}-files
{{- end }}
{{- with .spec.keyFiles }}
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
{{- with .spec.sharedVolume }}
- name: {{ .claim }}
  {{- if or (not .optional) (index ($ctx.Values.global.persistence | default dict) .claim | default dict).enabled }}
  persistentVolumeClaim:
    claimName: {{ include "fxa-common.sharedVolume.claimName" (dict "context" $ctx "claim" .claim) }}
  {{- else }}
  emptyDir: {}
  {{- end }}
{{- end }}
{{- if .fixes }}
{{ include "fxa-common.fixes.volumes" . }}
{{- end }}
{{- with $ctx.Values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
fxa-common.pod.scheduling: where the pod may run, from values: nodeSelector, tolerations, affinity, and
topologySpreadConstraints (each selecting the pod's own labels unless it names a labelSelector).
Usage: include "fxa-common.pod.scheduling" (dict "context" $ "run" $run)
*/}}
{{- define "fxa-common.pod.scheduling" -}}
{{- $v := .context.Values -}}
{{- $selector := include "fxa-common.labels.selector" (dict "context" .context "name" .run.name) | fromYaml -}}
{{- with $v.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $v.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- $claim := include "fxa-common.pod.sharedClaim" . -}}
{{- if $v.affinity }}
affinity:
  {{- toYaml $v.affinity | nindent 2 }}
{{- else if $claim }}
affinity:
  podAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - labelSelector:
          matchLabels:
            app.kubernetes.io/instance: {{ .context.Release.Name }}
            fxa-helm/shares-volume: {{ $claim }}
        topologyKey: kubernetes.io/hostname
{{- end }}
{{- with $v.topologySpreadConstraints }}
topologySpreadConstraints:
  {{- range . }}
  - {{ toYaml (merge (dict) . (dict "labelSelector" (dict "matchLabels" $selector))) | nindent 4 | trim }}
  {{- end }}
{{- end }}
{{- end -}}

{{/*
fxa-common.pod.sharedClaim: the claim (e.g. avatars) a server's own pod mounts on a ReadWriteOnce volume
together with other servers, else "". Such a volume attaches to one node at a time, so every pod that mounts it carries the label
fxa-helm/shares-volume and a required affinity to the others on the same node (a pod matching its own term
schedules first): all of them run on one node, the price of a volume most storage classes can provide.
Usage: include "fxa-common.pod.sharedClaim" (dict "context" $ "spec" $spec "run" $run)
*/}}
{{- define "fxa-common.pod.sharedClaim" -}}
{{- $ctx := .context -}}
{{- with .spec.sharedVolume -}}
{{- $p := index ($ctx.Values.global.persistence | default dict) .claim | default dict -}}
{{- if and (eq $.run.kind "Deployment") (gt (len .servers) 1) (or (not .optional) $p.enabled) (eq ($p.accessMode | default "ReadWriteOnce") "ReadWriteOnce") -}}
{{- .claim -}}
{{- end -}}
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
field by field (an overridden repository or tag drops the global digest, which belongs to the global image);
an empty tag is the FxA release's (global.fxaRelease), the tag Mozilla publishes its image under.
Usage: include "fxa-common.image" (dict "image" $image "override" $override "release" $.Values.global.fxaRelease)
*/}}
{{- define "fxa-common.image" -}}
{{- $o := .override -}}
{{- $ref := printf "%s:%s" ($o.repository | default .image.repository) ($o.tag | default .image.tag | default .release | toString) -}}
{{- $digest := ternary "" (.image.digest | default "") (or (not (empty $o.repository)) (not (empty $o.tag))) -}}
{{- if $digest }}{{ printf "%s@%s" $ref $digest }}{{ else }}{{ $ref }}{{ end -}}
{{- end -}}
