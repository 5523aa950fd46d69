/**
 * The CLI without a checkout: the npm package `npm run package` writes is installed from its tarball into an
 * empty directory, and its `validate`, `config` and `secrets init` run there against the embedded cluster with
 * only Node, Helm and kubectl on PATH (the project's own copies standing in for an operator's).
 */
import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_VERSION } from '../../schema/index.ts';
import { cliManifest, packCli } from '../../scripts/release/cli-package.ts';
import { TOOLS_BIN } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { getJson, KUBECONFIG } from '../helpers/cluster.ts';
import { valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

describe('the packed CLI', () => {
  const ns = useNamespace('packed-cli');

  it('installs from its tarball into an empty directory and validates, shows the configuration and makes the secrets', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'fxa-helm-dist-'));
    const tarball = await packCli(dist);
    expect(tarball).toBe(join(dist, `fxa-helm-${CHART_VERSION}.tgz`));
    // lean: the compiled CLI, its launcher and the chart; no sources, tests or fixtures
    const listed = (await spawnAsync('tar', ['tzf', tarball])).stdout.split('\n').filter(Boolean);
    expect(new Set(listed.map((f) => f.split('/')[1]))).toEqual(new Set(['bin', 'dist', 'charts', 'package.json']));
    expect(listed.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(statSync(tarball).size).toBeLessThan(2 * 1024 * 1024);

    const home = mkdtempSync(join(tmpdir(), 'fxa-helm-operator-'));
    // an operator's machine: Node, and helm and kubectl on PATH, nothing of this project
    const env = { PATH: [TOOLS_BIN, dirname(process.execPath), '/usr/bin', '/bin'].join(':'), HOME: home, npm_config_cache: join(home, '.npm') };
    const install = await spawnAsync('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: home, env, timeout: 240_000 });
    expect(install.status, install.stderr).toBe(0);
    const fxaHelm = (...args: string[]) => spawnAsync(join(home, 'node_modules', '.bin', 'fxa-helm'), args, { cwd: home, env, timeout: 120_000 });
    cpSync(valuesFile('prod'), join(home, 'my-values.yaml'));

    const ok = await fxaHelm('validate', '-f', 'my-values.yaml');
    expect(ok.status, ok.stderr).toBe(0);
    const bad = await fxaHelm('validate', '-f', 'my-values.yaml', '--set', 'global.mysql.port=70000');
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('global.mysql.port');

    const config = await fxaHelm('config', '-f', 'my-values.yaml', '--marked');
    expect(config.status, config.stderr).toBe(0);

    const init = await fxaHelm('secrets', 'init', '-f', 'my-values.yaml', '-n', ns(), '--kubeconfig', KUBECONFIG, '--secret', 'mysqlPassword=db', '--secret', 'smtpPassword=mail');
    expect(init.status, init.stderr).toBe(0);
    expect(Object.keys(getJson<{ data: Record<string, string> }>(['get', 'secret', 'fxa-keys', '-n', ns()]).data)).toHaveLength(6);
    expect(cliManifest().version).toBe(CHART_VERSION);
  });
});
