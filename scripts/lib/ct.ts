/**
 * Runs chart-testing on a throw-away copy of charts/ and ci/: ct runs `helm dependency build`, which
 * writes a Chart.lock with a timestamp into the chart, and it wants a git repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TOOLS_BIN, toolPath } from './paths.ts';
import { spawnAsync } from './spawn.ts';

function prepareCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'fxa-ct-'));
  cpSync(join(ROOT, 'charts'), join(copy, 'charts'), { recursive: true });
  cpSync(join(ROOT, 'ci'), join(copy, 'ci'), { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: copy });
  return copy;
}

const ctEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...process.env, ...env, PATH: `${TOOLS_BIN}:${process.env.PATH}` });

/** ct on a copy of the chart; its verdict is the exit status, its output stdout and stderr together. */
export async function runCt(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ok: boolean; output: string }> {
  const copy = prepareCopy();
  try {
    const r = await spawnAsync(toolPath('ct'), [...args, '--config', 'ci/ct.yaml'], { cwd: copy, env: ctEnv(env) });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
