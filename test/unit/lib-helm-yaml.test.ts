/**
 * Values read as Helm reads them (scripts/lib/helm-yaml.ts): go-yaml v2's numbers, YAML 1.1 booleans, and the
 * conversion to JSON Helm makes first. Expected values are go-yaml's, worked out by hand from resolve.go.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { goYamlNumber, HELM_YAML, parseHelmValues } from '../../scripts/lib/helm-yaml.ts';

describe('goYamlNumber', () => {
  it.each([
    ['7', 7], ['-7', -7], ['+7', 7], ['1_000', 1000], ['-_7', -7],
    ['0x1F', 31], ['0X1f', 31], ['-0x10', -16], ['0o17', 15], ['0O17', 15], ['0b101', 5], ['0B11', 3], ['-0b11', -3],
    ['017', 15], ['0', 0], ['00', 0], ['-017', -15],
    // not an int for ParseInt(s, 0), but a float
    ['08', 8], ['1.5', 1.5], ['-6.', -6], ['-_6.', -6], ['1e3', 1000], ['1.5E-1', 0.15], ['+2.5e+1', 25],
    ['.5', 0.5], ['.5e2', 50], ['.5E-1', 0.05], ['.55', 0.55], ['.5e10', 5_000_000_000], ['-.55', -0.55], ['1e10', 1e10], ['-.5e10', -5_000_000_000],
  ])('%j is the number %d', (s, n) => expect(goYamlNumber(s)).toBe(n));

  it.each(['', '_7', '_0x1', '.x.5', 'abc', 'x1', '.', '._5', '.5_', '.e1', '.5x', 'x.5', '-', '+', '_', '0x', '0xg', '0b2', '0o8', '1.2.3', '12abc', '1e', '1e+', 'e3', '1 2', ' 1'])(
    '%j is a string', (s) => expect(goYamlNumber(s)).toBeUndefined(),
  );
});

describe('parseHelmValues', () => {
  it('reads YAML 1.1 booleans and go-yaml numbers, and leaves quoted text alone', () => {
    expect(parseHelmValues('a: y\nb: off\nc: "on"\nd: -_7\ne: 0o17\nf: 017\ng: "017"\nh: 1_000\ni: .5\nj: text\nk: null\nl: [1, n]\n')).toEqual({
      a: true, b: false, c: 'on', d: -7, e: 15, f: 15, g: '017', h: 1000, i: 0.5, j: 'text', k: null, l: [1, false],
    });
  });

  it('writes timestamps as RFC 3339 text, keeping fractions of a second', () => {
    expect(parseHelmValues('d: 2001-12-14\nt: 2001-12-14t21:59:43.10-05:00\nlist: [2020-02-29]\n')).toEqual({
      d: '2001-12-14T00:00:00Z', t: '2001-12-15T02:59:43.100Z', list: ['2020-02-29T00:00:00Z'],
    });
  });

  it.each([
    ['a: .inf\n', 'a: Infinity cannot be expressed in JSON, which Helm converts values to; quote it if it is text'],
    ['a:\n  b: [1, -.inf]\n', 'a.b[1]: -Infinity cannot be expressed in JSON'],
    ['- x\n- {c: .nan}\n', '[1].c: NaN cannot be expressed in JSON'],
    ['.nan\n', '(root): NaN cannot be expressed in JSON'],
  ])('refuses what JSON cannot hold: %j', (text, message) => expect(() => parseHelmValues(text)).toThrow(message));

  it('keeps scalars, empty documents and nested tables as they are', () => {
    expect(parseHelmValues('')).toBeNull();
    expect(parseHelmValues('42\n')).toBe(42);
    expect(parseHelmValues('a: {b: {c: [x, {d: 1}]}}\n')).toEqual({ a: { b: { c: ['x', { d: 1 }] } } });
  });
});

it('the writer quotes the strings Helm would read as numbers or booleans, and writes numbers plainly', () => {
  const values = { a: '-_7', b: 'on', c: 'y', d: '0o17', e: '1_0', f: 5, g: 1.5, h: 'text', i: '.5' };
  const text = stringify(values, HELM_YAML);
  expect(text).toContain('f: 5\n');
  expect(text).toContain('g: 1.5\n');
  expect(text).toContain('h: text\n');
  for (const k of ['a', 'b', 'c', 'd', 'e', 'i']) expect(text).toMatch(new RegExp(`^${k}: ["']`, 'm'));
  expect(parse(text, HELM_YAML)).toEqual(values);
});
