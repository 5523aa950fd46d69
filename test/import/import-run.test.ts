/**
 * The import as a whole, beyond the two-release story of import.test.ts: the commit it records (given, read
 * from git, or none), checkouts that lack a target or hold no variable, two keys reading one variable,
 * dry runs, where a removed variable is still used, and `npm run import`'s own output and exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { readEnvModule } from '../../scripts/import/env-module.ts';
import { importRelease, runImport, TARGETS, usageIn } from '../../scripts/import/index.ts';

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fxa-import-run-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const envDir = (): string => mkdtempSync(join(tmpdir(), 'fxa-import-run-env-'));
const CONFIG = `convict({ a: { default: 1, env: 'A', format: 'nat' }, b: { default: 'x', env: 'B' } });`;
const target = { module: 'svc', entries: ['svc/config.ts'] };

describe('importRelease', () => {
  it('records the commit it is given, and names the report after the release', () => {
    const dir = envDir();
    const r = importRelease({ root: checkout({ 'svc/config.ts': CONFIG }), envDir: dir, targets: [target], release: 'v9', commit: 'c0ffee' });
    expect(readEnvModule(join(dir, 'svc.ts')).sources).toEqual([{ file: 'svc/config.ts', commit: 'c0ffee', release: 'v9' }]);
    expect(r.report.split('\n')[0]).toBe('# Catalog changes for v9');
    expect(r.diffs).toEqual([{ module: 'svc', added: ['A', 'B'], removed: [], renamed: [], changed: [], pending: [] }]);
    expect(r.skipped).toEqual([]);
  });

  it('without a commit, reads the checkout\'s HEAD, and names the report after it when no release is given', () => {
    const root = checkout({ 'svc/config.ts': CONFIG });
    const git = (...args: string[]) => spawnSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' });
    expect(git('init', '-q').status).toBe(0);
    expect(git('add', '.').status).toBe(0);
    expect(git('commit', '-q', '-m', 'x').status).toBe(0);
    const head = git('rev-parse', 'HEAD').stdout.trim();
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const dir = envDir();
    const r = importRelease({ root, envDir: dir, targets: [target] });
    expect(readEnvModule(join(dir, 'svc.ts')).sources).toEqual([{ file: 'svc/config.ts', commit: head }]);
    expect(r.report.split('\n')[0]).toBe(`# Catalog changes for ${head}`);
  });

  it('records no commit when the checkout is not a git repository', () => {
    for (const extra of [{}, { '.git/HEAD': 'not a repository' }] as Record<string, string>[]) {
      const dir = envDir();
      importRelease({ root: checkout({ 'svc/config.ts': CONFIG, ...extra }), envDir: dir, targets: [target] });
      expect(readEnvModule(join(dir, 'svc.ts')).sources).toEqual([{ file: 'svc/config.ts', commit: 'unrecorded' }]);
    }
  });

  it('skips a module none of whose entries is in the checkout, and reads the entries that are', () => {
    const dir = envDir();
    const r = importRelease({
      root: checkout({ 'svc/config.ts': CONFIG }),
      envDir: dir,
      targets: [{ module: 'gone', entries: ['gone/config.ts'] }, { module: 'svc', entries: ['svc/old.ts', 'svc/config.ts'] }],
      commit: 'c',
    });
    expect(r.skipped).toEqual(['gone']);
    expect(r.diffs.map((d) => d.module)).toEqual(['svc']);
    expect(existsSync(join(dir, 'gone.ts'))).toBe(false);
    expect(readEnvModule(join(dir, 'svc.ts')).sources).toEqual([{ file: 'svc/config.ts', commit: 'c' }]);
  });

  it('refuses an entry with no convict variable, naming the module and the file', () => {
    const run = () => importRelease({ root: checkout({ 'svc/config.ts': 'export const nothing = 1;' }), envDir: envDir(), targets: [target], commit: 'c' });
    expect(run).toThrow(UserError);
    expect(run).toThrow('svc: no convict variable found in svc/config.ts');
  });

  it('writes one entry for a variable two keys read, under both keys, and lists each file read once', () => {
    const dir = envDir();
    importRelease({
      root: checkout({
        'svc/config.ts': `import { part } from './part';\nconvict({ a: { default: 1, env: 'SHARED' }, ...part, b: { default: 2, env: 'SHARED' }, c: { default: 3, env: 'OTHER' } });`,
        'svc/part.ts': `export const part = { p: { default: 'p', env: 'PART' }, q: { default: 'q', env: 'PART_Q' } };`,
        'svc/second.ts': `convict({ z: { default: 9, env: 'SHARED' } });`,
      }),
      envDir: dir,
      targets: [{ module: 'svc', entries: ['svc/config.ts', 'svc/second.ts'] }],
      commit: 'c',
    });
    const m = readEnvModule(join(dir, 'svc.ts'));
    expect(m.env.map((v) => [v.name, v.key, v.default])).toEqual([['SHARED', 'a, b, z', 1], ['PART', 'p', 'p'], ['PART_Q', 'q', 'q'], ['OTHER', 'c', 3]]);
    expect(m.sources.map((s) => s.file)).toEqual(['svc/config.ts', 'svc/second.ts', 'svc/part.ts']);
  });

  it('a dry run reports without writing', () => {
    const dir = envDir();
    const r = importRelease({ root: checkout({ 'svc/config.ts': CONFIG }), envDir: dir, targets: [target], commit: 'c', write: false });
    expect(r.diffs[0]!.added).toEqual(['A', 'B']);
    expect(existsSync(join(dir, 'svc.ts'))).toBe(false);
  });

  it('names where a removed or renamed variable is still used, and only those used somewhere', () => {
    const dir = envDir();
    importRelease({ root: checkout({ 'svc/config.ts': `convict({ a: { default: 1, env: 'A' }, b: { default: 1, env: 'B' }, c: { default: 1, env: 'C' } });` }), envDir: dir, targets: [target], commit: 'c' });
    const usedBy = (name: string): string[] => ({ A: ['wired'], C: ['set'] })[name] ?? [];
    const r = importRelease({ root: checkout({ 'svc/config.ts': `convict({ a: { default: 1, env: 'A2' } });` }), envDir: dir, targets: [target], commit: 'd', usedBy });
    expect(r.diffs[0]).toMatchObject({ renamed: [{ from: 'A', to: 'A2', key: 'a' }], removed: ['B', 'C'] });
    expect(r.inUse).toEqual(new Map([['C', ['set']], ['A', ['wired']]]));
  });

  it('without a usedBy, nothing is in use', () => {
    const dir = envDir();
    importRelease({ root: checkout({ 'svc/config.ts': CONFIG }), envDir: dir, targets: [target], commit: 'c' });
    const r = importRelease({ root: checkout({ 'svc/config.ts': `convict({ a: { default: 1, env: 'A' } });` }), envDir: dir, targets: [target], commit: 'c' });
    expect(r.diffs[0]!.removed).toEqual(['B']);
    expect(r.inUse.size).toBe(0);
  });

  it('imports FxA\'s own servers by default', () => {
    expect(TARGETS.map((t) => t.module)).toEqual([
      'fxa-auth-server', 'fxa-content-server', 'fxa-profile-server', 'fxa-graphql-api', 'fxa-event-broker', 'fxa-admin-server', 'fxa-admin-panel',
      'fxa-payments-server', 'db-migrations', '123done',
    ]);
    const r = importRelease({ root: checkout({ 'packages/fxa-event-broker/src/config.ts': CONFIG }), envDir: envDir(), commit: 'c', write: false });
    expect(r.diffs.map((d) => d.module)).toEqual(['fxa-event-broker']);
    expect(r.skipped).toHaveLength(9);
  });
});

describe('usageIn', () => {
  const servers = [
    { name: 'alpha', wiring: { WIRED: {}, BOTH: {} } },
    { name: 'beta', wiring: { BOTH: {} } },
  ];
  const values = [
    { file: 'values/dev.yaml', values: { alpha: { env: { SET: 1 } }, beta: { secretEnv: { SECRET: 'x' } }, other: { env: { UNKNOWN_SERVER: 1 } } } },
    { file: 'values/prod.yaml', values: { alpha: {}, beta: { env: { SET: 2, BOTH: 3 } } } },
  ];
  const where = (name: string): string[] => usageIn(servers, values)(name);

  it('names every server that wires a variable and every values file that sets it, plain or secret', () => {
    expect(where('WIRED')).toEqual(['wired by the chart in alpha']);
    expect(where('BOTH')).toEqual(['wired by the chart in alpha', 'wired by the chart in beta', 'set in values/prod.yaml (beta)']);
    expect(where('SET')).toEqual(['set in values/dev.yaml (alpha)', 'set in values/prod.yaml (beta)']);
    expect(where('SECRET')).toEqual(['set in values/dev.yaml (beta)']);
  });

  it('is empty for a variable used nowhere, or set only for a server the chart does not have', () => {
    expect(where('NOWHERE')).toEqual([]);
    expect(where('UNKNOWN_SERVER')).toEqual([]);
    expect(usageIn(servers, [])('SET')).toEqual([]);
  });
});

describe('runImport', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  /** Runs the import with stdout and stderr captured. */
  const captured = async (root: string, o: Parameters<typeof runImport>[1]) => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const code = await runImport(root, o);
    vi.restoreAllMocks();
    return { code, out: out.join(''), err: err.join('') };
  };

  it('refuses a checkout that does not exist', async () => {
    await expect(runImport('/nonexistent/fxa', {})).rejects.toThrow(new UserError('/nonexistent/fxa: no such directory (give an FxA checkout)'));
  });

  it('on a checkout without FxA\'s servers, says so, writes the report and succeeds', async () => {
    const report = join(envDir(), 'report.md');
    const r = await captured(checkout({ 'README.md': '' }), { dryRun: true, release: 'v0', report });
    expect(r.code).toBe(0);
    const expected = '# Catalog changes for v0\n\nNo variable was added, removed, renamed or changed.\n';
    expect(r.out).toBe(expected);
    expect(readFileSync(report, 'utf8')).toBe(expected);
    expect(r.err).toBe(`import: not in this checkout: ${TARGETS.map((t) => t.module).join(', ')}\n`);
  });

  it('on a checkout with every server, reports each and skips none; with nothing new to classify, says nothing of it', async () => {
    const files = Object.fromEntries(TARGETS.map((t) => [t.entries[0]!, `convict({ onlyForThisTest: { default: 1, env: 'IMPORT_TEST_ONLY' } });`]));
    const r = await captured(checkout(files), { dryRun: true, commit: 'c' });
    const lines = r.err.trimEnd().split('\n');
    expect(lines.slice(0, TARGETS.length).map((l) => l.replace(/\d+ removed/, 'N removed'))).toEqual(
      TARGETS.map((t) => `import: ${t.module}: 1 added, N removed, 0 renamed, 0 changed, 0 to classify`),
    );
    expect(lines.slice(TARGETS.length)).toEqual([expect.stringMatching(/^import: \d+ removed or renamed variable\(s\) still in use: /)]);
    expect(r.code).toBe(1);
  });

  it('a dry run against the project catalog counts the changes, names what is still in use and fails, without touching schema/env', async () => {
    const module = join(ROOT, 'schema', 'env', 'fxa-auth-server.ts');
    const before = readFileSync(module, 'utf8');
    const root = checkout({ 'packages/fxa-auth-server/config/index.ts': `convict({ brandNew: { default: '', env: 'BRAND_NEW_SERVICE_URL', format: 'url' } });` });
    let r: Awaited<ReturnType<typeof captured>>;
    try {
      r = await captured(root, { dryRun: true, commit: 'c' });
    } finally {
      const after = readFileSync(module, 'utf8');
      if (after !== before) writeFileSync(module, before); // put the catalog back before failing below
      expect(after).toBe(before);
    }
    const removed = readEnvModule(module).env.length;
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe(`import: fxa-auth-server: 1 added, ${removed} removed, 0 renamed, 0 changed, 1 to classify`);
    expect(lines[1]).toBe(`import: not in this checkout: ${TARGETS.slice(1).map((t) => t.module).join(', ')}`);
    expect(lines[2]).toBe('import: 1 new variable(s) to classify in schema/env (their "pending" field); npm run gen refuses until then');
    // values/dev.yaml sets ALLOW_HTTP_REDIRECTS for the auth server
    expect(lines[3]).toMatch(/^import: \d+ removed or renamed variable\(s\) still in use: .*\bALLOW_HTTP_REDIRECTS\b/);
    expect(lines).toHaveLength(4);
    expect(r.out).toContain('- `ALLOW_HTTP_REDIRECTS`: set in values/dev.yaml (fxa-auth-server)');
    expect(r.out).toContain('- to classify: `BRAND_NEW_SERVICE_URL` (url)');
    expect(r.out.split('\n')[0]).toBe('# Catalog changes for c');
  });
});
