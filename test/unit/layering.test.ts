/**
 * Setup knows no cluster: the embedded cluster builds on setup (its binaries, Debian packages, Go
 * builds), never the other way round, so `npm ci`'s setup never loads the cluster's code and the two
 * cannot import each other in a cycle. Read from the sources, so a dynamic import counts too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const SETUP = join(ROOT, 'scripts', 'setup');
const CLUSTER = join(ROOT, 'scripts', 'cluster');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

/** Every module a file names: `import … from`, `export … from`, bare `import '…'`, `import('…')`, `require('…')`. */
function specifiers(text: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])([^'"`]+)\1/g;
  return [...text.matchAll(re)].map((m) => m[2]!);
}

/** Dynamic imports whose module is computed: what this scan cannot follow, so none is allowed. */
const computedImports = (text: string): string[] => [...text.matchAll(/\bimport\s*\(\s*(?!['"`][^'"`$]+['"`]\s*\))[^)]*\)/g)].map((m) => m[0]);

it('no file under scripts/setup imports anything under scripts/cluster, statically or dynamically', () => {
  const files = sources(SETUP);
  expect(files.length).toBeGreaterThan(3);
  // the scan sees imports at all: setup/index.ts reads the tools' table
  expect(specifiers(readFileSync(join(SETUP, 'index.ts'), 'utf8'))).toContain('./tools.ts');
  const offending: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(CLUSTER, resolve(dirname(file), spec));
      if (!target.startsWith('..')) offending.push(`${name} imports ${spec}`);
    }
    for (const call of computedImports(text)) offending.push(`${name} has a computed ${call}`);
  }
  expect(offending).toEqual([]);
});

it('the scan catches each form of import that would reach the cluster', () => {
  const forms = [
    "import { up } from '../cluster/index.ts';",
    "export { REAL_DIR } from '../cluster/paths.ts';",
    "import '../cluster/real/images.ts';",
    "const m = await import('../cluster/real/index.ts');",
    'const m = await import(`../cluster/real/index.ts`);',
    "const m = require('../cluster/kwok.ts');",
  ];
  for (const f of forms) expect(specifiers(f).map((s) => relative(CLUSTER, resolve(SETUP, s))), f).toEqual([expect.not.stringMatching(/^\.\./)]);
  expect(computedImports('await import(`../${dir}/index.ts`)')).toHaveLength(1);
  expect(computedImports("await import(join('..', 'cluster'))")).toHaveLength(1);
  expect(computedImports("await import('../lib/paths.ts')")).toEqual([]);
});
