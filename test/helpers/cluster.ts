/**
 * The embedded cluster for tests: started on first use (idempotent), stopped at the end of the run by
 * the global teardown when this run started it. Each test works in a namespace of its own, labelled
 * for the `restricted` Pod Security profile, and deletes it afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubectl, restrictedNamespace, running, up } from '../../scripts/cluster/index.ts';
import { realNodeInfo, realNodeRunning, type RealNode } from '../../scripts/cluster/real/index.ts';
import { CLUSTER_DIR, KUBECONFIG } from '../../scripts/cluster/paths.ts';
import { sleep } from '../../scripts/cluster/processes.ts';
import { toolPath } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import type { HelmBin } from './helm.ts';
import { helmAsync, type HelmRun } from './async-helm.ts';

export { kubectl, KUBECONFIG };
const MARKER = join(CLUSTER_DIR, 'started-by-tests');

const LOCK = join(CLUSTER_DIR, 'up.lock');

/** Start the cluster unless it runs; test workers racing here take turns through a lock file. */
export async function ensureCluster(): Promise<void> {
  if (process.env.FXA_NO_CLUSTER === '1') throw new Error('this test needs the embedded cluster, and FXA_NO_CLUSTER=1 says not to start or touch one');
  const until = Date.now() + 300_000;
  while (Date.now() < until) {
    if (await running()) return;
    let fd: number | undefined;
    try {
      mkdirSync(CLUSTER_DIR, { recursive: true });
      fd = openSync(LOCK, 'wx');
    } catch {
      await sleep(500); // another worker is starting it
      continue;
    }
    try {
      const { started } = await up();
      if (started) writeFileSync(MARKER, String(process.pid));
      return;
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
  }
  throw new Error('the embedded cluster did not come up within 5 minutes');
}

/** The real node beside the kwok nodes, started once per run (under the same lock) and stopped with the cluster. */
export async function ensureRealNode(): Promise<RealNode> {
  await ensureCluster();
  const until = Date.now() + 40 * 60_000; // a fresh machine builds kubelet, kube-proxy and four images first
  while (Date.now() < until) {
    let fd: number | undefined;
    try {
      fd = openSync(LOCK, 'wx');
    } catch {
      await sleep(500);
      continue;
    }
    try {
      // a node another test file or `cluster up --real` started is reused as it is
      return realNodeRunning() ? await realNodeInfo() : (await up({ real: true })).real!;
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
  }
  throw new Error('the real node did not come up within 40 minutes');
}

const markerPid = (): number | undefined => (existsSync(MARKER) ? Number(readFileSync(MARKER, 'utf8')) || undefined : undefined);
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** True when this process's run started the cluster (the marker holds the starting run's pid). */
export const startedByTests = (): boolean => markerPid() === process.pid;
export const clearMarker = (): void => rmSync(MARKER, { force: true });
/** Drop the marker of a run that died without its teardown; a live run's marker is that run's to clear. */
export const clearStaleMarker = (): void => {
  const pid = markerPid();
  if (pid !== undefined && !alive(pid)) clearMarker();
};

let counter = 0;
export function createNamespace(prefix: string): string {
  const name = `${prefix}-${process.pid}-${++counter}`.slice(0, 63);
  restrictedNamespace(name);
  return name;
}

export function deleteNamespace(name: string): void {
  spawnSync(toolPath('kubectl'), ['--kubeconfig', KUBECONFIG, 'delete', 'namespace', name, '--wait=false', '--ignore-not-found'], { stdio: 'ignore' });
}

/** Helm against the embedded cluster, asynchronously: installs wait for minutes and must not block the test worker. */
export function helmIn(bin: HelmBin, args: string[]): Promise<HelmRun> {
  return helmAsync(bin, [...args, '--kubeconfig', KUBECONFIG]);
}

export function getJson<T>(args: string[]): T {
  return JSON.parse(kubectl([...args, '-o', 'json'])) as T;
}

type Conditioned = { metadata: { name: string }; status: { conditions?: { type: string; status: string }[] } };

/**
 * The namespace's Deployments without the Available condition once the Deployment controller has caught
 * up. Helm 3's --wait counts ready pods on the new ReplicaSet (pkg/kube/ready.go@v3.22.0 deploymentReady);
 * the Deployment's own condition is written by the controller after that, so it may lag helm's return.
 */
export async function notAvailable(ns: string): Promise<string[]> {
  await spawnAsync(toolPath('kubectl'), ['--kubeconfig', KUBECONFIG, 'wait', '--for=condition=Available', 'deployment', '--all', '-n', ns, '--timeout=120s']);
  const available = (d: Conditioned): boolean => d.status.conditions?.some((c) => c.type === 'Available' && c.status === 'True') ?? false;
  return getJson<{ items: Conditioned[] }>(['get', 'deployments', '-n', ns]).items.filter((d) => !available(d)).map((d) => d.metadata.name);
}

/**
 * Apply manifests with a server-side dry run and strict field validation. Returns stdout and stderr
 * together (the server's warnings, Pod Security ones included, arrive on stderr); throws on rejection.
 */
export function dryRunServer(manifests: string, namespace: string): string {
  const r = spawnSync(toolPath('kubectl'), ['--kubeconfig', KUBECONFIG, 'apply', '--dry-run=server', '--validate=strict', '-n', namespace, '-f', '-'], {
    input: manifests,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(out);
  return out;
}
