/** The small shared rules of scripts/lib: Kubernetes names, external host names, dotted value paths, the one-line error. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { HOST_OR_EMPTY, HOST_PATTERN_WORDS } from '../../scripts/lib/hosts.ts';
import { fullname, NAME_PATTERN_WORDS, SECRET_KEY, SECRET_NAME, SECRET_NAME_OR_EMPTY } from '../../scripts/lib/k8s-names.ts';
import { getPath, isTable } from '../../scripts/lib/values-path.ts';

const matches = (pattern: string, s: string): boolean => new RegExp(pattern, 'u').test(s);

describe('Secret names and keys (as apimachinery accepts them)', () => {
  const good = ['a', '0', 'fxa-keys', 'a.b', 'a-1.b-2.c', 'a--b', `${'a'.repeat(63)}`];
  const bad = ['', 'A', 'Fxa', '-a', 'a-', '.a', 'a.', 'a..b', 'a_b', 'a b', 'a/b', 'a.-b', 'a-.b', 'ä'];
  it.each(good)('%j is a Secret name', (s) => {
    expect(matches(SECRET_NAME, s)).toBe(true);
    expect(matches(SECRET_NAME_OR_EMPTY, s)).toBe(true);
  });
  it.each(bad)('%j is not a Secret name', (s) => {
    expect(matches(SECRET_NAME, s)).toBe(false);
    expect(matches(SECRET_NAME_OR_EMPTY, s)).toBe(s === '');
  });
  it.each(['a', 'A_b-.1', '.env', '-', '_'])('%j is a Secret key', (s) => expect(matches(SECRET_KEY, s)).toBe(true));
  it.each(['', 'a/b', 'a b', 'a:b', 'ä'])('%j is not a Secret key', (s) => expect(matches(SECRET_KEY, s)).toBe(false));

  it('words each pattern for a person', () => {
    expect(NAME_PATTERN_WORDS).toEqual({
      [SECRET_NAME]: 'a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
      [SECRET_NAME_OR_EMPTY]: 'empty or a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
      [SECRET_KEY]: 'a Secret key: letters, digits, "-", "_" and "."',
    });
  });
});

describe('fullname, as the chart\'s fxa-common.names.fullname', () => {
  it.each([
    ['fxa', 'keys', 'fxa-keys'],
    ['fxa', 'fxa-keys', 'fxa-keys'],
    ['fxa', 'fxakeys', 'fxa-fxakeys'],
    ['fxa', 'fxa', 'fxa-fxa'],
    ['r', 'x--', 'r-x'],
    ['a'.repeat(62), 'b', 'a'.repeat(62)],
    ['a'.repeat(61), 'bcd', `${'a'.repeat(61)}-b`],
    ['r', `r-${'n'.repeat(70)}`, `r-${'n'.repeat(61)}`],
  ])('(%j, %j) is %j', (release, name, expected) => expect(fullname(release, name)).toBe(expected));
});

describe('external host names', () => {
  it.each(['', 'db', 'mysql.example.org', '10.0.0.1', 'a-b', 'A1', 'x.y-z.io'])('%j is accepted', (s) => expect(matches(HOST_OR_EMPTY, s)).toBe(true));
  it.each(['mysql://db', 'db:3306', 'db/x', '-db', 'db-', 'a..b', '.a', 'a.', ' db', 'db ', 'a_b', '[::1]'])('%j is refused', (s) => expect(matches(HOST_OR_EMPTY, s)).toBe(false));
  it('words the pattern', () => {
    expect(HOST_PATTERN_WORDS).toEqual({ [HOST_OR_EMPTY]: 'empty or a host name or IP address alone: no scheme (such as mysql://), no :port (set the sibling port), no path' });
  });
});

describe('values by dotted path', () => {
  const values = { a: { b: { c: 1, z: 0 }, list: [{ x: 1 }] }, n: null, s: 'text' };
  it.each([
    ['a.b.c', 1],
    ['a.b.z', 0],
    ['a.b', { c: 1, z: 0 }],
    ['a.missing', undefined],
    ['a.b.c.d', undefined],
    ['a.list.0', undefined],
    ['n.x', undefined],
    ['s.length', undefined],
  ])('%j is %j', (path, expected) => expect(getPath(values, path)).toEqual(expected));
  it('a path on something other than a table leaves the tree', () => {
    expect(getPath(null, 'a')).toBeUndefined();
    expect(getPath(['a'], '0')).toBeUndefined();
  });
  it.each([[{}, true], [{ a: 1 }, true], [null, false], [[], false], ['s', false], [1, false], [undefined, false]])('isTable(%j) is %j', (v, t) => expect(isTable(v)).toBe(t));
});

it('UserError is an Error named UserError with the message given', () => {
  const e = new UserError('fix this');
  expect(e).toBeInstanceOf(Error);
  expect(e.name).toBe('UserError');
  expect(e.message).toBe('fix this');
  expect(String(e)).toBe('UserError: fix this');
});
