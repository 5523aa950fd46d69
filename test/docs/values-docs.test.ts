/**
 * Every subchart's committed values.yaml says how the chart sets each variable it wires: a wired variable
 * is documented as computed by the chart, never as left to the server's upstream default (which the
 * chart overrides), and a variable the chart leaves alone never claims to be computed. Read from the
 * files operators read, against the catalog's wiring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/** Each `env:` key of a values.yaml with its `-- ` description and `@default --` comment lines. */
function envDocs(s: ServerSpec): Map<string, { description: string; default: string }> {
  const lines = readFileSync(join(ROOT, 'charts', 'fxa', 'charts', s.name, 'values.yaml'), 'utf8').split('\n');
  const docs = new Map<string, { description: string; default: string }>();
  const start = lines.findIndex((l) => l === 'env:');
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]!); i++) {
    const key = /^ {2}([A-Z][A-Z0-9_]*): /.exec(lines[i]!)?.[1];
    if (!key) continue;
    let first = i;
    while (lines[first - 1]?.startsWith('  #')) first--;
    const comments = lines.slice(first, i);
    docs.set(key, {
      description: comments.find((l) => l.startsWith('  # -- ')) ?? '',
      default: comments.find((l) => l.startsWith('  # @default -- ')) ?? '',
    });
  }
  return docs;
}

const wired = (s: ServerSpec, name: string): boolean => name in s.wiring || s.nodeEnv?.variable === name;

describe('values docs say how each variable is set', () => {
  it('finds the variables it checks: a server wires some and leaves others to upstream', () => {
    const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
    const docs = envDocs(auth);
    expect(docs.size).toBe(auth.env.filter((v) => !v.secret).length);
    expect([...docs.keys()].filter((k) => wired(auth, k)).length).toBeGreaterThan(10);
    expect([...docs.keys()].filter((k) => !wired(auth, k)).length).toBeGreaterThan(10);
  });

  it.each(CATALOG.filter((s) => s.env.some((v) => !v.secret)).map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const wrong: string[] = [];
    for (const [name, d] of envDocs(s)) {
      if (wired(s, name)) {
        if (!d.default.startsWith('  # @default -- computed by the chart from ')) wrong.push(`${name} is wired but documented as ${d.default || 'nothing'}`);
        if (!d.description.includes('The chart sets it from ')) wrong.push(`${name}'s description does not say the chart sets it`);
      } else if (d.default.includes('computed by the chart') || d.description.includes('The chart sets it')) {
        wrong.push(`${name} is not wired but documented as computed`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
