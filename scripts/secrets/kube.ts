/** The Secrets `fxa-helm secrets` keeps, read and written through kubectl (no Helm ownership: upgrades never touch them). */
import { spawnSync } from 'node:child_process';
import { toolCommand } from '../lib/paths.ts';
import { UserError } from '../lib/errors.ts';
import { decoded, secretManifest, type SecretStore } from './store.ts';

export interface Target {
  namespace: string;
  kubeconfig?: string;
}

function kubectl(t: Target, args: string[], input?: string): { ok: boolean; stdout: string; stderr: string } {
  const base = [...(t.kubeconfig ? ['--kubeconfig', t.kubeconfig] : []), '--namespace', t.namespace];
  const r = spawnSync(toolCommand('kubectl'), [...base, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new UserError(`kubectl: ${r.error.message}`);
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.trim() };
}

/** kubectl's refusal as one line; a namespace that does not exist says how to make it. */
function refusal(t: Target, what: string, stderr: string): UserError {
  if (/namespaces? "[^"]*" not found/.test(stderr)) return new UserError(`namespace ${t.namespace} does not exist: create it with \`kubectl create namespace ${t.namespace}\`, then run this again`);
  return new UserError(`${what}: ${stderr.split('\n')[0]}`);
}

export function kubectlStore(t: Target): SecretStore {
  return {
    namespace: t.namespace,
    async get(name) {
      const r = kubectl(t, ['get', 'secret', name, '-o', 'json']);
      if (!r.ok) {
        if (/NotFound/.test(r.stderr)) return null;
        throw refusal(t, `reading Secret ${t.namespace}/${name}`, r.stderr);
      }
      const obj = JSON.parse(r.stdout) as { data?: Record<string, string>; metadata: { resourceVersion: string } };
      return { data: decoded(obj.data), resourceVersion: obj.metadata.resourceVersion };
    },
    async create(name, data) {
      const r = kubectl(t, ['create', '-f', '-'], JSON.stringify(secretManifest(name, data)));
      if (!r.ok) throw refusal(t, `creating Secret ${t.namespace}/${name}`, r.stderr);
    },
    async replace(name, data, resourceVersion) {
      const r = kubectl(t, ['replace', '-f', '-'], JSON.stringify(secretManifest(name, data, resourceVersion)));
      if (!r.ok) throw refusal(t, `updating Secret ${t.namespace}/${name}`, r.stderr);
    },
  };
}
