/**
 * What operators run: `helm install fxa charts/fxa -f values/prod.yaml`, with Helm 4 and Helm 3, after
 * creating the Secrets prod.yaml references (as its comments tell them to).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, requiredSecretKeys } from '../../schema/index.ts';
import { getJson, helmIn, kubectl } from '../helpers/cluster.ts';
import { CHART, HELMS, valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const secret = (name: string, keys: string[]): string =>
  JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, stringData: Object.fromEntries(keys.map((k) => [k, `test-${k}`])) });

for (const bin of HELMS) {
  describe(`${bin} install -f values/prod.yaml`, () => {
    const ns = useNamespace(`prod-${bin}`);

    it('installs, every production server becomes Available, and uninstalls', async () => {
      kubectl(['apply', '-n', ns(), '-f', '-'], secret('fxa-shared-secrets', requiredSecretKeys()));
      kubectl(['apply', '-n', ns(), '-f', '-'], secret('fxa-syncstorage', ['syncstorage-database-url', 'tokenserver-database-url']));
      const r = await helmIn(bin, ['install', 'fxa', CHART, '-n', ns(), '-f', valuesFile('prod'), '--wait', '--timeout', '5m']);
      expect(r.code, r.stderr).toBe(0);
      const deployments = getJson<{ items: { metadata: { labels: Record<string, string> }; status: { availableReplicas?: number }; spec: { replicas: number } }[] }>(['get', 'deployments', '-n', ns()]).items;
      const expected = CATALOG.filter((s) => s.production && s.workload.kind === 'Deployment' && !['fxa-admin-server', 'fxa-admin-panel'].includes(s.name)).map((s) => s.name).sort();
      expect(deployments.map((d) => d.metadata.labels['app.kubernetes.io/name']).sort()).toEqual(expected);
      for (const d of deployments) expect(d.status.availableReplicas, d.metadata.labels['app.kubernetes.io/name']).toBe(d.spec.replicas);
      // no Secret of the chart's own: prod references existing ones only
      const own = kubectl(['get', 'secrets', '-n', ns(), '-l', 'app.kubernetes.io/instance=fxa', '-o', 'name']).trim();
      expect(own).toBe('');
      const u = await helmIn(bin, ['uninstall', 'fxa', '-n', ns(), '--wait']);
      expect(u.code, u.stderr).toBe(0);
    });
  });
}
