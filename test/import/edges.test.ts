/**
 * The importer on small trees written here, one per edge of the convict reader and the release import that the
 * mutation run found untested: what a module exports, what a require or import reads, and which variables wait
 * for a person to classify them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConvict, SourceTree } from '../../scripts/import/parse-convict.ts';
import { urlKind } from '../../scripts/import/classify.ts';
import { readEnvModule } from '../../scripts/import/env-module.ts';
import { importRelease } from '../../scripts/import/index.ts';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function dirOf(files: Record<string, string>, prefix = 'fxa-import-edge-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const treeOf = (files: Record<string, string>) => new SourceTree(dirOf(files));
const names = (files: Record<string, string>, entry = 'config.ts'): string[] => parseConvict(treeOf(files), entry).map((l) => `${l.path}=${l.env}`);
const only = (setting: string, prelude = '', extra: Record<string, string> = {}) => {
  const leaves = parseConvict(treeOf({ 'config.ts': `${prelude}\nconvict({ x: ${setting} });\n`, ...extra }), 'config.ts');
  expect(leaves).toHaveLength(1);
  return leaves[0]!;
};
const lib = {
  'lib/default.ts': `export default 'dflt';`,
  'lib/cjs.js': `module.exports.viaModule = 'm';\nexports.viaExports = 'e';\nconst local = 'l';\nmodule.exports = { local, literal: 'lit' };`,
  'lib/whole.js': `module.exports = { inner: 'whole' };`,
  'lib/named.ts': `export const NAMED = 'named';`,
  'lib/other.ts': `export const FROM_OTHER = 'other';`,
  'lib/star.ts': `export const STARRED = 'starred';`,
  'lib/shadow.ts': `export const X = 'mine';\nexport * from './other-x';`,
  'lib/other-x.ts': `export const X = 'theirs';\nexport function make() { return { a: { default: 1, env: 'THEIRS' } }; }`,
  'lib/cjs2.js': `const v = 'local';\nmodule.exports.v = 'exported';`,
  'lib/cjs3.js': `async function helper() {}\nconst v = 'local';\nmodule.exports.v = 'exported';`,
  'lib/typed.ts': `export type T = string;\nconst X = 'mine';\nexport * from './other-x';`,
  'lib/async.ts': `export async function make() { return { a: { default: 1, env: 'MINE' } }; }\nexport * from './other-x';`,
  'lib/dflt-first.ts': `export default 'd';\nexport const N = 'n';`,
  'lib/bare-import.ts': `import './other';`,
  'lib/star-first.ts': `export * from './star';\nexport const AFTER = 'after';`,
  'lib/missing-star.ts': `export * from 'not-in-tree';\nexport const AFTER = 'after';`,
  'lib/ns-star.ts': `export * as ns from './star';\nexport const AFTER = 'after';`,
  'lib/plain-export.ts': `const L = 'l';\nexport { L };`,
  'lib/whole2.js': `exports.a = 1;\nmodule.exports = { inner: 'whole' };`,
  'lib/fn.js': `module.exports = make();`,
};
const value = (prelude: string, expr: string): unknown => only(`{ default: ${expr}, env: 'X' }`, prelude, lib).default;

describe('the importer at its edges', () => {
  it('a URL-like default of a setting not named as a URL is no URL', () => { expect(urlKind('TARGET', 'String', [['https://accounts.firefox.com']])).toBeUndefined(); });
  it('an env module without an env list reads as empty', () => {
    const p = join(dirOf({}), 'm.ts'); writeFileSync(p, 'export const sources = [];');
    expect(readEnvModule(p)).toEqual({ sources: [], env: [] });
  });
  it("an env module's list ends where its declaration does", () => {
    const p = join(dirOf({}), 'm.ts'); writeFileSync(p, "export const env = [{ name: 'A' }];\nconst after = 1;");
    expect(readEnvModule(p).env).toEqual([{ name: 'A' }]);
  });
  it('a release root inside a checkout without a given commit records the sources as unrecorded', () => {
    const outer = dirOf({ 'sub/svc/config.ts': `convict({ a: { default: 1, env: 'A' } });` });
    const git = (...a: string[]) => spawnSync('git', ['-C', outer, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { encoding: 'utf8' });
    git('init', '-q'); git('add', '.'); git('commit', '-q', '-m', 'x');
    const dir = dirOf({});
    importRelease({ root: join(outer, 'sub'), envDir: dir, targets: [{ module: 'svc', entries: ['svc/config.ts'] }] });
    expect(readEnvModule(join(dir, 'svc.ts')).sources).toEqual([{ file: 'svc/config.ts', commit: 'unrecorded' }]);
  });
  it('a password-like variable not marked sensitive waits for a person to classify it', () => {
    const r = importRelease({ root: dirOf({ 'svc/config.ts': `convict({ p: { default: '', env: 'DB_PASSWORD' } });` }), envDir: dirOf({}), targets: [{ module: 'svc', entries: ['svc/config.ts'] }], commit: 'c' });
    expect(r.diffs[0]!.pending).toEqual([{ name: 'DB_PASSWORD', what: ['secret'] }]);
  });
  it('a variable marked sensitive is a secret without asking', () => {
    const r = importRelease({ root: dirOf({ 'svc/config.ts': `convict({ p: { default: '', env: 'DB_PASSWORD', sensitive: true } });` }), envDir: dirOf({}), targets: [{ module: 'svc', entries: ['svc/config.ts'] }], commit: 'c' });
    expect(r.diffs[0]!.pending).toEqual([]);
  });
  it('a scoped package of the tree resolves to its own files', () => {
    const t = treeOf({ 'packages/scoped/package.json': '{ "name": "@fxa/scoped" }', 'packages/scoped/m.ts': '' });
    expect(t.resolve(join(t.root, 'a.ts'), '@fxa/scoped/m')).toBe(join(t.root, 'packages/scoped/m.ts'));
  });
  it('a tsconfig path alias matches only its own prefix', () => {
    const t = treeOf({ 'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@alias/star/*': ['libs/y/*'] } } }), 'libs/y/deep/file.ts': '' });
    expect(t.resolve(join(t.root, 'a.ts'), '@other/star/deep/file')).toBeUndefined();
  });
  it('a setting with a bigint key is skipped', () => {
    expect(names({ 'config.ts': `convict({ 1n: { default: 1, env: 'B' }, a: { default: 1, env: 'A' } });` })).toEqual(['a=A']);
  });
  it('an anonymous default-exported function does not hide later constants', () => { expect(value('export default function () {}\nconst N = 1;', 'N')).toBe(1); });
  it('require() of a module with a default export reads that default', () => { expect(value(`const d = require('./lib/default');`, 'd')).toBe('dflt'); });
  it('a whole-module require before a constant does not hide it', () => { expect(value(`const whole = require('./lib/whole');\nconst N = 'n';`, 'N')).toBe('n'); });
  it('a destructured require before a constant does not hide it', () => { expect(value(`const { literal } = require('./lib/cjs');\nconst N = 'n';`, 'N')).toBe('n'); });
  it('a named import before a constant does not hide it', () => { expect(value(`import { NAMED } from './lib/named';\nconst N = 'n';`, 'N')).toBe('n'); });
  it('a call that only looks like require() is not followed', () => { expect(value(`const { local } = notRequire('./lib/cjs');`, 'local')).toEqual({ $expr: 'local' }); });
  it('an import from outside the tree stays an expression', () => { expect(value(`import { x } from 'not-in-tree';`, 'x')).toEqual({ $expr: 'x' }); });
  it("a module's own export wins over a star re-export of the same name", () => { expect(value(`import { X } from './lib/shadow';`, 'X')).toBe('mine'); });
  it('module.exports.x wins over a local constant x', () => { expect(value(`const { v } = require('./lib/cjs2');`, 'v')).toBe('exported'); });
  it('an async function before module.exports.x does not hide it', () => { expect(value(`const { v } = require('./lib/cjs3');`, 'v')).toBe('exported'); });
  it('a type export does not stop the star re-export from being read', () => { expect(value(`import { X } from './lib/typed';`, 'X')).toBe('theirs'); });
  it('an exported async factory is read for its settings', () => { expect(names({ 'config.ts': `import { make } from './lib/async';\nconvict({ x: make() });`, ...lib })).toEqual(['x.a=MINE']); });
  it('a default export before a named one does not hide it', () => { expect(value(`import { N } from './lib/dflt-first';`, 'N')).toBe('n'); });
  it('a bare import is not a re-export', () => { expect(value(`import { FROM_OTHER } from './lib/bare-import';`, 'FROM_OTHER')).toEqual({ $expr: 'FROM_OTHER' }); });
  it('a star re-export before a named export does not hide it', () => { expect(value(`import { AFTER } from './lib/star-first';`, 'AFTER')).toBe('after'); });
  it("a star re-export from outside the tree does not hide the module's own exports", () => { expect(value(`import { AFTER } from './lib/missing-star';`, 'AFTER')).toBe('after'); });
  it("a namespace re-export does not hide the module's own exports", () => { expect(value(`import { AFTER } from './lib/ns-star';`, 'AFTER')).toBe('after'); });
  it('export { name } of a local constant is read', () => { expect(value(`import { L } from './lib/plain-export';`, 'L')).toBe('l'); });
  it('module.exports assigned whole replaces earlier exports.x', () => { expect(value(`const w = require('./lib/whole2');`, 'w')).toEqual({ inner: 'whole' }); });
  it('module.exports of a call result is no object of exports', () => { expect(value(`const { x } = require('./lib/fn');`, 'x')).toEqual({ $expr: 'x' }); });
  it('template literals that refer to each other stay expressions', () => { expect(value('const a = `${b}`;\nconst b = `${a}`;', 'a')).toEqual({ $expr: 'a' }); });
  it('a default that is no identifier stays an expression', () => { expect(value(`import { other } from './lib/default';`, '1 + 1')).toEqual({ $expr: '1 + 1' }); });
  it('a method call is not a settings factory', () => { expect(names({ 'config.ts': `export default function () { return { a: { default: 1, env: 'A' } }; }\nconvict({ x: obj.f() });` })).toEqual([]); });
  it('a factory that calls itself ends, and the rest is read', () => { expect(names({ 'config.ts': `function f() { return f(); }\nconvict({ x: f(), y: { default: 1, env: 'Y' } });` })).toEqual(['y=Y']); });
});
