/**
 * A child process run to its end without blocking the event loop. A test worker that blocks for a minute
 * (npm install, ct lint, checkov under load) misses its runner's RPC deadline and fails the whole run, so
 * anything that can take long runs through this instead of spawnSync. Same result shape as spawnSync.
 */
import { spawn } from 'node:child_process';

export interface Ran { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; error?: Error }

export interface SpawnOptions { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number }

export function spawnAsync(cmd: string, args: readonly string[], opts: SpawnOptions = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: Error | undefined;
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => (error = e));
    // a child that never reads its stdin must not fail the run with EPIPE
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    const timer = opts.timeout ? setTimeout(() => child.kill('SIGTERM'), opts.timeout) : undefined;
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ...(error ? { error } : {}) });
    });
  });
}
