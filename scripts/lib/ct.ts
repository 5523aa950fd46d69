/**
 * Runs chart-testing on a throw-away copy of charts/ and ci/: ct runs `helm dependency build`, which
 * writes a Chart.lock with a timestamp into the chart, and it wants a git repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TOOLS_BIN, toolPath } from './paths.ts';

export function runCt(args: string[], env: NodeJS.ProcessEnv = {}): { ok: boolean; output: string } {
  const copy = mkdtempSync(join(tmpdir(), 'fxa-ct-'));
  const fullEnv = { ...process.env, ...env, PATH: `${TOOLS_BIN}:${process.env.PATH}` };
  try {
    cpSync(join(ROOT, 'charts'), join(copy, 'charts'), { recursive: true });
    cpSync(join(ROOT, 'ci'), join(copy, 'ci'), { recursive: true });
    spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: copy });
    const r = spawnSync(toolPath('ct'), [...args, '--config', 'ci/ct.yaml'], { cwd: copy, env: fullEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
