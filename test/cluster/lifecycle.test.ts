/**
 * Helm's lifecycle against a real API server, with Helm 4 and Helm 3. Each test installs its own
 * release in its own namespace (no test relies on another having run), and removes both afterwards,
 * failed or not.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, inRelease } from '../../schema/index.ts';
import { createNamespace, deleteNamespace, ensureCluster, getJson, helmIn, kubectl, notAvailable } from '../helpers/cluster.ts';
import { CHART, HELMS, valuesFile, type HelmBin } from '../helpers/helm.ts';
import type { HelmRun } from '../helpers/async-helm.ts';

interface Meta { name: string; creationTimestamp: string; labels?: Record<string, string> }
interface Deployment { metadata: Meta; spec: { template: { metadata: { annotations?: Record<string, string> } } } }
interface Job { status: { succeeded?: number; completionTime?: string } }
interface Secret { metadata: Meta; type: string; data?: Record<string, string> }
interface ReplicaSet { metadata: Meta & { ownerReferences?: { kind: string; name: string }[] } }
interface Slice { metadata: Meta; endpoints?: { conditions?: { ready?: boolean } }[] }
interface List<T> { items: T[] }

const RELEASE = 'fxa';
const nameOf = (m: Meta): string => m.labels?.['app.kubernetes.io/name'] ?? m.name;
// a plain string setting of the profile server that the chart does not set: changing it must roll that server only
const profile = CATALOG.find((s) => s.name === 'fxa-profile-server')!;
const CHANGED = profile.env.find((v) => v.type === 'string' && !v.secret && !v.url && !profile.wiring[v.name] && profile.nodeEnv?.variable !== v.name)!;

/** A fresh namespace with values/dev.yaml installed (--wait); the test body runs, then everything goes. */
async function withRelease(bin: HelmBin, body: (r: Release) => Promise<void>): Promise<void> {
  await ensureCluster();
  const ns = createNamespace(`life-${bin}`);
  const rel = new Release(bin, ns);
  try {
    const r = await rel.helm(['install', RELEASE, CHART, '-f', valuesFile('dev'), '--wait', '--timeout', '5m']);
    expect(r.code, r.stderr).toBe(0);
    await body(rel);
  } finally {
    await rel.helm(['uninstall', RELEASE, '--wait']);
    deleteNamespace(ns);
  }
}

class Release {
  constructor(readonly bin: HelmBin, readonly ns: string) {}
  helm(args: string[]): Promise<HelmRun> {
    return helmIn(this.bin, [...args, '-n', this.ns]);
  }
  upgrade(...extra: string[]): Promise<HelmRun> {
    return this.helm(['upgrade', RELEASE, CHART, '-f', valuesFile('dev'), ...extra, '--wait', '--timeout', '5m']);
  }
  deployments(): Deployment[] {
    return getJson<List<Deployment>>(['get', 'deployments', '-n', this.ns]).items;
  }
  checksums(): Record<string, string> {
    return Object.fromEntries(this.deployments().map((d) => [nameOf(d.metadata), d.spec.template.metadata.annotations?.['checksum/config'] ?? '']));
  }
  /** Deployment -> the ReplicaSets it owns: a rollout is a new one, whatever the annotations say. */
  replicaSets(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const rs of getJson<List<ReplicaSet>>(['get', 'replicasets', '-n', this.ns]).items) {
      const owner = rs.metadata.ownerReferences?.find((o) => o.kind === 'Deployment')?.name;
      if (owner) (out[owner] ??= []).push(rs.metadata.name);
    }
    return out;
  }
  /** The chart's Secrets (Helm's own release records change with every revision, by design). */
  secrets(): Record<string, Record<string, string> | undefined> {
    return Object.fromEntries(getJson<List<Secret>>(['get', 'secrets', '-n', this.ns]).items.filter((s) => s.type !== 'helm.sh/release.v1').map((s) => [s.metadata.name, s.data]));
  }
  config(server: string, key: string): string | undefined {
    return (getJson<{ data?: Record<string, string> }>(['get', 'configmap', `${server}-env`, '-n', this.ns]).data ?? {})[key];
  }
  notAvailable(): Promise<string[]> {
    return notAvailable(this.ns);
  }
  async revision(): Promise<{ version: number; info: { status: string } }> {
    return JSON.parse((await this.helm(['status', RELEASE, '-o', 'json'])).stdout) as { version: number; info: { status: string } };
  }
}

for (const bin of HELMS) {
  // independent tests, mostly waiting on the API server: run them side by side
  describe.concurrent(`${bin} lifecycle`, () => {
    it('install --wait: every Deployment Available, every Service with ready endpoints, migrations first, Secrets present', () =>
      withRelease(bin, async (rel) => {
        expect(await rel.notAvailable()).toEqual([]);
        const expected = CATALOG.filter((s) => s.workload.kind === 'Deployment' && inRelease(s.name)).map((s) => s.name).sort();
        expect(rel.deployments().map((d) => nameOf(d.metadata)).sort()).toEqual(expected);

        const services = getJson<List<{ metadata: Meta }>>(['get', 'services', '-n', rel.ns]).items.map((s) => s.metadata.name);
        const slices = getJson<List<Slice>>(['get', 'endpointslices', '-n', rel.ns]).items;
        const readyOf = (svc: string): number => slices.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc).flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready).length;
        // the Service refused paths of the Ingresses point at must stay without endpoints: nothing answers behind it
        expect(services).toContain('fxa-refused');
        expect(readyOf('fxa-refused')).toBe(0);
        for (const svc of services.filter((s) => s !== 'fxa-refused')) expect(readyOf(svc), `${svc} has no ready endpoint`).toBeGreaterThan(0);

        const job = getJson<Job>(['get', 'job', 'fxa-db-migrations', '-n', rel.ns]);
        expect(job.status.succeeded).toBe(1);
        for (const d of rel.deployments()) {
          // a pre-install hook: the servers are created only after the migrations completed
          expect(Date.parse(d.metadata.creationTimestamp), d.metadata.name).toBeGreaterThanOrEqual(Date.parse(job.status.completionTime!));
        }
        const s = rel.secrets();
        expect(Object.keys(s['fxa-secrets'] ?? {}).length).toBeGreaterThan(5);
        // Sync's database URLs are composed from the shared mysqlPassword: no per-server copy of it
        expect(s['fxa-syncstorage-env']).toBeUndefined();
      }));

    it(`upgrade changing ${CHANGED.name} rolls fxa-profile-server only and leaves every Secret byte-identical`, () =>
      withRelease(bin, async (rel) => {
        const [before, secretsBefore] = [rel.replicaSets(), rel.secrets()];
        const r = await rel.upgrade('--set', `fxa-profile-server.env.${CHANGED.name}=changed-by-test`);
        expect(r.code, r.stderr).toBe(0);
        // rolled means the Deployment controller made a new ReplicaSet, not that an annotation changed
        const after = rel.replicaSets();
        const rolled = Object.keys(after).filter((d) => after[d]!.some((rs) => !before[d]?.includes(rs)));
        expect(rolled).toEqual(['fxa-profile-server']);
        expect(rel.config('fxa-profile-server', CHANGED.name)).toBe('changed-by-test');
        expect(await rel.notAvailable()).toEqual([]);
        expect(rel.secrets()).toEqual(secretsBefore);
      }));

    it('rollback restores the previous release, inline shared secrets included', () =>
      withRelease(bin, async (rel) => {
        const before = rel.checksums();
        const secretsBefore = rel.secrets();
        expect((await rel.upgrade('--set', `fxa-profile-server.env.${CHANGED.name}=changed-by-test`, '--set', 'global.secrets.values.flowIdKey=rotated-by-test')).code).toBe(0);
        expect(rel.secrets()['fxa-secrets']?.flowIdKey).toBe(Buffer.from('rotated-by-test').toString('base64'));
        const r = await rel.helm(['rollback', RELEASE, '1', '--wait', '--timeout', '5m']);
        expect(r.code, r.stderr).toBe(0);
        expect(rel.config('fxa-profile-server', CHANGED.name)).toBeUndefined();
        expect(rel.checksums()).toEqual(before);
        // the pods' checksum says revision 1's secrets, and the Secret holds them again
        expect(rel.secrets()).toEqual(secretsBefore);
      }));

    const rollbackFlag = bin === 'helm' ? '--rollback-on-failure' : '--atomic';
    it(`a failed upgrade (migrations Job fails) with ${rollbackFlag} leaves the previous release serving`, () =>
      withRelease(bin, async (rel) => {
        const [before, revision] = [rel.checksums(), (await rel.revision()).version];
        const r = await rel.helm([
          'upgrade', RELEASE, CHART, '-f', valuesFile('dev'),
          // kwok's chaos stage fails pods with this label: the migrations never succeed
          '--set-string', 'db-migrations.podLabels.pod-container-running-failed\\.stage\\.kwok\\.x-k8s\\.io=true',
          '--set', 'fxa-auth-server.env.LOG_LEVEL=debug',
          rollbackFlag, '--wait', '--timeout', '3m',
        ]);
        expect(r.code, 'the upgrade must fail').not.toBe(0);
        const now = await rel.revision();
        expect(now.info.status).toBe('deployed');
        expect(now.version).toBeGreaterThan(revision); // the rollback is a revision of its own
        expect(rel.config('fxa-auth-server', 'LOG_LEVEL')).toBe('info'); // the chart's own value, not the failed upgrade's
        expect(rel.checksums()).toEqual(before);
        expect(await rel.notAvailable()).toEqual([]);
      }));

    it('uninstall removes the workloads and keeps only what is marked to keep', () =>
      withRelease(bin, async (rel) => {
        const r = await rel.helm(['uninstall', RELEASE, '--wait']);
        expect(r.code, r.stderr).toBe(0);
        const left = kubectl(['get', 'deployments,services,configmaps,secrets,jobs', '-n', rel.ns, '-l', `app.kubernetes.io/instance=${RELEASE}`, '-o', 'name']).trim().split('\n').filter(Boolean).sort();
        // the shared Secret (helm.sh/resource-policy: keep) and the last migrations Job, kept for its logs
        expect(left).toEqual(['job.batch/fxa-db-migrations', 'secret/fxa-secrets']);
      }));
  });
}
