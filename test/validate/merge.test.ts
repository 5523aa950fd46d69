/**
 * Helm's value semantics, pinned: each expectation is what `helm template` printed for the same
 * defaults and files (a chart whose template is `{{ toJson .Values }}`).
 */
import { describe, expect, it } from 'vitest';
import { clone, coalesce, getPath, isTable, mergeValues } from '../../scripts/validate/merge.ts';

const DEFAULTS = { a: 1, m: { b: 2, c: 3, k: { d: 4 } }, l: [1, 2], s: 'str' };

describe('mergeValues: -f files in order', () => {
  it('merges maps deeply and lets the later file win everything else', () => {
    const first = { m: { b: null, k: null, x: null }, z: null, l: { k: 1 }, s: { k: 2 } };
    expect(mergeValues(first, { m: { c: 30 }, l: [9] })).toEqual({ m: { b: null, k: null, x: null, c: 30 }, z: null, l: [9], s: { k: 2 } });
  });

  it('replaces a map with a scalar and a scalar with a map', () => {
    expect(mergeValues({ m: { b: 1 } }, { m: 5 })).toEqual({ m: 5 });
    expect(mergeValues({ m: 5 }, { m: { b: 1 } })).toEqual({ m: { b: 1 } });
  });

  it('leaves both inputs as they were', () => {
    const a = { m: { b: 1 } };
    const b = { m: { c: 2 } };
    mergeValues(a, b);
    expect(a).toEqual({ m: { b: 1 } });
    expect(b).toEqual({ m: { c: 2 } });
  });
});

describe('coalesce: user values over chart defaults', () => {
  it('a user null deletes the default, at any depth; a null with no default stays', () => {
    expect(coalesce({ a: null, m: { b: null, k: null, x: null }, z: null, l: { k: 1 }, s: { k: 2 } }, DEFAULTS)).toEqual({ l: { k: 1 }, m: { c: 3, x: null }, s: { k: 2 }, z: null });
  });

  it('a null map deletes the whole default map', () => {
    expect(coalesce({ m: null }, DEFAULTS)).toEqual({ a: 1, l: [1, 2], s: 'str' });
  });

  it('fills what the user left out, and the user wins where both set a value', () => {
    expect(coalesce({ m: { c: 30, k: { e: 5 } }, l: [9] }, DEFAULTS)).toEqual({ a: 1, m: { b: 2, c: 30, k: { d: 4, e: 5 } }, l: [9], s: 'str' });
    expect(coalesce({ m: 5 }, DEFAULTS)).toEqual({ a: 1, m: 5, l: [1, 2], s: 'str' });
  });

  it('copies: neither the user values nor the defaults change, and later edits do not leak into them', () => {
    const user = { m: { b: null } };
    const out = coalesce(user, DEFAULTS);
    (out.m as Record<string, unknown>).c = 99;
    (out.l as unknown[]).push(3);
    expect(user).toEqual({ m: { b: null } });
    expect(DEFAULTS).toEqual({ a: 1, m: { b: 2, c: 3, k: { d: 4 } }, l: [1, 2], s: 'str' });
  });
});

describe('helpers', () => {
  it('isTable is true for maps only', () => {
    expect([{}, { a: 1 }].map(isTable)).toEqual([true, true]);
    expect([null, [], 'x', 1, undefined].map(isTable)).toEqual([false, false, false, false, false]);
  });

  it('getPath reads dotted paths and gives undefined past a non-map', () => {
    expect(getPath(DEFAULTS, 'm.k.d')).toBe(4);
    expect(getPath(DEFAULTS, 'm.b')).toBe(2);
    expect(getPath(DEFAULTS, 's.length')).toBeUndefined();
    expect(getPath(DEFAULTS, 'l.0')).toBeUndefined();
    expect(getPath(DEFAULTS, 'nope.x')).toBeUndefined();
  });

  it('clone copies deeply and passes undefined through', () => {
    const v = { a: [{ b: 1 }] };
    const c = clone(v);
    expect(c).toEqual(v);
    expect(c.a[0]).not.toBe(v.a[0]);
    expect(clone(undefined)).toBeUndefined();
  });
});
