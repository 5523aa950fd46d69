/**
 * The objects the embedded cluster hands kwok and the API server: kwok's stage file assembled from a
 * module directory written here, the fake nodes and the pooled volumes, against hand-written objects.
 */
import { describe, expect, it } from 'vitest';
import { KWOK_MODULE, STAGES, VOLUME_POOL, fakeNode, kwokConfigText, poolPath, poolVolume } from '../../scripts/cluster/kwok-objects.ts';

describe('kwokConfigText', () => {
  it("joins the module's stage files, each headed by its origin and trimmed, as one YAML stream", () => {
    const read: string[] = [];
    const files: Record<string, string> = {
      '/gomod/kwok@v0.8.0/kustomize/stage/node/fast/node-initialize.yaml': '\napiVersion: kwok.x-k8s.io/v1alpha1\nkind: Stage\nmetadata:\n  name: node-initialize\n\n',
      '/gomod/kwok@v0.8.0/kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml': 'kind: Stage\nmetadata:\n  name: node-heartbeat-with-lease\n',
      '/gomod/kwok@v0.8.0/kustomize/stage/pod/fast/pod-ready.yaml': 'kind: Stage\nmetadata:\n  name: pod-ready\n',
      '/gomod/kwok@v0.8.0/kustomize/stage/pod/fast/pod-complete.yaml': 'kind: Stage\nmetadata:\n  name: pod-complete\n',
      '/gomod/kwok@v0.8.0/kustomize/stage/pod/fast/pod-delete.yaml': 'kind: Stage\nmetadata:\n  name: pod-delete\n',
      '/gomod/kwok@v0.8.0/kustomize/stage/pod/chaos/pod-container-running-failed.yaml': 'kind: Stage\nmetadata:\n  name: pod-container-running-failed\n',
    };
    const text = kwokConfigText('/gomod/kwok@v0.8.0', (p) => {
      read.push(p);
      if (!(p in files)) throw new Error(`unexpected read of ${p}`);
      return files[p]!;
    });
    expect(read).toEqual(Object.keys(files));
    expect(text).toBe(`# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/node/fast/node-initialize.yaml
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata:
  name: node-initialize
---
# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml
kind: Stage
metadata:
  name: node-heartbeat-with-lease
---
# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/pod/fast/pod-ready.yaml
kind: Stage
metadata:
  name: pod-ready
---
# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/pod/fast/pod-complete.yaml
kind: Stage
metadata:
  name: pod-complete
---
# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/pod/fast/pod-delete.yaml
kind: Stage
metadata:
  name: pod-delete
---
# from sigs.k8s.io/kwok@v0.8.0 kustomize/stage/pod/chaos/pod-container-running-failed.yaml
kind: Stage
metadata:
  name: pod-container-running-failed
`);
    expect(KWOK_MODULE).toBe('sigs.k8s.io/kwok@v0.8.0');
    expect(STAGES).toHaveLength(6);
  });
});

describe('fakeNode', () => {
  it('is a big amd64 Linux node that kwok manages by its annotation', () => {
    expect(fakeNode('kwok-node-7')).toEqual({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: 'kwok-node-7',
        annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'kwok.x-k8s.io/node': 'fake' },
        labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': 'kwok-node-7', type: 'kwok' },
      },
      spec: {},
      status: {
        allocatable: { cpu: '32', memory: '256Gi', 'ephemeral-storage': '200Gi', pods: '110' },
        capacity: { cpu: '32', memory: '256Gi', 'ephemeral-storage': '200Gi', pods: '110' },
        nodeInfo: { architecture: 'amd64', operatingSystem: 'linux', kubeletVersion: 'fake', kubeProxyVersion: 'fake', bootID: '', containerRuntimeVersion: '', kernelVersion: '', machineID: '', osImage: '', systemUUID: '' },
      },
    });
  });
});

describe('the volume pool', () => {
  it('offers 40 volumes, each a hostPath of its own under /tmp/fxa-helm-pool, named with three digits', () => {
    expect(VOLUME_POOL).toBe(40);
    expect(poolPath(7)).toBe('/tmp/fxa-helm-pool/7');
    expect(poolVolume(7)).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pool-007', labels: { 'fxa-helm/pool': 'true' } },
      spec: {
        capacity: { storage: '100Gi' },
        accessModes: ['ReadWriteMany', 'ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: '',
        hostPath: { path: '/tmp/fxa-helm-pool/7' },
      },
    });
    expect((poolVolume(123).metadata as { name: string }).name).toBe('pool-123');
  });
});
