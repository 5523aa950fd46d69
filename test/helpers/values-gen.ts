/**
 * fast-check arbitraries for chart values, derived from the catalog: valid values of every variable type,
 * and mutations that break exactly one thing (with the key path a correct validator must name).
 */
import fc from 'fast-check';
import { CATALOG, INTEGRATIONS, type EnvVar, type ServerSpec } from '../../schema/index.ts';
import { VALUE_RULES, type ValueRule } from '../../schema/rules.ts';
import { SERVICES } from '../../schema/services.ts';
import { isOptional } from '../../scripts/gen/emit-umbrella.ts';

type Values = Record<string, unknown>;

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
/** A name the API server accepts for a Secret (DNS-1123). */
const k8sName = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/);
const text = fc.stringMatching(/^[A-Za-z0-9 ._:/@-]{0,24}$/);
const url = fc.constantFrom('https://accounts.example.com', 'http://fxa.internal:9000/v1', 'https://a.example.org/path?q=1');

export function validEnvValue(v: EnvVar): fc.Arbitrary<unknown> {
  switch (v.type) {
    case 'string':
      return v.format === 'uri' ? url : v.format === 'email' ? fc.constantFrom('ops@example.com', 'a.b@example.org') : text;
    case 'integer':
      return fc.integer({ min: v.minimum ?? -1000, max: v.maximum ?? 1_000_000 });
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0.5, 0.25, 1.5));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...v.values);
    case 'list':
      return fc.array(word, { maxLength: 3 });
    case 'json':
      return fc.dictionary(word, text, { maxKeys: 3 });
    case 'duration':
      return fc.oneof(fc.nat(1_000_000), fc.constantFrom('1 day', '5 minutes', '2 hours'));
  }
}

const plain = (s: ServerSpec): EnvVar[] => s.env.filter((v) => !v.secret);

/** A random valid section for one server: some env values, replicas, resources, annotations. */
export function serverSection(s: ServerSpec): fc.Arbitrary<Values> {
  const vars = plain(s);
  const env = vars.length
    ? fc.uniqueArray(fc.constantFrom(...vars), { maxLength: 6, selector: (v) => v.name }).chain((picked) =>
        picked.length ? fc.record(Object.fromEntries(picked.map((v) => [v.name, validEnvValue(v)]))) : fc.constant({}),
      )
    : fc.constant({});
  const isJob = s.workload.kind === 'Job';
  // secret variables the chart does not wire, taken from an existing Secret (the production way)
  const secretVars = s.env.filter((v) => v.secret && !s.wiring[v.name]);
  const secretEnv = secretVars.length
    ? fc.uniqueArray(fc.constantFrom(...secretVars), { maxLength: 2, selector: (v) => v.name }).chain((picked) =>
        fc.record(Object.fromEntries(picked.map((v) => [v.name, fc.record({ existingSecret: k8sName, key: fc.constantFrom(undefined, 'password', v.name) }, { requiredKeys: ['existingSecret'] })]))),
      )
    : fc.constant({});
  // variables the catalog does not know, passed through as plain EnvVar entries
  const extraEnv = fc.uniqueArray(fc.stringMatching(/^FXA_HELM_FUZZ_[A-Z]{1,6}$/), { maxLength: 2 }).map((names) => names.map((name) => ({ name, value: 'x' })));
  return fc.record({
    env,
    secretEnv,
    extraEnv,
    ...(isJob ? {} : { replicaCount: fc.integer({ min: 0, max: s.scaling === 'singleton' ? 1 : 4 }) }),
    podAnnotations: fc.dictionary(fc.constantFrom('example.com/a', 'example.com/b'), word, { maxKeys: 2 }),
    resources: fc.constantFrom({}, { requests: { cpu: '100m', memory: '128Mi' } }, { limits: { memory: '1Gi' } }),
  });
}

/**
 * Valid overrides on top of values/dev.yaml: random sections, random optional servers switched off, route
 * layouts and kinds, network policies, shared secrets inline or from a Secret. `routeKinds` narrows the
 * kinds (an API server without the Gateway API's CRDs cannot take HTTPRoutes).
 */
export function validOverrides(routeKinds: readonly string[] = ['none', 'ingress', 'httpRoute']): fc.Arbitrary<Values> {
  // dev's MySQL, Redis, StatsD and mail catcher are its in-cluster services (empty hosts): they stay on
  const providers = new Set<string>(Object.values(SERVICES).filter((v) => v.emptyHostMeansInCluster).map((v) => v.server));
  const optional = CATALOG.filter((s) => isOptional(s) && !providers.has(s.name)).map((s) => s.name);
  return fc
    .record({
      sections: fc.uniqueArray(fc.constantFrom(...CATALOG), { minLength: 1, maxLength: 4, selector: (s) => s.name }).chain((servers) =>
        fc.record(Object.fromEntries(servers.map((s) => [s.name, serverSection(s)]))),
      ),
      off: fc.subarray(optional, { maxLength: 3 }),
      // public URL layouts and route kinds (dev's ingress strips paths, so every combination is valid)
      routes: fc.record({ layout: fc.constantFrom('paths', 'subdomains'), kind: fc.constantFrom(...routeKinds) }),
      networkPolicy: fc.boolean(),
      // shared secrets inline (dev's) or from an existing Secret
      sharedSecret: fc.constantFrom(undefined, 'fxa-shared-from-fuzz'),
    })
    .map(({ sections, off, routes, networkPolicy, sharedSecret }) => {
      const out: Values = { ...sections, global: { routes, networkPolicy: { enabled: networkPolicy }, ...(sharedSecret ? { secrets: { existingSecret: sharedSecret } } : {}) } };
      for (const name of off) out[name] = { ...((out[name] as Values) ?? {}), enabled: false };
      // the admin panel is a front end of the admin server (rule admin-panel-needs-admin-server)
      if ((out['fxa-admin-server'] as Values | undefined)?.enabled === false) out['fxa-admin-panel'] = { ...((out['fxa-admin-panel'] as Values) ?? {}), enabled: false };
      return out;
    });
}

export interface Mutation {
  overrides: Values;
  /** The key path the validator must name. */
  path: string;
  what: string;
  /** Part of the message the validator must give for that path (the rule's own words). */
  message?: string;
}

/** {a: {b: value}} for "a.b". */
const atPath = (path: string, value: unknown): Values => path.split('.').reverse().reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Values;

/** Values that break `rule`: its condition holds and its requirement does not. */
export function breaking(rule: ValueRule): Values {
  const violate = 'nonEmpty' in rule.then ? '' : typeof rule.then.equals === 'boolean' ? !rule.then.equals : `not-${rule.then.equals}`;
  // the rule's condition needs its subject present: an integration's or a server's section switched on as the rule says
  const when = rule.also ? mergeDeep(atPath(rule.when.path, rule.when.equals), atPath(rule.also.path, rule.also.equals)) : atPath(rule.when.path, rule.when.equals);
  return mergeDeep(when, atPath(rule.then.path, violate));
}

function mergeDeep(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur && typeof cur === 'object' && v && typeof v === 'object' && !Array.isArray(v) ? mergeDeep(cur as Values, v as Values) : v;
  }
  return out;
}

const enabledInDev = CATALOG.filter((s) => s.workload.kind === 'Deployment');

/** One invalid change on top of values/dev.yaml. */
export function mutation(): fc.Arbitrary<Mutation> {
  const server = fc.constantFrom(...enabledInDev);
  const typed = (pred: (v: EnvVar) => boolean) => CATALOG.flatMap((s) => plain(s).filter(pred).map((v) => ({ s, v })));
  const ints = typed((v) => v.type === 'integer' || v.type === 'boolean');
  const enums = typed((v) => v.type === 'enum');
  const ports = typed((v) => v.type === 'integer' && v.maximum === 65535);
  const secrets = CATALOG.flatMap((s) => s.env.filter((v) => v.secret).map((v) => ({ s, v })));
  const known = CATALOG.filter((s) => s.workload.kind === 'Deployment' && s.env.length > 0);
  return fc.oneof(
    // every cross-field rule, broken on its own, named with its own words
    fc.constantFrom(...VALUE_RULES).map((r) => ({ overrides: breaking(r), path: r.then.path, what: `rule ${r.id}`, message: r.message })),
    // secret routing: an extra env entry may not shadow a variable the chart sets, nor repeat itself
    fc.tuple(fc.constantFrom(...known), fc.nat()).map(([s, i]) => {
      const v = s.env[i % s.env.length]!.name;
      return { overrides: { [s.name]: { extraEnv: [{ name: v, value: 'x' }] } }, path: `${s.name}.extraEnv[0].name`, what: 'extraEnv shadows a catalog variable', message: `${v} is already set by the chart` };
    }),
    fc.constantFrom(...known).map((s) => ({
      overrides: { [s.name]: { extraEnv: [{ name: 'FXA_HELM_TWICE', value: 'a' }, { name: 'FXA_HELM_TWICE', value: 'b' }] } },
      path: `${s.name}.extraEnv[1].name`,
      what: 'extraEnv names a variable twice',
      message: 'FXA_HELM_TWICE is already set by the chart',
    })),
    fc.tuple(server, fc.constantFrom('replicaCuont', 'enviroment', 'resource', 'imag')).map(([s, key]) => ({ overrides: { [s.name]: { [key]: 1 } }, path: `${s.name}.${key}`, what: 'typo' })),
    fc.tuple(fc.constantFrom(...ints), word).map(([{ s, v }, w]) => ({ overrides: { [s.name]: { env: { [v.name]: `x${w}` } } }, path: `${s.name}.env.${v.name}`, what: 'string for integer/boolean' })),
    fc.tuple(fc.constantFrom(...enums), word).map(([{ s, v }, w]) => ({ overrides: { [s.name]: { env: { [v.name]: `not-${w}` } } }, path: `${s.name}.env.${v.name}`, what: 'enum' })),
    fc.tuple(fc.constantFrom(...ports), fc.integer({ min: 65536, max: 999_999 })).map(([{ s, v }, n]) => ({ overrides: { [s.name]: { env: { [v.name]: n } } }, path: `${s.name}.env.${v.name}`, what: 'port out of range' })),
    fc.constantFrom(...CATALOG.filter((s) => s.scaling === 'singleton' && s.workload.kind === 'Deployment')).map((s) => ({ overrides: { [s.name]: { replicaCount: 2 } }, path: `${s.name}.replicaCount`, what: 'singleton replicas' })),
    fc.tuple(server, fc.integer({ min: -5, max: -1 })).map(([s, n]) => ({ overrides: { [s.name]: { replicaCount: n } }, path: `${s.name}.replicaCount`, what: 'negative replicas' })),
    fc.tuple(server, fc.constantFrom('Sometimes', 'always', 'never')).map(([s, p]) => ({ overrides: { [s.name]: { image: { pullPolicy: p } } }, path: `${s.name}.image.pullPolicy`, what: 'pull policy' })),
    fc.constantFrom(...secrets).map(({ s, v }) => ({ overrides: { [s.name]: { secretEnv: { [v.name]: { value: 'x', existingSecret: 'y' } } } }, path: `${s.name}.secretEnv.${v.name}`, what: 'value and existingSecret' })),
    // a Secret name the API server would refuse at install time, refused before Helm runs
    fc.tuple(fc.constantFrom(...secrets), fc.constantFrom('Upper-Case', 'ends-with-', '-starts', 'has_underscore', 'a..b')).map(([{ s, v }, bad]) => ({
      overrides: { [s.name]: { secretEnv: { [v.name]: { existingSecret: bad } } } },
      path: `${s.name}.secretEnv.${v.name}.existingSecret`,
      what: 'Secret name the API server refuses',
      message: 'must be a Kubernetes object name',
    })),
    fc.constantFrom('Fxa-Secrets', 'fxa_secrets', 'fxa-secrets-').map((bad) => ({ overrides: { global: { secrets: { existingSecret: bad } } }, path: 'global.secrets.existingSecret', what: 'shared Secret name', message: 'must be empty or a Kubernetes object name' })),
    fc.constantFrom('staging', 'prod', 'dev', 'Production').map((e) => ({ overrides: { global: { environment: e } }, path: 'global.environment', what: 'environment' })),
    fc.constantFrom('ftp://accounts.example.com', 'accounts.example.com', 'file:///etc').map((u) => ({ overrides: { global: { publicUrl: u } }, path: 'global.publicUrl', what: 'public URL' })),
    fc.constantFrom(...[...new Set(CATALOG.flatMap((s) => Object.values(s.wiring).flatMap((w) => (w.from === 'sharedSecret' && !w.when ? [w.key] : []))))]).map((k) => ({
      overrides: { global: { secrets: { values: { [k]: null } } } },
      path: `global.secrets.values.${k}`,
      what: 'missing shared secret',
      message: 'set it, or name a Secret in global.secrets.existingSecret',
    })),
    // cross-field: an integration switched on without a setting it needs, or without its secret
    fc.constantFrom(...Object.entries(INTEGRATIONS).flatMap(([n, d]) => Object.entries(d.settings as Record<string, { required?: boolean }>).filter(([, st]) => st.required).map(([k]) => [n, k] as const))).map(([n, k]) => ({
      overrides: { global: { integrations: { [n]: { enabled: true } } } },
      path: `global.integrations.${n}.${k}`,
      what: 'integration without its setting',
      message: `must be set while global.integrations.${n}.enabled is true`,
    })),
    fc.constantFrom(...Object.entries(INTEGRATIONS).filter(([, d]) => Object.keys(d.settings).length === 0 && Object.keys(d.secrets).length > 0)).map(([n, d]) => ({
      overrides: { global: { integrations: { [n]: { enabled: true } } }, ...(n === 'subscriptions' ? { 'fxa-payments-server': { enabled: true } } : {}) },
      path: `global.secrets.values.${Object.keys(d.secrets).sort()[0]}`,
      what: 'integration without its secret',
      message: 'set it, or name a Secret in global.secrets.existingSecret',
    })),
  );
}
