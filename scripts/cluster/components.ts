/** The control-plane processes, in start order, with the flags each runs with. */
import { join } from 'node:path';
import { toolPath } from '../lib/paths.ts';
import { ETCD_DATA, PKI_DIR, PORTS, kubeconfigFor } from './paths.ts';

export interface Component {
  name: string;
  bin: string;
  args: string[];
  /** URL that answers 200 once the component is up (https ones are checked without verifying). */
  health: string;
}

const pki = (f: string): string => join(PKI_DIR, f);
const SERVICE_CIDR = '10.96.0.0/16';

export function components(kwokConfig: string): Component[] {
  const kc = (user: string): string[] => [
    `--kubeconfig=${kubeconfigFor(user)}`,
    `--authentication-kubeconfig=${kubeconfigFor(user)}`,
    `--authorization-kubeconfig=${kubeconfigFor(user)}`,
  ];
  return [
    {
      name: 'etcd',
      bin: toolPath('etcd'),
      args: [
        '--name=fxa-helm',
        `--data-dir=${ETCD_DATA}`,
        `--listen-client-urls=http://127.0.0.1:${PORTS.etcdClient}`,
        `--advertise-client-urls=http://127.0.0.1:${PORTS.etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${PORTS.etcdPeer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${PORTS.etcdPeer}`,
        `--initial-cluster=fxa-helm=http://127.0.0.1:${PORTS.etcdPeer}`,
        '--initial-cluster-state=new',
        // a test cluster: losing it on power loss is fine, waiting on fsync is not
        '--unsafe-no-fsync=true',
        '--log-level=warn',
      ],
      health: `http://127.0.0.1:${PORTS.etcdClient}/health`,
    },
    {
      name: 'kube-apiserver',
      bin: toolPath('kube-apiserver'),
      args: [
        `--etcd-servers=http://127.0.0.1:${PORTS.etcdClient}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--secure-port=${PORTS.apiserver}`,
        `--tls-cert-file=${pki('apiserver.crt')}`,
        `--tls-private-key-file=${pki('apiserver.key')}`,
        `--client-ca-file=${pki('ca.crt')}`,
        `--requestheader-client-ca-file=${pki('front-proxy-ca.crt')}`,
        '--requestheader-allowed-names=front-proxy-client',
        '--requestheader-username-headers=X-Remote-User',
        '--requestheader-group-headers=X-Remote-Group',
        '--requestheader-extra-headers-prefix=X-Remote-Extra-',
        `--proxy-client-cert-file=${pki('front-proxy-client.crt')}`,
        `--proxy-client-key-file=${pki('front-proxy-client.key')}`,
        '--endpoint-reconciler-type=none',
        // the real node's name is no DNS name: reach its kubelet by address
        '--kubelet-preferred-address-types=InternalIP,Hostname',
        `--kubelet-client-certificate=${pki('apiserver-kubelet-client.crt')}`,
        `--kubelet-client-key=${pki('apiserver-kubelet-client.key')}`,
        '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
        `--service-account-key-file=${pki('sa.pub')}`,
        `--service-account-signing-key-file=${pki('sa.key')}`,
        `--service-cluster-ip-range=${SERVICE_CIDR}`,
        '--authorization-mode=Node,RBAC',
        // PodSecurity is named explicitly: the chart's pods must pass the `restricted` profile
        '--enable-admission-plugins=NodeRestriction,PodSecurity',
        '--allow-privileged=false',
        '--profiling=false',
        '--v=1',
      ],
      health: `https://127.0.0.1:${PORTS.apiserver}/readyz`,
    },
    {
      name: 'kube-controller-manager',
      bin: toolPath('kube-controller-manager'),
      args: [
        ...kc('kube-controller-manager'),
        '--bind-address=127.0.0.1',
        `--secure-port=${PORTS.controllerManager}`,
        '--leader-elect=false',
        '--use-service-account-credentials=true',
        `--service-account-private-key-file=${pki('sa.key')}`,
        `--root-ca-file=${pki('ca.crt')}`,
        `--cluster-signing-cert-file=${pki('ca.crt')}`,
        `--cluster-signing-key-file=${pki('ca.key')}`,
        `--service-cluster-ip-range=${SERVICE_CIDR}`,
        "--controllers=*,-cloud-node-lifecycle-controller",
        '--profiling=false',
        '--v=1',
      ],
      health: `https://127.0.0.1:${PORTS.controllerManager}/healthz`,
    },
    {
      name: 'kube-scheduler',
      bin: toolPath('kube-scheduler'),
      args: [...kc('kube-scheduler'), '--bind-address=127.0.0.1', `--secure-port=${PORTS.scheduler}`, '--leader-elect=false', '--profiling=false', '--v=1'],
      health: `https://127.0.0.1:${PORTS.scheduler}/healthz`,
    },
    {
      name: 'kwok',
      bin: toolPath('kwok'),
      args: [
        `--kubeconfig=${kubeconfigFor('admin')}`,
        `--config=${kwokConfig}`,
        '--manage-all-nodes=false',
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
        '--cidr=10.244.0.0/16',
        '--node-ip=127.0.0.1',
        `--server-address=127.0.0.1:${PORTS.kwok}`,
        '--node-lease-duration-seconds=40',
      ],
      health: `http://127.0.0.1:${PORTS.kwok}/healthz`,
    },
  ];
}
