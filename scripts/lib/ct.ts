/**
 * Runs chart-testing on a throw-away copy of charts/ and ci/: ct runs `helm dependency build`, which
 * writes a Chart.lock with a timestamp into the chart, and it wants a git repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TOOLS_BIN, toolPath } from './paths.ts';

function prepareCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'fxa-ct-'));
  cpSync(join(ROOT, 'charts'), join(copy, 'charts'), { recursive: true });
  cpSync(join(ROOT, 'ci'), join(copy, 'ci'), { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: copy });
  return copy;
}

const ctEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...process.env, ...env, PATH: `${TOOLS_BIN}:${process.env.PATH}` });

export function runCt(args: string[], env: NodeJS.ProcessEnv = {}): { ok: boolean; output: string } {
  const copy = prepareCopy();
  try {
    const r = spawnSync(toolPath('ct'), [...args, '--config', 'ci/ct.yaml'], { cwd: copy, env: ctEnv(env), encoding: 'utf8', maxBuffer: 64 << 20 });
    return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The same, without blocking the event loop (ct install runs for half a minute). */
export async function runCtAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ok: boolean; output: string }> {
  const copy = prepareCopy();
  try {
    return await new Promise((resolve) => {
      const child = spawn(toolPath('ct'), [...args, '--config', 'ci/ct.yaml'], { cwd: copy, env: ctEnv(env) });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => resolve({ ok: code === 0, output }));
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
