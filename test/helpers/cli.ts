/** The project's command line as users run it: the compiled bin, from the repository root. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

export function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'bin', 'fxa-helm.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', ...opts });
}
