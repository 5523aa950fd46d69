/**
 * The cluster's process handling on real, short-lived processes of this test (sleep, node): pid files,
 * stop's order (the process is seen gone before its pid file goes), logs, health probes, waits. The
 * cluster's directories point at a temporary directory, so no running cluster is touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dirs = vi.hoisted(() => {
  // vi.hoisted runs before the imports: node's modules are required here
  const { mkdtempSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { join } = require('node:path') as typeof import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'fxa-processes-'));
  return { root, pids: join(root, 'pids'), logs: join(root, 'logs') };
});
vi.mock('../../scripts/cluster/paths.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../scripts/cluster/paths.ts')>()),
  CLUSTER_DIR: dirs.root,
  PID_DIR: dirs.pids,
  LOG_DIR: dirs.logs,
}));

const { healthy, logFile, pidOf, portFree, quiet, sleep, startComponent, startDetached, stop, waitFor } = await import('../../scripts/cluster/processes.ts');

const started: number[] = [];
afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
  rmSync(dirs.root, { recursive: true, force: true });
});

/** The errno of signal 0 to `pid`: ESRCH once it no longer exists, undefined while it does. */
const probe = (pid: number): string | undefined => {
  try {
    process.kill(pid, 0);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code;
  }
};
const pidPath = (name: string): string => join(dirs.pids, `${name}.pid`);
const start = (name: string, bin: string, args: string[]): number => {
  const pid = startDetached(name, bin, args);
  started.push(pid);
  return pid;
};
/** A node process that ignores SIGTERM, started and past installing its handler. */
async function stubborn(name: string): Promise<number> {
  const pid = start(name, process.execPath, ['-e', "process.on('SIGTERM', () => console.log('TERM ignored')); console.log('ready'); setInterval(() => {}, 1000)"]);
  await waitFor(`${name} ready`, () => existsSync(logFile(name)) && readFileSync(logFile(name), 'utf8').includes('ready'), 10_000);
  return pid;
}

describe('pidOf and startDetached', () => {
  it('names a started process by its pid file, in the pid directory', () => {
    const pid = start('sleeper-a', 'sleep', ['30']);
    expect(Number(readFileSync(pidPath('sleeper-a'), 'utf8'))).toBe(pid);
    expect(probe(pid)).toBeUndefined();
    expect(pidOf('sleeper-a')).toBe(pid);
    process.kill(pid, 'SIGKILL');
  });

  it('names nothing without a pid file, or when its process is gone', async () => {
    expect(pidOf('never-started')).toBeUndefined();
    const pid = start('short', 'true', []);
    await waitFor('true to exit', () => probe(pid) === 'ESRCH', 10_000);
    expect(existsSync(pidPath('short'))).toBe(true);
    expect(pidOf('short')).toBeUndefined();
  });

  it("appends the process's stdout and stderr to its log, across starts", async () => {
    const script = "console.log('to stdout'); console.error('to stderr')";
    const a = start('talker', process.execPath, ['-e', script]);
    await waitFor('the first talker', () => probe(a) === 'ESRCH', 10_000);
    const b = start('talker', process.execPath, ['-e', script]);
    await waitFor('the second talker', () => probe(b) === 'ESRCH', 10_000);
    expect(logFile('talker')).toBe(join(dirs.logs, 'talker.log'));
    const log = readFileSync(logFile('talker'), 'utf8');
    expect(log.match(/to stdout/g)).toHaveLength(2);
    expect(log.match(/to stderr/g)).toHaveLength(2);
  });

  it('starts its process in a session of its own, so a signal to our group cannot reach it', () => {
    const pid = start('leader', 'sleep', ['30']);
    const [pgid, sid] = execFileSync('ps', ['-o', 'pgid=,sid=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    expect(pgid).toBe(pid);
    expect(sid).toBe(pid);
    process.kill(pid, 'SIGKILL');
  });
});

describe('stop', () => {
  it('ends a running process and only then forgets it: the process is gone (ESRCH) and its pid file removed', async () => {
    const pid = start('sleeper-b', 'sleep', ['30']);
    expect(await stop('sleeper-b')).toBe(true);
    expect(probe(pid)).toBe('ESRCH');
    expect(existsSync(pidPath('sleeper-b'))).toBe(false);
    expect(pidOf('sleeper-b')).toBeUndefined();
  });

  it('keeps the pid file while a process that ignores SIGTERM lives, then kills it', async () => {
    const pid = await stubborn('stubborn');
    const stopping = stop('stubborn', 1000);
    await sleep(600);
    // still alive within its grace: it is still ours to find
    expect(probe(pid)).toBeUndefined();
    expect(pidOf('stubborn')).toBe(pid);
    expect(readFileSync(logFile('stubborn'), 'utf8')).toContain('TERM ignored');
    expect(await stopping).toBe(true);
    expect(probe(pid)).toBe('ESRCH');
    expect(existsSync(pidPath('stubborn'))).toBe(false);
  });

  it('waits out the grace it is given before SIGKILL', async () => {
    const pid = await stubborn('patient');
    const t = Date.now();
    await stop('patient', 1500);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1500);
    expect(probe(pid)).toBe('ESRCH');
  });

  it('says false for a name with no process, and removes a stale pid file', async () => {
    expect(await stop('never-started')).toBe(false);
    mkdirSync(dirs.pids, { recursive: true });
    const pid = start('stale', 'true', []);
    await waitFor('true to exit', () => probe(pid) === 'ESRCH', 10_000);
    expect(await stop('stale')).toBe(false);
    expect(existsSync(pidPath('stale'))).toBe(false);
  });
});

describe('quiet', () => {
  it("returns a command's stdout without its stderr", () => {
    expect(quiet('sh', ['-c', 'echo out; echo err >&2'])).toBe('out\n');
  });

  it('returns an empty string for a failing or missing command', () => {
    expect(quiet('sh', ['-c', 'echo partial; exit 3'])).toBe('');
    expect(quiet('/nonexistent/fxa-helm-no-such-tool', [])).toBe('');
  });
});

const listen = (server: Server): Promise<number> => new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});
async function serve(status: number, handler?: (res: import('node:http').ServerResponse) => void): Promise<string> {
  const s = createHttpServer((_req, res) => (handler ? handler(res) : res.writeHead(status).end('body')));
  servers.push(s);
  return `http://127.0.0.1:${await listen(s)}/healthz`;
}

describe('healthy', () => {
  it('is true on 200 only', async () => {
    expect(await healthy(await serve(200))).toBe(true);
    expect(await healthy(await serve(500))).toBe(false);
    expect(await healthy(await serve(204))).toBe(false);
  });

  it('is false when nothing listens', async () => {
    const s = createTcpServer();
    const port = await new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));
    await new Promise((r) => s.close(r));
    expect(await healthy(`http://127.0.0.1:${port}/healthz`)).toBe(false);
  });

  it('gives up on an endpoint that never answers, after its 2 s timeout', async () => {
    const url = await serve(200, () => undefined);
    const t = Date.now();
    expect(await Promise.race([healthy(url), sleep(6000).then(() => 'hung')])).toBe(false);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1900);
  });

  it('probes https without verifying the certificate (a self-signed one here)', async () => {
    const dir = join(dirs.root, 'tls');
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=not-this-host', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
    const s = createHttpsServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => res.writeHead(200).end());
    servers.push(s as unknown as Server);
    const port = await listen(s as unknown as Server);
    expect(await healthy(`https://127.0.0.1:${port}/readyz`)).toBe(true);
    // the same server spoken to in plain http is no health
    expect(await healthy(`http://127.0.0.1:${port}/readyz`)).toBe(false);
  });
});

describe('waitFor', () => {
  it('returns once its check holds, sync or async', async () => {
    let n = 0;
    await waitFor('the third call', () => ++n >= 3, 5000);
    expect(n).toBe(3);
    await waitFor('an async yes', async () => true, 5000);
  });

  it('throws naming what it waited for and how long', async () => {
    let calls = 0;
    await expect(waitFor('the moon', () => (calls++, false), 600)).rejects.toThrow(/^timed out after 0\.6s waiting for the moon$/);
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});

describe('portFree', () => {
  it('tells a bound loopback port from a free one', async () => {
    const s = createTcpServer();
    const port = await new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));
    expect(await portFree(port)).toBe(false);
    await new Promise((r) => s.close(r));
    expect(await portFree(port)).toBe(true);
    // and it let the port go again
    expect(await portFree(port)).toBe(true);
  });

  it('asks about 127.0.0.1 only: the port held on another loopback address is free here', async () => {
    const s = createTcpServer();
    const port = await new Promise<number>((r) => s.listen(0, '127.0.0.2', () => r((s.address() as AddressInfo).port)));
    try {
      expect(await portFree(port)).toBe(true);
    } finally {
      await new Promise((r) => s.close(r));
    }
  });
});

describe('startComponent', () => {
  it('starts the process, waits for its health and returns the seconds it took', async () => {
    let asked = 0;
    const url = await serve(200, (res) => (++asked < 3 ? res.writeHead(503).end() : res.writeHead(200).end()));
    const s = await startComponent({ name: 'component', bin: 'sleep', args: ['30'], health: url }, 10_000);
    const pid = pidOf('component')!;
    started.push(pid);
    expect(pid).toBeGreaterThan(0);
    expect(asked).toBe(3);
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(10);
    await stop('component');
  });

  it('fails naming the component and its log when its process exits, however healthy the endpoint', async () => {
    // healthy from the second probe on, by when `true` has long exited
    let asked = 0;
    const url = await serve(200, (res) => res.writeHead(++asked < 2 ? 503 : 200).end());
    const err = await startComponent({ name: 'quitter', bin: 'true', args: [], health: url }, 1000).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe(`quitter did not become healthy; see ${join(dirs.logs, 'quitter.log')}\ntimed out after 1s waiting for quitter`);
  });

  it('fails when the process runs but never answers 200', async () => {
    const url = await serve(503);
    const err = await startComponent({ name: 'sick', bin: 'sleep', args: ['30'], health: url }, 800).catch((e: Error) => e);
    started.push(pidOf('sick')!);
    expect((err as Error).message).toMatch(/^sick did not become healthy; see .*sick\.log\ntimed out after 0\.8s waiting for sick$/);
    await stop('sick');
  });
});

// the directories come from paths.ts, which the mock pointed here
it('kept its pid files under the temporary directory', () => {
  expect(existsSync(join(dirs.pids, 'sleeper-a.pid'))).toBe(true);
});
