/**
 * CONTRIBUTING.md's recipes stay true: every file they name exists, and every name they give beside a file
 * (a function, a template, a constant) is found in one of the files of the same step, so a rename that
 * leaves a recipe pointing nowhere fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const TEXT = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** Numbered steps with their continuation lines, under their recipe's heading. */
function steps(text: string): { recipe: string; step: string }[] {
  const out: { recipe: string; step: string }[] = [];
  let recipe = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) recipe = line.slice(3);
    else if (/^\d+\. /.test(line)) out.push({ recipe, step: line });
    else if (/^ {3}\S/.test(line) && out.length) out[out.length - 1]!.step += ` ${line.trim()}`;
  }
  return out;
}

const ticked = (s: string): string[] => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const isPath = (t: string): boolean => /^[\w.-]+(\/[\w.-]+)+\/?$/.test(t);
/** A code name: an identifier or a template's dotted name (not a command, a value path or a glob). */
const isName = (t: string): boolean => /^[A-Za-z_][\w]*(\.[\w]+)*$/.test(t) && !/\.(json|ts|md|yaml|tpl)$/.test(t) && !/^(npm|probes|source|sources|pending|timings|wiring|defineServer)$/.test(t) && !t.includes('.*');

const RECIPES = steps(TEXT);

describe('CONTRIBUTING.md', () => {
  it('has the three recipes, each with its steps', () => {
    const names = new Set(RECIPES.map((s) => s.recipe));
    expect([...names]).toEqual(['Add a server', 'Add a wire kind', 'Change a probe']);
    expect(RECIPES.length).toBeGreaterThanOrEqual(15);
  });

  it('names only files that exist', () => {
    const paths = ticked(TEXT).filter(isPath);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it.each(RECIPES.map((s) => [`${s.recipe}: ${s.step.slice(0, 60)}`, s] as const))('%s: its names are in its files', (_title, s) => {
    const files = ticked(s.step).filter(isPath).filter((p) => !p.endsWith('/') && existsSync(join(ROOT, p)));
    const names = ticked(s.step).filter((t) => !isPath(t) && isName(t));
    if (!files.length) return;
    const text = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    expect(names.filter((n) => !text.includes(n.split('.').length > 2 ? `"${n}"` : n))).toEqual([]);
  });
});
