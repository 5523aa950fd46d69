/**
 * The real node's configuration as data: where its state and sockets live, the files containerd, the
 * CNI bridge, the kubelet and kube-proxy read, and the processes with their flags. node.ts writes the
 * files and prepares the machine.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, toolPath } from '../../lib/paths.ts';
import type { Component } from '../components.ts';
import { CLUSTER_DIR, PKI_DIR, PORTS, REAL_DIR, kubeconfigFor } from '../paths.ts';
import { REAL_NODE } from '../pki.ts';
import { PAUSE_REF, REAL_LABEL, REAL_TAINT } from './image-specs.ts';

/** Runtime state with sockets: short paths under /run (a socket path is limited to 107 bytes), one per cluster directory. */
export const RUN_DIR = `/run/fxa-helm-${createHash('sha256').update(CLUSTER_DIR).digest('hex').slice(0, 8)}`;
export const CONTAINERD_SOCK = join(RUN_DIR, 'containerd', 'containerd.sock');
export const CONTAINERD_ROOT = join(REAL_DIR, 'containerd');
export const RUNC_ROOT = join(RUN_DIR, 'runc');
/** Every pod cgroup sits under this root in each cgroup v1 hierarchy; `down` removes it. */
export const CGROUP_ROOT = '/fxa-helm';
export const BRIDGE = 'fxacni0';
export const POD_CIDR = '10.245.0.0/24';
export const CNI_CONF = join(REAL_DIR, 'cni', 'net.d');
export const CNI_BIN = '/usr/lib/cni';
/**
 * The node's address, on a device of the project's own (address.ts); outside every range the cluster
 * gives pods and Services (a unit test holds it there), so it can never be mistaken for one of them.
 */
export const NODE_IP = '10.246.255.1';
/** The process that relays the node's pods to the API server. */
export const API_RELAY = 'api-relay';

/** What the node offers pods: the rest of the machine's memory is reserved, so pods cannot starve the session. */
export const POD_MEMORY_MIB = 4096;

export const containerdConfig = (): string => `version = 2
root = "${CONTAINERD_ROOT}"
state = "${join(RUN_DIR, 'containerd')}"
[grpc]
  address = "${CONTAINERD_SOCK}"
[metrics]
  address = "127.0.0.1:${PORTS.containerdMetrics}"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${PAUSE_REF}"
  # pod network namespaces under the state directory, not the machine's /run/netns
  netns_mounts_under_state_dir = true
  # the machine refuses negative oom_score_adj values
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        # runc's state beside containerd's, so cluster down finds (and kills) exactly this node's containers
        Root = "${RUNC_ROOT}"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "${CNI_BIN}"
    conf_dir = "${CNI_CONF}"
`;

/** One bridge for the node's pods, NATed to the outside; kube-proxy's rules route ClusterIPs to it. */
export const cniConfig = (): Record<string, unknown> => ({
  cniVersion: '1.0.0',
  name: 'fxa-helm',
  plugins: [
    {
      type: 'bridge',
      bridge: BRIDGE,
      isGateway: true,
      ipMasq: true,
      hairpinMode: true,
      ipam: { type: 'host-local', ranges: [[{ subnet: POD_CIDR }]], routes: [{ dst: '0.0.0.0/0' }], dataDir: join(REAL_DIR, 'cni', 'ipam') },
    },
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
});

/** The kubelet's configuration on a machine of `totalMiB` of memory. */
export const kubeletConfig = (totalMiB: number): Record<string, unknown> => {
  return {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    address: NODE_IP,
    port: PORTS.kubelet,
    readOnlyPort: 0,
    healthzBindAddress: '127.0.0.1',
    healthzPort: PORTS.kubeletHealthz,
    authentication: { x509: { clientCAFile: join(PKI_DIR, 'ca.crt') }, webhook: { enabled: true }, anonymous: { enabled: false } },
    authorization: { mode: 'Webhook' },
    containerRuntimeEndpoint: `unix://${CONTAINERD_SOCK}`,
    cgroupDriver: 'cgroupfs',
    failCgroupV1: false,
    cgroupRoot: CGROUP_ROOT,
    failSwapOn: false,
    enforceNodeAllocatable: ['pods'],
    systemReserved: { memory: `${Math.max(totalMiB - POD_MEMORY_MIB, 256)}Mi` },
    // a shared test machine's disk is often fuller than kubelet's defaults allow: never evict for it
    evictionHard: { 'memory.available': '100Mi', 'nodefs.available': '1%', 'imagefs.available': '1%', 'nodefs.inodesFree': '1%' },
    imageGCHighThresholdPercent: 100,
    imageGCLowThresholdPercent: 99,
    maxPods: 30,
    registerWithTaints: [{ key: REAL_TAINT, value: 'true', effect: 'NoSchedule' }],
    resolvConf: '/etc/resolv.conf',
    rotateCertificates: false,
    serializeImagePulls: false,
    staticPodPath: '',
    // everything the kubelet writes stays under the node's directory, which \`down\` removes
    podLogsDir: join(REAL_DIR, 'pod-logs'),
    volumePluginDir: join(REAL_DIR, 'volume-plugins'),
    tlsCertFile: '',
    nodeStatusReportFrequency: '10s',
    volumeStatsAggPeriod: '0s',
  };
};

export const kubeProxyConfig = (): Record<string, unknown> => ({
  apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
  kind: 'KubeProxyConfiguration',
  clientConnection: { kubeconfig: kubeconfigFor('kube-proxy') },
  hostnameOverride: REAL_NODE,
  bindAddress: '127.0.0.1',
  healthzBindAddress: `127.0.0.1:${PORTS.kubeProxyHealthz}`,
  metricsBindAddress: `127.0.0.1:${PORTS.kubeProxyMetrics}`,
  mode: 'iptables',
  clusterCIDR: POD_CIDR,
  // a pod reaching a Service backed by a pod on the same bridge must see replies come back through the host
  iptables: { masqueradeAll: true },
  // leave the machine's conntrack sysctls alone (the sandbox may refuse writing them)
  conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
  nodePortAddresses: ['127.0.0.0/8'],
});

/** The node's processes in start order, given the paths of the configuration files written for them. */
export function realComponentList(files: { containerd: string; kubelet: string; proxy: string }): Component[] {
  return [
    { name: 'containerd', bin: '/usr/bin/containerd', args: ['--config', files.containerd], health: `http://127.0.0.1:${PORTS.containerdMetrics}/v1/metrics` },
    {
      name: 'kubelet',
      bin: toolPath('kubelet'),
      args: [
        `--config=${files.kubelet}`,
        `--kubeconfig=${kubeconfigFor('kubelet')}`,
        `--root-dir=${join(REAL_DIR, 'kubelet')}`,
        `--hostname-override=${REAL_NODE}`,
        `--node-ip=${NODE_IP}`,
        `--node-labels=${REAL_LABEL}=real,type=real`,
        '--v=1',
      ],
      health: `http://127.0.0.1:${PORTS.kubeletHealthz}/healthz`,
    },
    { name: 'kube-proxy', bin: toolPath('kube-proxy'), args: [`--config=${files.proxy}`, '--v=1'], health: `http://127.0.0.1:${PORTS.kubeProxyHealthz}/healthz` },
    // the API server for the node's pods (the `kubernetes` Service), through the node's address
    { name: API_RELAY, bin: process.execPath, args: [join(ROOT, 'scripts', 'cluster', 'real', 'api-relay.mjs'), NODE_IP, String(PORTS.apiserver), '127.0.0.1', String(PORTS.apiserver)], health: `https://${NODE_IP}:${PORTS.apiserver}/healthz` },
  ];
}
