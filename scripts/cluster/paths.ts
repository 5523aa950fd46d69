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
} as const;

export const kubeconfigFor = (user: string): string => join(CLUSTER_DIR, `${user}.kubeconfig`);
