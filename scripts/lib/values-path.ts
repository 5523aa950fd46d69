/**
 * Reading a values tree by dotted path. Kept apart from scripts/validate (Helm's merge semantics) because the
 * install hook bundles it (scripts/gen/emit-secrets-hook.ts): nothing the mutation run instruments may be in
 * that bundle, whose bytes gen --check compares.
 */
export type Values = Record<string, unknown>;

export const isTable = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at "a.b.c", or undefined where the path leaves the tree. */
export function getPath(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, k) => (isTable(cur) ? cur[k] : undefined), values);
}
