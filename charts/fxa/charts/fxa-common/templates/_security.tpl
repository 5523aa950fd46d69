{{/*
fxa-common.securityContext.pod: a pod's security context: not root, the given user (its group too, and
the group of its volumes), the runtime's default seccomp profile; the override merged over it.
Usage: include "fxa-common.securityContext.pod" (dict "runAsUser" $spec.runAsUser "override" $v.podSecurityContext)
*/}}
{{- define "fxa-common.securityContext.pod" -}}
{{- $user := int .runAsUser -}}
{{- $default := dict "runAsNonRoot" true "runAsUser" $user "runAsGroup" $user "fsGroup" $user "seccompProfile" (dict "type" "RuntimeDefault") -}}
{{- toYaml (mergeOverwrite $default (.override | default dict)) -}}
{{- end -}}

{{/*
fxa-common.securityContext.container: a container's security context: no privilege escalation, a
read-only root filesystem, every capability dropped; the override merged over it.
Usage: include "fxa-common.securityContext.container" (dict "override" $v.securityContext)
*/}}
{{- define "fxa-common.securityContext.container" -}}
{{- $default := dict "allowPrivilegeEscalation" false "readOnlyRootFilesystem" true "capabilities" (dict "drop" (list "ALL")) -}}
{{- toYaml (mergeOverwrite $default (.override | default dict)) -}}
{{- end -}}
