/**
 * kwok's behaviour: which fake lifecycle each Node and Pod goes through. We use kwok's own stage files
 * from its Go module (the ones `kwokctl` uses: node/fast, node/heartbeat-with-lease, pod/fast) plus its
 * chaos stage, so a test can make a pod fail by labelling it
 * `pod-container-running-failed.stage.kwok.x-k8s.io: "true"`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLUSTER_DIR } from './paths.ts';

export const KWOK_MODULE = 'sigs.k8s.io/kwok@v0.8.0';
const STAGES = [
  'node/fast/node-initialize.yaml',
  'node/heartbeat-with-lease/node-heartbeat-with-lease.yaml',
  'pod/fast/pod-ready.yaml',
  'pod/fast/pod-complete.yaml',
  'pod/fast/pod-delete.yaml',
  'pod/chaos/pod-container-running-failed.yaml',
];

/** Write kwok's --config file (its stages) and return its path. */
export function writeKwokConfig(): string {
  const dir = (JSON.parse(execFileSync('go', ['mod', 'download', '-json', KWOK_MODULE], { encoding: 'utf8' })) as { Dir: string }).Dir;
  const docs = STAGES.map((s) => `# from ${KWOK_MODULE} kustomize/stage/${s}\n${readFileSync(join(dir, 'kustomize', 'stage', s), 'utf8').trim()}\n`);
  const file = join(CLUSTER_DIR, 'kwok-stages.yaml');
  writeFileSync(file, docs.join('---\n'));
  return file;
}

/** A fake node kwok manages; big enough for every FxA server many times over. */
export function fakeNode(name: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'kwok.x-k8s.io/node': 'fake' },
      labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': name, type: 'kwok' },
    },
    spec: {},
    status: {
      // ephemeral-storage as real kubelets report it: pods requesting it (every server of the chart) must fit
      allocatable: { cpu: '32', memory: '256Gi', 'ephemeral-storage': '200Gi', pods: '110' },
      capacity: { cpu: '32', memory: '256Gi', 'ephemeral-storage': '200Gi', pods: '110' },
      nodeInfo: { architecture: 'amd64', operatingSystem: 'linux', kubeletVersion: 'fake', kubeProxyVersion: 'fake', bootID: '', containerRuntimeVersion: '', kernelVersion: '', machineID: '', osImage: '', systemUUID: '' },
    },
  };
}

/** Volumes the embedded cluster holds ready, standing in for a storage provisioner (it has none). */
export const VOLUME_POOL = 40;

/**
 * A pre-made PersistentVolume, bound by the real PV controller to the first claim that fits (the chart's
 * avatar claim asks ReadWriteOnce by default, ReadWriteMany if set; no storage class). kwok's pods write nothing; the real node's write to the directory.
 */
export const poolPath = (i: number): string => `/tmp/fxa-helm-pool/${i}`;

/**
 * The directories behind the pool: on the real node the kubelet mounts them into pods, whose non-root users
 * must write there (a hostPath volume takes no fsGroup), so they exist and are writable by all, sticky.
 */
export function ensurePoolDirs(): void {
  for (let i = 0; i < VOLUME_POOL; i++) {
    mkdirSync(poolPath(i), { recursive: true });
    chmodSync(poolPath(i), 0o1777);
  }
}

export function poolVolume(i: number): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: `pool-${String(i).padStart(3, '0')}`, labels: { 'fxa-helm/pool': 'true' } },
    spec: {
      capacity: { storage: '100Gi' },
      accessModes: ['ReadWriteMany', 'ReadWriteOnce'],
      persistentVolumeReclaimPolicy: 'Retain',
      storageClassName: '',
      hostPath: { path: poolPath(i) },
    },
  };
}
