/**
 * The control plane's PKI, made for real by openssl in a temporary directory and read back with
 * node:crypto's X509Certificate (and `openssl x509 -text` for what node does not expose): who each
 * certificate names, who signed it, what it may be used for and for how long, and that a later run
 * keeps what exists.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dirs = vi.hoisted(() => {
  const { mkdtempSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { join } = require('node:path') as typeof import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'fxa-pki-'));
  return { root, pki: join(root, 'pki') };
});
vi.mock('../../scripts/cluster/paths.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../scripts/cluster/paths.ts')>();
  const { join } = await import('node:path');
  return {
    ...real,
    CLUSTER_DIR: dirs.root,
    PKI_DIR: dirs.pki,
    PORTS: { ...real.PORTS, apiserver: 31443 },
    kubeconfigFor: (user: string) => join(dirs.root, `${user}.kubeconfig`),
  };
});

const { ensurePki, REAL_NODE, USERS } = await import('../../scripts/cluster/pki.ts');

afterAll(() => rmSync(dirs.root, { recursive: true, force: true }));
// made by the first test that needs it, not a hook: what a hook runs no single test is credited with
let made = false;
const pki = (): void => {
  if (!made) ensurePki();
  made = true;
};

const cert = (name: string): X509Certificate => new X509Certificate(readFileSync(join(dirs.pki, `${name}.crt`)));
const text = (name: string): string => execFileSync('openssl', ['x509', '-noout', '-text', '-in', join(dirs.pki, `${name}.crt`)], { encoding: 'utf8' });
const DAY = 86_400_000;
const days = (c: X509Certificate): number => Math.round((Date.parse(c.validTo) - Date.parse(c.validFrom)) / DAY);
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/**
 * The checks of a fresh PKI, run by one test: Stryker credits the making of the PKI to the test that
 * made it, so every check of what it made belongs in that test.
 */
const checks: [string, () => void][] = [];
const check = (name: string, fn: () => void): void => void checks.push([name, fn]);
const group = (name: string, fn: () => void): void => fn();

group('the certificate authorities', () => {
  check('are self-signed CAs for ten years, under their own names', () => {
    for (const [name, cn] of [['ca', 'CN=fxa-helm-local-ca'], ['front-proxy-ca', 'CN=fxa-helm-front-proxy-ca']] as const) {
      const c = cert(name);
      expect(c.subject, name).toBe(cn);
      expect(c.issuer, name).toBe(cn);
      expect(c.ca, name).toBe(true);
      expect(c.verify(c.publicKey), name).toBe(true);
      expect(days(c), name).toBe(3650);
      expect(text(name), name).toMatch(/Signature Algorithm: sha256WithRSAEncryption/);
      expect(text(name), name).toMatch(/Public-Key: \(2048 bit\)/);
    }
    expect(cert('ca').fingerprint256).not.toBe(cert('front-proxy-ca').fingerprint256);
  });
});

group("the API server's serving certificate", () => {
  const c = (): X509Certificate => cert('apiserver');

  check('is signed by the CA and names the API server', () => {
    expect(c().subject).toBe('CN=kube-apiserver');
    expect(c().issuer).toBe('CN=fxa-helm-local-ca');
    expect(c().verify(cert('ca').publicKey)).toBe(true);
    expect(c().checkIssued(cert('ca'))).toBe(true);
    expect(c().ca).toBe(false);
    expect(days(c())).toBe(3650);
  });

  check('answers for loopback, the kubernetes Service address and its DNS names', () => {
    expect(c().subjectAltName).toBe('IP Address:127.0.0.1, IP Address:10.96.0.1, DNS:localhost, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local');
    expect(c().checkIP('10.96.0.1')).toBe('10.96.0.1');
    expect(c().checkHost('kubernetes.default.svc.cluster.local')).toBe('kubernetes.default.svc.cluster.local');
    expect(c().checkHost('example.com')).toBeUndefined();
  });

  check('serves TLS and nothing else, with a critical key usage', () => {
    expect(c().keyUsage).toEqual([SERVER_AUTH]);
    expect(text('apiserver')).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment\n/);
    expect(text('apiserver')).toMatch(/Signature Algorithm: sha256WithRSAEncryption/);
  });
});

group('the client certificates', () => {
  const clients: Record<string, [subject: string, issuer: string]> = {
    admin: ['O=system:masters\nCN=kubernetes-admin', 'CN=fxa-helm-local-ca'],
    'kube-controller-manager': ['CN=system:kube-controller-manager', 'CN=fxa-helm-local-ca'],
    'kube-scheduler': ['CN=system:kube-scheduler', 'CN=fxa-helm-local-ca'],
    kubelet: ['O=system:nodes\nCN=system:node:real-node-0', 'CN=fxa-helm-local-ca'],
    'kube-proxy': ['CN=system:kube-proxy', 'CN=fxa-helm-local-ca'],
    'apiserver-kubelet-client': ['O=system:masters\nCN=kube-apiserver-kubelet-client', 'CN=fxa-helm-local-ca'],
    'front-proxy-client': ['CN=front-proxy-client', 'CN=fxa-helm-front-proxy-ca'],
  };

  check('name the users and groups Kubernetes knows, each signed by its CA for client auth only', () => {
    for (const [name, [subject, issuer]] of Object.entries(clients)) {
      const c = cert(name);
      expect(c.subject, name).toBe(subject);
      expect(c.issuer, name).toBe(issuer);
      expect(c.verify(cert(issuer === 'CN=fxa-helm-local-ca' ? 'ca' : 'front-proxy-ca').publicKey), name).toBe(true);
      expect(c.keyUsage, name).toEqual([CLIENT_AUTH]);
      expect(c.subjectAltName, name).toBeUndefined();
      expect(days(c), name).toBe(3650);
      expect(text(name), name).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment\n/);
      expect(c.checkPrivateKey(createPrivateKey(readFileSync(join(dirs.pki, `${name}.key`)))), name).toBe(true);
    }
    // the users with kubeconfigs are the ones above less the API server's and the front proxy's own
    expect(Object.keys(USERS).sort()).toEqual(['admin', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubelet']);
    expect(REAL_NODE).toBe('real-node-0');
  });

  check('the front proxy is not trusted by the main CA, nor a user by the front proxy CA', () => {
    expect(cert('front-proxy-client').verify(cert('ca').publicKey)).toBe(false);
    expect(cert('admin').verify(cert('front-proxy-ca').publicKey)).toBe(false);
  });
});

check('makes a service-account key pair: what the private key signs, the public key verifies', () => {
  const priv = createPrivateKey(readFileSync(join(dirs.pki, 'sa.key')));
  const pub = createPublicKey(readFileSync(join(dirs.pki, 'sa.pub')));
  expect(pub.asymmetricKeyDetails?.modulusLength).toBe(2048);
  const sig = sign('sha256', Buffer.from('token'), priv);
  expect(verify('sha256', Buffer.from('token'), pub, sig)).toBe(true);
});

check('leaves keys, certificates and serials only: no request or extension file', () => {
  expect(readdirSync(dirs.pki).sort()).toEqual([
    'admin.crt', 'admin.key',
    'apiserver-kubelet-client.crt', 'apiserver-kubelet-client.key',
    'apiserver.crt', 'apiserver.key',
    'ca.crt', 'ca.key', 'ca.srl',
    'front-proxy-ca.crt', 'front-proxy-ca.key', 'front-proxy-ca.srl',
    'front-proxy-client.crt', 'front-proxy-client.key',
    'kube-controller-manager.crt', 'kube-controller-manager.key',
    'kube-proxy.crt', 'kube-proxy.key',
    'kube-scheduler.crt', 'kube-scheduler.key',
    'kubelet.crt', 'kubelet.key',
    'sa.key', 'sa.pub',
  ]);
});

check("writes each user a kubeconfig naming the API server's port, the CA and its own certificate", () => {
  expect(readFileSync(join(dirs.root, 'kubelet.kubeconfig'), 'utf8')).toBe(`apiVersion: v1
kind: Config
clusters:
  - name: fxa-helm
    cluster:
      server: https://127.0.0.1:31443
      certificate-authority: ${dirs.pki}/ca.crt
users:
  - name: kubelet
    user:
      client-certificate: ${dirs.pki}/kubelet.crt
      client-key: ${dirs.pki}/kubelet.key
contexts:
  - name: fxa-helm
    context: {cluster: fxa-helm, user: kubelet}
current-context: fxa-helm
`);
  for (const user of ['admin', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy']) {
    expect(readFileSync(join(dirs.root, `${user}.kubeconfig`), 'utf8'), user).toContain(`  - name: ${user}\n    user:\n      client-certificate: ${dirs.pki}/${user}.crt\n`);
  }
  expect(readdirSync(dirs.root).filter((f) => f.endsWith('.kubeconfig')).sort()).toEqual(['admin.kubeconfig', 'kube-controller-manager.kubeconfig', 'kube-proxy.kubeconfig', 'kube-scheduler.kubeconfig', 'kubelet.kubeconfig']);
});

it('makes a fresh PKI that passes every check', () => {
  pki();
  for (const [name, fn] of checks) {
    try {
      fn();
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`);
    }
  }
  expect(checks.length).toBe(9);
}, 60_000);

it('keeps an existing PKI, and adds a missing client certificate under the same CA', () => {
  pki();
  const before = Object.fromEntries(['ca', 'apiserver', 'front-proxy-ca', 'front-proxy-client', 'admin', 'apiserver-kubelet-client'].map((n) => [n, cert(n).fingerprint256]));
  const oldProxy = cert('kube-proxy').fingerprint256;
  rmSync(join(dirs.pki, 'kube-proxy.crt'));
  ensurePki();
  for (const [n, fp] of Object.entries(before)) expect(cert(n).fingerprint256, n).toBe(fp);
  expect(cert('kube-proxy').fingerprint256).not.toBe(oldProxy);
  expect(cert('kube-proxy').verify(cert('ca').publicKey)).toBe(true);
  expect(cert('kube-proxy').subject).toBe('CN=system:kube-proxy');
}, 60_000);

it('makes a new CA, server certificate and client certificates when the service-account key is missing', () => {
  pki();
  const oldCa = cert('ca').fingerprint256;
  const oldSa = readFileSync(join(dirs.pki, 'sa.key'), 'utf8');
  const clients = [...Object.keys(USERS), 'apiserver-kubelet-client'];
  const oldClients = Object.fromEntries(clients.map((n) => [n, cert(n).fingerprint256]));
  rmSync(join(dirs.pki, 'sa.pub'));
  ensurePki();
  // every client certificate the old CA signed is signed again by the new one, under the same name
  for (const n of clients) {
    expect(cert(n).fingerprint256, n).not.toBe(oldClients[n]);
    expect(cert(n).verify(cert('ca').publicKey), n).toBe(true);
  }
  expect(cert('apiserver-kubelet-client').subject).toBe('O=system:masters\nCN=kube-apiserver-kubelet-client');
  expect(cert('kubelet').subject).toBe('O=system:nodes\nCN=system:node:real-node-0');
  expect(cert('ca').fingerprint256).not.toBe(oldCa);
  expect(cert('apiserver').verify(cert('ca').publicKey)).toBe(true);
  expect(readFileSync(join(dirs.pki, 'sa.key'), 'utf8')).not.toBe(oldSa);
}, 60_000);
