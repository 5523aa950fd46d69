/**
 * One catalog module, schema/env/<module>.ts, as data: read back with the compiler's parser (its entries are
 * literals), and written in the one-entry-per-line form people review in diffs.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as TS from 'typescript';
import type { EnvVar, SourceRef } from '../../schema/types.ts';
import { literalOf, SourceTree } from './parse-convict.ts';

export interface EnvModule {
  sources: SourceRef[];
  env: EnvVar[];
  /** Comments written by hand above an entry, kept with it by name across imports. */
  notes?: Map<string, string[]>;
}

const ts = (): typeof TS => createRequire(import.meta.url)('typescript') as typeof TS;

/** The `//` comments above each entry of the env array, by the entry's name. */
function notesOf(array: TS.Expression, sf: TS.SourceFile): Map<string, string[]> {
  const t = ts();
  const notes = new Map<string, string[]>();
  if (!t.isArrayLiteralExpression(array)) return notes;
  for (const el of array.elements) {
    const ranges = t.getLeadingCommentRanges(sf.text, el.pos) ?? [];
    const name = t.isObjectLiteralExpression(el) ? el.properties.find((p) => t.isPropertyAssignment(p) && p.name.getText() === 'name') : undefined;
    if (!ranges.length || !name || !t.isPropertyAssignment(name) || !t.isStringLiteral(name.initializer)) continue;
    notes.set(name.initializer.text, ranges.map((r) => sf.text.slice(r.pos, r.end)));
  }
  return notes;
}

/** The module's `sources` and `env` arrays; an absent file is an empty module. */
export function readEnvModule(path: string): EnvModule {
  if (!existsSync(path)) return { sources: [], env: [] };
  const t = ts();
  const tree = new SourceTree(dirname(path));
  const sf = tree.file(path);
  const out: EnvModule = { sources: [], env: [] };
  for (const stmt of sf.statements) {
    if (!t.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations) {
      if (!t.isIdentifier(d.name) || !d.initializer) continue;
      let init = d.initializer;
      // defineEnv([...]) holds the entries
      if (t.isCallExpression(init) && init.arguments[0]) init = init.arguments[0];
      if (d.name.text === 'sources') out.sources = literalOf(init, sf, tree) as SourceRef[];
      if (d.name.text === 'env') {
        out.env = literalOf(init, sf, tree) as EnvVar[];
        out.notes = notesOf(init, sf);
      }
    }
  }
  return out;
}

const ORDER = ['name', 'type', 'format', 'values', 'minimum', 'maximum', 'default', 'secret', 'url', 'required', 'pending', 'key', 'upstreamDefault', 'doc'] as const;

function entry(v: EnvVar): string {
  const rec = v as unknown as Record<string, unknown>;
  const parts = ORDER.filter((k) => rec[k] !== undefined).map((k) => `${k}: ${JSON.stringify(rec[k])}`);
  return `  { ${parts.join(', ')} },`;
}

export function renderEnvModule(m: EnvModule): string {
  return [
    `// Imported from mozilla/fxa by \`npm run import\` (scripts/import); reviewed and committed as the catalog.`,
    `// Correct entries by hand here when FxA changes; the generator reads this file, never the network.`,
    `import { defineEnv, type SourceRef } from '../types.ts';`,
    '',
    `export const sources: readonly SourceRef[] = [`,
    ...[...new Set(m.sources.map((s) => `  { file: ${JSON.stringify(s.file)}, commit: ${JSON.stringify(s.commit)}${s.release ? `, release: ${JSON.stringify(s.release)}` : ''} },`))],
    `];`,
    '',
    `export const env = defineEnv([`,
    ...m.env.flatMap((v) => [...(m.notes?.get(v.name) ?? []).map((c) => `  ${c}`), entry(v)]),
    `]);`,
    '',
  ].join('\n');
}

export function writeEnvModule(path: string, m: EnvModule): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderEnvModule(m));
}
