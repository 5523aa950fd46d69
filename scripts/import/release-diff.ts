/**
 * A release's variables against the catalog's: what is added, removed, renamed (same convict key, new
 * env name) or changed (default, type, format, allowed values), and the merged catalog entries, which keep
 * what a person decided (URL class, secret, required) for every variable that stays.
 */
import type { EnvVar } from '../../schema/types.ts';

export interface ModuleDiff {
  module: string;
  added: string[];
  removed: string[];
  renamed: { from: string; to: string; key: string }[];
  changed: { name: string; what: string }[];
  /** New variables a person must classify (their `pending`). */
  pending: { name: string; what: readonly ('url' | 'secret')[] }[];
}

const shape = (v: EnvVar): Record<string, unknown> => {
  const r = v as unknown as Record<string, unknown>;
  return { type: r.type, format: r.format, values: r.values, minimum: r.minimum, maximum: r.maximum };
};
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two entries of one variable, in words ("default 1 -> 2"). */
function changes(old: EnvVar, now: EnvVar): string[] {
  const out: string[] = [];
  const [o, n] = [old as unknown as Record<string, unknown>, now as unknown as Record<string, unknown>];
  if (!same(o.default, n.default) || !same(o.upstreamDefault, n.upstreamDefault)) {
    out.push(`default ${JSON.stringify(o.upstreamDefault ?? o.default)} -> ${JSON.stringify(n.upstreamDefault ?? n.default)}`);
  }
  if (!same(shape(old), shape(now))) out.push(`type ${JSON.stringify(shape(old))} -> ${JSON.stringify(shape(now))}`);
  if (Boolean(old.secret) !== Boolean(now.secret)) out.push(now.secret ? 'now sensitive upstream' : 'no longer sensitive upstream');
  return out;
}

/**
 * The release's entries merged into the catalog's. A variable that stays (by name, or renamed under the
 * same key) keeps its URL class, `required` and open `pending`; it becomes secret when upstream marks it
 * sensitive and stays secret when a person made it so. A new variable that looks like a URL, or like a
 * secret that upstream did not mark sensitive, keeps the classifier's proposal and is marked `pending`.
 */
export function mergeRelease(module: string, catalog: readonly EnvVar[], release: readonly EnvVar[], sensitive: ReadonlySet<string> = new Set()): { env: EnvVar[]; diff: ModuleDiff } {
  const byName = new Map(catalog.map((v) => [v.name, v]));
  const releaseNames = new Set(release.map((v) => v.name));
  const byKey = new Map(catalog.filter((v) => !releaseNames.has(v.name)).map((v) => [v.key, v]));
  const diff: ModuleDiff = { module, added: [], removed: [], renamed: [], changed: [], pending: [] };
  const env = release.map((fresh): EnvVar => {
    const old = byName.get(fresh.name) ?? byKey.get(fresh.key);
    if (!old) {
      diff.added.push(fresh.name);
      // upstream's `sensitive` is a classification; a secret guessed from the name is not
      const pending = [...(fresh.url ? ['url' as const] : []), ...(fresh.secret && !sensitive.has(fresh.name) ? ['secret' as const] : [])];
      if (!pending.length) return fresh;
      diff.pending.push({ name: fresh.name, what: pending });
      return { ...fresh, pending };
    }
    if (old.name !== fresh.name) {
      diff.renamed.push({ from: old.name, to: fresh.name, key: fresh.key });
      byName.delete(old.name);
    }
    const what = changes(old, fresh);
    if (what.length && old.name === fresh.name) diff.changed.push({ name: fresh.name, what: what.join('; ') });
    const { url: _u, secret: _s, required: _r, pending: _p, ...upstream } = fresh;
    return {
      ...upstream,
      ...(old.secret || fresh.secret ? { secret: true } : {}),
      ...(old.url ? { url: old.url } : {}),
      ...(old.required ? { required: true } : {}),
      ...(old.pending ? { pending: old.pending } : {}),
    } as EnvVar;
  });
  const kept = new Set([...env.map((v) => v.name), ...diff.renamed.map((r) => r.from)]);
  diff.removed = catalog.filter((v) => !kept.has(v.name)).map((v) => v.name);
  return { env, diff };
}

const list = (names: string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** The release diff as Markdown, one section per module that changed. */
export function diffMarkdown(diffs: readonly ModuleDiff[], release: string, inUse: ReadonlyMap<string, string[]>): string {
  const lines = [`# Catalog changes for ${release}`, ''];
  const changed = diffs.filter((d) => d.added.length || d.removed.length || d.renamed.length || d.changed.length);
  if (!changed.length) lines.push('No variable was added, removed, renamed or changed.', '');
  for (const d of changed) {
    lines.push(`## ${d.module}`, '');
    if (d.added.length) lines.push(`- added (${d.added.length}): ${list(d.added)}`);
    if (d.removed.length) lines.push(`- removed (${d.removed.length}): ${list(d.removed)}`);
    for (const r of d.renamed) lines.push(`- renamed: \`${r.from}\` -> \`${r.to}\` (key \`${r.key}\`)`);
    for (const c of d.changed) lines.push(`- changed \`${c.name}\`: ${c.what}`);
    for (const p of d.pending) lines.push(`- to classify: \`${p.name}\` (${p.what.join(', ')}): decide, then delete its \`pending\``);
    lines.push('');
  }
  if (inUse.size) {
    lines.push('## Still in use', '', 'Removed or renamed variables that values files set or the chart wires; change those first:', '');
    for (const [name, where] of inUse) lines.push(`- \`${name}\`: ${where.join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
