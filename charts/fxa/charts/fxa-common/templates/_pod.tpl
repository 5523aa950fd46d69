{{/*
fxa-common.pod: the pod template shared by Deployments and Jobs.
Usage: include "fxa-common.pod" (dict "context" $ "spec" $spec "checksum" $sum)
*/}}
{{- define "fxa-common.pod" -}}
{{- $ctx := .context -}}
{{- $v := $ctx.Values -}}
{{- $g := $v.global -}}
{{- $spec := .spec -}}
{{- $fullname := include "fxa-common.names.fullname" (dict "context" $ctx "server" $spec.name) -}}
{{- $image := $spec.image | default $g.image -}}
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
  {{- if eq $spec.workload.kind "Job" }}
  restartPolicy: Never
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
      image: {{ printf "%s:%s" ($override.repository | default $image.repository) ($override.tag | default $image.tag | toString) | quote }}
      imagePullPolicy: {{ $override.pullPolicy | default $g.image.pullPolicy | default "IfNotPresent" }}
      {{- with $spec.workingDir }}
      workingDir: {{ . }}
      {{- end }}
      command:
        {{- range $spec.command }}
        - {{ . | quote }}
        {{- end }}
      securityContext:
        {{- $cDefault := dict "allowPrivilegeEscalation" false "capabilities" (dict "drop" (list "ALL")) }}
        {{- toYaml (mergeOverwrite $cDefault ($v.securityContext | default dict)) | nindent 8 }}
      {{- with $spec.ports }}
      ports:
        {{- range . }}
        - name: {{ .name }}
          containerPort: {{ .port }}
          protocol: TCP
        {{- end }}
      {{- end }}
      {{- $isJob := eq $spec.workload.kind "Job" }}
      {{- if not $isJob }}
      envFrom:
        - configMapRef:
            name: {{ $fullname }}-env
      {{- end }}
      {{- $refs := include "fxa-common.env.secretRefs" . }}
      {{- if or $refs $v.extraEnv (and $isJob .config) }}
      env:
        {{- if $isJob }}
        {{- range $k := keys .config | sortAlpha }}
        - name: {{ $k }}
          value: {{ index $.config $k | quote }}
        {{- end }}
        {{- end }}
        {{- with $refs }}{{ trim . | nindent 8 }}{{ end }}
        {{- with $v.extraEnv }}{{ toYaml . | nindent 8 }}{{ end }}
      {{- end }}
      {{- if and $spec.probe $spec.ports (ne $spec.workload.kind "Job") }}
      {{- $probe := include "fxa-common.probe" . }}
      readinessProbe:
        {{- $probe | nindent 8 }}
        periodSeconds: 10
        failureThreshold: 3
      livenessProbe:
        {{- $probe | nindent 8 }}
        initialDelaySeconds: 30
        periodSeconds: 20
        failureThreshold: 6
      {{- end }}
      {{- if or $spec.configFiles $spec.sharedVolume }}
      volumeMounts:
        {{- if $spec.configFiles }}
        - name: config-files
          mountPath: /fxa-helm/config
          readOnly: true
        {{- end }}
        {{- with $spec.sharedVolume }}
        - name: {{ .claim }}
          mountPath: {{ .mountPath }}
        {{- end }}
      {{- end }}
      {{- with $v.resources }}
      resources:
        {{- toYaml . | nindent 8 }}
      {{- end }}
  {{- if or $spec.configFiles $spec.sharedVolume }}
  volumes:
    {{- if $spec.configFiles }}
    - name: config-files
      configMap:
        name: {{ $fullname }}-files
    {{- end }}
    {{- with $spec.sharedVolume }}
    - name: {{ .claim }}
      persistentVolumeClaim:
        claimName: {{ include "fxa-common.sharedVolume.claimName" (dict "context" $ctx "claim" .claim) }}
    {{- end }}
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
{{- end -}}

{{/*
fxa-common.probe: an HTTP probe on the server's heartbeat path (under its mount path), else TCP.
Usage: include "fxa-common.probe" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.probe" -}}
{{- $port := (index .spec.ports 0).name -}}
{{- if .spec.probe.path -}}
httpGet:
  path: {{ printf "%s%s" (include "fxa-common.urls.mountPath" (dict "context" .context "spec" .spec "server" .spec.name)) .spec.probe.path }}
  port: {{ $port }}
{{- else -}}
tcpSocket:
  port: {{ $port }}
{{- end -}}
{{- end -}}

