/** Run many Helm invocations concurrently (two cores: two at a time by default). */
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { helmPath, type HelmBin } from './helm.ts';

export interface HelmRun { code: number; stdout: string; stderr: string }

/** Helm without blocking the worker; a helm that could not start or was killed answers 1, with why on stderr. */
export async function helmAsync(bin: HelmBin, args: string[], env?: NodeJS.ProcessEnv): Promise<HelmRun> {
  const r = await spawnAsync(helmPath(bin), args, env ? { env } : {});
  const code = r.error || r.status === null ? 1 : r.status;
  return { code, stdout: r.stdout, stderr: r.error ? `${r.stderr}${r.error.message}\n` : r.stderr };
}

/** Map with bounded concurrency, results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
