/**
 * PromQL checked by promtool itself: a list of expressions goes into a rule file as recording rules, which
 * `promtool check rules` parses; and the metric names an expression selects, for comparing with the series
 * that exist.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { toolPath } from '../../scripts/lib/paths.ts';
import { spawnAsync, type Ran } from '../../scripts/lib/spawn.ts';

/** `promtool check rules` on the expressions, each a recording rule. */
export async function checkExpressions(exprs: readonly string[]): Promise<Ran> {
  const dir = mkdtempSync(join(tmpdir(), 'fxa-promql-'));
  try {
    const file = join(dir, 'queries.yaml');
    writeFileSync(file, stringify({ groups: [{ name: 'queries', rules: exprs.map((expr, i) => ({ record: `query:${i}`, expr })) }] }));
    return await spawnAsync(toolPath('promtool'), ['check', 'rules', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** The metric names an expression selects: identifiers that are neither functions, keywords, labels nor numbers. */
export function seriesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // strings
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // grouping and matching labels
    .replace(/\[[^\]]*\]/g, ''); // ranges
  const names = [...bare.matchAll(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()/g)].map((m) => m[0]).filter((n) => !KEYWORDS.has(n.toLowerCase()));
  return [...new Set(names)];
}
