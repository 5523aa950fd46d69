/**
 * The CLI as an npm package, for operators without a checkout: `npx fxa-helm@<version> secrets init|set|rotate,
 * validate, config` on a machine with Node, Helm and kubectl. It holds the compiled CLI (scripts/bin/cli-build.mjs,
 * dependencies bundled but ajv and ajv-formats, which it loads at run time) and what the CLI reads at run time: the chart it validates and renders.
 * No sources, tests or fixtures. `npm run package` writes dist/fxa-helm-<version>.tgz beside the chart.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHART_VERSION } from '../../schema/changelog.ts';
import { ROOT, UMBRELLA_DIR } from '../lib/paths.ts';

export const CLI_PACKAGE = 'fxa-helm';
export const cliPackagePath = (dir: string, version = CHART_VERSION): string => join(dir, `${CLI_PACKAGE}-${version}.tgz`);

/** The launcher: the package's own folder is the root the CLI finds its chart in. */
const LAUNCHER = `#!/usr/bin/env node
// fxa-helm, packed: the compiled CLI, with this package's folder as the root it reads the chart from
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.FXA_HELM_ROOT ??= join(dirname(fileURLToPath(import.meta.url)), '..');
await import(pathToFileURL(join(process.env.FXA_HELM_ROOT, 'dist', 'cli.js')).href);
`;

/**
 * What the compiled CLI still loads from node_modules: ajv and ajv-formats, which the validator requires at run time
 * and whose runtime helpers the cached standalone validators require (scripts/validate/compiled.ts, scripts/lib/ajv.ts). The
 * version range is the checkout's own.
 */
const RUNTIME_DEPENDENCIES = ['ajv', 'ajv-formats'] as const;

export function cliManifest(version = CHART_VERSION): Record<string, unknown> {
  const own = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  return {
    name: CLI_PACKAGE,
    version,
    description: 'Mozilla Accounts (FxA) on Kubernetes: make and rotate its keys and secrets, validate values as Helm will, show the effective configuration',
    license: 'MPL-2.0',
    type: 'module',
    bin: { [CLI_PACKAGE]: 'bin/fxa-helm.mjs' },
    files: ['bin', 'dist', 'charts'],
    engines: { node: '>=20' },
    dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, own[d]])),
  };
}

/** Build the package and `npm pack` it into `destination`; returns the tarball. */
export async function packCli(destination: string, version = CHART_VERSION): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'fxa-helm-cli-'));
  try {
    const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts', 'bin', 'cli-build.mjs')).href)) as { buildCli: (root: string, out: string) => Promise<void> };
    await buildCli(ROOT, join(work, 'dist'));
    cpSync(UMBRELLA_DIR, join(work, 'charts', 'fxa'), { recursive: true });
    mkdirSync(join(work, 'bin'));
    writeFileSync(join(work, 'bin', 'fxa-helm.mjs'), LAUNCHER, { mode: 0o755 });
    writeFileSync(join(work, 'package.json'), `${JSON.stringify(cliManifest(version), null, 2)}\n`);
    const dest = resolve(destination);
    execFileSync('npm', ['pack', '--pack-destination', dest, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    return cliPackagePath(dest, version);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
