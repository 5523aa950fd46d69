/** The project's command line as users run it: the compiled bin, from the repository root. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { spawnAsync, type Ran } from '../../scripts/lib/spawn.ts';

const BIN = join(ROOT, 'scripts', 'bin', 'fxa-helm.mjs');

export function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...opts });
}

/** The same for commands that talk to a cluster or may otherwise take long: the worker keeps answering its runner meanwhile. */
export function cliAsync(args: string[], opts: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<Ran> {
  return spawnAsync(process.execPath, [BIN, ...args], { cwd: ROOT, ...opts });
}
