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
];
