import { describe, expect, it } from 'vitest';
import { CATALOG, inRelease, requiredSecretKeys, SHARED_SECRETS } from '../../schema/index.ts';
import { CHART, HELMS, helm, render, valuesFile, type K8sObject } from '../helpers/helm.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

interface Container { name: string; env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[]; envFrom?: { configMapRef?: { name: string } }[] }
interface PodSpec { containers: Container[] }
const podOf = (o: K8sObject): { metadata: { annotations?: Record<string, string> }; spec: PodSpec } =>
  (o as unknown as { spec: { template: { metadata: { annotations?: Record<string, string> }; spec: PodSpec } } }).spec.template;

const ENVIRONMENTS = {
  // every server of the pinned release (fxa-graphql-api only exists in older ones)
  dev: CATALOG.filter((s) => inRelease(s.name)).map((s) => s.name),
  // a production install runs every production server it enables; example relying parties and in-cluster MySQL stay off
  prod: CATALOG.filter((s) => inRelease(s.name) && s.production && !['fxa-admin-server', 'fxa-admin-panel'].includes(s.name)).map((s) => s.name),
} as const;

/** Every literal secret value the values file holds (inline shared and per-server secrets). */
function secretValues(env: string): string[] {
  const v = parse(readFileSync(valuesFile(env), 'utf8')) as { global?: { secrets?: { values?: Record<string, string> } } } & Record<string, { secretEnv?: Record<string, { value?: string }> }>;
  const shared = Object.values(v.global?.secrets?.values ?? {});
  const own = Object.values(v).flatMap((section) => Object.values((section as { secretEnv?: Record<string, { value?: string }> }).secretEnv ?? {}).flatMap((r) => (r.value ? [r.value] : [])));
  return [...shared, ...own].filter(Boolean);
}

for (const bin of HELMS) {
  for (const [env, expected] of Object.entries(ENVIRONMENTS)) {
    describe(`${bin} template -f values/${env}.yaml`, () => {
      const objects = render(bin, ['-f', valuesFile(env)]);
      const byKind = (kind: string): K8sObject[] => objects.filter((o) => o.kind === kind);
      const component = (o: K8sObject): string | undefined => o.metadata.labels?.['app.kubernetes.io/name'];
      // the servers' own objects, without the release's secrets hook (test/render/secrets-hook.test.ts)
      const ofServers = (kind: string): K8sObject[] => byKind(kind).filter((o) => CATALOG.some((s) => s.name === component(o)));

      it('renders a workload, a ConfigMap and (where it listens) a Service for each expected server, nothing else', () => {
        const workloads = [...ofServers('Deployment'), ...ofServers('Job')].map(component).sort();
        expect(workloads).toEqual([...expected].sort());
        for (const name of expected) {
          const spec = CATALOG.find((s) => s.name === name)!;
          // a hook Job carries its env in its own spec (a hook ConfigMap would outlive uninstall)
          expect(byKind('ConfigMap').some((o) => component(o) === name), `${name} ConfigMap`).toBe(spec.workload.kind !== 'Job');
          expect(byKind('Service').some((o) => component(o) === name), `${name} Service`).toBe(spec.ports.length > 0 && spec.workload.kind !== 'Job');
          const w = [...byKind('Deployment'), ...byKind('Job')].find((o) => component(o) === name)!;
          expect(w.kind).toBe(spec.workload.kind);
        }
      });

      it('keeps every secret out of ConfigMaps and plain env values', () => {
        const secrets = secretValues(env);
        // every ConfigMap, the secrets hook's (its program and plan) included
        for (const cm of byKind('ConfigMap')) {
          const spec = CATALOG.find((s) => s.name === component(cm));
          const data = (cm as unknown as { data?: Record<string, string> }).data ?? {};
          const secretNames = new Set(spec?.env.filter((v) => v.secret).map((v) => v.name));
          expect(Object.keys(data).filter((k) => secretNames.has(k)), cm.metadata.name).toEqual([]);
          for (const s of secrets) expect(Object.values(data).join('\n')).not.toContain(s);
        }
        for (const w of [...byKind('Deployment'), ...byKind('Job')]) {
          for (const c of podOf(w).spec.containers) {
            for (const e of c.env ?? []) {
              expect(e.value === undefined || !secrets.includes(e.value), `${w.metadata.name} ${e.name}`).toBe(true);
            }
          }
        }
      });

      it('routes secret variables only through secretKeyRef, with exactly catalog names and no duplicates', () => {
        for (const w of [...ofServers('Deployment'), ...ofServers('Job')]) {
          const spec = CATALOG.find((s) => s.name === component(w))!;
          const known = new Set(spec.env.map((v) => v.name));
          const container = podOf(w).spec.containers[0]!;
          const cmName = container.envFrom?.[0]?.configMapRef?.name;
          const cm = byKind('ConfigMap').find((o) => o.metadata.name === cmName);
          if (w.kind === 'Deployment') expect(cm, `${w.metadata.name} envFrom ConfigMap`).toBeDefined();
          const names = [...Object.keys((cm as unknown as { data?: Record<string, string> } | undefined)?.data ?? {}), ...(container.env ?? []).map((e) => e.name)];
          expect(names.filter((n, i) => names.indexOf(n) !== i), 'duplicates').toEqual([]);
          // FXA_HELM_SECRET_<key>: a shared secret other values embed as $(FXA_HELM_SECRET_<key>)
          const helper = (n: string): boolean => n.startsWith('FXA_HELM_SECRET_') && n.slice('FXA_HELM_SECRET_'.length) in SHARED_SECRETS;
          expect(names.filter((n) => !known.has(n) && !helper(n)), 'names outside the catalog').toEqual([]);
          for (const e of container.env ?? []) {
            const secret = Boolean(spec.env.find((v) => v.name === e.name)?.secret) || helper(e.name);
            const embedded = /\$\(FXA_HELM_SECRET_(\w+)\)/.exec(e.value ?? '')?.[1];
            // secrets only by secretKeyRef, or composed by Kubernetes from a helper that is one; plain values only in a hook Job
            if (embedded) expect((container.env ?? []).find((h) => h.name === `FXA_HELM_SECRET_${embedded}`)?.valueFrom?.secretKeyRef?.key, e.name).toBe(embedded);
            else if (secret) expect(e.valueFrom?.secretKeyRef?.name, e.name).toBeTruthy();
            else expect(w.kind === 'Job' && e.value !== undefined, `${e.name}: plain env outside a hook Job`).toBe(true);
          }
        }
      });

      it('labels every object with the recommended labels and rolls pods on config change', () => {
        for (const o of objects) {
          for (const l of ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/managed-by', 'app.kubernetes.io/part-of', 'helm.sh/chart']) {
            expect(o.metadata.labels?.[l], `${o.kind}/${o.metadata.name} ${l}`).toBeTruthy();
          }
        }
        for (const w of [...ofServers('Deployment'), ...ofServers('Job')]) {
          expect(podOf(w).metadata.annotations?.['checksum/config']).toMatch(/^[0-9a-f]{64}$/);
        }
      });

      it('runs db-migrations as a pre-install/pre-upgrade hook', () => {
        const job = byKind('Job').find((o) => component(o) === 'db-migrations')!;
        expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      });
    });
  }

  describe(`${bin}: values the chart must refuse`, () => {
    it('a misspelt key fails before anything renders', () => {
      const r = helm(bin, ['template', 'fxa', CHART, '-f', valuesFile('dev'), '--set', 'fxa-auth-server.replicaCuont=2']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/replicaCuont/);
    });

    it('a singleton with two replicas fails', () => {
      const r = helm(bin, ['template', 'fxa', CHART, '-f', valuesFile('dev'), '--set', 'redis.replicaCount=2']);
      expect(r.code).not.toBe(0);
    });

    it('a missing shared secret fails with the key to set', () => {
      const r = helm(bin, ['template', 'fxa', CHART, '-f', valuesFile('dev'), '--set', 'global.secrets.values.flowIdKey=']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('global.secrets.values.flowIdKey');
    });
  });

  for (const env of Object.keys(ENVIRONMENTS)) {
    it(`${bin} lint --strict passes on values/${env}.yaml`, () => {
      const r = helm(bin, ['lint', '--strict', CHART, '-f', valuesFile(env)]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    });

    // Helm 3's client-side dry run still contacts a cluster; Helm 4's does not. Real installs with both
    // run against the embedded API server (test/cluster).
    if (bin === 'helm') it(`${bin} install --dry-run=client accepts values/${env}.yaml`, () => {
      const r = helm(bin, ['install', 'fxa', CHART, '--namespace', 'fxa', '--dry-run=client', '-f', valuesFile(env)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('kind: Deployment');
      for (const s of secretValues(env)) expect(r.stdout.split('NOTES:')[1] ?? '').not.toContain(s);
    });
  }
}

it('renders the shared secrets only as a Secret', () => {
  const objects = render('helm', ['-f', valuesFile('dev')]);
  const shared = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'fxa-secrets');
  expect(shared).toBeDefined();
  expect(Object.keys((shared as unknown as { data: Record<string, string> }).data).sort()).toEqual(requiredSecretKeys().sort());
});
