/**
 * `npm run cluster -- up|down|status`: a real Kubernetes control plane on loopback (etcd,
 * kube-apiserver with PodSecurity, controller-manager, scheduler) with kwok faking the nodes and the
 * pods' lifecycles, since no container runtime is reachable here. Its kubeconfig is .cluster/kubeconfig.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { UserError } from '../lib/errors.ts';
import { toolPath } from '../lib/paths.ts';
import { ensureClusterTools } from '../setup/index.ts';
import { components, type Component } from './components.ts';
import { ensurePoolDirs, fakeNode, poolVolume, VOLUME_POOL, writeKwokConfig } from './kwok.ts';
import { ensurePki } from './pki.ts';
import { CLUSTER_DIR, ETCD_DATA, KUBECONFIG, PID_DIR, PORTS, kubeconfigFor } from './paths.ts';
import { healthy, pidOf, portFree, startComponent, stop, waitFor } from './processes.ts';
import { downReal, realNodeRunning, REAL_VALUES, upReal, type RealNode } from './real/index.ts';

export const NODES = ['kwok-node-0', 'kwok-node-1'];
const log = (line: string): boolean => process.stderr.write(`cluster: ${line}\n`);

export function kubectl(args: string[], input?: string): string {
  return execFileSync(toolPath('kubectl'), ['--kubeconfig', KUBECONFIG, ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/** Create (or keep) a namespace that enforces the `restricted` Pod Security profile on the chart's pods. */
export function restrictedNamespace(name: string): void {
  kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } }));
}

async function isUp(c: Component): Promise<boolean> {
  return pidOf(c.name) !== undefined && (await healthy(c.health));
}

/** True when every component runs and answers its health check. */
export async function running(): Promise<boolean> {
  for (const c of components('')) if (!(await isUp(c))) return false;
  return existsSync(KUBECONFIG);
}

export interface Up {
  seconds: number;
  started: boolean;
  /** The real node, when asked for: its images and the values that place the infrastructure on it. */
  real?: RealNode;
}

/** Start the control plane (when not running) and, with `real`, the real node beside the kwok nodes. */
export async function up(opts: { real?: boolean } = {}): Promise<Up> {
  const t0 = Date.now();
  const started = await upControlPlane();
  if (!opts.real) return { seconds: (Date.now() - t0) / 1000, started };
  const t1 = Date.now();
  const real = await upReal(kubectl, log);
  log(`real node ready in ${((Date.now() - t1) / 1000).toFixed(1)}s; add \`-f ${REAL_VALUES}\` to helm install to run Redis, MySQL, Mailpit and statsd on it (npm run demo does)`);
  return { seconds: (Date.now() - t0) / 1000, started, real };
}

async function upControlPlane(): Promise<boolean> {
  const t0 = Date.now();
  if (await running()) {
    log(`already running; export KUBECONFIG=${KUBECONFIG}`);
    return false;
  }
  // built on first use, not by `npm ci`: a user who only generates, validates or renders never waits for them
  await ensureClusterTools((line) => log(line));
  for (const c of components('')) {
    if (!existsSync(c.bin)) throw new UserError(`${c.bin} is missing after setup: run \`npm run setup -- --cluster\``);
  }
  await down({ quiet: true }); // a half-started cluster from an earlier run: start clean
  // a component that cannot bind its port would talk to whatever holds it (another checkout's cluster)
  for (const [what, port] of Object.entries(PORTS)) {
    if (!(await portFree(port))) throw new UserError(`port ${port} (${what}) is in use, by another cluster or program; stop it, or choose other ports with the FXA_CLUSTER_*_PORT variables`);
  }
  ensurePki();
  copyFileSync(kubeconfigFor('admin'), KUBECONFIG);
  const kwokConfig = writeKwokConfig();
  for (const c of components(kwokConfig)) {
    log(`${c.name} up (${(await startComponent(c)).toFixed(1)}s)`);
  }
  kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: NODES.map(fakeNode) }));
  ensurePoolDirs();
  kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: Array.from({ length: VOLUME_POOL }, (_, i) => poolVolume(i)) }));
  await waitFor('nodes Ready', () => {
    const out = kubectl(['get', 'nodes', '-o', 'jsonpath={range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}']);
    return out.trim().split('\n').filter((s) => s === 'True').length === NODES.length;
  }, 60_000);
  await waitFor('the default ServiceAccount', () => {
    try {
      kubectl(['get', 'serviceaccount', 'default', '-n', 'default']);
      return true;
    } catch {
      return false;
    }
  }, 60_000);
  const seconds = (Date.now() - t0) / 1000;
  log(`control plane ready in ${seconds.toFixed(1)}s with ${NODES.length} kwok nodes and ${VOLUME_POOL} pooled volumes`);
  log(`use it: export KUBECONFIG=${KUBECONFIG}; stop it: npm run cluster -- down`);
  return true;
}

export async function down(opts: { quiet?: boolean } = {}): Promise<void> {
  // the real node first, while the API server can still be told the node is gone
  await downReal(pidOf('kube-apiserver') === undefined ? undefined : kubectl, { quiet: opts.quiet, log });
  for (const c of [...components('')].reverse()) {
    if ((await stop(c.name)) && !opts.quiet) log(`${c.name} stopped`);
  }
  // etcd's data goes with the cluster: the next `up` starts from an empty cluster
  rmSync(ETCD_DATA, { recursive: true, force: true });
  rmSync(PID_DIR, { recursive: true, force: true });
  if (!opts.quiet) log(`down (state kept in ${CLUSTER_DIR}: pki, logs)`);
}

export async function status(): Promise<number> {
  let ok = true;
  for (const c of components('')) {
    const pid = pidOf(c.name);
    const h = pid !== undefined && (await healthy(c.health));
    ok &&= h;
    process.stdout.write(`${c.name.padEnd(24)} ${pid === undefined ? 'stopped' : h ? `running (pid ${pid})` : `unhealthy (pid ${pid})`}\n`);
  }
  if (realNodeRunning()) {
    for (const name of ['containerd', 'kubelet', 'kube-proxy']) process.stdout.write(`${name.padEnd(24)} ${pidOf(name) === undefined ? 'stopped' : `running (pid ${pidOf(name)!})`}\n`);
  }
  if (ok) process.stdout.write(`\n${kubectl(['get', 'nodes'])}\nexport KUBECONFIG=${KUBECONFIG}\n`);
  return ok ? 0 : 1;
}

export async function runCluster(action: string, opts: { real?: boolean } = {}): Promise<number> {
  switch (action) {
    case 'up':
      await up(opts);
      return 0;
    case 'down':
      await down();
      return 0;
    case 'status':
      return status();
    default:
      throw new UserError(`unknown action "${action}": use up, down or status`);
  }
}
