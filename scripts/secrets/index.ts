/**
 * `fxa-helm secrets init | rotate`: FxA's keys and shared secrets, generated once into two Secrets the chart
 * reads but never owns, so no upgrade, rollback, re-install or `helm template | kubectl apply` can change
 * them. Why not Helm itself: FxA's keys are JWKs, which no template function can make, and a `lookup`
 * fallback regenerates everything under `helm template`. Values are never printed.
 */
import type { KeyFile } from '../../schema/keys.ts';
import { CATALOG, SHARED_SECRETS, type GlobalKey, type SharedSecretKey } from '../../schema/index.ts';
import { SERVICES, serviceOfStorePassword } from '../../schema/services.ts';
import { readersOf as whoReads } from '../../schema/wires.ts';
import { getPath, type Values } from '../validate/merge.ts';
import { UserError } from '../lib/errors.ts';
import { userValues } from '../validate/index.ts';
import { randomSecret, rotateOpenid } from './generate.ts';
import { ensureSecrets } from './ensure.ts';
import { kubectlStore } from './kube.ts';
import type { SecretStore } from './store.ts';
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

/**
 * Characters a value may not hold where Kubernetes puts it into a URL's password as it is ($(VAR) substitution
 * does not escape): under the WHATWG URL rules (Node's URL; the Rust url crate syncstorage-rs parses with) these
 * end the password, are read as an escape or are dropped; every other character comes out unchanged.
 */
export const URL_BREAKING = /[#%/?\t\n\r]/;

/** The variables that embed a shared secret into a composed value (a database URL), as `server VARIABLE`. */
export function embeddingsOf(key: SharedSecretKey): string[] {
  return CATALOG.flatMap((s) => Object.entries(s.wiring).filter(([, w]) => w.from === 'sharedSecret' && w.key === key && w.embed).map(([v]) => `${s.name} ${v}`));
}

function givenSecrets(pairs: string[], flag = '--secret'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i < 1) throw new UserError(`${flag} ${p}: expected key=value`);
    const key = p.slice(0, i);
    if (!(key in SHARED_SECRETS)) throw new UserError(`${flag} ${key}: not a shared secret; known keys: ${Object.keys(SHARED_SECRETS).join(', ')}`);
    const value = p.slice(i + 1);
    const embedded = embeddingsOf(key as SharedSecretKey);
    if (embedded.length && URL_BREAKING.test(value)) {
      throw new UserError(`${flag} ${key}: ${embedded.join(', ')} put${embedded.length > 1 ? '' : 's'} it into a URL as it is, so it may not hold # % / ? or a tab or line break, which would end or change the URL's password; set such a password at its source first`);
    }
    out[key] = value;
  }
  return out;
}

/** The CLI's store; tests give an in-memory one (the commands' decisions are the same whichever store). */
const cliStore = (o: SecretsOptions): SecretStore => kubectlStore({ namespace: o.namespace, kubeconfig: o.kubeconfig });

export async function runSecretsInit(o: SecretsOptions, now = new Date(), store = cliStore(o)): Promise<number> {
  const p = plan(userValues(o.values, o.set), o.release);
  const lines = await ensureSecrets(store, p, { values: givenSecrets(o.secret), how: () => 'give each with --secret key=value' }, now);
  for (const line of lines) say(line);
  return 0;
}

/**
 * `set key=value ...`: replace shared secrets only the operator can give (an external store's password, SMTP,
 * integration keys) after they changed at their source; random ones are rotated instead.
 */
export async function runSecretsSet(pairs: string[], o: SecretsOptions, store = cliStore(o)): Promise<number> {
  const values = userValues(o.values, o.set);
  const p = plan(values, o.release);
  const given = givenSecrets(pairs, 'set');
  if (!Object.keys(given).length) throw new UserError('set: name at least one key=value');
  if (p.sharedInline) throw new UserError('set: the shared secrets are inline in values (global.secrets.values); change them there');
  const random = Object.keys(given).filter((k) => p.generated.includes(k as SharedSecretKey));
  if (random.length) throw new UserError(`set ${random.join(', ')}: made by this install, not given; replace with \`fxa-helm secrets rotate <key>\``);
  const shared = await store.get(p.sharedSecret);
  if (!shared) throw new UserError(`${o.namespace}/${p.sharedSecret} does not exist: run \`fxa-helm secrets init\` (or install with global.secrets.generate) first`);
  const changed = Object.keys(given).filter((k) => shared.data[k] !== given[k]).sort() as SharedSecretKey[];
  if (!changed.length) {
    say(`${Object.keys(given).sort().join(', ')}: already the stored value${Object.keys(given).length > 1 ? 's' : ''} in ${p.sharedSecret}; nothing changed`);
    return 0;
  }
  await store.replace(p.sharedSecret, { ...shared.data, ...given }, shared.resourceVersion);
  say(`${changed.join(', ')}: replaced in ${p.sharedSecret}; helm upgrade now rolls ${readersOf(values, ...changed).join(', ') || 'nothing (no server reads it under these values)'}`);
  return 0;
}

/** `rotate openid` steps FxA's rotation; `rotate <shared secret>` replaces one random shared secret. */
export async function runSecretsRotate(what: string, o: SecretsOptions, now = new Date(), store = cliStore(o)): Promise<number> {
  const values = userValues(o.values, o.set);
  const p = plan(values, o.release);
  if (what === 'openid') {
    const keys = await store.get(p.keysSecret);
    if (!keys) throw new UserError(`${o.namespace}/${p.keysSecret} does not exist: run \`fxa-helm secrets init\` first`);
    const { files, step } = rotateOpenid(keys.data as Record<KeyFile, string>, now, o.retire);
    await store.replace(p.keysSecret, files, keys.resourceVersion);
    const changed = (Object.keys(files) as KeyFile[]).filter((f) => files[f] !== keys.data[f]);
    const next = { prepare: 'wait until caches of the JWKS have expired, then rotate again to activate it', activate: 'once tokens signed by the old key have expired, rotate with --retire', retire: 'done' }[step];
    say(`openid: ${step} done in ${p.keysSecret} (${changed.join(', ') || 'nothing changed'}); helm upgrade now rolls ${readersOf(values, ...changed).join(', ') || 'nothing'}; next: ${next}`);
    return 0;
  }
  if (!(what in SHARED_SECRETS)) throw new UserError(`rotate ${what}: name "openid" or a shared secret (${Object.keys(SHARED_SECRETS).join(', ')})`);
  if (p.sharedInline) throw new UserError(`rotate ${what}: the shared secrets are inline in values (global.secrets.values); change the value there`);
  const service = serviceOfStorePassword(what);
  if (service && SERVICES[service].storePassword?.keptByStore) {
    throw new UserError(`rotate ${what}: ${service} keeps the password it was created with; change it there first, then the key in ${p.sharedSecret}, then helm upgrade`);
  }
  if (!p.generated.includes(what as SharedSecretKey)) throw new UserError(`rotate ${what}: issued outside this install; change it at its source and in ${p.sharedSecret}`);
  const shared = await store.get(p.sharedSecret);
  if (!shared) throw new UserError(`${o.namespace}/${p.sharedSecret} does not exist: run \`fxa-helm secrets init\` first`);
  await store.replace(p.sharedSecret, { ...shared.data, [what]: randomSecret() }, shared.resourceVersion);
  say(`${what}: replaced in ${p.sharedSecret}; helm upgrade now rolls ${readersOf(values, what as SharedSecretKey).join(', ')}`);
  return 0;
}
