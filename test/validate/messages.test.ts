/** How each kind of schema failure reads: real ajv errors from small schemas, worded by describeError. */
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../scripts/lib/ajv.ts';
import { SECRET_KEY, SECRET_NAME, SECRET_NAME_OR_EMPTY } from '../../scripts/lib/k8s-names.ts';
import { closest, describeError, distance, keyPath, line } from '../../scripts/validate/messages.ts';

const ajv = createAjv();

/** The lines a schema's failures read as, with `prefix` as the subchart the section belongs to. */
function lines(schema: Record<string, unknown>, data: unknown, prefix: string[] = []): string[] {
  const validate = ajv.compile(schema);
  expect(validate(data)).toBe(false);
  return (validate.errors ?? []).map((e) => describeError(e, prefix, schema)).filter((p) => p !== undefined).map(line);
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'object', additionalProperties: false, properties, ...extra });

describe('describeError', () => {
  it('names an unknown key, suggests the nearest and lists a short allowed set', () => {
    expect(lines(obj({ replicaCount: { type: 'integer' }, image: { type: 'object' } }), { replicaCuont: 2 }, ['fxa-auth-server'])).toEqual([
      'fxa-auth-server.replicaCuont: unknown key; did you mean "replicaCount"? (allowed: replicaCount, image)',
    ]);
  });

  it('lists up to 20 allowed keys', () => {
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`KEY_${i}`, { type: 'string' }]));
    expect(lines(obj({ env: obj(twenty) }), { env: { OTHER: 'x' } })[0]).toMatch(/\(allowed: KEY_0, KEY_1, .*, KEY_19\)$/);
  });

  it('counts a long allowed set instead of listing it, and suggests nothing far away', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`KEY_${i}`, { type: 'string' }]));
    expect(lines(obj({ env: obj(many) }), { env: { COMPLETELY_DIFFERENT: 'x' } })).toEqual(['env.COMPLETELY_DIFFERENT: unknown key (allowed: 21 keys, see values.yaml)']);
  });

  it('finds the allowed keys of a referenced definition', () => {
    const schema = { ...obj({ s: { $ref: '#/definitions/ref' } }), definitions: { ref: obj({ value: { type: 'string' }, existingSecret: { type: 'string' } }) } };
    expect(lines(schema, { s: { existingSecert: 'x' } })).toEqual(['s.existingSecert: unknown key; did you mean "existingSecret"? (allowed: value, existingSecret)']);
  });

  it('says which type was expected and what came', () => {
    expect(lines(obj({ port: { type: ['integer', 'null'] } }), { port: 'twenty-five' })).toEqual(['port: must be integer or null, got string "twenty-five"']);
    expect(lines(obj({ on: { type: 'boolean' } }), { on: 1.5 })).toEqual(['on: must be boolean, got number 1.5']);
    expect(lines(obj({ on: { type: 'boolean' } }), { on: 2 })).toEqual(['on: must be boolean, got integer 2']);
    expect(lines(obj({ on: { type: 'boolean' } }), { on: [1] })).toEqual(['on: must be boolean, got array [1]']);
    expect(lines(obj({ on: { type: 'boolean' } }), { on: null })).toEqual(['on: must be boolean, got null null']);
  });

  it('lists an enum', () => {
    expect(lines(obj({ f: { enum: ['heka', 'pretty', null] } }), { f: 'json' })).toEqual(['f: "json" is not allowed; allowed: "heka", "pretty", null']);
  });

  it('words const, ranges, empty strings, formats and required keys', () => {
    expect(lines(obj({ c: { const: true } }), { c: false })).toEqual(['c: must be true, got false']);
    expect(lines(obj({ n: { type: 'integer', minimum: 1 } }), { n: 0 })).toEqual(['n: 0 is out of range; must be >= 1']);
    expect(lines(obj({ n: { type: 'integer', maximum: 1 } }), { n: 2 })).toEqual(['n: 2 is out of range; must be <= 1']);
    expect(lines(obj({ n: { type: 'integer', exclusiveMinimum: 1 } }), { n: 1 })).toEqual(['n: 1 is out of range; must be > 1']);
    expect(lines(obj({ n: { type: 'integer', exclusiveMaximum: 1 } }), { n: 1 })).toEqual(['n: 1 is out of range; must be < 1']);
    expect(lines(obj({ s: { type: 'string', minLength: 1 } }), { s: '' })).toEqual(['s: must not be empty']);
    expect(lines(obj({ u: { type: 'string', format: 'uri' } }), { u: 'not a uri' })).toEqual(['u: "not a uri" is not a valid uri']);
    expect(lines(obj({ m: obj({ name: { type: 'string' } }, { required: ['name'] }) }), { m: {} })).toEqual(['m.name: is required']);
  });

  it('words the patterns it knows and shows the others', () => {
    expect(lines(obj({ u: { type: 'string', pattern: '^https?://' } }), { u: 'ftp://x' })).toEqual(['u: "ftp://x" must be an http:// or https:// URL']);
    expect(lines(obj({ n: { type: 'string', pattern: SECRET_NAME } }), { n: 'Bad_Name' })[0]).toMatch(/^n: "Bad_Name" must be a Kubernetes object name: lower-case letters/);
    expect(lines(obj({ n: { type: 'string', pattern: SECRET_NAME_OR_EMPTY } }), { n: 'Bad_Name' })[0]).toMatch(/^n: "Bad_Name" must be empty or a Kubernetes object name/);
    expect(lines(obj({ k: { type: 'string', pattern: SECRET_KEY } }), { k: 'a b' })).toEqual(['k: "a b" must be a Secret key: letters, digits, "-", "_" and "."']);
    expect(lines(obj({ x: { type: 'string', pattern: '^[0-9]+$' } }), { x: 'a' })).toEqual(['x: "a" must be a string matching /^[0-9]+$/']);
  });

  it('reads a failed not as "value or existingSecret", and leaves a failed if to its then', () => {
    const secret = obj({ value: { type: 'string' }, existingSecret: { type: 'string' } }, { not: { required: ['value', 'existingSecret'] } });
    expect(lines(obj({ s: secret }), { s: { value: 'a', existingSecret: 'b' } })).toEqual(['s: give either value or existingSecret, not both']);
    const rule = { ...obj({ on: { type: 'boolean' }, host: { type: 'string' } }), if: { properties: { on: { const: true } } }, then: { properties: { host: { minLength: 1 } } } };
    expect(lines(rule, { on: true, host: '' })).toEqual(['host: must not be empty']);
  });

  it('falls back to ajv\'s own words for other keywords', () => {
    expect(lines(obj({ l: { type: 'array', maxItems: 1 } }), { l: [1, 2] })).toEqual(['l: must NOT have more than 1 items']);
  });
});

describe('paths', () => {
  it('join the prefix and the instance path with dots, quote keys with dots and unescape JSON pointers', () => {
    expect(keyPath(['fxa-auth-server'], '/env/SMTP_HOST')).toBe('fxa-auth-server.env.SMTP_HOST');
    expect(keyPath([], '/podAnnotations/example.com~1team')).toBe('podAnnotations."example.com/team"');
    expect(keyPath([], '/a~0b', 'c')).toBe('a~b.c');
    expect(keyPath([], '')).toBe('');
    expect(line({ path: '', message: 'm' })).toBe('(root): m');
    expect(line({ path: 'a.b', message: 'm' })).toBe('a.b: m');
  });
});

describe('did you mean', () => {
  it('measures edits case-blind', () => {
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('abc', 'ABC')).toBe(0);
    expect(distance('abc', 'abd')).toBe(1);
    expect(distance('abc', 'ab')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest candidate within a third of the key (at least 2 edits)', () => {
    expect(closest('replicaCuont', ['image', 'replicaCount'])).toBe('replicaCount');
    expect(closest('ab', ['xy'])).toBe('xy');
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi');
    expect(closest('abcdefghi', ['axyzwfghi'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
    expect(closest('ab', ['ax', 'ay'])).toBe('ax'); // the first of equally near ones
  });
});
