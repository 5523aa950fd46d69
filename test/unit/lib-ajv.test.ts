/** The project's ajv (scripts/lib/ajv.ts): every error at once with the data it saw, formats enforced, unknown keywords tolerated, and standalone code on request. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../scripts/lib/ajv.ts';

const standaloneCode = (createRequire(import.meta.url)('ajv/dist/standalone') as { default: (ajv: unknown, v: unknown) => string }).default;

const schema = {
  type: 'object',
  'x-helm-note': 'unknown keywords are documentation, not errors',
  properties: {
    email: { type: 'string', format: 'email' },
    url: { type: 'string', format: 'uri' },
    when: { type: 'string', format: 'date-time' },
    port: { type: 'integer', maximum: 65535 },
  },
};

describe('createAjv', () => {
  it('reports every error with the offending data, and checks formats', () => {
    const validate = createAjv().compile(schema);
    expect(validate({ email: 'a@example.org', url: 'https://example.org/x', when: '2024-01-01T00:00:00Z', port: 443 })).toBe(true);
    expect(validate({ email: 'not an email', url: 'not a uri', when: 'yesterday', port: 70000 })).toBe(false);
    const errors = validate.errors!.map((e) => [e.instancePath, e.keyword, e.data]);
    expect(errors).toEqual([
      ['/email', 'format', 'not an email'],
      ['/url', 'format', 'not a uri'],
      ['/when', 'format', 'yesterday'],
      ['/port', 'maximum', 70000],
    ]);
    expect(validate.errors![3]!.parentSchema).toEqual({ type: 'integer', maximum: 65535 });
  });

  it('keeps the generated code only when asked, with formats required from ajv-formats at run time', () => {
    const plain = createAjv();
    expect(() => standaloneCode(plain, plain.compile(schema))).toThrow(/source/);
    const kept = createAjv({ source: true });
    const code = standaloneCode(kept, kept.compile(schema));
    expect(code).toContain('require("ajv-formats/dist/formats").fullFormats');
  });

  it('makes independent instances', () => {
    const a = createAjv();
    a.addSchema({ $id: 'x', type: 'string' });
    expect(createAjv().getSchema('x')).toBeUndefined();
  });
});
