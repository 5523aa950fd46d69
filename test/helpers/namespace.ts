/** Per-describe namespaces (kept apart from helpers/cluster.ts, which the global setup loads outside a test). */
import { afterAll, beforeAll } from 'vitest';
import { createNamespace, deleteNamespace, ensureCluster } from './cluster.ts';

/** A namespace of its own for the enclosing describe block: created once the cluster is up, deleted afterwards. */
export function useNamespace(prefix: string): () => string {
  let name = '';
  beforeAll(async () => {
    await ensureCluster();
    name = createNamespace(prefix);
  });
  afterAll(() => deleteNamespace(name));
  return () => name;
}
