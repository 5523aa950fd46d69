/**
 * The install hook's program as the chart ships it (charts/fxa/files/secrets-hook.mjs, with the plan the chart
 * renders into its ConfigMap), run by Node against the embedded API server as the hook's own ServiceAccount:
 * its rendered Role and RoleBinding applied, its token issued by the API server. It makes both Secrets in
 * the formats FxA's scripts write, keeps them byte for byte on every later run, adds only a key file that
 * is missing, prints no value, and names the keys only an operator can give when they are absent.
 *
 * The Job itself runs in a pod on the real node, through Helm's install, upgrade, rollback and re-install
 * (test/real-node); this file reaches the branches a fresh install does not (a missing key file, an absent
 * operator-only key) without a node.
 */
import { spawnSync } from 'node:child_process';
import { createECDH, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILES } from '../../schema/keys.ts';
import { PKI_DIR, PORTS } from '../../scripts/cluster/paths.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { plan } from '../../scripts/secrets/plan.ts';
import { userValues } from '../../scripts/validate/index.ts';
import { cli } from '../helpers/cli.ts';
import { getJson, KUBECONFIG, kubectl } from '../helpers/cluster.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const HOOK = 'fxa-secrets-hook';
const BUNDLE = join(ROOT, 'charts', 'fxa', 'files', 'secrets-hook.mjs');
const SHARED = 'fxa-hook-shared';

interface Stored { data: Record<string, string>; metadata: { resourceVersion: string; labels?: Record<string, string> } }

describe('the secrets hook\'s program', () => {
  const ns = useNamespace('hook');

  /** Apply the hook's ServiceAccount, Role and RoleBinding as rendered; return the plan file its ConfigMap carries. */
  function setUp(sets: string[]): string {
    const objects = render('helm', ['-f', valuesFile('dev'), '--namespace', ns(), ...sets.flatMap((s) => ['--set', s])]).filter((o) => o.metadata.name === HOOK);
    const rbac = objects.filter((o) => ['ServiceAccount', 'Role', 'RoleBinding'].includes(o.kind));
    kubectl(['apply', '-n', ns(), '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: rbac }));
    const cm = objects.find((o) => o.kind === 'ConfigMap') as K8sObject & { data: Record<string, string> };
    // the chart ships exactly the bundle gen wrote
    expect(cm.data['secrets-hook.mjs']).toBe(readFileSync(BUNDLE, 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'fxa-hook-'));
    writeFileSync(join(dir, 'values.json'), cm.data['values.json']!);
    // the pod's ServiceAccount files: a token the API server issues for the hook's account, its CA, the namespace
    writeFileSync(join(dir, 'token'), kubectl(['create', 'token', HOOK, '-n', ns()]).trim());
    writeFileSync(join(dir, 'ca.crt'), readFileSync(join(PKI_DIR, 'ca.crt')));
    writeFileSync(join(dir, 'namespace'), ns());
    return dir;
  }

  const run = (dir: string): { status: number | null; out: string } => {
    const r = spawnSync(process.execPath, [BUNDLE, join(dir, 'values.json')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(PORTS.apiserver), FXA_HELM_SERVICEACCOUNT_DIR: dir },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const secret = (name: string): Stored => getJson<Stored>(['get', 'secret', name, '-n', ns()]);
  const text = (s: Stored, key: string): string => Buffer.from(s.data[key]!, 'base64').toString('utf8');

  it('makes both Secrets once, in FxA\'s formats, and keeps them byte for byte afterwards', () => {
    const sets = [`global.secrets.existingSecret=${SHARED}`];
    const dir = setUp(sets);
    const first = run(dir);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toContain(`created ${ns()}/fxa-keys with 6 key files`);
    const keys = secret('fxa-keys');
    const shared = secret(SHARED);
    for (const s of [keys, shared]) expect(s.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('fxa-helm-secrets');
    expect(Object.keys(keys.data).sort()).toEqual(Object.keys(KEY_FILES).sort());
    expect(Object.keys(shared.data).sort()).toEqual([...new Set(plan(userValues([valuesFile('dev')], sets), 'fxa').generated)].sort());
    // nothing it printed is a value it stored
    for (const s of [keys, shared]) for (const k of Object.keys(s.data)) expect(first.out).not.toContain(text(s, k).slice(0, 24));

    // the keys work: each signing key verifies with its published half; the VAPID pair is one P-256 pair
    const signs = (priv: string, pub: Record<string, unknown>): boolean => {
      const sig = sign('sha256', Buffer.from('fxa-helm'), createPrivateKey({ key: JSON.parse(priv), format: 'jwk' }));
      return verify('sha256', Buffer.from('fxa-helm'), createPublicKey({ key: pub, format: 'jwk' }), sig);
    };
    expect(signs(text(keys, 'secret-key.json'), JSON.parse(text(keys, 'public-key.json')))).toBe(true);
    const openid = JSON.parse(text(keys, 'openid-key.json')) as Record<string, string>;
    expect(openid).toMatchObject({ alg: 'RS256', use: 'sig' });
    expect(signs(JSON.stringify(openid), { kty: openid.kty, n: openid.n, e: openid.e })).toBe(true);
    const vapid = JSON.parse(text(keys, 'vapid-keys.json')) as { publicKey: string; privateKey: string };
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(vapid.privateKey, 'base64url'));
    expect(ecdh.getPublicKey().toString('base64url')).toBe(vapid.publicKey);

    // every later install and upgrade runs it again: nothing is written
    const again = run(dir);
    expect(again.status, again.out).toBe(0);
    expect(again.out).toContain('nothing to add');
    expect(secret('fxa-keys')).toEqual(keys);
    expect(secret(SHARED)).toEqual(shared);

    // a key file that went missing is made alone; every other stays as it was
    kubectl(['patch', 'secret', 'fxa-keys', '-n', ns(), '--type', 'json', '-p', JSON.stringify([{ op: 'remove', path: '/data/vapid-keys.json' }])]);
    const refill = run(dir);
    expect(refill.out).toContain(`kept ${ns()}/fxa-keys, added vapid-keys.json`);
    const refilled = secret('fxa-keys');
    for (const k of Object.keys(KEY_FILES).filter((f) => f !== 'vapid-keys.json')) expect(refilled.data[k], k).toBe(keys.data[k]);
    expect(refilled.data['vapid-keys.json']).not.toBe(keys.data['vapid-keys.json']);

    // the rotation command works on what the hook made
    const rotate = cli(['secrets', 'rotate', 'openid', '-f', valuesFile('dev'), ...sets.flatMap((s) => ['--set', s]), '-n', ns(), '--kubeconfig', KUBECONFIG]);
    expect(rotate.status, rotate.stderr).toBe(0);
    expect((JSON.parse(text(secret('fxa-keys'), 'openid-newkey.json')) as { kid?: string }).kid).toBeTruthy();
  });

  it('names the keys only an operator can give, and how to give them, instead of inventing them', () => {
    const dir = setUp(['global.secrets.existingSecret=fxa-hook-given', 'global.smtp.user=relay-user']);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${ns()}/fxa-hook-given needs smtpPassword (password of global.smtp.user)`);
    expect(r.out).toContain(`kubectl -n ${ns()} create secret generic fxa-hook-given --from-literal=smtpPassword=...`);
    expect(kubectl(['get', 'secrets', '-n', ns(), '-o', 'name'])).not.toContain('fxa-hook-given');
  });
});
