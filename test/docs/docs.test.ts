/**
 * The documentation keeps its promises: every relative link and anchor resolves, every `npm run` script the
 * README and guides name exists, and every `fxa-helm` command they name answers `--help` from the real CLI.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { cli } from '../helpers/cli.ts';

const markdown = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdown(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
const DOCS = ['README.md', 'CHANGELOG.md', ...markdown('docs')];
const text = (f: string): string => readFileSync(join(ROOT, f), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
const anchors = (f: string): Set<string> => new Set([...text(f).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

/** Markdown outside fenced code blocks (commands in code are checked separately). */
const prose = (s: string): string => s.replace(/^```[\s\S]*?^```/gm, '');

describe('documentation', () => {
  it('has guides and the README links them', () => {
    expect(DOCS.filter((f) => f.startsWith('docs/guides/')).length).toBeGreaterThanOrEqual(8);
  });

  for (const f of DOCS) {
    it(`${f}: every relative link and anchor resolves`, () => {
      const broken: string[] = [];
      for (const [, target] of prose(text(f)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue; // an absolute URL: not ours to keep
        const [path, anchor] = target!.split('#');
        const file = path ? relative(ROOT, join(ROOT, dirname(f), path)) : f;
        if (!existsSync(join(ROOT, file))) broken.push(`${target} (no ${file})`);
        else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) broken.push(`${target} (no heading #${anchor} in ${file})`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = new Set(DOCS.flatMap((f) => [...text(f).matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('names only fxa-helm commands that answer --help', () => {
    const named = new Set(DOCS.flatMap((f) => [...text(f).matchAll(/fxa-helm ([a-z][\w:-]*)(?: ([a-z][\w-]*))?/g)].map((m) => (m[1] === 'secrets' && m[2] ? `secrets ${m[2]}` : m[1]!))));
    expect(named.size).toBeGreaterThan(3);
    for (const command of named) {
      const r = cli([...command.split(' '), '--help']);
      expect(r.status, `fxa-helm ${command} --help: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^Usage: /);
    }
  });
});
