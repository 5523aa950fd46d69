/** The install hook's bundle (scripts/gen/emit-secrets-hook.ts): what gen ships, and what it refuses to. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitSecretsHook, MAX_HOOK_BYTES } from '../../scripts/gen/emit-secrets-hook.ts';
import { ruleSchemas } from '../../scripts/gen/emit-umbrella.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

describe('the secrets hook bundle', () => {
  it('is one ES module of node: imports only, small, banner first, run as its own entry point', async () => {
    const [file] = await emitSecretsHook();
    expect(file!.path).toBe('charts/fxa/files/secrets-hook.mjs');
    expect(file!.content.startsWith('// Generated from scripts/secrets/hook.ts')).toBe(true);
    const imports = [...file!.content.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(1);
    for (const i of imports) expect(i).toMatch(/^node:/);
    expect(file!.content.length).toBeLessThan(MAX_HOOK_BYTES);
    expect(file!.content).toContain("endsWith('secrets-hook.mjs')".replace(/'/g, '"'));
  });

  it('refuses a program that needs a package, and one too large', async () => {
    await expect(emitSecretsHook({ entry: 'test/unit/fixtures/hook-with-package.ts' })).rejects.toThrow(/packages the FxA image may not have: yaml$/);
    // a fixture, not the hook: a mutation run instruments scripts/secrets, and the committed bundle then stands
    await expect(emitSecretsHook({ entry: 'test/unit/fixtures/hook-plain.ts', maxBytes: 100 })).rejects.toThrow(/the bundle is \d+ bytes, over 100:/);
    await expect(emitSecretsHook({ entry: 'test/unit/fixtures/hook-plain.ts', maxBytes: 1000 })).resolves.toHaveLength(1);
  });

  it('keeps the committed bundle where the sources carry a mutation run\'s switches', async () => {
    const [file] = await emitSecretsHook({ entry: 'test/unit/fixtures/hook-instrumented.ts' });
    expect(file!.content).toBe(readFileSync(join(ROOT, 'charts/fxa/files/secrets-hook.mjs'), 'utf8'));
  });
});

describe('rules with two conditions', () => {
  it('require both conditions in the schema\'s if, merged at their common parent, and both leaves where they share a path', () => {
    const [sibling, same] = ruleSchemas([
      { id: 'a', when: { path: 'global.x.on', equals: true }, also: { path: 'global.x.host', equals: '' }, then: { path: 'x.enabled', equals: true }, message: 'm' },
      { id: 'b', when: { path: 'g.v', equals: 'a' }, also: { path: 'g.v', equals: 'b' }, then: { path: 'h', equals: true }, message: 'm' },
    ]);
    expect(sibling!.if).toEqual({
      properties: { global: { properties: { x: { properties: { on: { const: true }, host: { const: '' } }, required: ['on', 'host'] } }, required: ['x'] } },
      required: ['global'],
    });
    expect(same!.if).toEqual({ properties: { g: { properties: { v: { allOf: [{ const: 'a' }, { const: 'b' }] } }, required: ['v'] } }, required: ['g'] });
  });
});
