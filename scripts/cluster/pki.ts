/**
 * A throw-away PKI for the local control plane (openssl): a CA, the API server's serving certificate,
 * client certificates for admin / controller-manager / scheduler, a front-proxy CA, and the
 * service-account signing key. Created once per cluster directory and reused by later `up`s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PKI_DIR, PORTS, kubeconfigFor } from './paths.ts';

const ssl = (args: string[]): void => {
  execFileSync('openssl', args, { cwd: PKI_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
};

function signed(name: string, subject: string, ca: string, ext: string): void {
  ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
  writeFileSync(join(PKI_DIR, `${name}.ext`), ext);
  ssl(['x509', '-req', '-sha256', '-days', '3650', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-extfile', `${name}.ext`, '-out', `${name}.crt`]);
  rmSync(join(PKI_DIR, `${name}.csr`));
  rmSync(join(PKI_DIR, `${name}.ext`));
}

const CLIENT_EXT = 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n';
/** The real node's kubelet (the Node authorizer knows it by this name and group). */
export const REAL_NODE = 'real-node-0';
/**
 * Users with a client certificate and a kubeconfig: admin is in system:masters; the kubelet and
 * kube-proxy users are the ones Kubernetes' default RBAC and Node authorizer expect.
 */
export const USERS = {
  admin: '/O=system:masters/CN=kubernetes-admin',
  'kube-controller-manager': '/CN=system:kube-controller-manager',
  'kube-scheduler': '/CN=system:kube-scheduler',
  kubelet: `/O=system:nodes/CN=system:node:${REAL_NODE}`,
  'kube-proxy': '/CN=system:kube-proxy',
} as const;

/**
 * Every client certificate the main CA signs: the users, and the API server's own towards kubelets (logs, exec,
 * port-forward on the real node).
 */
const CA_CLIENTS: Readonly<Record<string, string>> = { ...USERS, 'apiserver-kubelet-client': '/O=system:masters/CN=kube-apiserver-kubelet-client' };

export function ensurePki(): void {
  mkdirSync(PKI_DIR, { recursive: true });
  const missing = (name: string): boolean => !existsSync(join(PKI_DIR, `${name}.crt`));
  if (!existsSync(join(PKI_DIR, 'sa.pub'))) {
    ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=fxa-helm-local-ca']);
    signed('apiserver', '/CN=kube-apiserver', 'ca',
      'subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n');
    ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650', '-keyout', 'front-proxy-ca.key', '-out', 'front-proxy-ca.crt', '-subj', '/CN=fxa-helm-front-proxy-ca']);
    signed('front-proxy-client', '/CN=front-proxy-client', 'front-proxy-ca', CLIENT_EXT);
    ssl(['genrsa', '-out', 'sa.key', '2048']);
    ssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub']);
    // the old CA's client certificates would be refused by an API server trusting the new one: signed again below
    for (const name of Object.keys(CA_CLIENTS)) rmSync(join(PKI_DIR, `${name}.crt`), { force: true });
  }
  // each on its own: a PKI made before a client existed gains it without a new CA
  for (const [name, subject] of Object.entries(CA_CLIENTS)) if (missing(name)) signed(name, subject, 'ca', CLIENT_EXT);
  for (const user of Object.keys(USERS)) writeFileSync(kubeconfigFor(user), kubeconfig(user));
}

function kubeconfig(user: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '  - name: fxa-helm',
    '    cluster:',
    `      server: https://127.0.0.1:${PORTS.apiserver}`,
    `      certificate-authority: ${join(PKI_DIR, 'ca.crt')}`,
    'users:',
    `  - name: ${user}`,
    '    user:',
    `      client-certificate: ${join(PKI_DIR, `${user}.crt`)}`,
    `      client-key: ${join(PKI_DIR, `${user}.key`)}`,
    'contexts:',
    '  - name: fxa-helm',
    `    context: {cluster: fxa-helm, user: ${user}}`,
    'current-context: fxa-helm',
    '',
  ].join('\n');
}
