/**
 * `cluster up --real`: one real node beside the kwok nodes. It runs the infrastructure servers (Redis,
 * the dev MySQL as MariaDB, Mailpit, statsd_exporter) in real containers from locally built images;
 * the FxA servers, whose images cannot be fetched here, stay on the simulated nodes (a taint keeps them
 * off the real one).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { join } from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { spawnAsync } from '../../lib/spawn.ts';
import { ensureDebianPackages, REAL_NODE_PACKAGES } from '../../setup/debian.ts';
import { ensureClusterTools } from '../../setup/index.ts';
import { PORTS, REAL_DIR } from '../paths.ts';
import { REAL_NODE } from '../pki.ts';
import { pidOf, startComponent, stop, waitFor } from '../processes.ts';
import { ensureNodeAddress, removeNodeAddress } from './address.ts';
import { cleanNetwork, killContainers, killShims, leftovers, removeCgroups, restoreIpForward, saveIpForward, unmountAll } from './cleanup.ts';
import { IMAGES, buildImage, buildPause, keyOf, realNodeValues } from './images.ts';
import { API_RELAY, CONTAINERD_SOCK, NODE_IP, RUN_DIR, realComponents } from './node.ts';
import type { Packed } from './oci.ts';

type Log = (line: string) => void;
type Kubectl = (args: string[], input?: string) => string;

/** Why this machine cannot run the real node, or undefined when it can. One line, as printed. */
export function realNodeRefusal(): string | undefined {
  if (process.platform !== 'linux') return 'the real node needs Linux';
  if (process.getuid?.() !== 0) return 'the real node needs root (containerd, runc, iptables and cgroups)';
  const probe = '/sys/fs/cgroup/memory/fxa-helm-probe';
  if (existsSync('/sys/fs/cgroup/memory')) {
    try {
      mkdirSync(probe);
      rmdirSync(probe);
    } catch (e) {
      return `the kernel refuses a memory cgroup (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
  } else if (!existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    return 'no cgroup filesystem is mounted';
  }
  try {
    execFileSync('unshare', ['--net', '--mount', 'true'], { stdio: 'ignore' });
  } catch {
    return 'the kernel refuses new network and mount namespaces (unshare --net --mount)';
  }
  return undefined;
}

/**
 * `setup --real`: the node's Debian packages and images, built once per machine so that no later
 * `up --real` (nor a CI test) waits on them. Where this machine cannot run the node, one line and
 * nothing built.
 */
export async function prepareRealNode(log: Log = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  const refusal = realNodeRefusal();
  if (refusal) {
    log(`setup: real node skipped: ${refusal}`);
    return;
  }
  ensureDebianPackages(REAL_NODE_PACKAGES, log);
  for (const spec of IMAGES) {
    const p = await buildImage(spec, (l) => log(`setup: ${l}`));
    log(`setup: image ${p.ref} ${p.digest}`);
  }
  await buildPause();
}

/** The values that place the infrastructure servers on the real node, written by `up --real`. */
export const REAL_VALUES = join(REAL_DIR, 'values.yaml');

async function buildImages(log: Log): Promise<Record<string, Packed>> {
  const out: Record<string, Packed> = {};
  for (const spec of IMAGES) out[keyOf(spec)] = await buildImage(spec, log);
  return out;
}

/** Asynchronous: importing every image takes half a minute, which a test worker must not spend blocked. */
async function importImage(p: Packed): Promise<void> {
  const r = await spawnAsync('ctr', ['--address', CONTAINERD_SOCK, '-n', 'k8s.io', 'images', 'import', p.archive]);
  if (r.status !== 0) throw new Error(`ctr images import ${p.archive}: ${r.error?.message ?? r.stderr.trim()}`);
}

export interface RealNode {
  images: Record<string, Packed>;
  values: Record<string, unknown>;
}

/**
 * The node's images (from the cache once built) and the values that use them. On a running node, an
 * image built since it started (a changed spec) is imported too, so the values never name a missing one.
 */
export async function realNodeInfo(log: Log = (): void => undefined): Promise<RealNode> {
  const images = await buildImages(log);
  if (pidOf('containerd') !== undefined) for (const p of Object.values(images)) await importImage(p);
  return { images, values: realNodeValues(images) };
}

/** Start containerd, the kubelet and kube-proxy against the running control plane, and wait for the node. */
export async function upReal(kubectl: Kubectl, log: Log): Promise<RealNode> {
  const refusal = realNodeRefusal();
  if (refusal) throw new UserError(`cannot start the real node: ${refusal}`);
  ensureDebianPackages(REAL_NODE_PACKAGES, log);
  await ensureClusterTools(log, true);
  const images = await buildImages(log);
  const values = realNodeValues(images);
  const pause = await buildPause();
  await downReal(kubectl, { quiet: true }); // what an interrupted run left behind
  saveIpForward();
  ensureNodeAddress();
  const components = realComponents();
  for (const c of components) {
    if (!existsSync(c.bin)) throw new UserError(`${c.bin} is missing: run \`npm run setup -- --real\``);
    log(`${c.name} up (${(await startComponent(c)).toFixed(1)}s)`);
    if (c.name === 'containerd') {
      const t1 = Date.now();
      for (const p of [pause, ...Object.values(images)]) await importImage(p);
      log(`${Object.keys(images).length + 1} images imported (${((Date.now() - t1) / 1000).toFixed(1)}s)`);
    }
  }
  await waitFor(`node ${REAL_NODE} Ready`, () => {
    try {
      return kubectl(['get', 'node', REAL_NODE, '-o', 'jsonpath={.status.conditions[?(@.type=="Ready")].status}']).trim() === 'True';
    } catch {
      return false;
    }
  }, 120_000);
  // the API server has no endpoint reconciler: name the relay on the node's address as the `kubernetes` Service's endpoint
  kubectl(['apply', '-f', '-'], JSON.stringify(apiEndpoints()));
  writeFileSync(REAL_VALUES, `# written by \`npm run cluster -- up --real\`: the infrastructure servers on the real node, from local images\n${stringify(values)}`);
  return { images, values };
}

const API_ENDPOINTS = 'kubernetes-real-node';

/** The `kubernetes` Service's endpoint: the API relay on the real node's address, on the API server's port. */
export function apiEndpoints(): Record<string, unknown> {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: API_ENDPOINTS, namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes', 'endpointslice.kubernetes.io/managed-by': 'fxa-helm' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [NODE_IP], conditions: { ready: true } }],
    ports: [{ name: 'https', port: PORTS.apiserver, protocol: 'TCP' }],
  };
}

export const realNodeRunning = (): boolean => pidOf('kubelet') !== undefined && pidOf('containerd') !== undefined;

/** Stop the node and remove every trace of it; throws naming what could not be removed. */
export async function downReal(kubectl: Kubectl | undefined, opts: { quiet?: boolean; log?: Log } = {}): Promise<void> {
  const log = opts.log ?? ((): void => undefined);
  const wasRunning = pidOf('kubelet') !== undefined || pidOf('containerd') !== undefined;
  await stop(API_RELAY);
  await stop('kube-proxy');
  await stop('kubelet');
  const containers = killContainers();
  await stop('containerd');
  const shims = killShims();
  removeNodeAddress(); // before unmountAll, which would release its namespace and leave the kernel to delete the pair later
  const mounts = unmountAll();
  cleanNetwork();
  restoreIpForward();
  const cgroups = removeCgroups();
  rmSync(RUN_DIR, { recursive: true, force: true });
  const left = leftovers();
  // containers, volumes and logs of this node's pods: the next node starts empty (images are re-imported
  // from the cache); never while something is still mounted below it
  if (!left.includes('mounts')) rmSync(REAL_DIR, { recursive: true, force: true });
  if (kubectl) {
    try {
      kubectl(['delete', 'node', REAL_NODE, '--ignore-not-found', '--wait=false']);
      kubectl(['delete', 'endpointslice', API_ENDPOINTS, '-n', 'default', '--ignore-not-found', '--wait=false']);
    } catch {
      // the control plane is already gone
    }
  }
  if (left.length > 0) throw new Error(`the real node left ${left.join(', ')} behind; run \`npm run cluster -- down\` again, or remove them by hand`);
  if (wasRunning && !opts.quiet) log(`real node stopped (${containers} containers, ${shims} shims, ${mounts} mounts, ${cgroups} cgroups removed)`);
}
