{{/*
fxa-common.debugPod: a pod that only sleeps, from the image the FxA servers run, for `kubectl exec` (FxA's
scripts, database checks). With the launcher image it is `server=debug`; with mozilla/fxa-mono, `sleep`.
A Deployment of one, so it comes back after a node drain; it has no secrets and no service account token.
It runs as the user of the FxA image (runAsUser: the catalog's, written into the umbrella's template).
Usage: include "fxa-common.debugPod" (dict "context" $ "runAsUser" 10001) (umbrella chart)
*/}}
{{- define "fxa-common.debugPod" -}}
{{- $ctx := .context -}}
{{- if ($ctx.Values.debugPod).enabled }}
{{- $g := $ctx.Values.global -}}
{{- $spec := dict "name" "fxa-debug" "component" "debug" -}}
{{- $launch := ($g.launcher).enabled -}}
{{- $image := ternary (($g.launcher).image) $g.image $launch }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" $ctx "server" "fxa-debug") }}
  labels:
    {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" $spec) | nindent 4 }}
spec:
  replicas: 1
  selector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" $spec) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "fxa-common.labels.standard" (dict "context" $ctx "spec" $spec) | nindent 8 }}
    spec:
      automountServiceAccountToken: false
      serviceAccountName: {{ include "fxa-common.names.serviceAccount" $ctx }}
      {{- with $g.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- include "fxa-common.securityContext.pod" (dict "runAsUser" .runAsUser) | nindent 8 }}
      containers:
        - name: debug
          image: {{ include "fxa-common.image" (dict "image" $image "override" (dict) "release" $g.fxaRelease) | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy | default "IfNotPresent" }}
          {{- if $launch }}
          env:
            - name: server
              value: debug
          {{- else }}
          command: ["sleep", "infinity"]
          {{- end }}
          securityContext:
            {{- include "fxa-common.securityContext.container" (dict) | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
          {{- with $ctx.Values.debugPod.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
{{- end }}
{{- end -}}

