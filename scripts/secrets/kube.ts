/** The Secrets `fxa-helm secrets` keeps, read and written through kubectl (no Helm ownership: upgrades never touch them). */
import { spawnSync } from 'node:child_process';
import { toolPath } from '../lib/paths.ts';
import { UserError } from '../lib/errors.ts';

export interface Target {
  namespace: string;
  kubeconfig?: string;
}

export interface StoredSecret {
  data: Record<string, string>;
  resourceVersion: string;
}

function kubectl(t: Target, args: string[], input?: string): { ok: boolean; stdout: string; stderr: string } {
  const base = [...(t.kubeconfig ? ['--kubeconfig', t.kubeconfig] : []), '--namespace', t.namespace];
  const r = spawnSync(toolPath('kubectl'), [...base, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new UserError(`kubectl: ${r.error.message}`);
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.trim() };
}

/** The Secret's decoded data, or null when it does not exist. */
export function getSecret(t: Target, name: string): StoredSecret | null {
  const r = kubectl(t, ['get', 'secret', name, '-o', 'json']);
  if (!r.ok) {
    if (/NotFound/.test(r.stderr)) return null;
    throw new UserError(`reading Secret ${t.namespace}/${name}: ${r.stderr.split('\n')[0]}`);
  }
  const obj = JSON.parse(r.stdout) as { data?: Record<string, string>; metadata: { resourceVersion: string } };
  const data = Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
  return { data, resourceVersion: obj.metadata.resourceVersion };
}

function manifest(name: string, data: Record<string, string>, resourceVersion?: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name,
      ...(resourceVersion ? { resourceVersion } : {}),
      labels: { 'app.kubernetes.io/part-of': 'fxa', 'app.kubernetes.io/managed-by': 'fxa-helm-secrets' },
      annotations: { 'fxa-helm/note': 'made by `fxa-helm secrets`; Helm never changes it. Rotate with `fxa-helm secrets rotate`, then helm upgrade' },
    },
    data: Object.fromEntries(Object.keys(data).sort().map((k) => [k, Buffer.from(data[k]!, 'utf8').toString('base64')])),
  });
}

/** Create, failing if someone else created it meanwhile (never overwrite keys). */
export function createSecret(t: Target, name: string, data: Record<string, string>): void {
  const r = kubectl(t, ['create', '-f', '-'], manifest(name, data));
  if (!r.ok) throw new UserError(`creating Secret ${t.namespace}/${name}: ${r.stderr.split('\n')[0]}`);
}

/** Replace at the version read (optimistic: a concurrent change makes this fail instead of being lost). */
export function replaceSecret(t: Target, name: string, data: Record<string, string>, resourceVersion: string): void {
  const r = kubectl(t, ['replace', '-f', '-'], manifest(name, data, resourceVersion));
  if (!r.ok) throw new UserError(`updating Secret ${t.namespace}/${name}: ${r.stderr.split('\n')[0]}`);
}
