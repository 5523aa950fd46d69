/**
 * The generator's driver: it refuses an importer's unclassified variables, refuses two emitters writing
 * one path, returns the files sorted, hands every emitter's files over, and its check mode reports; the
 * types emitter serves a cached compilation. Small catalogs keep each case fast for the mutation run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
    // every committed file that says it is generated is still generated: gen --check compares only the
    // files it writes, so a dropped emitter (or a dropped file of one) would leave stale files unchecked
    // (read from disk, not git: the mutation run works in a copy of the tree outside any repository)
    const onDisk = [...['charts', 'values', 'types', 'docs', 'docker'].flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(ROOT, join(e.parentPath, e.name)))), 'README.md', 'CHANGELOG.md'];
    const claimsGenerated = onDisk.filter((f) => /Generated from schema\/|<!-- topology:/.test(readFileSync(join(ROOT, f), 'utf8').slice(0, 400_000)));
    expect(claimsGenerated.length).toBeGreaterThan(100);
    expect(claimsGenerated.filter((f) => !paths.includes(f))).toEqual([]);
    for (const p of ['README.md', 'charts/fxa/templates/volume-redis.yaml', 'charts/fxa/templates/volume-avatars.yaml', 'types/values.d.ts']) expect(paths, p).toContain(p);
  });

  it('check mode says the files are current and exits 0', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runGen({ check: true })).toBe(0);
    expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/^gen --check: all \d+ generated files are up to date\n$/);
  });

  it('on an empty tree: check mode names every file stale and writes nothing, gen writes them all, then check passes', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const root = mkdtempSync(join(tmpdir(), 'fxa-gen-'));
    try {
      const count = (await generate()).length;
      expect(await runGen({ check: true, root })).toBe(1);
      expect(String(err.mock.calls.at(-1)?.[0])).toMatch(new RegExp(`^gen --check: ${count} generated file\\(s\\) are stale; run \`npm run gen\`:\n  CHANGELOG.md\n`));
      expect(readdirSync(root)).toEqual([]);
      expect(await runGen({ check: false, root })).toBe(0);
      expect(String(err.mock.calls.at(-1)?.[0])).toBe(`gen: ${count} files, ${count} updated\n`);
      expect(readFileSync(join(root, 'charts', 'fxa', 'charts', 'redis', 'values.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'charts', 'fxa', 'charts', 'redis', 'values.yaml'), 'utf8'));
      expect(await runGen({ check: false, root })).toBe(0); // again: directories exist, nothing to write
      expect(String(err.mock.calls.at(-1)?.[0])).toBe(`gen: ${count} files, 0 updated\n`);
      expect(await runGen({ check: true, root })).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the types emitter', () => {
  it('serves the compiled types from its cache, keyed by the schema', async () => {
    // a catalog no other test compiles: a worker filling the cache for the full catalog cannot overwrite the marked file
    const own = CATALOG.filter((s) => s.name === 'redis' || s.name === 'statsd');
    const [first] = await emitTypes(own);
    const dir = join(ROOT, '.cache', 'types');
    const cached = readdirSync(dir).map((f) => join(dir, f)).find((f) => readFileSync(f, 'utf8') === first!.content);
    expect(cached, 'the compiled types are in .cache/types').toBeDefined();
    try {
      writeFileSync(cached!, `${first!.content}// from the cache\n`);
      expect((await emitTypes(own))[0]!.content).toBe(`${first!.content}// from the cache\n`);
      // another schema is another key: a smaller catalog does not get these types
      expect((await emitTypes([redis]))[0]!.content).not.toContain('// from the cache');
    } finally {
      writeFileSync(cached!, first!.content);
    }
  });
});
