/**
 * The convict reader on small source trees written by each test into a temporary directory: how import
 * specifiers resolve (relative, workspace packages, tsconfig aliases, extensions), each form a name can
 * be declared and exported in, the literals it evaluates, the factories it follows, and what it leaves out.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConvict, SourceTree } from '../../scripts/import/parse-convict.ts';

/** A source tree of the given files (path -> text) in a fresh directory. */
function treeOf(files: Record<string, string>): SourceTree {
  const root = mkdtempSync(join(tmpdir(), 'fxa-convict-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return new SourceTree(root);
}

/** The leaves of one entry file, as `path=ENV` lines. */
const names = (files: Record<string, string>, entry = 'config.ts'): string[] => parseConvict(treeOf(files), entry).map((l) => `${l.path}=${l.env}`);
/** The single leaf of a schema `{ x: <setting> }` written in config.ts after `prelude`. */
const only = (setting: string, prelude = '', extra: Record<string, string> = {}) => {
  const leaves = parseConvict(treeOf({ 'config.ts': `${prelude}\nconvict({ x: ${setting} });\n`, ...extra }), 'config.ts');
  expect(leaves).toHaveLength(1);
  return leaves[0]!;
};
/** The default the reader finds for `default: <expr>`. */
const defaultOf = (expr: string, prelude = ''): unknown => only(`{ default: ${expr}, env: 'X' }`, prelude).default;

describe('SourceTree.resolve', () => {
  // built in the first test that needs it, so that mutation testing sees which tests read it
  let built: SourceTree | undefined;
  const files = {
    'packages/scoped/package.json': '{ "name": "@fxa/scoped" }',
    'packages/scoped/sub/mod.ts': '',
    'packages/unnamed/package.json': '{}',
    'packages/unnamed/x.js': '',
    'packages/no-manifest/x.ts': '',
    'libs/lib-b/package.json': '{ "name": "lib-b" }',
    'libs/lib-b/index.ts': '',
    'libs/x/src/index.ts': '',
    'libs/y/deep/file.ts': '',
    'cfg/main.ts': '',
    'tsconfig.base.json': JSON.stringify({ compilerOptions: { paths: { '@alias/exact': ['libs/x/src/index.ts'], '@alias/star/*': ['libs/y/*'], '@empty': [] } } }),
    'tsconfig.json': '{\n  // comments are allowed here\n  "compilerOptions": { "paths": { "#cfg": ["cfg/main.ts"] } }\n}\n',
    'src/a.ts': '',
    'src/b.ts': '',
    'src/both.ts': '',
    'src/both.js': '',
    'src/c.tsx': '',
    'src/d.js': '',
    'src/e.mjs': '',
    'src/f.cjs': '',
    'src/dir-ts/index.ts': '',
    'src/dir-js/index.js': '',
    'src/plain.json': '',
  };
  const tree = (): SourceTree => (built ??= treeOf(files));
  const at = (p: string) => join(tree().root, p);
  const resolve = (spec: string) => tree().resolve(at('src/a.ts'), spec);

  it('resolves a relative specifier by trying the extensions in order, a directory by its index', () => {
    expect(resolve('./b')).toBe(at('src/b.ts'));
    expect(resolve('./b.js')).toBe(at('src/b.ts')); // ESM-style .js names the .ts source
    expect(resolve('./both')).toBe(at('src/both.ts'));
    expect(resolve('./c')).toBe(at('src/c.tsx'));
    expect(resolve('./d')).toBe(at('src/d.js'));
    expect(resolve('./e')).toBe(at('src/e.mjs'));
    expect(resolve('./e.mjs')).toBe(at('src/e.mjs'));
    expect(resolve('./f')).toBe(at('src/f.cjs'));
    expect(resolve('./plain.json')).toBe(at('src/plain.json'));
    expect(resolve('./dir-ts')).toBe(at('src/dir-ts/index.ts'));
    expect(resolve('./dir-js')).toBe(at('src/dir-js/index.js'));
    expect(resolve('../src/b')).toBe(at('src/b.ts'));
    expect(resolve('./missing')).toBeUndefined();
  });

  it('resolves workspace packages by their package.json name, or their folder when it has none', () => {
    expect(resolve('@fxa/scoped/sub/mod')).toBe(at('packages/scoped/sub/mod.ts'));
    expect(resolve('unnamed/x')).toBe(at('packages/unnamed/x.js'));
    expect(resolve('lib-b')).toBe(at('libs/lib-b/index.ts'));
    expect(resolve('no-manifest/x')).toBeUndefined(); // not a package without a package.json
    expect(resolve('scoped/sub/mod')).toBeUndefined(); // known by its name, not its folder
    expect(resolve('convict')).toBeUndefined();
  });

  it('resolves the path aliases of both tsconfig files, exact and with a wildcard', () => {
    expect(resolve('@alias/exact')).toBe(at('libs/x/src/index.ts'));
    expect(resolve('@alias/exact/more')).toBeUndefined();
    expect(resolve('@alias/star/deep/file')).toBe(at('libs/y/deep/file.ts'));
    expect(resolve('#cfg')).toBe(at('cfg/main.ts'));
    expect(resolve('@empty')).toBeUndefined();
  });

  it('a tsconfig without compilerOptions has no aliases', () => {
    const t = treeOf({ 'tsconfig.json': '{}', 'a.ts': '' });
    expect(t.resolve(join(t.root, 'a.ts'), '@x/y')).toBeUndefined();
  });

  it('a tree without packages, libs or tsconfig resolves only relative paths', () => {
    const bare = treeOf({ 'a.ts': '', 'b.ts': '' });
    expect(bare.resolve(join(bare.root, 'a.ts'), './b')).toBe(join(bare.root, 'b.ts'));
    expect(bare.resolve(join(bare.root, 'a.ts'), 'b')).toBeUndefined();
    expect(bare.relative(join(bare.root, 'x', 'b.ts'))).toBe('x/b.ts');
  });
});

describe('parseConvict: the schema', () => {
  it('walks nested settings in source order, and keeps only those read from the environment', () => {
    expect(
      names({
        'config.ts': `
          import convict from 'convict';
          const conf = convict({
            a: { b: { c: { default: 1, env: 'ABC' } }, d: { doc: 'no env', default: 2 } },
            e: { default: 'x', env: 'E' },
            'quoted-key': { default: 'x', env: 'QUOTED' },
            7: { default: 'x', env: 'SEVEN' },
            notASetting: 'text',
            count: 3,
            withoutEnvButNested: { default: {}, inner: { default: 1, env: 'NOT_A_SETTING' } },
            envNotAString: { default: 1, env: 42 },
            method() { return 1; },
          });
        `,
      }),
    ).toEqual(['a.b.c=ABC', 'e=E', 'quoted-key=QUOTED', '7=SEVEN']);
  });

  it('finds convict() and convict.default() anywhere in the file, and no other call', () => {
    expect(
      names({
        'config.ts': `
          const schema = { one: { default: 1, env: 'ONE' } };
          function load() { return convict.default({ two: { default: 2, env: 'TWO' } }); }
          notconvict({ three: { default: 3, env: 'THREE' } });
          convictx({ four: { default: 4, env: 'FOUR' } });
          convict.defaults({ five: { default: 5, env: 'FIVE' } });
          convict();
          export default convict(schema);
        `,
      }),
    ).toEqual(['two=TWO', 'one=ONE']);
  });

  it('reads a schema once, even when it holds another convict call', () => {
    expect(names({ 'config.ts': `convict({ a: { default: 1, env: 'A', format: convict({ b: { default: 2, env: 'B' } }) } });` })).toEqual(['a=A']);
  });

  it('flattens spreads in source order and skips those it cannot follow', () => {
    expect(
      names({
        'config.ts': `
          const base = { b: { default: 1, env: 'B' } };
          const port = { default: 80, env: 'PORT' };
          const KEY = 'computed';
          const NUM = 5;
          convict({
            a: { default: 1, env: 'A' },
            ...base,
            ...require('nowhere'),
            ...unknownThing,
            port,
            [KEY]: { default: 1, env: 'COMPUTED' },
            [NUM]: { default: 1, env: 'NOT_A_STRING_KEY' },
            [missing]: { default: 1, env: 'UNKNOWN_KEY' },
          });
        `,
      }),
    ).toEqual(['a=A', 'b=B', 'port=PORT', 'computed=COMPUTED']);
  });

  it('a setting is a leaf when a spread gives it its default', () => {
    expect(names({ 'config.ts': `const d = { default: 1 }; convict({ a: { ...d, env: 'A' } });` })).toEqual(['a=A']);
  });

  it('stops on a cycle of names', () => {
    expect(names({ 'config.ts': `const a = b; const b = a; convict({ x: a, y: { default: 1, env: 'Y' } });` })).toEqual(['y=Y']);
  });
});

describe('parseConvict: a leaf', () => {
  it('has its path, env, format, default, doc and origin', () => {
    expect(only(`{ doc: 'The thing', format: 'port', default: 8080, env: 'THING_PORT' }`)).toEqual({
      path: 'x', env: 'THING_PORT', format: 'port', default: 8080, doc: 'The thing', origin: 'config.ts',
    });
  });

  it('without a doc, or with one that is not a literal string, has an empty doc', () => {
    expect(only(`{ default: 1, env: 'X' }`).doc).toBe('');
    expect(only(`{ default: 1, env: 'X', doc: ['a'] }`).doc).toBe('');
    expect(only(`{ default: 1, env: 'X', doc: \`built \${NAME}\` }`, `const NAME = 'here';`).doc).toBe('built here');
  });

  it('is sensitive only when sensitive is literally true', () => {
    expect(only(`{ default: 1, env: 'X', sensitive: true }`).sensitive).toBe(true);
    expect(only(`{ default: 1, env: 'X', sensitive: 'true' }`)).not.toHaveProperty('sensitive');
    expect(only(`{ default: 1, env: 'X', sensitive: false }`)).not.toHaveProperty('sensitive');
    expect(only(`{ default: 1, env: 'X', sensitive: IS }`, 'const IS = true;').sensitive).toBe(true);
  });

  it('reads an env name from a constant', () => {
    expect(only(`{ default: 1, env: NAME }`, `const NAME = 'FROM_CONST';`).env).toBe('FROM_CONST');
  });

  it.each([
    ['String'], ['Number'], ['Boolean'], ['Array'], ['Object'], ['RegExp'],
  ])('names the built-in format %s', (f) => {
    expect(only(`{ default: 1, env: 'X', format: ${f} }`).format).toBe(f);
  });

  it('reads a literal format, one held in a constant, and calls any other a custom one', () => {
    expect(only(`{ default: 1, env: 'X', format: ['a', 'b'] }`).format).toEqual(['a', 'b']);
    expect(only(`{ default: 1, env: 'X', format: FMT }`, `const FMT = 'duration';`).format).toBe('duration');
    expect(only(`{ default: 1, env: 'X', format: (v) => v }`).format).toBe('custom');
    expect(only(`{ default: 1, env: 'X', format: Date }`).format).toBe('custom');
    expect(only(`{ default: 1, env: 'X', format: String as any }`).format).toBe('String');
    expect(only(`{ default: 1, env: 'X' }`).format).toBeUndefined();
  });

  it('reads a format given by a spread from the file that spread it', () => {
    const l = only(`{ ...shared, default: 1, env: 'X' }`, `import { shared } from './shared';`, { 'shared.ts': `const F = 'nat';\nexport const shared = { format: F };` });
    expect(l.format).toBe('nat');
  });
});

describe('parseConvict: defaults', () => {
  it.each([
    ["'text'", 'text'],
    ['`plain template`', 'plain template'],
    ['1_000_000', 1000000],
    ['0.25', 0.25],
    ['-5', -5],
    ['true', true],
    ['false', false],
    ['null', null],
    ["['a', 1, [true]]", ['a', 1, [true]]],
    ["{ a: 1, 'b-c': 'd', [K]: [] }", { a: 1, 'b-c': 'd', k: [] }],
    ["('wrapped')", 'wrapped'],
    ["'as' as const", 'as'],
    ["'sat' satisfies string", 'sat'],
    ["<string>'asserted'", 'asserted'],
    ['N!', 3],
    ['`${N}-${S}-${T}-${F}-${Z}`', '3-s-true-false-null'],
  ])('%s is %j', (expr, value) => {
    expect(defaultOf(expr, `const K = 'k'; const N = 3; const S = 's'; const T = true; const F = false; const Z = null;`)).toEqual(value);
  });

  it.each([
    ["-'x'"],
    ['+5'],
    ['!true'],
    ['`a${[1]}`'],
    ['`a${{}}`'],
    ['`a${now()}`'],
    ['[1, now()]'],
    ['{ ...other }'],
    ['{ a: now() }'],
    ['{ [unknown]: 1 }'],
    ['{ m() { return 1; } }'],
    ['f'],
    ['process.env.HOME'],
    ['1 + 1'],
  ])('%s is kept as source text', (expr) => {
    expect(defaultOf(expr, 'function f() {}')).toEqual({ $expr: expr });
  });

  it('keeps a computed default\'s text on one line', () => {
    expect(defaultOf(`path.join(\n   __dirname,\n   'x'\n)`)).toEqual({ $expr: "path.join( __dirname, 'x' )" });
  });

  it('an undefined default, or none, is marked so', () => {
    expect(defaultOf('undefined')).toEqual({ $undefined: true });
    expect(defaultOf('U', 'const U = undefined;')).toEqual({ $undefined: true });
    expect(defaultOf('`${undefined}`')).toBe('undefined');
  });

  it('gives up on a long chain of names rather than follow it forever', () => {
    const chain = Array.from({ length: 30 }, (_, i) => `const c${i} = ${i === 29 ? "'end'" : `c${i + 1}`};`).join('\n');
    expect(defaultOf('c0', chain)).toEqual({ $expr: 'c0' });
    const short = Array.from({ length: 5 }, (_, i) => `const s${i} = ${i === 4 ? "'end'" : `s${i + 1}`};`).join('\n');
    expect(defaultOf('s0', short)).toBe('end');
  });

  it('a negative number far down a chain is still too deep', () => {
    const chain = Array.from({ length: 20 }, (_, i) => `const c${i} = ${i === 19 ? '-1' : `c${i + 1}`};`).join('\n');
    expect(defaultOf('c0', chain)).toEqual({ $expr: 'c0' });
  });
});

describe('parseConvict: names declared elsewhere', () => {
  const lib = {
    'lib/named.ts': `export const NAMED = 'named';\nexport function makeLeaf(e: string) { return { default: 'f', env: e }; }\nconst hidden = 'h';\nexport { hidden as renamed };\nexport { FROM_OTHER as reexported } from './other';\nexport * from './star';`,
    'lib/other.ts': `export const FROM_OTHER = 'other';`,
    'lib/star.ts': `export const STARRED = 'starred';`,
    'lib/default.ts': `export default 'dflt';`,
    'lib/cjs.js': `module.exports.viaModule = 'm';\nexports.viaExports === 'compared, not assigned';\nexports.viaExports = 'e';\nconst local = 'l';\nmodule.exports = { local, literal: 'lit', ['computed']: 'c' };`,
    'lib/whole.js': `module.exports = { inner: 'whole' };`,
    'lib/empty.ts': `export const nothing = 1;`,
  };
  const value = (prelude: string, expr: string): unknown => only(`{ default: ${expr}, env: 'X' }`, prelude, lib).default;

  it('follows imports: named, renamed, default, re-exported and star-exported', () => {
    expect(value(`import { NAMED } from './lib/named';`, 'NAMED')).toBe('named');
    expect(value(`import { NAMED as alias } from './lib/named';`, 'alias')).toBe('named');
    expect(value(`import { renamed } from './lib/named';`, 'renamed')).toBe('h');
    expect(value(`import { reexported } from './lib/named';`, 'reexported')).toBe('other');
    expect(value(`import { STARRED } from './lib/named';`, 'STARRED')).toBe('starred');
    expect(value(`import d from './lib/default';`, 'd')).toBe('dflt');
    expect(value(`import { absent } from './lib/named';`, 'absent')).toEqual({ $expr: 'absent' });
    expect(value(`import { nothing } from './lib/empty';`, 'nothing')).toBe(1);
    expect(value(`import './lib/named';`, 'NAMED')).toEqual({ $expr: 'NAMED' });
    expect(value(`import * as ns from './lib/named';`, 'ns')).toEqual({ $expr: 'ns' });
    expect(value(`import w from './lib/whole';`, 'w')).toEqual({ inner: 'whole' }); // a CommonJS module is its own default
  });

  it('follows requires: the whole module, destructured, renamed, and every CommonJS export form', () => {
    expect(value(`const whole = require('./lib/whole');`, 'whole')).toEqual({ inner: 'whole' });
    expect(value(`const { viaModule } = require('./lib/cjs');`, 'viaModule')).toBe('m');
    expect(value(`const { viaExports: renamed } = require('./lib/cjs');`, 'renamed')).toBe('e');
    expect(value(`const { local } = require('./lib/cjs');`, 'local')).toBe('l');
    expect(value(`const { literal } = require('./lib/cjs');`, 'literal')).toBe('lit');
    expect(value(`const { computed } = require('./lib/cjs');`, 'computed')).toBe('c');
    expect(value(`const { NAMED } = require('./lib/named');`, 'NAMED')).toBe('named');
    expect(value(`const { other } = require('./lib/cjs');`, 'other')).toEqual({ $expr: 'other' });
    expect(value(`const { a } = notRequire('./lib/cjs');`, 'a')).toEqual({ $expr: 'a' });
    expect(value(`const SPEC = './lib/cjs';\nconst { local } = require(SPEC);`, 'local')).toEqual({ $expr: 'local' });
    expect(value(`const { inner } = { inner: 'not followed' };`, 'inner')).toEqual({ $expr: 'inner' });
    expect(value(`let later;`, 'later')).toEqual({ $expr: 'later' });
  });

  it('follows a factory imported from another file, writing the leaf\'s origin there', () => {
    const l = only(`makeLeaf('MADE')`, `import { makeLeaf } from './lib/named';`, lib);
    expect(l).toMatchObject({ env: 'MADE', default: 'f', origin: 'lib/named.ts' });
  });
});

describe('parseConvict: factories', () => {
  const run = (factory: string, call: string): string[] => names({ 'config.ts': `${factory}\nconvict({ x: ${call} });` });

  it('binds parameters to the call\'s arguments, or to their defaults, evaluated where the function is written', () => {
    expect(run(`function f(p: string, q = 'Q', r?: string) { return { a: { default: r, env: \`\${p}_\${q}\` } }; }`, `f('P')`)).toEqual(['x.a=P_Q']);
    expect(run(`function f(p, q = 'Q') { return { a: { default: 1, env: \`\${p}_\${q}\` } }; }`, `f('P', 'Z')`)).toEqual(['x.a=P_Z']);
    expect(
      names({ 'config.ts': `import { f } from './lib';\nconst SUFFIX = 'CALLER';\nconvict({ x: f('P') });`, 'lib.ts': `const SUFFIX = 'LIB';\nexport function f(p, q = SUFFIX) { return { a: { default: 1, env: \`\${p}_\${q}\` } }; }` }),
    ).toEqual(['x.a=P_LIB']);
  });

  it('an argument it cannot read leaves its parameter unbound', () => {
    expect(run(`function f(p) { return { a: { default: 1, env: \`\${p}_A\` }, b: { default: 1, env: 'B' } }; }`, `f(compute())`)).toEqual(['x.b=B']);
  });

  it('skips a destructured parameter and binds the rest by position', () => {
    expect(run(`function f({ a }, p) { return { a: { default: 1, env: p } }; }`, `f({ a: 1 }, 'P')`)).toEqual(['x.a=P']);
  });

  it('reads arrow functions and function expressions', () => {
    expect(run(`const f = (p) => ({ a: { default: 1, env: p } });`, `f('ARROW')`)).toEqual(['x.a=ARROW']);
    expect(run(`const f = (p) => { const unused = 1; return { a: { default: 1, env: p } }; };`, `f('BLOCK')`)).toEqual(['x.a=BLOCK']);
    expect(run(`const f = function (p) { return { a: { default: 1, env: p } }; };`, `f('EXPR')`)).toEqual(['x.a=EXPR']);
  });

  it('takes the function\'s own first return, not one of a function inside it', () => {
    expect(
      run(`function f() { const g = () => { return { a: { default: 1, env: 'INNER' } }; }; if (ok) { return { b: { default: 1, env: 'FIRST' } }; } return { c: { default: 1, env: 'LAST' } }; }`, `f()`),
    ).toEqual(['x.b=FIRST']);
    expect(run(`function f() { return; }`, `f()`)).toEqual([]);
    expect(run(`function f() { return; return { a: { default: 1, env: 'A' } }; }`, `f()`)).toEqual(['x.a=A']);
  });

  it('follows a factory whose result is a factory call or a constant', () => {
    expect(run(`const base = { a: { default: 1, env: 'A' } };\nfunction g() { return base; }\nfunction f() { return g(); }`, `f()`)).toEqual(['x.a=A']);
  });

  it('does not call what it cannot read as a function', () => {
    expect(run(`const notFn = { a: { default: 1, env: 'A' } };`, `notFn()`)).toEqual([]);
    expect(run(`const obj = { f: () => ({ a: { default: 1, env: 'A' } }) };`, `obj.f()`)).toEqual([]);
    expect(run(``, `unknown()`)).toEqual([]);
    expect(run(`declare function f(): object;`, `f()`)).toEqual([]);
  });
});
