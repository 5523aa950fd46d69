/**
 * Builds Go binaries from small local modules (through the Go module proxy), cached per machine under
 * CACHE_DIR/go/<binary>-<version>: a second setup on the same machine builds nothing.
 *
 * k8s.io/kubernetes cannot be `go install`ed: it requires its staging modules (k8s.io/api, ...) at
 * v0.0.0 and replaces them with ./staging paths. `stagingOf` pins each to its published v0.X.Y tag,
 * read from the upstream go.mod in the module cache, and keeps upstream's go and godebug lines.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from '../lib/paths.ts';

export interface GoSource {
  kind: 'go';
  module: string;
  version: string;
  /** Package to build (a main package in `module`). */
  pkg: string;
  binary: string;
  /** Pin the staging modules of this k8s.io/kubernetes-style module (see above). */
  stagingOf?: boolean;
  /** `-X` version stamps for k8s binaries (their --version and discovery report it). */
  k8sVersionStamp?: boolean;
  toolchain?: string;
  /** Extra `-X pkg.var=value` link-time stamps, as the tool's own Makefile sets them (versions it reports and assumes). */
  ldflagsX?: Readonly<Record<string, string>>;
}

const goEnv = (s: GoSource): NodeJS.ProcessEnv => ({
  ...process.env,
  GOFLAGS: '-mod=mod -buildvcs=false',
  CGO_ENABLED: '0',
  ...(s.toolchain ? { GOTOOLCHAIN: s.toolchain } : {}),
});

function upstreamGoMod(s: GoSource): string {
  const info = JSON.parse(execFileSync('go', ['mod', 'download', '-json', `${s.module}@${s.version}`], { encoding: 'utf8', env: goEnv(s) })) as { GoMod: string };
  return readFileSync(info.GoMod, 'utf8');
}

/** go.mod of the local module that builds `s`. */
export function localGoMod(s: GoSource): string {
  const lines = [`module fxa-helm/tools/${s.binary}`, ''];
  let replaces: string[] = [];
  if (s.stagingOf) {
    const up = upstreamGoMod(s);
    const go = /^go (\S+)/m.exec(up)?.[1];
    const godebug = /^godebug (\S+)/m.exec(up)?.[1];
    lines.push(`go ${go ?? '1.24'}`, '');
    if (godebug) lines.push(`godebug ${godebug}`, '');
    const staging = [...up.matchAll(/^\s+(\S+) => \.\/staging\/\S+$/gm)].map((m) => m[1]!).filter((m) => new RegExp(`^\\s+${m.replace(/\./g, '\\.')} v0\\.0\\.0`, 'm').test(up));
    const published = `v0.${s.version.replace(/^v1\./, '')}`;
    replaces = staging.map((m) => `replace ${m} => ${m} ${published}`);
  } else {
    lines.push('go 1.24', '');
  }
  lines.push(`require ${s.module} ${s.version}`, '', ...replaces, '');
  return lines.join('\n');
}

function ldflags(s: GoSource): string {
  const flags = ['-s', '-w'];
  if (s.k8sVersionStamp) {
    const minor = s.version.split('.')[1];
    for (const p of ['k8s.io/client-go/pkg/version', 'k8s.io/component-base/version']) {
      flags.push(`-X ${p}.gitVersion=${s.version}`, `-X ${p}.gitMajor=1`, `-X ${p}.gitMinor=${minor}`, `-X ${p}.gitTreeState=clean`);
    }
  }
  for (const [v, value] of Object.entries(s.ldflagsX ?? {})) flags.push(`-X ${v}=${value}`);
  return flags.join(' ');
}

/** Run a command, printing an elapsed-time line every 20 s so long builds show they are alive. */
function runWithProgress(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, label: string, log: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const tick = setInterval(() => log(`${label}: still building (${Math.round((Date.now() - started) / 1000)}s)`), 20_000);
    child.on('close', (code) => {
      clearInterval(tick);
      if (code === 0) resolve();
      else reject(new Error(`${label}: ${cmd} ${args.join(' ')} failed (exit ${code}):\n${stderr.trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}

export async function buildGo(s: GoSource, log: (line: string) => void): Promise<string> {
  const id = `${s.binary}-${s.version}`;
  const out = join(CACHE_DIR, 'go', id, s.binary);
  if (existsSync(out)) return out;
  // a module directory of this process's own: two setups building the same tool at once do not share files
  const src = join(CACHE_DIR, 'go-src', `${id}-${process.pid}`);
  mkdirSync(src, { recursive: true });
  const env = goEnv(s);
  writeFileSync(join(src, 'go.mod'), localGoMod(s));
  writeFileSync(join(src, 'tools.go'), `//go:build tools\n\npackage tools\n\nimport _ "${s.pkg}"\n`);
  log(`${s.binary} ${s.version}: resolving modules`);
  await runWithProgress('go', ['mod', 'tidy'], src, env, s.binary, log);
  mkdirSync(dirname(out), { recursive: true });
  log(`${s.binary} ${s.version}: compiling (the first build on a machine can take minutes)`);
  const partial = `${out}.partial-${process.pid}`;
  try {
    await runWithProgress('go', ['build', '-trimpath', `-ldflags=${ldflags(s)}`, '-o', partial, s.pkg], src, env, s.binary, log);
    renameSync(partial, out); // atomic; a concurrent build of the same version writes the same binary
  } finally {
    rmSync(src, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
  return out;
}
