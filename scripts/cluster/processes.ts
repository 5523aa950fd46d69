/** Detached background processes with pid files, so the cluster outlives the command that started it. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { LOG_DIR, PID_DIR } from './paths.ts';

const pidFile = (name: string): string => join(PID_DIR, `${name}.pid`);
export const logFile = (name: string): string => join(LOG_DIR, `${name}.log`);

export function pidOf(name: string): number | undefined {
  if (!existsSync(pidFile(name))) return undefined;
  const pid = Number(readFileSync(pidFile(name), 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export function startDetached(name: string, bin: string, args: string[]): number {
  mkdirSync(LOG_DIR, { recursive: true });
  mkdirSync(PID_DIR, { recursive: true });
  const out = openSync(logFile(name), 'a');
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  writeFileSync(pidFile(name), String(child.pid));
  return child.pid!;
}

/** True once `pid` no longer exists, polling until `ms` have passed. */
async function gone(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 250) {
    await sleep(250);
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * SIGTERM, then SIGKILL after `graceMs`. The pid file goes only once the process is seen gone: while it
 * lives, pidOf must keep naming it, so `status` and a second `down` still find it.
 */
export async function stop(name: string, graceMs = 10_000): Promise<boolean> {
  const pid = pidOf(name);
  if (pid === undefined) {
    rmSync(pidFile(name), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  if (!(await gone(pid, graceMs))) {
    process.kill(pid, 'SIGKILL');
    if (!(await gone(pid, 5_000))) return true;
  }
  rmSync(pidFile(name), { force: true });
  return true;
}

/** A command's output, or '' when it fails: for cleanup steps, which tolerate what is already gone. */
export const quiet = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
};

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One health probe: true on HTTP 200 (TLS unverified: the endpoint is ours, on loopback). */
export function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const get = url.startsWith('https') ? httpsGet : httpGet;
    const req = get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

/** True when nothing listens on 127.0.0.1:port (so a component of ours can bind it). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * Start one of the cluster's processes and wait until it answers its health check; the error names
 * its log. Returns the seconds it took.
 */
export async function startComponent(c: { name: string; bin: string; args: string[]; health: string }, timeoutMs = 90_000): Promise<number> {
  const t = Date.now();
  startDetached(c.name, c.bin, c.args);
  try {
    await waitFor(c.name, async () => pidOf(c.name) !== undefined && (await healthy(c.health)), timeoutMs);
  } catch (e) {
    throw new Error(`${c.name} did not become healthy; see ${logFile(c.name)}\n${(e as Error).message}`);
  }
  return (Date.now() - t) / 1000;
}
