/** Packages for the publish tests: the chart as generated, or a copy with one deliberate change. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UMBRELLA_DIR } from '../../scripts/lib/paths.ts';
import { packageChart, type Packaged, type SignOptions } from '../../scripts/release/package.ts';
import { helmAsync, type HelmRun } from './async-helm.ts';
import type { HelmBin } from './helm.ts';

const quiet = (): void => undefined;

/** The generated chart, packaged (gen --check and lint already ran in `npm test`). */
export const packageCurrent = (destination: string, sign?: SignOptions): Promise<Packaged> =>
  packageChart({ destination, checks: false, log: quiet, ...(sign ? { sign } : {}) });

/** A copy of the chart with its version and/or one file changed, packaged into `destination`. */
export async function packageVariant(destination: string, change: { version?: string; appendTo?: string }): Promise<Packaged> {
  const dir = join(mkdtempSync(join(tmpdir(), 'fxa-variant-')), 'fxa');
  cpSync(UMBRELLA_DIR, dir, { recursive: true });
  if (change.version) {
    const chart = join(dir, 'Chart.yaml');
    writeFileSync(chart, readFileSync(chart, 'utf8').replace(/^version: .*$/m, `version: ${change.version}`));
  }
  if (change.appendTo) writeFileSync(join(dir, change.appendTo), `${readFileSync(join(dir, change.appendTo), 'utf8')}# changed by a test\n`);
  return packageChart({ destination, checks: false, chartDir: dir, log: quiet });
}

/** Helm as an operator's machine runs it: its own config, cache and data directories, nothing shared with other tests. */
export function operatorHelm(home: string): (bin: HelmBin, args: string[]) => Promise<HelmRun> {
  const env = { ...process.env, HELM_CONFIG_HOME: join(home, 'config'), HELM_CACHE_HOME: join(home, 'cache'), HELM_DATA_HOME: join(home, 'data') };
  return (bin, args) => helmAsync(bin, args, env);
}
