/**
 * Deliberate bugs in the library chart that a mutation tool for TypeScript cannot make: each is one
 * textual edit of a template, and names the render tests that must fail once it is applied.
 */
export interface TemplateMutation {
  name: string;
  /** Under charts/fxa/charts/fxa-common/templates/. */
  file: string;
  find: string;
  replace: string;
  /** Test files (repository-relative) of which at least one must fail. */
  caughtBy: string[];
}

export const TEMPLATE_MUTATIONS: readonly TemplateMutation[] = [
  {
    name: 'the config checksum ignores the ConfigMap',
    file: '_server.tpl',
    find: 'printf "%s\\n%s\\n%s\\n%s\\n%s" (toJson $config) (toJson $inline)',
    replace: 'printf "%s\\n%s\\n%s\\n%s\\n%s" "" (toJson $inline)',
    caughtBy: ['test/render/checksums.test.ts'],
  },
  {
    name: 'inline secrets land in the ConfigMap',
    file: '_server.tpl',
    find: '(dict "context" $ctx "spec" $spec "data" $config)',
    replace: '(dict "context" $ctx "spec" $spec "data" (merge (dict) $config $inline))',
    caughtBy: ['test/render/render.test.ts', 'test/render/guards.test.ts'],
  },
  {
    name: 'HTTP probes lose the server\'s mount path',
    file: '_probes.tpl',
    find: 'path: {{ printf "%s%s" (include "fxa-common.urls.mountPath" (dict "context" .context "spec" .spec "server" .spec.name)) .check.path }}',
    replace: 'path: {{ .check.path }}',
    caughtBy: ['test/render/availability.test.ts', 'test/render/guards.test.ts'],
  },
  {
    name: 'containers get a writable root filesystem',
    file: '_security.tpl',
    find: '"readOnlyRootFilesystem" true',
    replace: '"readOnlyRootFilesystem" false',
    caughtBy: ['test/render/availability.test.ts', 'test/render/policy.test.ts'],
  },
  {
    name: 'a singleton may run two replicas (its fail rule dropped)',
    file: '_validate.tpl',
    find: '{{- fail (printf "%s.replicaCount: %v is not allowed; %s is a singleton (0 or 1)" $name $ctx.Values.replicaCount $name) -}}',
    replace: '',
    caughtBy: ['test/render/render.test.ts', 'test/render/guards.test.ts'],
  },
  {
    name: 'Services listen on the wrong port',
    file: '_server.tpl',
    find: '    - name: {{ .name }}\n      port: {{ .port }}\n      targetPort: {{ .name }}\n      protocol: {{ .protocol }}',
    replace: '    - name: {{ .name }}\n      port: {{ add .port 1 }}\n      targetPort: {{ .name }}\n      protocol: {{ .protocol }}',
    caughtBy: ['test/render/render.test.ts', 'test/render/routes.test.ts', 'test/render/network.test.ts', 'test/render/guards.test.ts'],
  },
  {
    name: 'a change of an inline shared secret rolls none of its readers',
    file: '_checksum.tpl',
    find: '{{- $value = index $inlineShared $key | b64enc -}}',
    replace: '{{- $value = "" -}}',
    caughtBy: ['test/render/checksums.test.ts'],
  },
  {
    name: 'a server\'s NetworkPolicy admits every pod of every namespace beside its callers',
    file: '_netpol.tpl',
    find: '    - from:\n        {{- range $callers }}',
    replace: '    - from:\n        - namespaceSelector: {}\n        {{- range $callers }}',
    caughtBy: ['test/render/network.test.ts'],
  },
  {
    name: 'the default-deny NetworkPolicy stops denying egress',
    file: '_netpol.tpl',
    find: '      app.kubernetes.io/instance: {{ .Release.Name }}\n  policyTypes: [Ingress, Egress]',
    replace: '      app.kubernetes.io/instance: {{ .Release.Name }}\n  policyTypes: [Ingress]',
    caughtBy: ['test/render/network.test.ts'],
  },
  {
    name: 'every Ingress path goes to the auth server\'s Service',
    file: '_routes.tpl',
    find: '              service:\n                name: {{ .service }}',
    replace: '              service:\n                name: fxa-auth-server',
    caughtBy: ['test/render/routes.test.ts'],
  },
  {
    name: 'every HTTPRoute sends its requests to the content server',
    file: '_routes.tpl',
    find: '      backendRefs:\n        - name: {{ $route.service }}',
    replace: '      backendRefs:\n        - name: fxa-content-server',
    caughtBy: ['test/render/routes.test.ts'],
  },
  {
    name: 'the fixes init container gets a writable root filesystem',
    file: '_fixes.tpl',
    find: '{{- include "fxa-common.securityContext.container" (dict "override" .context.Values.securityContext) | nindent 4 }}',
    replace: '{{- include "fxa-common.securityContext.container" (dict "override" (dict "readOnlyRootFilesystem" false)) | nindent 4 }}',
    caughtBy: ['test/render/availability.test.ts'],
  },
  {
    name: 'the migrations Job loses its hook annotations (runs as a release object, after the servers start)',
    file: '_server.tpl',
    find: '  {{- with include "fxa-common.hookAnnotations" (dict "spec" .spec "weight" "0") }}{{ . | nindent 2 }}{{ end }}\n',
    replace: '',
    caughtBy: ['test/render/hooks.test.ts'],
  },
  {
    name: 'the secrets hook may read and update every Secret of the namespace',
    file: '_secretshook.tpl',
    find: '    resourceNames:\n      - {{ include "fxa-common.names.keys" $ctx }}\n      - {{ include "fxa-common.names.sharedSecret" $ctx }}\n',
    replace: '',
    caughtBy: ['test/render/secrets-hook.test.ts'],
  },
  {
    name: 'pods may run as root',
    file: '_security.tpl',
    find: '"runAsNonRoot" true',
    replace: '"runAsNonRoot" false',
    caughtBy: ['test/render/availability.test.ts'],
  },
  {
    name: 'every server\'s pods get a ServiceAccount token',
    file: '_pod.tpl',
    find: '  automountServiceAccountToken: false',
    replace: '  automountServiceAccountToken: true',
    caughtBy: ['test/render/availability.test.ts'],
  },
];
