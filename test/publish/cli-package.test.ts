/**
 * The CLI's npm package, packed here and unpacked without installing: its manifest, its launcher and what it
 * carries, and the launcher running the compiled CLI against the chart inside the package (no checkout on its root).
 * test/cluster/cli-package.test.ts installs it with npm and drives it against a cluster.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_VERSION } from '../../schema/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { CLI_PACKAGE, cliManifest, cliPackagePath, packCli } from '../../scripts/release/cli-package.ts';
import { valuesFile } from '../helpers/helm.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-cli-package-'));
const unpacked = join(work, 'unpacked', 'package');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// one test packs and checks everything: a mutation run attributes what a hook runs to no test
it('packs <destination>/fxa-helm-<version>.tgz: its manifest, the executable launcher, the compiled CLI and the chart, which run from the unpacked package', async () => {
  mkdirSync(join(work, 'dist'));
  // its build directory goes to a temporary directory of this test's own, to see it removed
  const tmp = mkdtempSync(join(work, 'tmp-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  const tarball = await packCli(join(work, 'dist'), '9.9.9').finally(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
  expect(readdirSync(tmp)).toEqual([]);
  expect(tarball).toBe(join(work, 'dist', 'fxa-helm-9.9.9.tgz'));
  const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  mkdirSync(join(work, 'unpacked'));
  execFileSync('tar', ['-xzf', tarball, '-C', join(work, 'unpacked')]);
  {
    const checkout = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    expect(CLI_PACKAGE).toBe('fxa-helm');
    expect(JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'))).toEqual({
      name: 'fxa-helm',
      version: '9.9.9',
      description: 'Mozilla Accounts (FxA) on Kubernetes: make and rotate its keys and secrets, validate values as Helm will, show the effective configuration',
      license: 'MPL-2.0',
      type: 'module',
      bin: { 'fxa-helm': 'bin/fxa-helm.mjs' },
      files: ['bin', 'dist', 'charts'],
      engines: { node: '>=20' },
      // loaded at run time, not bundled: the checkout's own ranges
      dependencies: { ajv: checkout.ajv, 'ajv-formats': checkout['ajv-formats'] },
    });
    expect(checkout.ajv).toMatch(/^\^8\./);
  }
  {
    expect(new Set(listed.map((f) => f.split('/')[1]))).toEqual(new Set(['bin', 'dist', 'charts', 'package.json']));
    expect(listed).toContain('package/dist/cli.js');
    expect(listed).toContain('package/charts/fxa/Chart.yaml');
    expect(listed).toContain('package/charts/fxa/values.schema.json');
    expect(listed.filter((f) => f.startsWith('package/bin/'))).toEqual(['package/bin/fxa-helm.mjs']);
    expect(listed.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(statSync(join(unpacked, 'bin', 'fxa-helm.mjs')).mode & 0o777).toBe(0o755);
  }
  {
    symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'));
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.FXA_HELM_ROOT;
    const run = (...args: string[]) => spawnAsync(process.execPath, [join(unpacked, 'bin', 'fxa-helm.mjs'), ...args], { cwd: work, env, timeout: 60_000 });
    const ok = await run('validate', '-f', valuesFile('prod'));
    expect(ok.status, ok.stderr).toBe(0);
    const bad = await run('validate', '-f', valuesFile('prod'), '--set', 'global.mysql.port=70000');
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('global.mysql.port');
  }
});

describe('the manifest', () => {
  it('is the chart\'s version unless told otherwise', () => {
    expect(cliManifest().version).toBe(CHART_VERSION);
    expect(cliPackagePath('/d')).toBe(`/d/fxa-helm-${CHART_VERSION}.tgz`);
  });
});

