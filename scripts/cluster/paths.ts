/** Where the embedded cluster keeps its state (under the project, git-ignored) and which loopback ports it uses. */
import { join } from 'node:path';
import { ROOT } from '../lib/paths.ts';

export const CLUSTER_DIR = process.env.FXA_CLUSTER_DIR ?? join(ROOT, '.cluster');
export const PKI_DIR = join(CLUSTER_DIR, 'pki');
export const LOG_DIR = join(CLUSTER_DIR, 'logs');
export const PID_DIR = join(CLUSTER_DIR, 'pids');
export const ETCD_DATA = join(CLUSTER_DIR, 'etcd');
export const KUBECONFIG = join(CLUSTER_DIR, 'kubeconfig');

const port = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
export const PORTS = {
  etcdClient: port('FXA_CLUSTER_ETCD_PORT', 23790),
  etcdPeer: port('FXA_CLUSTER_ETCD_PEER_PORT', 23800),
  apiserver: port('FXA_CLUSTER_API_PORT', 26443),
  controllerManager: port('FXA_CLUSTER_KCM_PORT', 20257),
  scheduler: port('FXA_CLUSTER_SCHED_PORT', 20259),
  kwok: port('FXA_CLUSTER_KWOK_PORT', 20247),
  // the real node (`cluster up --real`)
  kubelet: port('FXA_CLUSTER_KUBELET_PORT', 20250),
  kubeletHealthz: port('FXA_CLUSTER_KUBELET_HEALTHZ_PORT', 20248),
  kubeProxyHealthz: port('FXA_CLUSTER_KUBE_PROXY_HEALTHZ_PORT', 20256),
  kubeProxyMetrics: port('FXA_CLUSTER_KUBE_PROXY_METRICS_PORT', 20249),
  containerdMetrics: port('FXA_CLUSTER_CONTAINERD_METRICS_PORT', 20338),
} as const;

/** The real node's state: containerd's content and snapshots, kubelet's and CNI's files. */
export const REAL_DIR = join(CLUSTER_DIR, 'real');

export const kubeconfigFor = (user: string): string => join(CLUSTER_DIR, `${user}.kubeconfig`);
