/**
 * The two SecretStores (scripts/secrets/in-cluster.ts through node:https, scripts/secrets/kube.ts through the
 * project's kubectl) against the Secret API of ./api-server.ts: what they send (the path, the token, the
 * Secret object with its labels and base64 data), and how they read answers (a missing Secret is null, a
 * refusal one line with the API's words). The install hook's program runs the same way end to end.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { toolPath } from '../../scripts/lib/paths.ts';
import { howToGive, runHook } from '../../scripts/secrets/hook.ts';
import { apiStore, podAccess, type ApiAccess } from '../../scripts/secrets/in-cluster.ts';
import { kubectlStore } from '../../scripts/secrets/kube.ts';
import type { SecretStore } from '../../scripts/secrets/store.ts';
import { apiServer, CA, TOKEN, type ApiServer } from './api-server.ts';

const NOW = new Date('2026-12-02T10:40:00Z');
const LABELS = { 'app.kubernetes.io/part-of': 'fxa', 'app.kubernetes.io/managed-by': 'fxa-helm-secrets' };
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

let api: ApiServer;
beforeAll(async () => { api = await apiServer(['ns', 'other']); });
afterAll(() => { api.close(); });
beforeEach(async () => { await api.reset(); });
const stored = async (key: string) => (await api.state()).secrets[key]!;

const refusal = (p: Promise<unknown>): Promise<string> => p.then(
  () => 'no refusal',
  (e: unknown) => { expect(e).toBeInstanceOf(UserError); return (e as Error).message; },
);

/** What both stores must do the same way. */
function behavesAsAStore(make: (namespace: string) => SecretStore): void {
  it('reads a missing Secret as null, creates it as ours with base64 data in key order, then reads it decoded', async () => {
    const store = make('ns');
    expect(store.namespace).toBe('ns');
    expect(await store.get('fxa-keys')).toBeNull();
    await store.create('fxa-keys', { 'z.json': '{"k":"ü"}', 'a.json': 'x' });
    const obj = await stored('ns/fxa-keys');
    expect(obj).toMatchObject({ apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'fxa-keys', labels: LABELS } });
    expect(obj.metadata.annotations!['fxa-helm/note']).toMatch(/^made by `fxa-helm secrets` or the install hook; Helm never changes it/);
    expect(Object.entries(obj.data!)).toEqual([['a.json', b64('x')], ['z.json', b64('{"k":"ü"}')]]);
    expect(await store.get('fxa-keys')).toEqual({ data: { 'a.json': 'x', 'z.json': '{"k":"ü"}' }, resourceVersion: obj.metadata.resourceVersion });
  });

  it('replaces at the version read, and refuses a stale version or creating what exists, in the API\'s words', async () => {
    const store = make('ns');
    await store.create('s', { a: '1' });
    const read = (await store.get('s'))!;
    await store.replace('s', { a: '2', b: '3' }, read.resourceVersion);
    expect(await store.get('s')).toMatchObject({ data: { a: '2', b: '3' } });
    expect(await refusal(store.replace('s', { a: '4' }, read.resourceVersion))).toMatch(/^updating Secret ns\/s: .*Operation cannot be fulfilled on secrets "s": the object has been modified/);
    expect(await refusal(store.create('s', { a: '5' }))).toMatch(/^creating Secret ns\/s: .*secrets "s" already exists/);
    expect((await store.get('s'))!.data).toEqual({ a: '2', b: '3' });
  });

  it('reads a Secret without data as empty', async () => {
    await api.put('ns/empty', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'empty', resourceVersion: '7' } });
    expect(await make('ns').get('empty')).toEqual({ data: {}, resourceVersion: '7' });
  });

  it('keeps to its namespace', async () => {
    await make('other').create('s', { a: '1' });
    expect(Object.keys((await api.state()).secrets)).toEqual(['other/s']);
    expect(await make('ns').get('s')).toBeNull();
  });
}

describe('the API store (the install hook\'s)', () => {
  const access = (namespace: string): ApiAccess => ({ server: api.url, token: TOKEN, ca: CA, namespace });
  behavesAsAStore((ns) => apiStore(access(ns)));

  it('sends the token, asks for JSON, and names the Secret in the path', async () => {
    const store = apiStore(access('ns'));
    await store.get('fxa-keys');
    await store.create('fxa-keys', { a: '1' });
    const version = (await stored('ns/fxa-keys')).metadata.resourceVersion;
    await store.replace('fxa-keys', { a: '2' }, version);
    const { requests } = await api.state();
    expect(requests.map((r) => `${r.method} ${r.path} ${r.authorization} ${r.accept} ${r.contentType}`)).toEqual([
      `GET /api/v1/namespaces/ns/secrets/fxa-keys Bearer ${TOKEN} application/json undefined`,
      `POST /api/v1/namespaces/ns/secrets Bearer ${TOKEN} application/json application/json`,
      `PUT /api/v1/namespaces/ns/secrets/fxa-keys Bearer ${TOKEN} application/json application/json`,
    ]);
    expect(JSON.parse(requests[1]!.body).metadata.resourceVersion).toBeUndefined();
    expect(JSON.parse(requests[2]!.body).metadata).toMatchObject({ name: 'fxa-keys', resourceVersion: version });
    expect(requests[0]!.body).toBe('');
  });

  it('says why a request was refused, with the status and the API\'s reason, and no body it sent', async () => {
    const store = apiStore(access('ns'));
    expect(await refusal(apiStore({ ...access('ns'), token: 'wrong' }).get('s'))).toBe('reading Secret ns/s: HTTP 401 Unauthorized Unauthorized');
    expect(await refusal(apiStore(access('gone')).create('s', { password: 'hunter2' }))).toBe('creating Secret gone/s: HTTP 404 NotFound namespaces "gone" not found');
    await api.failNext(503, 'upstream <b>down</b>');
    expect(await refusal(store.get('s'))).toBe('reading Secret ns/s: HTTP 503  upstream <b>down</b>');
    await api.failNext(500, 'x'.repeat(300));
    expect(await refusal(store.replace('s', { password: 'hunter2' }, '1'))).toBe(`updating Secret ns/s: HTTP 500  ${'x'.repeat(200)}`);
    await api.failNext(403, '');
    expect(await refusal(store.get('s'))).toBe('reading Secret ns/s: HTTP 403');
    await api.failNext(200, '{}');
    expect(await refusal(store.create('s', {}))).toBe('creating Secret ns/s: HTTP 200');
  });

  it('trusts only the CA it is given', async () => {
    // node's own CAs do not include the test server's self-signed certificate
    await expect(apiStore({ ...access('ns'), ca: '' }).get('s')).rejects.toThrow(/self[- ]signed certificate/);
  });
});

describe('the pod\'s access', () => {
  const dir = tmp('fxa-sa-');
  writeFileSync(join(dir, 'token'), `${TOKEN}\n`);
  writeFileSync(join(dir, 'ca.crt'), CA);
  writeFileSync(join(dir, 'namespace'), 'ns\n');

  it('is the API server from the environment, the token, CA and namespace from the ServiceAccount\'s files', () => {
    expect(podAccess({ KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '6443' }, dir)).toEqual({ server: 'https://10.0.0.1:6443', token: TOKEN, ca: CA, namespace: 'ns' });
    expect(podAccess({ KUBERNETES_SERVICE_HOST: 'fd00::1' }, dir).server).toBe('https://[fd00::1]:443');
  });

  it('refuses outside a pod', () => {
    expect(() => podAccess({}, dir)).toThrow(new UserError('not in a pod: KUBERNETES_SERVICE_HOST is not set'));
  });
});

describe('the install hook\'s program', () => {
  const input = (values: Record<string, unknown>): string => {
    const file = join(tmp('fxa-hook-'), 'values.json');
    writeFileSync(file, JSON.stringify({ release: 'fxa', values }));
    return file;
  };
  const access: ApiAccess = { server: '', token: TOKEN, ca: CA, namespace: 'ns' };

  it('makes both Secrets through the API, then keeps them', async () => {
    const file = input({ global: { secrets: { existingSecret: 'mine' } } });
    const a = { ...access, server: api.url };
    expect(await runHook(file, NOW, a)).toEqual([
      'created ns/fxa-keys with 6 key files',
      expect.stringMatching(/^created ns\/mine, added flowIdKey, /),
    ]);
    expect(Object.keys((await api.state()).secrets).sort()).toEqual(['ns/fxa-keys', 'ns/mine']);
    expect(await runHook(file, NOW, a)).toEqual(['kept ns/fxa-keys (all 6 key files present)', 'kept ns/mine, nothing to add']);
  });

  it('tells the operator how to add the keys only they have', async () => {
    const file = input({ global: { mysql: { host: 'db' }, smtp: { user: 'u' } } });
    expect(await refusal(runHook(file, NOW, { ...access, server: api.url }))).toBe(
      'ns/fxa-secrets needs mysqlPassword (password on global.mysql.host); smtpPassword (password of global.smtp.user): add them to the Secret first (kubectl -n ns create secret generic fxa-secrets --from-literal=mysqlPassword=... --from-literal=smtpPassword=..., or, when it exists, kubectl -n ns edit secret fxa-secrets), then install again',
    );
    expect(howToGive('fxa', 's')(['k'])).toBe('add it to the Secret first (kubectl -n fxa create secret generic s --from-literal=k=..., or, when it exists, kubectl -n fxa edit secret s), then install again');
  });

  it('reaches its pod\'s API server when given none', async () => {
    const dir = tmp('fxa-sa-');
    writeFileSync(join(dir, 'token'), TOKEN);
    writeFileSync(join(dir, 'ca.crt'), CA);
    writeFileSync(join(dir, 'namespace'), 'other');
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '');
    expect(await refusal(runHook(input({}), NOW))).toBe('not in a pod: KUBERNETES_SERVICE_HOST is not set');
    vi.unstubAllEnvs();
  });
});

describe.skipIf(!existsSync(toolPath('kubectl')))('the kubectl store (the CLI\'s)', () => {
  const home = tmp('fxa-kubectl-');
  const kubeconfig = join(home, 'config');
  beforeAll(() => {
    writeFileSync(kubeconfig, JSON.stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'c',
      clusters: [{ name: 't', cluster: { server: api.url, 'certificate-authority-data': b64(CA) } }],
      users: [{ name: 'u', user: { token: TOKEN } }],
      contexts: [{ name: 'c', context: { cluster: 't', user: 'u' } }],
    }));
    vi.stubEnv('KUBECACHEDIR', join(home, 'cache'));
  });
  afterAll(() => { vi.unstubAllEnvs(); });

  behavesAsAStore((ns) => kubectlStore({ namespace: ns, kubeconfig }));

  it('says in one line how to make a namespace that does not exist', async () => {
    expect(await refusal(kubectlStore({ namespace: 'gone', kubeconfig }).create('s', { a: '1' }))).toBe('namespace gone does not exist: create it with `kubectl create namespace gone`, then run this again');
    expect(await kubectlStore({ namespace: 'gone', kubeconfig }).get('s')).toBeNull();
  });

  it('says why kubectl refused, in its first line', async () => {
    const wrong = join(home, 'wrong-token');
    writeFileSync(wrong, readFileSync(kubeconfig, 'utf8').replace(TOKEN, 'wrong'));
    const said = await refusal(kubectlStore({ namespace: 'ns', kubeconfig: wrong }).get('s'));
    expect(said).toMatch(/^reading Secret ns\/s: .*Unauthorized/);
    expect(said).not.toContain('\n');
  });

  it('reads the cluster from the kubeconfig it is given', async () => {
    const none = join(home, 'absent');
    writeFileSync(none, JSON.stringify({ apiVersion: 'v1', kind: 'Config', clusters: [], users: [], contexts: [] }));
    expect(await refusal(kubectlStore({ namespace: 'ns', kubeconfig: none }).get('s'))).toMatch(/^reading Secret ns\/s: /);
  });
});
