/**
 * A SecretStore in memory, for the decisions of `secrets init|set|rotate` and the install hook without a
 * cluster. It keeps the two promises the real stores get from the API server (scripts/secrets/store.ts):
 * create fails when the Secret exists, replace fails at a stale resourceVersion. kubectl and the API store
 * themselves are exercised against a real API server by test/cluster/secrets-*.test.ts.
 */
import type { SecretStore, StoredSecret } from '../../scripts/secrets/store.ts';

export interface MemoryStore extends SecretStore {
  /** What each Secret holds now (copies). */
  readonly secrets: Map<string, StoredSecret>;
  /** Every write, in order, without values: `create name` / `replace name`. */
  readonly writes: string[];
}

export function memoryStore(namespace = 'ns', initial: Record<string, Record<string, string>> = {}): MemoryStore {
  let version = 0;
  const secrets = new Map<string, StoredSecret>(Object.entries(initial).map(([name, data]) => [name, { data: { ...data }, resourceVersion: String(++version) }]));
  const writes: string[] = [];
  return {
    namespace,
    secrets,
    writes,
    async get(name) {
      const s = secrets.get(name);
      return s ? { data: { ...s.data }, resourceVersion: s.resourceVersion } : null;
    },
    async create(name, data) {
      if (secrets.has(name)) throw new Error(`create ${name}: already exists`);
      writes.push(`create ${name}`);
      secrets.set(name, { data: { ...data }, resourceVersion: String(++version) });
    },
    async replace(name, data, resourceVersion) {
      const s = secrets.get(name);
      if (!s) throw new Error(`replace ${name}: not found`);
      if (s.resourceVersion !== resourceVersion) throw new Error(`replace ${name}: conflict at ${resourceVersion}, now ${s.resourceVersion}`);
      writes.push(`replace ${name}`);
      secrets.set(name, { data: { ...data }, resourceVersion: String(++version) });
    },
  };
}
