/** The validator's compiled-schema cache: a schema never seen before compiles, is cached, and loads from the cache with the same verdicts. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compiled } from '../../scripts/validate/compiled.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

it('compiles a schema it has not seen, caches it, and gives the same verdicts from the cache', () => {
  const dir = join(ROOT, '.cache', 'validators');
  const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
  // a property name of this run's own: no earlier run cached this schema
  const schema = { type: 'object', properties: { [`fresh${process.pid}x${Date.now()}`]: { type: 'integer' } }, additionalProperties: false };
  const key = Object.keys(schema.properties)[0]!;
  const added = (): string[] => readdirSync(dir).filter((f) => !before.has(f));
  try {
    const cold = compiled(schema);
    expect(cold({ [key]: 1 })).toBe(true);
    expect(cold({ [key]: 'one' })).toBe(false);
    expect(cold({ other: 1 })).toBe(false);
    expect(added().filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    const warm = compiled(schema);
    expect(warm).not.toBe(cold);
    expect(warm({ [key]: 1 })).toBe(true);
    expect(warm({ [key]: 'one' })).toBe(false);
    expect(warm.errors?.[0]?.instancePath).toBe(`/${key}`);
  } finally {
    for (const f of added()) rmSync(join(dir, f), { force: true });
  }
});
