/**
 * kwok's stages and the objects the embedded cluster creates for kwok to manage, as data: kwok.ts
 * fetches the stages' module and writes the files.
 */
export const KWOK_MODULE = 'sigs.k8s.io/kwok@v0.8.0';
export const STAGES = [
  'node/fast/node-initialize.yaml',
  'node/heartbeat-with-lease/node-heartbeat-with-lease.yaml',
  'pod/fast/pod-ready.yaml',
  'pod/fast/pod-complete.yaml',
  'pod/fast/pod-delete.yaml',
  'pod/chaos/pod-container-running-failed.yaml',
];

/** kwok's --config file: each stage file of the module in `moduleDir`, named by its origin, as one YAML stream. */
export function kwokConfigText(moduleDir: string, read: (path: string) => string): string {
  const docs = STAGES.map((s) => `# from ${KWOK_MODULE} kustomize/stage/${s}\n${read(`${moduleDir}/kustomize/stage/${s}`).trim()}\n`);
  return docs.join('---\n');
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
