{{/*
fxa-common.debugPod: a pod that only sleeps, from the image the FxA servers run, for `kubectl exec` (FxA's
scripts, database checks). With the launcher image it is `server=debug`; with mozilla/fxa-mono, `sleep`.
A Deployment of one, so it comes back after a node drain; it has no secrets and no service account token.
Usage: include "fxa-common.debugPod" $ (umbrella chart)
*/}}
{{- define "fxa-common.debugPod" -}}
{{- if (.Values.debugPod).enabled }}
{{- $g := .Values.global -}}
{{- $spec := dict "name" "fxa-debug" "component" "debug" -}}
{{- $launch := ($g.launcher).enabled -}}
{{- $image := ternary (($g.launcher).image) $g.image $launch }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" . "server" "fxa-debug") }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" . "spec" $spec) | nindent 4 }}
spec:
  replicas: 1
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" . "spec" $spec) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "fxa-common.labels.standard" (dict "context" . "spec" $spec) | nindent 8 }}
    spec:
      automountServiceAccountToken: false
      serviceAccountName: {{ include "fxa-common.names.serviceAccount" . }}
      {{- with $g.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: debug
          image: {{ include "fxa-common.image" (dict "image" $image "override" (dict)) | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy | default "IfNotPresent" }}
          {{- if $launch }}
          env:
            - name: server
              value: debug
          {{- else }}
          command: ["sleep", "infinity"]
          {{- end }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
          {{- with .Values.debugPod.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
{{- end }}
{{- end -}}

