/**
 * Keys generated once, on the embedded API server, with Helm 4 and Helm 3: `secrets init` makes them, and
 * no install, upgrade, rollback, re-install or `helm template | kubectl apply` changes a byte; rotating a
 * key or a shared secret and upgrading rolls exactly the servers that read it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KEY_FILES } from '../../schema/keys.ts';
import { toolPath } from '../../scripts/lib/paths.ts';
import { readersOf } from '../../scripts/secrets/index.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { createNamespace, deleteNamespace, ensureCluster, getJson, helmIn, KUBECONFIG } from '../helpers/cluster.ts';
import { CHART, HELMS, helm, valuesFile, type HelmBin } from '../helpers/helm.ts';

const RELEASE = 'fxa';
// values/dev.yaml (every server on) with its shared secrets taken from the Secret `secrets init` makes
const VALUES = ['-f', valuesFile('dev'), '--set', 'global.secrets.existingSecret=fxa-secrets'];

interface Meta { name: string; labels?: Record<string, string>; resourceVersion: string }
interface Volume { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }
interface Container { name: string; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }
interface Deployment { metadata: Meta; spec: { template: { metadata: { annotations?: Record<string, string> }; spec: { volumes?: Volume[]; containers: Container[] } } } }
interface Secret { metadata: Meta; data: Record<string, string> }

function cli(args: string[], ns: string): { code: number | null; stderr: string } {
  // the compiled command line, as operators run it (no TypeScript loader starting under a busy suite)
  const r = runCli(['secrets', ...args, ...VALUES, '-n', ns, '--kubeconfig', KUBECONFIG], { timeout: 120_000 });
  return { code: r.status, stderr: r.stderr };
}

const secret = (ns: string, name: string): Secret => getJson<Secret>(['get', 'secret', name, '-n', ns]);
const both = (ns: string): Record<string, Record<string, string>> => ({ keys: secret(ns, 'fxa-keys').data, shared: secret(ns, 'fxa-secrets').data });

function checksums(ns: string): Record<string, string> {
  return Object.fromEntries(
    getJson<{ items: Deployment[] }>(['get', 'deployments', '-n', ns]).items.map((d) => [d.metadata.labels?.['app.kubernetes.io/name'] ?? d.metadata.name, d.spec.template.metadata.annotations?.['checksum/config'] ?? '']),
  );
}

/** Which servers' pod templates changed between two checksum snapshots. */
const rolled = (before: Record<string, string>, after: Record<string, string>): string[] => Object.keys(after).filter((k) => before[k] !== after[k]).sort();

async function inNamespace(bin: HelmBin, body: (ns: string, h: (args: string[]) => Promise<void>) => Promise<void>): Promise<void> {
  await ensureCluster();
  const ns = createNamespace(`keys-${bin}`);
  const h = async (args: string[]): Promise<void> => {
    const r = await helmIn(bin, [...args, '-n', ns]);
    expect(r.code, `${bin} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  };
  try {
    await body(ns, h);
  } finally {
    await helmIn(bin, ['uninstall', RELEASE, '-n', ns, '--wait']);
    deleteNamespace(ns);
  }
}

describe.each(HELMS)('keys generated once (%s)', (bin) => {
  const install = ['install', RELEASE, CHART, ...VALUES, '--wait', '--timeout', '5m'];
  const upgrade = (...extra: string[]): string[] => ['upgrade', RELEASE, CHART, ...VALUES, ...extra, '--wait', '--timeout', '5m'];

  it('survive install, a second init, upgrade, rollback, uninstall with re-install, and template | apply byte for byte', async () => {
    await inNamespace(bin, async (ns, h) => {
      const init = cli(['init'], ns);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stderr).toMatch(/created .*fxa-keys with 6 key files/);
      const first = both(ns);
      expect(Object.keys(first.keys!).sort()).toEqual(Object.keys(KEY_FILES).sort());
      const versions = [secret(ns, 'fxa-keys').metadata.resourceVersion, secret(ns, 'fxa-secrets').metadata.resourceVersion];

      const again = cli(['init'], ns);
      expect(again.stderr).toMatch(/kept .*fxa-keys/);
      expect(again.stderr).toMatch(/kept .*fxa-secrets, nothing to add/);
      await h(install);
      await h(upgrade('--set', 'fxa-graphql-api.replicaCount=2'));
      await h(['rollback', RELEASE, '1', '--wait', '--timeout', '5m']);
      await h(['uninstall', RELEASE, '--wait']);
      await h(install);

      const rendered = helm(bin, ['template', RELEASE, CHART, ...VALUES, '--namespace', ns]);
      expect(rendered.code, rendered.stderr).toBe(0);
      // the chart never renders the Secrets init made, so applying its output cannot overwrite them
      const secretsRendered = parseAllDocuments(rendered.stdout).map((d) => d.toJS() as { kind?: string; metadata?: { name?: string } } | null).filter((o) => o?.kind === 'Secret').map((o) => o!.metadata?.name);
      expect(secretsRendered).not.toContain('fxa-keys');
      expect(secretsRendered).not.toContain('fxa-secrets');
      // everything but the migrations Job, whose completed hook run Helm left in place (a Job's template is immutable)
      const objects = parseAllDocuments(rendered.stdout).map((d) => d.toJS() as { kind?: string } | null).filter((o) => o && o.kind !== 'Job');
      const apply = spawnSync(toolPath('kubectl'), ['--kubeconfig', KUBECONFIG, 'apply', '-n', ns, '-f', '-'], { input: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), encoding: 'utf8' });
      expect(apply.status, apply.stderr).toBe(0);

      expect(both(ns)).toEqual(first);
      expect([secret(ns, 'fxa-keys').metadata.resourceVersion, secret(ns, 'fxa-secrets').metadata.resourceVersion]).toEqual(versions);
    });
  });

  it('mount read-only into the servers that read key files; rotating rolls exactly the servers that read what changed', async () => {
    await inNamespace(bin, async (ns, h) => {
      expect(cli(['init'], ns).code).toBe(0);
      await h(install);

      const auth = getJson<Deployment>(['get', 'deployment', 'fxa-auth-server', '-n', ns]).spec.template.spec;
      expect(auth.volumes?.find((v) => v.name === 'keys')?.secret).toMatchObject({ secretName: 'fxa-keys' });
      expect(auth.volumes?.find((v) => v.name === 'keys')?.secret?.items?.map((i) => i.key).sort()).toEqual(Object.keys(KEY_FILES).sort());
      expect(auth.containers[0]!.volumeMounts).toContainEqual({ name: 'keys', mountPath: '/fxa-helm/keys', readOnly: true });

      const base = checksums(ns);
      expect(cli(['rotate', 'flowIdKey'], ns).code).toBe(0);
      await h(upgrade());
      const afterFlow = checksums(ns);
      expect(rolled(base, afterFlow)).toEqual(readersOf({}, 'flowIdKey').sort());
      expect(rolled(base, afterFlow)).toEqual(['fxa-auth-server', 'fxa-content-server']);

      const keysBefore = secret(ns, 'fxa-keys').data;
      expect(cli(['rotate', 'openid'], ns).code).toBe(0);
      await h(upgrade());
      const afterOpenid = checksums(ns);
      const keysAfter = secret(ns, 'fxa-keys').data;
      // prepare changes only the next key, which only the auth server reads (it publishes it in the JWKS)
      expect(Object.keys(keysAfter).filter((f) => keysAfter[f] !== keysBefore[f])).toEqual(['openid-newkey.json']);
      expect(rolled(afterFlow, afterOpenid)).toEqual(readersOf({}, 'openid-newkey.json').sort());
      expect(rolled(afterFlow, afterOpenid)).toEqual(['fxa-auth-server']);
      // prepare: a next key appears; the signing key and everything else stay
      expect(keysAfter['openid-key.json']).toBe(keysBefore['openid-key.json']);
      expect(keysAfter['openid-newkey.json']).not.toBe(keysBefore['openid-newkey.json']);
      expect(keysAfter['secret-key.json']).toBe(keysBefore['secret-key.json']);

      // activate: the signing key changes, so the event broker (which signs with it) rolls too
      expect(cli(['rotate', 'openid'], ns).code).toBe(0);
      await h(upgrade());
      const afterActivate = checksums(ns);
      expect(rolled(afterOpenid, afterActivate)).toEqual(['fxa-auth-server', 'fxa-event-broker']);

      // an upgrade with nothing rotated rolls nothing
      await h(upgrade());
      expect(rolled(afterActivate, checksums(ns))).toEqual([]);
    });
  });
});
