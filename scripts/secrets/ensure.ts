/**
 * What `secrets init` and the install hook both do, through whichever store reaches the cluster: make what is
 * missing of the keys Secret and the shared Secret, never touching a key that exists. Values are never
 * printed; the lines returned say only what was created, kept or added.
 */
import { KEY_FILES, type KeyFile } from '../../schema/keys.ts';
import { UserError } from '../lib/errors.ts';
import { newKeyFiles, randomSecret } from './generate.ts';
import type { Plan } from './plan.ts';
import type { SecretStore } from './store.ts';

export interface Given {
  /** Operator-given values (only `secrets init --secret` has them). */
  readonly values: Record<string, string>;
  /** How to give the operator-only keys that are absent, for the error that names them. */
  readonly how: (keys: string[]) => string;
}

export async function ensureSecrets(store: SecretStore, p: Plan, given: Given, now: Date): Promise<string[]> {
  const lines: string[] = [];
  const ns = store.namespace;
  const keys = await store.get(p.keysSecret);
  if (!keys) {
    await store.create(p.keysSecret, newKeyFiles(now));
    lines.push(`created ${ns}/${p.keysSecret} with ${Object.keys(KEY_FILES).length} key files`);
  } else {
    // a key file added to the catalog later is made; existing ones are never touched
    const missing = (Object.keys(KEY_FILES) as KeyFile[]).filter((f) => !(f in keys.data));
    if (missing.length) {
      const fresh = newKeyFiles(now);
      await store.replace(p.keysSecret, { ...keys.data, ...Object.fromEntries(missing.map((f) => [f, fresh[f]])) }, keys.resourceVersion);
      lines.push(`kept ${ns}/${p.keysSecret}, added ${missing.join(', ')}`);
    } else lines.push(`kept ${ns}/${p.keysSecret} (all ${Object.keys(keys.data).length} key files present)`);
  }

  if (p.sharedInline) {
    lines.push(`shared secrets come inline from global.secrets.values: the chart renders ${p.sharedSecret}`);
    return lines;
  }
  const shared = await store.get(p.sharedSecret);
  const data: Record<string, string> = { ...(shared?.data ?? {}) };
  const added: string[] = [];
  for (const key of p.generated) if (!(key in data)) { data[key] = given.values[key] ?? randomSecret(); added.push(key); }
  const absent = p.given.filter((g) => !(g.key in data) && !(g.key in given.values));
  if (absent.length) {
    throw new UserError(`${ns}/${p.sharedSecret} needs ${absent.map((g) => `${g.key} (${g.why})`).join('; ')}: ${given.how(absent.map((g) => g.key))}`);
  }
  for (const g of p.given) if (!(g.key in data)) { data[g.key] = given.values[g.key]!; added.push(g.key); }
  if (!shared) await store.create(p.sharedSecret, data);
  else if (added.length) await store.replace(p.sharedSecret, data, shared.resourceVersion);
  lines.push(`${shared ? 'kept' : 'created'} ${ns}/${p.sharedSecret}${added.length ? `, added ${added.join(', ')}` : ', nothing to add'}`);
  // never overwritten, but never silently ignored either
  const differs = Object.keys(given.values).filter((k) => shared && k in shared.data && shared.data[k] !== given.values[k]).sort();
  if (differs.length) lines.push(`kept the stored ${differs.join(', ')}, which differ${differs.length > 1 ? '' : 's'} from the value given: \`fxa-helm secrets set ${differs.map((k) => `${k}=...`).join(' ')}\` replaces ${differs.length > 1 ? 'them' : 'it'}`);
  return lines;
}
