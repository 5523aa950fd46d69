{{/*
Compatibility fixes (schema/fixes.ts) for the FxA release the install runs: an init container, from the
server's own image and Node, copies each target file or directory into an emptyDir and edits the copy
(the subchart's fixes/apply.mjs); the server's container mounts each copy over its target read-only. The
root filesystem stays read-only, and an edit whose text is absent fails the pod before the server starts.
*/}}

{{/*
fxa-common.fixes.list: the fixes a pod applies, as JSON: the release's fixes for a server's own pod, none
for a hook Job (no ConfigMap outlives it) or a CronJob (its scripts load none of the fixed files).
Usage: include "fxa-common.fixes.list" (dict "context" $ "spec" $spec "kind" "Deployment") | fromJsonArray
*/}}
{{- define "fxa-common.fixes.list" -}}
{{- if eq .kind "Deployment" -}}
{{- toJson ((index .spec.releases .context.Values.global.fxaRelease).fixes | default list) -}}
{{- else -}}
[]
{{- end -}}
{{- end -}}

{{/*
fxa-common.fixes.configMap: the fixing script and the release's fixes it applies.
Usage: include "fxa-common.fixes.configMap" (dict "context" $ "spec" $spec "fixes" $fixes)
*/}}
{{- define "fxa-common.fixes.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-fixes
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "fxa-common.labels.standard" . | nindent 4 }}
data:
  apply.mjs: {{ .context.Files.Get "fixes/apply.mjs" | quote }}
  fixes.json: {{ toJson .fixes | quote }}
{{- end -}}

{{/*
fxa-common.fixes.initContainer: the init container that writes the fixed copies, as a list item; it reads
the server's ConfigMap for the variables replacements use (never a Secret).
Usage: include "fxa-common.fixes.initContainer" (dict "context" $ "spec" $spec "image" $ref "pullPolicy" $policy)
*/}}
{{- define "fxa-common.fixes.initContainer" -}}
- name: fixes
  image: {{ .image | quote }}
  imagePullPolicy: {{ .pullPolicy }}
  command: ["node", "/fxa-helm/fixes/apply.mjs", "/fxa-helm/fixes/fixes.json", "/fxa-helm/fixed"]
  securityContext:
    {{- include "fxa-common.securityContext.container" (dict "override" .context.Values.securityContext) | nindent 4 }}
  envFrom:
    - configMapRef:
        name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-env
  volumeMounts:
    - name: fixes
      mountPath: /fxa-helm/fixes
      readOnly: true
    - name: fixed
      mountPath: /fxa-helm/fixed
  resources:
    requests: {cpu: 50m, memory: 64Mi, ephemeral-storage: 64Mi}
    limits: {memory: 256Mi, ephemeral-storage: 1Gi}
{{- end -}}

{{/*
fxa-common.fixes.mounts: the server container's mounts of the fixed copies over their targets.
Usage: include "fxa-common.fixes.mounts" $fixes
*/}}
{{- define "fxa-common.fixes.mounts" -}}
{{- range $i, $fix := . }}
- name: fixed
  mountPath: {{ $fix.target }}
  subPath: {{ $i | quote }}
  readOnly: true
{{- end }}
{{- end -}}

{{/*
fxa-common.fixes.volumes: the script's ConfigMap and the emptyDir the copies are written to.
Usage: include "fxa-common.fixes.volumes" (dict "context" $ "spec" $spec)
*/}}
{{- define "fxa-common.fixes.volumes" -}}
- name: fixes
  configMap:
    name: {{ include "fxa-common.names.fullname" (dict "context" .context "server" .spec.name) }}-fixes
- name: fixed
  emptyDir: {}
{{- end -}}
