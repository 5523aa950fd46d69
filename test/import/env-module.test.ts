/**
 * A catalog module as text: the exact form it is written in (one entry per line, fields in a fixed order,
 * hand-written notes above their entry) and reading that text back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnvVar } from '../../schema/types.ts';
import { readEnvModule, renderEnvModule, writeEnvModule } from '../../scripts/import/env-module.ts';

const HEAD = [
  '// Imported from mozilla/fxa by `npm run import` (scripts/import); reviewed and committed as the catalog.',
  '// Correct entries by hand here when FxA changes; the generator reads this file, never the network.',
  "import { defineEnv, type SourceRef } from '../types.ts';",
  '',
];

const tmp = (): string => mkdtempSync(join(tmpdir(), 'fxa-env-module-'));

describe('renderEnvModule', () => {
  it('writes sources once each, the release when there is one, and every field of an entry in a fixed order', () => {
    const every = {
      doc: 'All of it', upstreamDefault: 'X', key: 'a.b', pending: ['url'], required: true, url: 'public', secret: true, default: 'x',
      maximum: 9, minimum: 1, values: ['x'], format: 'uri', type: 'string', name: 'ALL',
    } as unknown as EnvVar;
    const text = renderEnvModule({
      sources: [{ file: 'a.ts', commit: 'c1', release: 'v1' }, { file: 'b.js', commit: 'c1' }, { file: 'a.ts', commit: 'c1', release: 'v1' }],
      env: [{ name: 'N', type: 'integer', default: 3, doc: 'd "q"', key: 'n' }, every],
    });
    expect(text).toBe(
      [
        ...HEAD,
        'export const sources: readonly SourceRef[] = [',
        '  { file: "a.ts", commit: "c1", release: "v1" },',
        '  { file: "b.js", commit: "c1" },',
        '];',
        '',
        'export const env = defineEnv([',
        '  { name: "N", type: "integer", default: 3, key: "n", doc: "d \\"q\\"" },',
        '  { name: "ALL", type: "string", format: "uri", values: ["x"], minimum: 1, maximum: 9, default: "x", secret: true, url: "public", required: true, pending: ["url"], key: "a.b", upstreamDefault: "X", doc: "All of it" },',
        ']);',
        '',
      ].join('\n'),
    );
  });

  it('writes a null default, and writes the notes above their entry only', () => {
    const text = renderEnvModule({
      sources: [],
      env: [{ name: 'A', type: 'string', default: null, doc: '', key: 'a' }, { name: 'B', type: 'boolean', default: false, doc: '', key: 'b' }],
      notes: new Map([['B', ['// why B', '/* and more */']], ['GONE', ['// lost']]]),
    });
    expect(text).toBe(
      [
        ...HEAD,
        'export const sources: readonly SourceRef[] = [',
        '];',
        '',
        'export const env = defineEnv([',
        '  { name: "A", type: "string", default: null, key: "a", doc: "" },',
        '  // why B',
        '  /* and more */',
        '  { name: "B", type: "boolean", default: false, key: "b", doc: "" },',
        ']);',
        '',
      ].join('\n'),
    );
  });
});

describe('readEnvModule', () => {
  it('an absent file is an empty module', () => {
    expect(readEnvModule(join(tmp(), 'none.ts'))).toEqual({ sources: [], env: [] });
  });

  it('reads back what was written, notes included', () => {
    const path = join(tmp(), 'sub', 'dir', 'm.ts'); // the folders are made on the way
    const m = {
      sources: [{ file: 'a.ts', commit: 'c1', release: 'v1' }, { file: 'b.ts', commit: 'c2' }],
      env: [{ name: 'A', type: 'list', default: ['x', 'y'], doc: 'A', key: 'a', url: 'external', pending: ['url'] }, { name: 'B', type: 'json', default: { k: [1, null] }, doc: 'B', key: 'b' }] as EnvVar[],
      notes: new Map([['B', ['// hand-written']]]),
    };
    writeEnvModule(path, m);
    expect(readEnvModule(path)).toEqual(m);
  });

  it('reads the arrays whether or not defineEnv wraps them, and takes notes only from the env array', () => {
    const path = join(tmp(), 'm.ts');
    writeFileSync(
      path,
      [
        "import { defineEnv } from '../types.ts';",
        'const helper = 1, other = 2;',
        'let unset;',
        'export const [first] = [1];',
        "export const sources = [{ file: 'a.ts', commit: 'c' }];",
        'export const env = [',
        '  // on A',
        "  { name: 'A', type: 'string', default: 'a', doc: '', key: 'a' },",
        "  { name: 'B', type: 'string', default: 'b', doc: '', key: 'b' },",
        '  // on a value that is not an entry',
        '  1,',
        '  // on an entry without a plain name',
        "  { ['name']: 'C' },",
        '  // on an entry whose name is not a string',
        '  { name: 3 },',
        '];',
        'function f() {}',
      ].join('\n'),
    );
    const m = readEnvModule(path);
    expect(m.sources).toEqual([{ file: 'a.ts', commit: 'c' }]);
    expect(m.env).toEqual([{ name: 'A', type: 'string', default: 'a', doc: '', key: 'a' }, { name: 'B', type: 'string', default: 'b', doc: '', key: 'b' }, 1, { name: 'C' }, { name: 3 }]);
    expect(m.notes).toEqual(new Map([['A', ['// on A']]]));
  });

  it('an env that is not an array literal has no notes', () => {
    const path = join(tmp(), 'm.ts');
    writeFileSync(path, ['const base = [];', 'export const env = defineEnv(base);'].join('\n'));
    expect(readEnvModule(path)).toEqual({ sources: [], env: [], notes: new Map() });
  });

  it('refuses a defineEnv() without entries', () => {
    const path = join(tmp(), 'm.ts');
    writeFileSync(path, 'export const env = defineEnv();');
    expect(() => readEnvModule(path)).toThrow(`${path}: not a literal: defineEnv()`);
  });

  it('refuses an entry that is not a literal, naming the file', () => {
    const path = join(tmp(), 'm.ts');
    writeFileSync(path, 'export const env = defineEnv([{ name: compute() }]);');
    expect(() => readEnvModule(path)).toThrow(`${path}: not a literal: [{ name: compute() }]`);
  });
});
