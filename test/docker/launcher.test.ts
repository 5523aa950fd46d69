/**
 * The generated launcher, run for real by sh with a stub `node` on PATH: every current server, every name
 * the seed knew, the debug and error paths; and its dry run against the commands the chart renders.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, FXA_HOME, inRelease } from '../../schema/index.ts';
import { RETIRED, SEED_ALIASES } from '../../schema/servers/seed-names.ts';
import { DRY_RUN_VAR, USAGE_EXIT } from '../../scripts/gen/emit-docker.ts';
import { ROOT, toolPath } from '../../scripts/lib/paths.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

const LAUNCHER = join(ROOT, 'docker', 'launcher.sh');
const FXA = CATALOG.filter((s) => s.origin === 'fxa');
const fxaNames = new Set<string>(FXA.map((s) => s.name));
// the chart renders the pinned release's servers; the launcher knows every release's
const RENDERED = FXA.filter((s) => inRelease(s.name));

/** Every server name the seed's launcher (or the seed's manifests) ran. */
const SEED_NAMES = [
  'fxa-profile-server', 'fxa-payments-server', 'fxa-payments-server-static', 'fxa-payments-server-worker', 'fxa-graphql-api',
  'fxa-content-server', 'fxa-customs-server', 'fxa-auth-server', 'fxa-auth-db-mysql', 'browserid-verifier', '123done', '321done',
  'fxa-event-broker', 'fxa-mail-service', 'fortress',
];

let home: string;
let bin: string;

interface Run { code: number | null; pid: number; stdout: string; stderr: string }

/** sh docker/launcher.sh with `server` set, FxA rooted at a temporary folder and stubs first on PATH. */
function launch(server: string | undefined, extra: Record<string, string> = {}): Run {
  const env: Record<string, string> = { PATH: `${bin}:/usr/bin:/bin`, FXA_HOME: home, ...extra };
  if (server !== undefined) env.server = server;
  const r = spawnSync('sh', [LAUNCHER], { env, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, pid: r.pid ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** What a stub prints: its name, the folder it ran in, its PID (equal to the launcher's when it was exec'd) and its argv. */
const stubLine = (name: string, cwd: string, pid: number, args: readonly string[]): string => `${name}|${cwd}|${pid}|${args.join(' ')}`;

beforeAll(() => {
  home = realpathSync(mkdtempSync(join(tmpdir(), 'fxa-launcher-')));
  bin = join(home, '.stub-bin');
  mkdirSync(bin);
  for (const stub of ['node', 'sleep']) {
    writeFileSync(join(bin, stub), `#!/bin/sh\necho "${stub}|$(pwd -P)|$$|$*"\n`);
    chmodSync(join(bin, stub), 0o755);
  }
  for (const s of FXA) mkdirSync(join(home, s.workingDir.slice(FXA_HOME.length)), { recursive: true });
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('docker/launcher.sh', () => {
  it('is clean under shellcheck (POSIX sh, every severity)', () => {
    const r = spawnSync(toolPath('shellcheck'), ['--shell=sh', '--severity=style', '--format=gcc', LAUNCHER], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(FXA.map((s) => [s.name, s] as const))('server=%s execs its command in its working directory', (name, s) => {
    const r = launch(name);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [program, ...args] = s.command;
    expect(r.stdout.trim()).toBe(stubLine(program!, join(home, s.workingDir.slice(FXA_HOME.length)), r.pid, args));
  });

  it.each(SEED_NAMES)('seed name %s runs, or stops with one line naming the current server that replaced it', (name) => {
    const r = launch(name);
    if (fxaNames.has(name) || name in SEED_ALIASES) {
      expect(r.code).toBe(0);
      const current = FXA.find((s) => s.name === (SEED_ALIASES[name] ?? name))!;
      expect(r.stdout.trim()).toBe(stubLine('node', join(home, current.workingDir.slice(FXA_HOME.length)), r.pid, current.command.slice(1)));
      // an alias says which current name it runs, so the operator can move to it
      if (name in SEED_ALIASES) expect(r.stderr.trim()).toContain(`running ${current.name}`);
      return;
    }
    expect(name in RETIRED).toBe(true);
    expect(r.code).toBe(USAGE_EXIT);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const replacement = /retired upstream: replaced by ([a-z0-9-]+)/.exec(lines[0]!)?.[1];
    expect(replacement && fxaNames.has(replacement), lines[0]).toBe(true);
  });

  it('names fxa-auth-server for the retired fxa-auth-db-mysql', () => {
    const r = launch('fxa-auth-db-mysql');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/fxa-auth-db-mysql was retired upstream: replaced by fxa-auth-server/);
  });

  it.each([
    ['an empty server', ''],
    ['no server at all', undefined],
    ['an unknown server', 'fxa-nonsense'],
  ])('%s lists every valid name and exits non-zero', (_what, server) => {
    const r = launch(server);
    expect(r.code).toBe(USAGE_EXIT);
    expect(r.stdout).toBe('');
    for (const name of [...fxaNames, 'debug']) expect(r.stderr).toContain(name);
    if (server) expect(r.stderr).toContain(`'${server}'`);
  });

  it('server=debug sleeps (exec, so the pod stays up for kubectl exec)', () => {
    const r = launch('debug');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(stubLine('sleep', home, r.pid, ['infinity']));
  });

  it('a working directory missing from the image is one line naming it, not a crash in the wrong folder', () => {
    const r = launch('fxa-auth-server', { FXA_HOME: join(home, 'nowhere') });
    expect(r.code).toBe(USAGE_EXIT);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`fxa-launcher: fxa-auth-server: no directory ${join(home, 'nowhere')}/packages/fxa-auth-server in this image (FXA_HOME=${join(home, 'nowhere')})`]);
  });
});

describe('the launcher and the chart agree', () => {
  type Container = { name: string; image: string; workingDir?: string; command?: string[]; env?: { name: string; value?: string }[] };
  const containers = (objects: K8sObject[]): { server: string; kind: string; c: Container }[] =>
    objects
      .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
      .map((o) => ({
        server: o.metadata.labels?.['app.kubernetes.io/name'] ?? '',
        kind: o.kind,
        c: (o as unknown as { spec: { template: { spec: { containers: Container[] } } } }).spec.template.spec.containers[0]!,
      }));

  // values/dev.yaml enables every server of the catalog
  const upstream = containers(render('helm', ['-f', valuesFile('dev')]));
  const launcher = containers(render('helm', ['-f', valuesFile('dev'), '--set', 'global.launcher.enabled=true', '--set', 'debugPod.enabled=true']));

  it('renders every FxA server', () => {
    expect(upstream.filter((w) => fxaNames.has(w.server)).map((w) => w.server).sort()).toEqual(RENDERED.map((s) => s.name).sort());
  });

  it.each(RENDERED.map((s) => [s.name]))('%s: the dry run prints exactly the working dir and command the chart renders', (name) => {
    const w = upstream.find((x) => x.server === name)!;
    expect(w.c.image).toMatch(/^mozilla\/fxa-mono:v\d+\.\d+\.\d+$/);
    const r = spawnSync('sh', [LAUNCHER], { env: { PATH: '/usr/bin:/bin', server: name, [DRY_RUN_VAR]: '1' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${w.c.workingDir}: ${w.c.command!.join(' ')}\n`);
  });

  it('with global.launcher.enabled, FxA pods run the launcher image with server=<name> and no command; infrastructure keeps its own', () => {
    for (const w of launcher) {
      if (fxaNames.has(w.server)) {
        expect(w.c.image, w.server).toMatch(/^fxa-helm\/fxa:/);
        expect(w.c.command, w.server).toBeUndefined();
        expect(w.c.workingDir, w.server).toBeUndefined();
        expect(w.c.env?.find((e) => e.name === 'server')?.value, w.server).toBe(w.server);
      } else if (w.server === 'fxa-debug') {
        expect(w.c.env).toEqual([{ name: 'server', value: 'debug' }]);
      } else {
        const before = upstream.find((x) => x.server === w.server)!;
        expect(w.c.image, w.server).toBe(before.c.image);
        expect(w.c.command, w.server).toEqual(before.c.command);
      }
    }
    expect(launcher.some((w) => w.server === 'fxa-debug')).toBe(true);
  });

  it('the debug pod without the launcher sleeps in the upstream image; it is off by default', () => {
    expect(upstream.some((w) => w.server === 'fxa-debug')).toBe(false);
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'debugPod.enabled=true']);
    expect(objects.find((o) => o.metadata.name === 'fxa-debug')?.apiVersion).toBe('apps/v1');
    const debug = containers(objects).find((w) => w.server === 'fxa-debug')!;
    expect(debug.c.image).toMatch(/^mozilla\/fxa-mono:/);
    expect(debug.c.command).toEqual(['sleep', 'infinity']);
  });

  it('a digest pins the global image; a per-server tag override drops it', () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const objects = containers(render('helm', ['-f', valuesFile('prod'), '--set', `global.image.digest=${digest}`, '--set', 'fxa-content-server.image.tag=v9.9.9']));
    const auth = objects.find((w) => w.server === 'fxa-auth-server')!;
    expect(auth.c.image).toMatch(new RegExp(`^mozilla/fxa-mono:v[0-9.]+@${digest}$`));
    expect(objects.find((w) => w.server === 'fxa-content-server')!.c.image).toBe('mozilla/fxa-mono:v9.9.9');
  });
});
