/**
 * The importer on config sources written for these tests, two releases of them (fixtures/release-a and
 * release-b): nested settings, formats, a spread, a TypeScript factory and a CommonJS one with env names
 * built from their arguments, `sensitive`, a computed default, a setting not read from the environment,
 * and between the releases a renamed, a removed, two changed and two new variables.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import type { EnvVar } from '../../schema/types.ts';
import { generate } from '../../scripts/gen/index.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { readEnvModule, writeEnvModule } from '../../scripts/import/env-module.ts';
import { importRelease, type ImportTarget } from '../../scripts/import/index.ts';
import { parseConvict, SourceTree } from '../../scripts/import/parse-convict.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const TARGETS: ImportTarget[] = [
  { module: 'fxa-demo-server', entries: ['packages/fxa-demo-server/config/index.ts'] },
  { module: 'fxa-demo-js', entries: ['packages/fxa-demo-js/config.js'] },
];
const byName = (env: readonly EnvVar[]): Record<string, EnvVar> => Object.fromEntries(env.map((v) => [v.name, v]));
const files = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('reading convict sources without running them', () => {
  const tree = new SourceTree(join(FIXTURES, 'release-a'));
  const leaves = parseConvict(tree, 'packages/fxa-demo-server/config/index.ts');
  const leaf = (env: string) => leaves.find((l) => l.env === env);

  it('finds every variable read from the environment, at its key path, and nothing else', () => {
    expect(leaves.map((l) => `${l.path}=${l.env}`)).toEqual([
      'log.level=LOG_LEVEL', 'log.fmt=LOG_FORMAT', 'env=NODE_ENV', 'publicUrl=PUBLIC_URL', 'oauth.secretKey=OAUTH_SECRET_KEY', 'oauth.ttl=OAUTH_TTL',
      'profileServerUrl=PROFILE_SERVER_URL', 'metrics.prefix=METRIC_PREFIX', 'keyFile=KEY_FILE', 'retries=RETRIES',
      'mysql.auth.database=AUTH_MYSQL_DATABASE', 'mysql.auth.host=AUTH_MYSQL_HOST', 'mysql.auth.password=AUTH_MYSQL_PASSWORD', 'mysql.auth.port=AUTH_MYSQL_PORT',
    ]);
  });

  it('reads formats, literal and computed defaults, docs and sensitive', () => {
    expect(leaf('NODE_ENV')).toMatchObject({ format: ['dev', 'test', 'prod'], default: 'prod', doc: 'The current environment' });
    expect(leaf('LOG_LEVEL')).toMatchObject({ format: 'String', default: 'info' });
    expect(leaf('RETRIES')).toMatchObject({ format: 'nat', default: 3 });
    expect(leaf('METRIC_PREFIX')).toMatchObject({ default: 'demo.' }); // a template over a constant
    expect(leaf('OAUTH_TTL')).toMatchObject({ format: 'duration', default: { $expr: 'FIVE_MINUTES' } }); // the name reads better than its value
    expect(leaf('KEY_FILE')).toMatchObject({ default: { $expr: "require('path').resolve(__dirname, 'key.json')" } });
    expect(leaf('OAUTH_SECRET_KEY')).toMatchObject({ sensitive: true });
    expect(leaf('PUBLIC_URL')?.sensitive).toBeUndefined();
  });

  it('follows an imported factory, binding its parameters to the call\'s arguments, and says where each leaf is written', () => {
    expect(leaf('AUTH_MYSQL_DATABASE')).toMatchObject({ default: 'fxa', origin: 'packages/fxa-shared/db/config.ts' });
    expect(leaf('AUTH_MYSQL_PASSWORD')).toMatchObject({ sensitive: true });
    expect(leaf('AUTH_MYSQL_PORT')).toMatchObject({ format: 'port', default: 3306 });
    expect(leaf('LOG_LEVEL')?.origin).toBe('packages/fxa-demo-server/config/logging.ts');
    expect(leaf('NODE_ENV')?.origin).toBe('packages/fxa-demo-server/config/index.ts');
  });

  it('reads CommonJS: require, module.exports and a required factory', () => {
    const js = parseConvict(tree, 'packages/fxa-demo-js/config.js');
    expect(js.map((l) => `${l.path}=${l.env}`)).toEqual(['port=PORT', 'redis.host=CACHE_REDIS_HOST', 'redis.password=CACHE_REDIS_PASSWORD', 'enabled=FEATURE_ENABLED']);
    expect(js.find((l) => l.env === 'CACHE_REDIS_PASSWORD')).toMatchObject({ sensitive: true, origin: 'packages/fxa-demo-js/redis.js' });
  });
});

describe('importing two releases', () => {
  const envDir = mkdtempSync(join(tmpdir(), 'fxa-import-'));
  // the steps run in order as the suite is collected; each test reads the snapshot of its step
  const first = importRelease({ root: join(FIXTURES, 'release-a'), envDir, targets: TARGETS, release: 'v1.0.0', commit: 'a'.repeat(40) });
  const demo = (): EnvVar[] => readEnvModule(join(envDir, 'fxa-demo-server.ts')).env;
  const afterA = demo();
  const sourcesA = readEnvModule(join(envDir, 'fxa-demo-server.ts')).sources;

  it('writes the catalog modules: types, defaults, secrets, and the release and commit of every file read', () => {
    const env = byName(afterA);
    expect(env.NODE_ENV).toMatchObject({ type: 'enum', values: ['dev', 'test', 'prod'], default: 'prod', key: 'env' });
    expect(env.RETRIES).toMatchObject({ type: 'integer', minimum: 0, default: 3 });
    expect(env.OAUTH_TTL).toMatchObject({ type: 'duration', default: null, upstreamDefault: 'FIVE_MINUTES' });
    expect(env.OAUTH_SECRET_KEY).toMatchObject({ secret: true });
    expect(env.AUTH_MYSQL_PORT).toMatchObject({ type: 'integer', maximum: 65535, default: 3306 });
    expect(sourcesA).toEqual(
      ['packages/fxa-demo-server/config/index.ts', 'packages/fxa-demo-server/config/logging.ts', 'packages/fxa-shared/db/config.ts'].map((file) => ({ file, commit: 'a'.repeat(40), release: 'v1.0.0' })),
    );
    expect(first.diffs.map((d) => [d.module, d.added.length])).toEqual([['fxa-demo-server', 14], ['fxa-demo-js', 4]]);
  });

  it('leaves URL-like variables for a person to classify, and takes upstream\'s sensitive as a classification', () => {
    const env = byName(afterA);
    expect(env.PUBLIC_URL).toMatchObject({ url: 'public', pending: ['url'] });
    expect(env.PROFILE_SERVER_URL).toMatchObject({ url: 'internal', pending: ['url'] });
    expect(env.OAUTH_SECRET_KEY?.pending).toBeUndefined();
    expect(first.diffs[0]!.pending.map((p) => p.name)).toEqual(['PUBLIC_URL', 'PROFILE_SERVER_URL']);
  });

  it('gen refuses to run while a variable awaits classification, naming it', async () => {
    const catalog = CATALOG.map((s) => (s.name === 'fxa-event-broker' ? { ...s, env: [...s.env, { ...byName(afterA).PUBLIC_URL!, name: 'NEW_PUBLIC_URL' }] } : s));
    await expect(generate(catalog)).rejects.toThrow(UserError);
    await expect(generate(catalog)).rejects.toThrow(/1 imported variable\(s\) await classification .*NEW_PUBLIC_URL \(url\)/);
  });

  describe('after a person classified them', () => {
    // the decision: PROFILE_SERVER_URL is internal, PUBLIC_URL public; a hand-written note stays with its entry
    const path = join(envDir, 'fxa-demo-server.ts');
    const m = readEnvModule(path);
    writeEnvModule(path, { ...m, env: m.env.map(({ pending: _p, ...v }) => v as EnvVar), notes: new Map([['RETRIES', ['// chosen by hand']]]) });
    const classified = files(envDir);
    const again = importRelease({ root: join(FIXTURES, 'release-a'), envDir, targets: TARGETS, release: 'v1.0.0', commit: 'a'.repeat(40) });
    const reimported = files(envDir);

    it('importing the same sources again changes nothing', () => {
      expect(reimported).toEqual(classified);
      expect(again.diffs.every((d) => !d.added.length && !d.removed.length && !d.renamed.length && !d.changed.length && !d.pending.length)).toBe(true);
      expect(again.report).toContain('No variable was added, removed, renamed or changed.');
    });

    const usedBy = (name: string): string[] => (name === 'OAUTH_TTL' ? ['set in values/prod.yaml (fxa-demo-server)'] : []);
    const next = importRelease({ root: join(FIXTURES, 'release-b'), envDir, targets: TARGETS, release: 'v1.1.0', commit: 'b'.repeat(40), usedBy });
    const diff = next.diffs[0]!;

    it('reports what the next release added, removed, renamed and changed', () => {
      expect(diff.added).toEqual(['EVENTS_WEBHOOK_URL', 'PARTNER_API_KEY']);
      expect(diff.removed).toEqual(['OAUTH_TTL']);
      expect(diff.renamed).toEqual([{ from: 'RETRIES', to: 'MAX_RETRIES', key: 'retries' }]);
      expect(diff.changed).toEqual([
        { name: 'LOG_LEVEL', what: 'default "info" -> "warn"' },
        { name: 'METRIC_PREFIX', what: 'default "demo." -> "fxa-demo."' },
      ]);
      expect(diff.pending).toEqual([{ name: 'EVENTS_WEBHOOK_URL', what: ['url'] }, { name: 'PARTNER_API_KEY', what: ['secret'] }]);
      expect(next.diffs[1]).toMatchObject({ added: [], removed: [], renamed: [], changed: [] });
    });

    it('keeps what the person decided, across the rename too, and records the new release', () => {
      const env = byName(demo());
      expect(env.PROFILE_SERVER_URL).toMatchObject({ url: 'internal' });
      expect(env.PROFILE_SERVER_URL?.pending).toBeUndefined();
      expect(env.MAX_RETRIES).toMatchObject({ key: 'retries', default: 3 });
      expect(env.RETRIES).toBeUndefined();
      expect(env.OAUTH_TTL).toBeUndefined();
      expect(env.PARTNER_API_KEY).toMatchObject({ secret: true, pending: ['secret'] });
      expect(readEnvModule(join(envDir, 'fxa-demo-server.ts')).sources.every((s) => s.release === 'v1.1.0' && s.commit === 'b'.repeat(40))).toBe(true);
    });

    it('writes the diff as Markdown and names a removed variable still in use', () => {
      expect(next.inUse).toEqual(new Map([['OAUTH_TTL', ['set in values/prod.yaml (fxa-demo-server)']]]));
      expect(next.report).toContain('# Catalog changes for v1.1.0');
      expect(next.report).toContain('- renamed: `RETRIES` -> `MAX_RETRIES` (key `retries`)');
      expect(next.report).toContain('- removed (1): `OAUTH_TTL`');
      expect(next.report).toContain('- to classify: `PARTNER_API_KEY` (secret)');
      expect(next.report).toMatch(/## Still in use[\s\S]*- `OAUTH_TTL`: set in values\/prod\.yaml/);
    });
  });
});

describe('the project catalog', () => {
  it('reads back byte for byte: an import rewrites only what changed', async () => {
    const { renderEnvModule } = await import('../../scripts/import/env-module.ts');
    const dir = join(import.meta.dirname, '..', '..', 'schema', 'env');
    for (const f of readdirSync(dir)) expect(renderEnvModule(readEnvModule(join(dir, f))), f).toBe(readFileSync(join(dir, f), 'utf8'));
  });

  it('a fixture copy imports without touching the project', () => {
    const copy = mkdtempSync(join(tmpdir(), 'fxa-import-root-'));
    cpSync(join(FIXTURES, 'release-a'), copy, { recursive: true });
    const r = importRelease({ root: copy, envDir: mkdtempSync(join(tmpdir(), 'fxa-import-env-')), write: false });
    expect(r.skipped.length).toBe(10); // none of FxA's own entry points is in the fixture
  });
});
