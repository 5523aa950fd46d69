/** Emits the umbrella chart charts/fxa: dependencies, global values, its schema and its few templates. */
import { CATALOG, CHART_VERSION, FXA_RELEASE, type ServerSpec } from '../../schema/index.ts';
import { artifactHubAnnotations } from './artifacthub.ts';
import { stringify } from 'yaml';
import { CLAIMS, globalSchema, globalValues } from './global-values.ts';
import { directory, servicesData } from './runtime-spec.ts';
import { isOptional } from './optional.ts';
import { hashBanner, json, type OutputFile } from './output.ts';
import { doc, toYaml } from './yaml.ts';
import { VALUE_RULES, type ValueRule } from '../../schema/rules.ts';

export { isOptional } from './optional.ts';

/** `{a: {b: {c: leaf}}}` for path "a.b.c", each level required, as a JSON Schema fragment. */
function atPath(path: string, leaf: Record<string, unknown>): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce((inner, key) => ({ properties: { [key]: inner }, required: [key] }), leaf);
}

/** Two path fragments as one: the properties both constrain are merged, level by level; two leaves at one path must both hold. */
function both(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  if (!a.properties || !b.properties) return { allOf: [a, b] };
  const pa = a.properties as Record<string, Record<string, unknown>>;
  const pb = b.properties as Record<string, Record<string, unknown>>;
  const properties = Object.fromEntries([...new Set([...Object.keys(pa), ...Object.keys(pb)])].map((k) => [k, pa[k] && pb[k] ? both(pa[k], pb[k]) : (pa[k] ?? pb[k])]));
  return { properties, required: [...new Set([...(a.required as string[]), ...(b.required as string[])])] };
}

/** The cross-field rules as draft-07 if/then, so Helm enforces them as well. */
export const ruleSchemas = (rules: readonly ValueRule[] = VALUE_RULES): Record<string, unknown>[] =>
  rules.map((r) => ({
    $comment: `rule ${r.id}`,
    if: r.also ? both(atPath(r.when.path, { const: r.when.equals }), atPath(r.also.path, { const: r.also.equals })) : atPath(r.when.path, { const: r.when.equals }),
    // nonEmpty checks presence and length only: a value of the wrong type is its own schema's to report, with the
    // type it wants, instead of a contradictory "must be set"
    then: atPath(r.then.path, 'nonEmpty' in r.then ? { minLength: 1 } : { const: r.then.equals }),
  }));

/** Each claim the catalog's servers mount, and whether it is optional; each must have its values (CLAIMS), a switch exactly when optional. */
export function claimsOf(catalog: readonly ServerSpec[]): (readonly [string, boolean])[] {
  const claims = [...new Map(catalog.flatMap((s) => (s.sharedVolume ? [[s.sharedVolume.claim, Boolean(s.sharedVolume.optional)] as const] : [])))];
  for (const [claim, optional] of claims) {
    if (!CLAIMS[claim]) throw new Error(`the catalog mounts the claim ${claim}, which global.persistence does not describe (scripts/gen/global-values.ts CLAIMS)`);
    if (optional !== Boolean(CLAIMS[claim].enabled)) throw new Error(`the claim ${claim} is ${optional ? 'optional' : 'always made'} in the catalog, but global.persistence.${claim} ${optional ? 'has no enabled switch' : 'has an enabled switch'}`);
  }
  return claims;
}

export function umbrellaChart(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  return {
    apiVersion: 'v2',
    name: 'fxa',
    description: 'Mozilla Accounts (FxA): every server, generated from a typed catalog',
    type: 'application',
    version: CHART_VERSION,
    appVersion: FXA_RELEASE.tag,
    kubeVersion: '>=1.27.0-0',
    home: 'https://github.com/mozilla/fxa',
    sources: [`https://github.com/${FXA_RELEASE.repository}/tree/${FXA_RELEASE.commit}`],
    keywords: ['fxa', 'firefox-accounts', 'mozilla-accounts', 'sync'],
    annotations: artifactHubAnnotations(catalog),
    dependencies: [
      { name: 'fxa-common', version: CHART_VERSION },
      ...catalog.map((s) => ({ name: s.name, version: CHART_VERSION, ...(isOptional(s) ? { condition: `${s.name}.enabled` } : {}) })),
    ],
  };
}

const libraryChart = (): Record<string, unknown> => ({
  apiVersion: 'v2',
  name: 'fxa-common',
  description: 'Template logic shared by every FxA server chart (library)',
  type: 'library',
  version: CHART_VERSION,
});

/** The user the FxA image runs as: the runAsUser every FxA server of the catalog shares (the debug pod runs that image too). */
export function fxaImageUser(catalog: readonly ServerSpec[] = CATALOG): number {
  const users = [...new Set(catalog.filter((s) => s.origin === 'fxa').map((s) => s.runAsUser))];
  if (users.length !== 1) throw new Error(`the FxA servers run as ${users.join(', ') || 'no user'}: the debug pod needs the one user of the FxA image`);
  return users[0]!;
}

export function umbrellaValues(catalog: readonly ServerSpec[]): Record<string, unknown> {
  const servers = Object.fromEntries(
    catalog.filter(isOptional).map((s) => [s.name, doc(s.description, { enabled: doc(`Deploy ${s.name}`, s.enabledByDefault) })]),
  );
  const debugPod = doc('A pod that only sleeps, from the FxA image, for `kubectl exec` (the launcher\'s server=debug)', {
    enabled: doc('Start the debug pod', false),
    resources: doc('Its resources', { requests: { cpu: '10m', memory: '64Mi', 'ephemeral-storage': '50Mi' }, limits: { memory: '512Mi', 'ephemeral-storage': '1Gi' } }),
  });
  return { global: doc('Shared by every server', globalValues()), debugPod, ...servers };
}

function umbrellaSchema(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  const sections = Object.fromEntries(
    catalog.map((s) => [
      s.name,
      { type: 'object', description: `${s.description} (checked by the ${s.name} chart's own schema)`, properties: { enabled: { type: 'boolean' } } },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated from schema/ by `npm run gen`. Do not edit. Each server section is checked by its subchart schema.',
    title: 'fxa values',
    type: 'object',
    additionalProperties: false,
    properties: {
      global: globalSchema(),
      'fxa-common': { type: 'object' },
      debugPod: {
        type: 'object',
        additionalProperties: false,
        description: 'A sleeping pod from the FxA image, for kubectl exec',
        properties: { enabled: { type: 'boolean' }, resources: { type: 'object' } },
      },
      ...sections,
    },
    allOf: ruleSchemas(),
  };
}

export function emitUmbrella(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  const include = (what: string): string => `${hashBanner()}{{- include "fxa-common.${what}" . }}\n`;
  return [
    { path: 'charts/fxa/Chart.yaml', content: hashBanner() + stringify(umbrellaChart(catalog), { blockQuote: 'literal' }) },
    // the library chart's templates are hand-written; its version is the chart's, so the dependency always resolves
    { path: 'charts/fxa/charts/fxa-common/Chart.yaml', content: hashBanner() + stringify(libraryChart()) },
    { path: 'charts/fxa/values.yaml', content: toYaml(hashBanner(), umbrellaValues(catalog)) },
    { path: 'charts/fxa/values.schema.json', content: json(umbrellaSchema(catalog)) },
    { path: 'charts/fxa/templates/shared-secrets.yaml', content: include('sharedSecrets') },
    { path: 'charts/fxa/templates/debug-pod.yaml', content: `${hashBanner()}{{- include "fxa-common.debugPod" (dict "context" . "runAsUser" ${fxaImageUser(catalog)}) }}\n` },
    { path: 'charts/fxa/templates/service-account.yaml', content: include('serviceAccount') },
    { path: 'charts/fxa/templates/secrets-hook.yaml', content: `${hashBanner()}{{- include "fxa-common.secretsHook" (dict "context" . "runAsUser" ${fxaImageUser(catalog)}) }}\n` },
    { path: 'charts/fxa/templates/service-monitor.yaml', content: include('serviceMonitor') },
    { path: 'charts/fxa/templates/routes.yaml', content: include('routes') },
    { path: 'charts/fxa/templates/network-policies.yaml', content: include('networkPolicies') },
    // every server's address, path and callers, read by the umbrella's own templates (routes, network policies)
    { path: 'charts/fxa/directory.json', content: json(directory(catalog)) },
    { path: 'charts/fxa/services.json', content: json(servicesData()) },
    ...claimsOf(catalog).map(([claim, optional]) => ({
      path: `charts/fxa/templates/volume-${claim}.yaml`,
      content: `${hashBanner()}{{- include "fxa-common.sharedVolume" (dict "context" . "claim" "${claim}" "optional" ${optional}) }}
`,
    })),
    { path: 'charts/fxa/templates/NOTES.txt', content: `{{- include "fxa-common.notes" . }}\n` },
    { path: 'charts/fxa/.helmignore', content: `${hashBanner()}*.tgz\n.git/\n` },
  ];
}

export { umbrellaSchema };
