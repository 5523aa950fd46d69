/**
 * `fxa-helm secrets init | rotate`: FxA's keys and shared secrets, generated once into two Secrets the chart
 * reads but never owns, so no upgrade, rollback, re-install or `helm template | kubectl apply` can change
 * them. Why not Helm itself: FxA's keys are JWKs, which no template function can make, and a `lookup`
 * fallback regenerates everything under `helm template`. Values are never printed.
 */
import { KEY_FILES, type KeyFile } from '../../schema/keys.ts';
import { CATALOG, SHARED_SECRETS, type GlobalKey, type SharedSecretKey } from '../../schema/index.ts';
import { SERVICES, serviceOfStorePassword } from '../../schema/services.ts';
import { readersOf as whoReads } from '../../schema/wires.ts';
import { getPath, type Values } from '../validate/merge.ts';
import { UserError } from '../lib/errors.ts';
import { userValues } from '../validate/index.ts';
import { newKeyFiles, randomSecret, rotateOpenid } from './generate.ts';
import { createSecret, getSecret, replaceSecret, type Target } from './kube.ts';
import { plan } from './plan.ts';

export interface SecretsOptions {
  values: string[];
  set: string[];
  /** key=value pairs for the shared secrets only the operator can give. */
  secret: string[];
  namespace: string;
  release: string;
  kubeconfig?: string;
  retire?: boolean;
}

const say = (line: string): void => void process.stderr.write(`secrets: ${line}\n`);

/**
 * The servers that read any of these shared secrets or key files under the install's values (a switched-off
 * read does not count): the ones `helm upgrade` rolls after they change.
 */
export function readersOf(values: Values, ...items: (SharedSecretKey | KeyFile)[]): string[] {
  const isOn = (key: GlobalKey): boolean => Boolean(getPath(values, `global.${key}`));
  const servers = new Set(items.flatMap((item) => whoReads(item, CATALOG, isOn).map((r) => r.server)));
  return CATALOG.filter((s) => servers.has(s.name)).map((s) => s.name);
}

function givenSecrets(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i < 1) throw new UserError(`--secret ${p}: expected key=value`);
    const key = p.slice(0, i);
    if (!(key in SHARED_SECRETS)) throw new UserError(`--secret ${key}: not a shared secret; known keys: ${Object.keys(SHARED_SECRETS).join(', ')}`);
    out[key] = p.slice(i + 1);
  }
  return out;
}

export function runSecretsInit(o: SecretsOptions, now = new Date()): number {
  const p = plan(userValues(o.values, o.set), o.release);
  const t: Target = { namespace: o.namespace, kubeconfig: o.kubeconfig };

  const keys = getSecret(t, p.keysSecret);
  if (!keys) {
    createSecret(t, p.keysSecret, newKeyFiles(now));
    say(`created ${o.namespace}/${p.keysSecret} with ${Object.keys(KEY_FILES).length} key files`);
  } else {
    // a key file added to the catalog later is made; existing ones are never touched
    const missing = (Object.keys(KEY_FILES) as KeyFile[]).filter((f) => !(f in keys.data));
    if (missing.length) {
      const fresh = newKeyFiles(now);
      replaceSecret(t, p.keysSecret, { ...keys.data, ...Object.fromEntries(missing.map((f) => [f, fresh[f]])) }, keys.resourceVersion);
      say(`kept ${o.namespace}/${p.keysSecret}, added ${missing.join(', ')}`);
    } else say(`kept ${o.namespace}/${p.keysSecret} (all ${missing.length + Object.keys(keys.data).length} key files present)`);
  }

  if (p.sharedInline) {
    say(`shared secrets come inline from global.secrets.values: the chart renders ${p.sharedSecret}`);
    return 0;
  }
  const given = givenSecrets(o.secret);
  const shared = getSecret(t, p.sharedSecret);
  const data: Record<string, string> = { ...(shared?.data ?? {}) };
  const added: string[] = [];
  for (const key of p.generated) if (!(key in data)) { data[key] = given[key] ?? randomSecret(); added.push(key); }
  const absent = p.given.filter((g) => !(g.key in data) && !(g.key in given));
  if (absent.length) {
    throw new UserError(`${p.sharedSecret} needs ${absent.map((g) => `${g.key} (${g.why})`).join('; ')}: give each with --secret key=value`);
  }
  for (const g of p.given) if (!(g.key in data)) { data[g.key] = given[g.key]!; added.push(g.key); }
  if (!shared) createSecret(t, p.sharedSecret, data);
  else if (added.length) replaceSecret(t, p.sharedSecret, data, shared.resourceVersion);
  say(`${shared ? 'kept' : 'created'} ${o.namespace}/${p.sharedSecret}${added.length ? `, added ${added.join(', ')}` : ', nothing to add'}`);
  return 0;
}

/** `rotate openid` steps FxA's rotation; `rotate <shared secret>` replaces one random shared secret. */
export function runSecretsRotate(what: string, o: SecretsOptions, now = new Date()): number {
  const values = userValues(o.values, o.set);
  const p = plan(values, o.release);
  const t: Target = { namespace: o.namespace, kubeconfig: o.kubeconfig };
  if (what === 'openid') {
    const keys = getSecret(t, p.keysSecret);
    if (!keys) throw new UserError(`${o.namespace}/${p.keysSecret} does not exist: run \`fxa-helm secrets init\` first`);
    const { files, step } = rotateOpenid(keys.data as Record<KeyFile, string>, now, o.retire);
    replaceSecret(t, p.keysSecret, files, keys.resourceVersion);
    const changed = (Object.keys(files) as KeyFile[]).filter((f) => files[f] !== keys.data[f]);
    const next = { prepare: 'wait until caches of the JWKS have expired, then rotate again to activate it', activate: 'once tokens signed by the old key have expired, rotate with --retire', retire: 'done' }[step];
    say(`openid: ${step} done in ${p.keysSecret} (${changed.join(', ') || 'nothing changed'}); helm upgrade now rolls ${readersOf(values, ...changed).join(', ') || 'nothing'}; next: ${next}`);
    return 0;
  }
  if (!(what in SHARED_SECRETS)) throw new UserError(`rotate ${what}: name "openid" or a shared secret (${Object.keys(SHARED_SECRETS).join(', ')})`);
  if (p.sharedInline) throw new UserError(`rotate ${what}: the shared secrets are inline in values (global.secrets.values); change the value there`);
  const store = serviceOfStorePassword(what);
  if (store && SERVICES[store].storePassword?.keptByStore) {
    throw new UserError(`rotate ${what}: ${store} keeps the password it was created with; change it there first, then the key in ${p.sharedSecret}, then helm upgrade`);
  }
  if (!p.generated.includes(what as SharedSecretKey)) throw new UserError(`rotate ${what}: issued outside this install; change it at its source and in ${p.sharedSecret}`);
  const shared = getSecret(t, p.sharedSecret);
  if (!shared) throw new UserError(`${o.namespace}/${p.sharedSecret} does not exist: run \`fxa-helm secrets init\` first`);
  replaceSecret(t, p.sharedSecret, { ...shared.data, [what]: randomSecret() }, shared.resourceVersion);
  say(`${what}: replaced in ${p.sharedSecret}; helm upgrade now rolls ${readersOf(values, what as SharedSecretKey).join(', ')}`);
  return 0;
}
