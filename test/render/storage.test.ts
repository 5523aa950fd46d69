/**
 * The avatar store on a typical cluster, rendered by the real Helm: the claim asks ReadWriteOnce, which almost
 * every storage class can bind, and every pod that mounts it is scheduled onto one node by a required pod
 * affinity (a ReadWriteOnce volume attaches to one node at a time); ReadWriteMany lifts it.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface PodTemplate { metadata: { labels: Record<string, string> }; spec: { affinity?: unknown; volumes?: { name: string; persistentVolumeClaim?: { claimName: string } }[] } }
const templates = (objects: K8sObject[]): Map<string, PodTemplate> =>
  new Map(objects.filter((o) => o.kind === 'Deployment').map((o) => [o.metadata.labels!['app.kubernetes.io/name']!, (o as unknown as { spec: { template: PodTemplate } }).spec.template]));
/** The servers whose pods mount the avatars claim, read off the render (not the catalog). */
const mountersOf = (objects: K8sObject[]): string[] =>
  [...templates(objects)].filter(([, t]) => t.spec.volumes?.some((v) => v.persistentVolumeClaim?.claimName.endsWith('avatars'))).map(([n]) => n).sort();

const TOGETHER = {
  podAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: [
      { labelSelector: { matchLabels: { 'app.kubernetes.io/instance': 'fxa', 'fxa-helm/shares-volume': 'avatars' } }, topologyKey: 'kubernetes.io/hostname' },
    ],
  },
};

describe.each(['prod', 'dev'])('values/%s.yaml', (env) => {
  const objects = render('helm', ['-f', valuesFile(env)]);

  it('claims the avatars volume ReadWriteOnce and schedules every pod that mounts it onto one node', () => {
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name.endsWith('avatars')) as unknown as { spec: { accessModes: string[] } };
    expect(claim.spec.accessModes).toEqual(['ReadWriteOnce']);
    const mounters = mountersOf(objects);
    expect(mounters).toEqual(['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']);
    for (const name of mounters) {
      const t = templates(objects).get(name)!;
      expect(t.metadata.labels['fxa-helm/shares-volume'], name).toBe('avatars');
      expect(t.spec.affinity, name).toEqual(TOGETHER);
    }
    // and no other pod: a singleton with a volume of its own (Redis) needs no partner
    for (const [name, t] of templates(objects)) if (!mounters.includes(name)) expect([t.metadata.labels['fxa-helm/shares-volume'], t.spec.affinity], name).toEqual([undefined, undefined]);
  });
});

it('lets the pods spread with ReadWriteMany, and keeps an operator\'s own affinity', () => {
  const rwx = render('helm', ['-f', valuesFile('prod'), '--set', 'global.persistence.avatars.accessMode=ReadWriteMany']);
  for (const name of mountersOf(rwx)) expect(templates(rwx).get(name)!.spec.affinity, name).toBeUndefined();
  const own = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }] } } };
  const mine = render('helm', ['-f', valuesFile('prod'), '--set-json', `fxa-profile-worker.affinity=${JSON.stringify(own)}`]);
  expect(templates(mine).get('fxa-profile-worker')!.spec.affinity).toEqual(own);
  expect(templates(mine).get('fxa-profile-static')!.spec.affinity).toEqual(TOGETHER);
});

it('names every server of the catalog that shares the claim', () => {
  expect(CATALOG.filter((s) => s.sharedVolume?.claim === 'avatars').map((s) => s.name).sort()).toEqual(['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']);
});

describe('the in-cluster MySQL\'s data (values/dev.yaml)', () => {
  type Pod = { spec: { containers: { volumeMounts?: { name: string; mountPath: string }[] }[]; volumes?: { name: string; emptyDir?: unknown; persistentVolumeClaim?: { claimName: string } }[] } };
  const dataVolume = (objects: K8sObject[]): unknown => {
    const pod = templates(objects).get('mysql') as unknown as Pod;
    const mount = pod.spec.containers[0]!.volumeMounts!.filter((m) => m.mountPath === '/var/lib/mysql');
    expect(mount, 'one volume at the data directory').toHaveLength(1);
    const { name: _name, ...source } = pod.spec.volumes!.find((v) => v.name === mount[0]!.name)!;
    return source;
  };

  it('is an emptyDir by default, and no claim is made', () => {
    const objects = render('helm', ['-f', valuesFile('dev')]);
    expect(dataVolume(objects)).toEqual({ emptyDir: {} });
    expect(objects.filter((o) => o.kind === 'PersistentVolumeClaim').map((o) => o.metadata.name)).toEqual(['fxa-fxa-avatars']);
  });

  it('is a claim the chart keeps on uninstall with global.persistence.mysql.enabled, or the operator\'s own claim', () => {
    const objects = render('helm', ['-f', valuesFile('dev'), '--set', 'global.persistence.mysql.enabled=true', '--set', 'global.persistence.mysql.size=20Gi']);
    expect(dataVolume(objects)).toEqual({ persistentVolumeClaim: { claimName: 'fxa-fxa-mysql' } });
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'fxa-fxa-mysql') as unknown as K8sObject & { spec: unknown };
    expect(claim.metadata.annotations).toEqual({ 'helm.sh/resource-policy': 'keep' });
    expect(claim.spec).toEqual({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } });
    const own = render('helm', ['-f', valuesFile('dev'), '--set', 'global.persistence.mysql.enabled=true', '--set', 'global.persistence.mysql.existingClaim=my-data']);
    expect(dataVolume(own)).toEqual({ persistentVolumeClaim: { claimName: 'my-data' } });
    expect(own.some((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'fxa-fxa-mysql')).toBe(false);
  });
});
