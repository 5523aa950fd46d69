/** The project's Helm 4 for packaging and publishing: one readable line when it fails, its output behind --verbose. */
import { spawnSync } from 'node:child_process';
import { toolPath } from '../lib/paths.ts';

export interface HelmResult { ok: boolean; stdout: string; stderr: string }

export function helm(args: string[], env: NodeJS.ProcessEnv = process.env): HelmResult {
  const r = spawnSync(toolPath('helm'), args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** Helm's own error line ("Error: ..."), which names the cause. */
export const helmError = (r: HelmResult): string => (/^Error: (.*)$/m.exec(r.stderr)?.[1] ?? r.stderr.trim().split('\n').pop() ?? 'helm failed').trim();
