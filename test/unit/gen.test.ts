import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATALOG } from '../../schema/index.ts';
import { generate } from '../../scripts/gen/index.ts';
import { writeAll } from '../../scripts/gen/writer.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { createAjv } from '../../scripts/lib/ajv.ts';

const readJson = (p: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;
const readYaml = (p: string): Record<string, unknown> => parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;

describe('generator', () => {
  // one generation shared by the tests below: a surviving mutant in the mutation run pays for two, not five
  let generated: ReturnType<typeof generate> | undefined;
  const once = (): ReturnType<typeof generate> => (generated ??= generate());

  // first: one generation that catches most changes (the mutation run stops at the first failing test)
  it('matches the committed files (what gen --check enforces)', async () => {
    expect(writeAll(await once(), true).stale).toEqual([]);
  });

  it('is deterministic: a second run gives identical bytes', async () => {
    expect(await generate()).toEqual(await once());
  });

  it('check mode names a stale file and writes nothing', async () => {
    const files = await once();
    const tampered = files.map((f) => (f.path === 'values/dev.yaml' ? { ...f, content: `${f.content}# drift\n` } : f));
    expect(writeAll(tampered, true).stale).toEqual(['values/dev.yaml']);
    expect(writeAll(files, true).stale).toEqual([]);
  });

  it('starts every generated YAML and JSON file with a banner', async () => {
    for (const f of await once()) {
      if (f.path.endsWith('.yaml') && !f.path.endsWith('NOTES.txt')) expect(f.content.startsWith('# Generated from'), f.path).toBe(true);
      if (f.path.endsWith('values.schema.json')) expect(f.content).toContain('"$comment": "Generated from schema/');
    }
  });
});

describe('generated schemas (draft-07, as Helm checks them)', () => {
  const ajv = createAjv();
  const umbrella = ajv.compile(readJson('charts/fxa/values.schema.json'));

  for (const env of ['dev', 'prod']) {
    it(`accept the chart defaults merged with values/${env}.yaml`, () => {
      const values = { ...readYaml('charts/fxa/values.yaml'), ...readYaml(`values/${env}.yaml`) };
      expect(umbrella(values), JSON.stringify(umbrella.errors)).toBe(true);
    });
  }

  for (const s of CATALOG) {
    it(`${s.name}: accepts its own values.yaml plus global and enabled, rejects an unknown key`, () => {
      const validate = ajv.compile(readJson(`charts/fxa/charts/${s.name}/values.schema.json`));
      const defaults = readYaml(`charts/fxa/charts/${s.name}/values.yaml`);
      expect(validate({ ...defaults, global: { anything: 1 }, enabled: true }), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...defaults, replicaCuont: 2 })).toBe(false);
      const env = s.env.find((v) => !v.secret && v.type === 'boolean');
      if (env) expect(validate({ ...defaults, env: { [env.name]: 'yes' } })).toBe(false);
    });
  }

  it('the editor schema, where every values file\'s modeline points, accepts each file and sees into server sections', () => {
    for (const f of ['values/dev.yaml', 'values/prod.yaml', 'charts/fxa/ci/dev-values.yaml', 'charts/fxa/ci/prod-values.yaml']) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(ROOT, f), 'utf8'));
      expect(modeline, f).not.toBeNull();
      const schemaFile = join(ROOT, dirname(f), modeline![1]!);
      expect(schemaFile, f).toBe(join(ROOT, 'types', 'values.schema.json'));
      const editor = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
      const values = readYaml(f);
      expect(editor(values), `${f}: ${JSON.stringify(editor.errors)}`).toBe(true);
      expect(editor({ ...values, 'fxa-auth-server': { env: { SMTP_PORT: 'twenty-five' } } })).toBe(false);
      expect(editor({ ...values, 'fxa-auth-server': { secretEnv: { SMTP_PASS: { existingSecert: 'x' } } } })).toBe(false);
    }
  });

  it('caps a singleton at one replica', () => {
    const validate = ajv.compile(readJson('charts/fxa/charts/redis/values.schema.json'));
    expect(validate({ replicaCount: 2 })).toBe(false);
    expect(validate({ replicaCount: 1 })).toBe(true);
  });
});
