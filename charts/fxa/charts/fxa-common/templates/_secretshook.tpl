{{/*
fxa-common.secretsHook: while global.secrets.generate is on, a pre-install and pre-upgrade hook Job that makes
what is missing of the keys Secret and the shared Secret, with the code of `fxa-helm secrets init`
(scripts/secrets/ensure.ts, bundled by `npm run gen` into files/secrets-hook.mjs) run by the FxA image's
own Node. It never overwrites or deletes a key and prints no value; the Secrets it makes are not Helm's, so
no upgrade, rollback or uninstall touches them, and `fxa-helm secrets rotate` works on them as on those
`secrets init` makes. Its ServiceAccount may get and update those two Secrets by name, and create Secrets
(the API cannot limit a create by name); nothing else. The objects go once the Job has succeeded.
The hook reads the values the plan needs: `global`, with the inline shared secrets reduced to whether each
is set (no secret value leaves the values).
Usage: include "fxa-common.secretsHook" (dict "context" $ "runAsUser" 10001)
*/}}
{{- define "fxa-common.secretsHook" -}}
{{- $ctx := .context -}}
{{- $g := $ctx.Values.global -}}
{{- if ($g.secrets | default dict).generate }}
{{- $name := include "fxa-common.names.fullname" (dict "context" $ctx "server" "fxa-secrets-hook") -}}
{{- $hook := dict "helm.sh/hook" "pre-install,pre-upgrade" "helm.sh/hook-delete-policy" "before-hook-creation,hook-succeeded" -}}
{{- $labels := include "fxa-common.labels.standard" (dict "context" $ctx "name" "fxa-secrets-hook" "component" "secrets") -}}
{{- /* the metadata of the objects the Job needs, made before it (weight -40) */ -}}
{{- $before := dict "name" $name "namespace" $ctx.Release.Namespace "labels" ($labels | fromYaml) "annotations" (merge (dict "helm.sh/hook-weight" "-40") $hook) -}}
{{- $plain := deepCopy $g -}}
{{- $set := dict -}}
{{- range $k, $v := (($g.secrets | default dict).values | default dict) }}{{ if $v }}{{ $_ := set $set $k true }}{{ end }}{{ end -}}
{{- $_ := set $plain "secrets" (merge (dict "values" $set) (omit ($g.secrets | default dict) "values")) }}
apiVersion: v1
kind: ServiceAccount
metadata:
  {{- toYaml $before | nindent 2 }}
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  {{- toYaml $before | nindent 2 }}
rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames:
      - {{ include "fxa-common.names.keys" $ctx }}
      - {{ include "fxa-common.names.sharedSecret" $ctx }}
    verbs: [get, update]
  - apiGroups: [""]
    resources: [secrets]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  {{- toYaml $before | nindent 2 }}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: {{ $name }}
subjects:
  - kind: ServiceAccount
    name: {{ $name }}
    namespace: {{ $ctx.Release.Namespace | quote }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  {{- toYaml $before | nindent 2 }}
data:
  secrets-hook.mjs: {{ $ctx.Files.Get "files/secrets-hook.mjs" | quote }}
  values.json: {{ dict "release" $ctx.Release.Name "values" (dict "global" $plain) | toJson | quote }}
{{- if ($g.networkPolicy | default dict).enabled }}
---
{{- /* the release's default deny selects this pod too: it may reach the API server, nothing else */}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  {{- toYaml $before | nindent 2 }}
spec:
  podSelector:
    matchLabels:
      {{- include "fxa-common.labels.selector" (dict "context" $ctx "spec" (dict "name" "fxa-secrets-hook")) | nindent 6 }}
  policyTypes: [Ingress, Egress]
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    - ports:
        - port: 443
          protocol: TCP
        - port: 6443
          protocol: TCP
{{- end }}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ $name }}
  namespace: {{ $ctx.Release.Namespace | quote }}
  labels:
    {{- $labels | nindent 4 }}
  annotations:
    {{- toYaml (merge (dict "helm.sh/hook-weight" "-30") $hook) | nindent 4 }}
    {{- /* for this Job alone: the token is how it reaches the two Secrets (every other pod mounts none) */}}
    checkov.io/skip1: CKV_K8S_38=the hook writes the keys Secret and the shared Secret through the API with its own narrow Role
spec:
  backoffLimit: 2
  activeDeadlineSeconds: 300
  template:
    metadata:
      labels:
        {{- $labels | nindent 8 }}
    spec:
      serviceAccountName: {{ $name }}
      {{- /* the one pod of the release that talks to the API server */}}
      automountServiceAccountToken: true
      restartPolicy: Never
      {{- with (($g.secrets | default dict).hook | default dict).nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with (($g.secrets | default dict).hook | default dict).tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $g.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- include "fxa-common.securityContext.pod" (dict "runAsUser" .runAsUser) | nindent 8 }}
      containers:
        - name: secrets
          image: {{ include "fxa-common.image" (dict "image" $g.image "override" (dict) "release" $g.fxaRelease) | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy | default "IfNotPresent" }}
          command: [node, /fxa-helm/hook/secrets-hook.mjs, /fxa-helm/hook/values.json]
          securityContext:
            {{- include "fxa-common.securityContext.container" (dict) | nindent 12 }}
          resources:
            {{- include "fxa-common.resources" (dict "values" (dict) "spec" (dict "resourcesPreset" "nano")) | nindent 12 }}
          volumeMounts:
            - name: hook
              mountPath: /fxa-helm/hook
              readOnly: true
      volumes:
        - name: hook
          configMap:
            name: {{ $name }}
{{- end }}
{{- end -}}
