/**
 * What operators run: `fxa-helm secrets init -f values/prod.yaml` (the passwords only they know given),
 * then `helm install <release> charts/fxa -f values/prod.yaml`, with Helm 4 and Helm 3: Helm 4 installs the pinned
 * FxA release, Helm 3 the other profile (global.fxaRelease), so each release is installed once; and each under
 * a release name of its own, since nothing in the values may assume one.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, inRelease, RELEASE_TAGS, requiredSecretKeys } from '../../schema/index.ts';
import { KEY_FILES } from '../../schema/keys.ts';
import { cli } from '../helpers/cli.ts';
import { getJson, helmIn, KUBECONFIG, kubectl } from '../helpers/cluster.ts';
import { CHART, HELMS, valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';
import { clusterHosts } from '../helpers/hosts.ts';
import { fullname } from '../../scripts/lib/k8s-names.ts';


for (const [i, bin] of HELMS.entries()) {
  const release = RELEASE_TAGS[i % RELEASE_TAGS.length]!;
  const name = ['fxa', 'accounts'][i % 2]!;
  describe(`${bin} install ${name} -f values/prod.yaml, FxA ${release}`, () => {
    const ns = useNamespace(`prod-${bin}`);

    it('installs, every production server becomes Available, and uninstalls', async () => {
      const init = cli(['secrets', 'init', '-f', valuesFile('prod'), '-n', ns(), '--release', name, '--kubeconfig', KUBECONFIG, '--secret', 'mysqlPassword=test-mysql', '--secret', 'smtpPassword=test-smtp']);
      expect(init.status, init.stderr).toBe(0);
      // everything the chart references is there: every key file, and every shared secret prod needs
      expect(Object.keys(getJson<{ data: Record<string, string> }>(['get', 'secret', fullname(name, 'fxa-keys'), '-n', ns()]).data).sort()).toEqual(Object.keys(KEY_FILES).sort());
      expect(Object.keys(getJson<{ data: Record<string, string> }>(['get', 'secret', 'fxa-shared-secrets', '-n', ns()]).data)).toEqual(expect.arrayContaining(requiredSecretKeys()));
      const r = await helmIn(bin, ['install', name, CHART, '-n', ns(), '-f', valuesFile('prod'), '--set', `global.fxaRelease=${release}`, '--wait', '--timeout', '5m']);
      expect(r.code, r.stderr).toBe(0);
      const deployments = getJson<{ items: { metadata: { labels: Record<string, string> }; status: { availableReplicas?: number }; spec: { replicas: number } }[] }>(['get', 'deployments', '-n', ns()]).items;
      const expected = CATALOG.filter((s) => inRelease(s.name, release) && s.production && s.workload.kind === 'Deployment' && !['fxa-admin-server', 'fxa-admin-panel'].includes(s.name)).map((s) => s.name).sort();
      expect(deployments.map((d) => d.metadata.labels['app.kubernetes.io/name']).sort()).toEqual(expected);
      for (const d of deployments) expect(d.status.availableReplicas, d.metadata.labels['app.kubernetes.io/name']).toBe(d.spec.replicas);
      // every in-cluster host a server is given is a Service of this release, whatever its name
      const { hosts, services } = clusterHosts(ns());
      expect(hosts.map((h) => h.host)).toEqual(expect.arrayContaining(['statsd', 'redis', 'fxa-auth-server'].map((s) => fullname(name, s))));
      for (const h of hosts) expect(services, `${h.where} ${h.variable}=${h.host}`).toContain(h.host);
      // no Secret of the chart's own: prod references the ones init made
      const own = kubectl(['get', 'secrets', '-n', ns(), '-l', `app.kubernetes.io/instance=${name}`, '-o', 'name']).trim();
      expect(own).toBe('');
      const u = await helmIn(bin, ['uninstall', name, '-n', ns(), '--wait']);
      expect(u.code, u.stderr).toBe(0);
    });
  });
}
