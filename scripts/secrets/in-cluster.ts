/**
 * The Secrets through the Kubernetes API from inside a pod, as its ServiceAccount: what the install hook uses
 * (it runs in the FxA image, which has Node and no kubectl). Only node: modules, so the hook's bundle needs
 * nothing else.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { UserError } from '../lib/errors.ts';
import { decoded, secretManifest, type SecretStore } from './store.ts';

export interface ApiAccess {
  /** https://host:port of the API server. */
  readonly server: string;
  readonly token: string;
  /** PEM of the cluster's CA. */
  readonly ca: string;
  readonly namespace: string;
}

/** Where a pod's ServiceAccount token, CA and namespace are; FXA_HELM_SERVICEACCOUNT_DIR runs the hook outside a pod (to debug it, or in tests). */
const SA_DIR = process.env.FXA_HELM_SERVICEACCOUNT_DIR ?? '/var/run/secrets/kubernetes.io/serviceaccount';

/** The pod's own access: the API server from the environment every pod gets, its ServiceAccount's token and CA. */
export function podAccess(env: NodeJS.ProcessEnv = process.env, dir = SA_DIR): ApiAccess {
  const host = env.KUBERNETES_SERVICE_HOST;
  if (!host) throw new UserError('not in a pod: KUBERNETES_SERVICE_HOST is not set');
  const server = `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`;
  return { server, token: readFileSync(`${dir}/token`, 'utf8').trim(), ca: readFileSync(`${dir}/ca.crt`, 'utf8'), namespace: readFileSync(`${dir}/namespace`, 'utf8').trim() };
}

function call(a: ApiAccess, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(path, a.server);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca: a.ca, timeout: 30_000, headers: { authorization: `Bearer ${a.token}`, accept: 'application/json', ...(payload ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> = {};
        try {
          json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {
          json = { message: text.slice(0, 200) };
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 30 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** The API's own words for a refusal (never the request body, which may hold secrets). */
const refusal = (what: string, r: { status: number; json: Record<string, unknown> }): UserError =>
  new UserError(`${what}: HTTP ${r.status} ${String(r.json.reason ?? '')} ${String(r.json.message ?? '')}`.trim());

export function apiStore(a: ApiAccess): SecretStore {
  const base = `/api/v1/namespaces/${encodeURIComponent(a.namespace)}/secrets`;
  return {
    namespace: a.namespace,
    async get(name) {
      const r = await call(a, 'GET', `${base}/${encodeURIComponent(name)}`);
      if (r.status === 404) return null;
      if (r.status !== 200) throw refusal(`reading Secret ${a.namespace}/${name}`, r);
      const meta = r.json.metadata as { resourceVersion: string };
      return { data: decoded(r.json.data as Record<string, string> | undefined), resourceVersion: meta.resourceVersion };
    },
    async create(name, data) {
      const r = await call(a, 'POST', base, secretManifest(name, data));
      if (r.status !== 201) throw refusal(`creating Secret ${a.namespace}/${name}`, r);
    },
    async replace(name, data, resourceVersion) {
      const r = await call(a, 'PUT', `${base}/${encodeURIComponent(name)}`, secretManifest(name, data, resourceVersion));
      if (r.status !== 200) throw refusal(`updating Secret ${a.namespace}/${name}`, r);
    },
  };
}
