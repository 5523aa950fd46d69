/** Run many Helm invocations concurrently (two cores: two at a time by default). */
import { execFile } from 'node:child_process';
import { helmPath, type HelmBin } from './helm.ts';

export interface HelmRun { code: number; stdout: string; stderr: string }

export function helmAsync(bin: HelmBin, args: string[], env?: NodeJS.ProcessEnv): Promise<HelmRun> {
  return new Promise((resolve) => {
    execFile(helmPath(bin), args, { maxBuffer: 64 << 20, encoding: 'utf8', ...(env ? { env } : {}) }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
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
