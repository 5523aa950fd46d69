/**
 * The hook's program as the Job runs it: loaded as the bundle's entry point (argv[1] ends in secrets-hook.mjs),
 * with its pod's API server from the environment. It reports each Secret on stdout, and a failure on stderr
 * with exit status 1, so that Helm stops the install instead of starting pods that wait for keys.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
// loaded here, while the file is collected: each run below re-evaluates hook.ts alone, so the modules it
// imports are not counted as run by these tests (their module-level data is the mutation run's static code)
import '../../scripts/secrets/hook.ts';
import { apiServer, CA, TOKEN, type ApiServer } from './api-server.ts';

// where the hook finds its ServiceAccount (in-cluster.ts reads the variable once, as it is loaded)
const dir = vi.hoisted(() => {
  const d = `/tmp/fxa-hook-entry-${process.pid}`;
  process.env.FXA_HELM_SERVICEACCOUNT_DIR = d;
  return d;
});
let api: ApiServer;
beforeAll(async () => {
  api = await apiServer(['ns']);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of [['token', TOKEN], ['ca.crt', CA], ['namespace', 'ns']]) writeFileSync(join(dir, file!), text!);
});
afterAll(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

const argv = process.argv;
let runs = 0;
afterEach(() => {
  process.argv = argv;
  process.exitCode = undefined;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Load hook.ts afresh as the entry point with these arguments; resolves with what it wrote once it is done. */
async function runEntry(args: string[]): Promise<{ out: string; err: string; exitCode: number | string | undefined }> {
  await api.reset();
  vi.stubEnv('KUBERNETES_SERVICE_HOST', '127.0.0.1');
  vi.stubEnv('KUBERNETES_SERVICE_PORT', new URL(api.url).port);
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.argv = [argv[0]!, '/fxa-helm/hook/secrets-hook.mjs', ...args];
  // a query makes a new instance of hook.ts only: its entry block runs again, with these arguments
  const instance = `../../scripts/secrets/hook.ts?run=${++runs}`;
  await import(/* @vite-ignore */ instance);
  // the program does not hand back its promise: wait for its report (each step is one API request on loopback)
  for (let i = 0; i < 400 && !err && out.split('\n').length < 3; i++) await new Promise((r) => setTimeout(r, 25));
  return { out, err, exitCode: process.exitCode };
}

const input = (values: Record<string, unknown>): string => {
  const file = join(dir, `values-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ release: 'fxa', values }));
  return file;
};

describe('the secrets hook as the Job runs it', () => {
  it('makes both Secrets in its pod\'s namespace and reports each on stdout', async () => {
    const r = await runEntry([input({ global: { secrets: { values: {} } } })]);
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual([
      'fxa-helm secrets hook: created ns/fxa-keys with 6 key files',
      expect.stringMatching(/^fxa-helm secrets hook: created ns\/fxa-secrets, added flowIdKey, /),
      '',
    ]);
    expect(r.exitCode ?? 0).toBe(0);
    expect(Object.keys((await api.state()).secrets).sort()).toEqual(['ns/fxa-keys', 'ns/fxa-secrets']);
  });

  it('fails with status 1 and one line on stderr when a key only the operator has is missing', async () => {
    const r = await runEntry([input({ global: { mysql: { host: 'db' } } })]);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^fxa-helm secrets hook: ns\/fxa-secrets needs mysqlPassword \(password on global\.mysql\.host\): add it to the Secret first .*\n$/);
    expect(r.exitCode).toBe(1);
  });

  it('reads the values where the chart mounts them when given no argument', async () => {
    const r = await runEntry([]);
    expect(r.err).toContain('/fxa-helm/hook/values.json');
    expect(r.exitCode).toBe(1);
  });
});
