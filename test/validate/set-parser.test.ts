/**
 * `--set` as Helm's strvals reads it, pinned value by value. Every expectation here is what Helm itself
 * produced for the expression (test/parity/set-parser.test.ts re-checks such expressions against both
 * Helms on every run); this file runs without Helm, so the mutation run can use it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { applySet, typedValue } from '../../scripts/validate/set-parser.ts';

const set = (...exprs: string[]): Record<string, unknown> => exprs.reduce((v, e) => applySet(v, e), {} as Record<string, unknown>);

describe('typedValue: strvals typedVal', () => {
  it.each([
    ['true', true], ['TRUE', true], ['False', false], ['null', null], ['NULL', null],
    ['0', 0], ['25', 25], ['+25', 25], ['-25', -25], ['-025', -25], ['-0', 0], ['+0', 0],
    ['9223372036854775807', 9223372036854775807], ['-9223372036854775808', -9223372036854775808],
  ])('%s is %j', (raw, value) => {
    expect(typedValue(raw)).toStrictEqual(value);
  });

  it.each(['0025', '00', '9223372036854775808', '-9223372036854775809', '1.5', '1e3', '0x1F', '+', '-', '', 'yes', 'on', ' 1', '1 ', 'truex', 'xtrue', 'nullx', 'a1'])('%j stays a string', (raw) => {
    expect(typedValue(raw)).toBe(raw);
  });
});

describe('applySet', () => {
  it('nests dotted keys and keeps what was there', () => {
    expect(set('a.b.c=1', 'a.b.d=x', 'a.e=true')).toEqual({ a: { b: { c: 1, d: 'x' }, e: true } });
  });

  it('takes several assignments joined by commas, but not a comma inside braces or escaped', () => {
    expect(set('a=1,b=2')).toEqual({ a: 1, b: 2 });
    expect(set('l={1,true,x},m=2')).toEqual({ l: [1, true, 'x'], m: 2 });
    expect(set('s=a\\,b')).toEqual({ s: 'a,b' });
    expect(set('a=1,')).toEqual({ a: 1 });
  });

  it('reads {..} as a typed list; {} is a list of one empty string', () => {
    expect(set('l={}')).toEqual({ l: [''] });
    expect(set('l={a,}')).toEqual({ l: ['a', ''] });
  });

  it('reads escapes as the character itself, in keys and values, before typing', () => {
    expect(set('podAnnotations.example\\.com/team=accounts')).toEqual({ podAnnotations: { 'example.com/team': 'accounts' } });
    expect(set('k\\=ey=v')).toEqual({ 'k=ey': 'v' });
    expect(set('x=\\t\\rue')).toEqual({ x: true });
    expect(set('a=b\\')).toEqual({ a: 'b' });
  });

  it('keeps "=" after the first in the value, and reads nothing after "=" as an empty string', () => {
    expect(set('a=b=c')).toEqual({ a: 'b=c' });
    expect(set('a=')).toEqual({ a: '' });
    expect(set('a.b=')).toEqual({ a: { b: '' } });
  });

  it('places list indexes, filling the gap with null, and descends into them', () => {
    expect(set('l[2]=c')).toEqual({ l: [null, null, 'c'] });
    expect(set('l[0]=a', 'l[1]=b')).toEqual({ l: ['a', 'b'] });
    expect(set('l[+1]=a')).toEqual({ l: [null, 'a'] });
    expect(set('a.b[0].c=1')).toEqual({ a: { b: [{ c: 1 }] } });
    expect(set('l[0][1]=a')).toEqual({ l: [[null, 'a']] });
    expect(set('l[0]=a', 'l[0].b=c')).toEqual({ l: [{ b: 'c' }] });
  });

  it('drops an assignment whose key starts empty, and one ending in an empty key below a map that has keys', () => {
    expect(set('=1')).toEqual({});
    expect(set('.a=1')).toEqual({});
    expect(set('[0]=x')).toEqual({});
    expect(set('a.x=1', 'a..b=2')).toEqual({ a: { x: 1 } });
    expect(set('a.=')).toEqual({});
  });

  it('merges into a map already at an index, and accepts the largest index Helm does', () => {
    expect(set('l[0].a=1', 'l[0].b=2')).toEqual({ l: [{ a: 1, b: 2 }] });
    expect((set('l[65536]=a').l as unknown[]).length).toBe(65537);
  });

  it('reads an index only when it is all digits', () => {
    expect(() => set('l[x1]=a')).toThrow('error parsing index');
    expect(() => set('l[1x]=a')).toThrow('error parsing index');
  });

  it('leaves a list without a value as it was', () => {
    expect(set('l[0]')).toEqual({ l: [] });
    expect(set('l[0][1]')).toEqual({ l: [] });
    expect(set('l[1].a=')).toEqual({ l: [] });
  });

  it.each([
    [['a'], 'key "a" has no value'],
    [['a=1,b'], 'key "b" has no value'],
    [['a,b=1'], 'key "a" has no value (cannot end with ,)'],
    [['a..b=1'], 'key map "a" has no value'],
    [['a.=1'], 'key map "a" has no value'],
    [['l={a}x'], 'key "x" has no value'],
    [['l={a'], "list must terminate with '}'"],
    [['a={x,{y,z}}'], 'key "}" has no value'],
    [['l[0]x=1'], 'unexpected data at end of array index: "x"'],
    [['l[-1]=a'], 'negative -1 index not allowed'],
    [['l[x]=a'], 'error parsing index'],
    [['l[]=a'], 'error parsing index'],
    [['l[0'], 'error parsing index'],
    [['l[65537]=a'], 'greater than maximum supported index of 65536'],
    [[`${Array.from({ length: 32 }, () => 'a').join('.')}=1`], 'greater than maximum supported nested level of 30'],
    [['a=1', 'a.b=2'], 'a is number 1, not a map'],
    [['a=null', 'a.b=1'], 'a is null, not a map'],
    [['a=x', 'a[0]=y'], 'a is string "x", not a list'],
    [['l[0]=x', 'l[0][0]=y'], 'index 0 is string "x", not a list'],
  ])('refuses %j as a user error: %s', (exprs, words) => {
    let thrown: unknown;
    try {
      set(...exprs);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toContain(`--set ${exprs.at(-1)}: `);
    expect((thrown as Error).message).toContain(words);
  });

  it('accepts 30 levels of nesting below the first name', () => {
    expect(() => set(`${Array.from({ length: 31 }, () => 'a').join('.')}=1`)).not.toThrow();
  });
});

describe('--set-string and --set-file', () => {
  it('--set-string keeps every value text, lists included', () => {
    const v = {};
    applySet(v, 'a=true,b=25,c=null,l={1,x}', 'set-string');
    expect(v).toEqual({ a: 'true', b: '25', c: 'null', l: ['1', 'x'] });
  });

  it('--set-file reads each value as a path, and names the flag when the file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fxa-set-file-'));
    writeFileSync(join(dir, 'one.txt'), 'first: file\n');
    const v = {};
    applySet(v, `a=${join(dir, 'one.txt')},l={${join(dir, 'one.txt')}}`, 'set-file');
    expect(v).toEqual({ a: 'first: file\n', l: ['first: file\n'] });
    expect(() => applySet({}, `a=${join(dir, 'missing.txt')}`, 'set-file')).toThrow(new RegExp(`^--set-file a=.*missing\\.txt: .*no such file`));
  });
});
