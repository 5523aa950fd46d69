/**
 * The generator's driver: it refuses an importer's unclassified variables, refuses two emitters writing
 * one path, returns the files sorted, hands every emitter's files over, and its check mode reports; the
 * types emitter serves a cached compilation. Small catalogs keep each case fast for the mutation run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { emitTypes } from '../../scripts/gen/emit-types.ts';
import { generate, pendingClassifications, runGen } from '../../scripts/gen/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const redis = CATALOG.find((s) => s.name === 'redis')!;
const withPending = (s: ServerSpec, name: string, pending: ('url' | 'secret')[]): ServerSpec => ({
  ...s,
  env: [...s.env, { name, type: 'string', default: null, key: `x.${name.toLowerCase()}`, doc: 'new upstream', pending }],
} as ServerSpec);

describe('generate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists pending variables once each, sorted, with what awaits a decision, and refuses to generate', async () => {
    const a = withPending(withPending(redis, 'ZETA_URL', ['url']), 'ALPHA_KEY', ['secret', 'url']);
    const b = withPending({ ...redis, name: 'mysql' } as ServerSpec, 'ZETA_URL', ['url']);
    expect(pendingClassifications([a, b])).toEqual(['ALPHA_KEY (secret, url)', 'ZETA_URL (url)']);
    expect(pendingClassifications(CATALOG)).toEqual([]);
    await expect(generate([a])).rejects.toThrow('2 imported variable(s) await classification in schema/env (decide url or secret, then delete "pending"): ALPHA_KEY (secret, url), ZETA_URL (url)');
  });

  it('refuses two emitters writing the same path', async () => {
    await expect(generate([...CATALOG, redis])).rejects.toThrow(/^two emitters wrote charts\/fxa\/charts\/redis\//);
  });

  it('returns every emitter\'s files, sorted by path', async () => {
    const files = await generate();
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
    // one file of each emitter: a dropped emitter would leave its committed files unchecked by gen --check
    for (const p of ['charts/fxa/Chart.yaml', 'charts/fxa/README.md', 'charts/fxa/charts/redis/values.yaml', 'values/prod.yaml', 'docs/catalog.json', 'docker/launcher.sh', 'docs/secrets-and-data.md', 'docs/topology.md', 'CHANGELOG.md', 'types/values.schema.json', 'types/values.d.ts']) {
      expect(paths, p).toContain(p);
    }
  });

  it('check mode says the files are current and exits 0', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runGen({ check: true })).toBe(0);
    expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/^gen --check: all \d+ generated files are up to date\n$/);
  });
});

describe('the types emitter', () => {
  it('serves the compiled types from its cache, keyed by the schema', async () => {
    const [first] = await emitTypes(CATALOG);
    const dir = join(ROOT, '.cache', 'types');
    const cached = readdirSync(dir).map((f) => join(dir, f)).find((f) => readFileSync(f, 'utf8') === first!.content);
    expect(cached, 'the compiled types are in .cache/types').toBeDefined();
    try {
      writeFileSync(cached!, `${first!.content}// from the cache\n`);
      expect((await emitTypes(CATALOG))[0]!.content).toBe(`${first!.content}// from the cache\n`);
      // another schema is another key: a smaller catalog does not get the full one's types
      expect((await emitTypes([redis]))[0]!.content).not.toContain('// from the cache');
    } finally {
      writeFileSync(cached!, first!.content);
    }
  });
});
