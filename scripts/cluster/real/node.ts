/**
 * The real node's processes and their configuration: containerd (Debian's, with runc and the CNI
 * bridge plugin), a kubelet and kube-proxy of the control plane's release. What this machine needs,
 * found by trying: cgroups v1 without systemd (cgroupfs driver, failCgroupV1 off), no negative
 * oom_score_adj (containerd's restrict_oom_score_adj), and pods that would escape the session's memory
 * cgroup, so the node's allocatable memory is capped and every pod the chart renders has a limit.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import type { Component } from '../components.ts';
import { REAL_DIR } from '../paths.ts';
import { CGROUP_ROOT, CNI_CONF, RUN_DIR, cniConfig, containerdConfig, kubeProxyConfig, kubeletConfig, realComponentList } from './node-config.ts';

// the node's constants live with its configuration; their importers keep importing them from here
export { API_RELAY, BRIDGE, CGROUP_ROOT, CONTAINERD_ROOT, CONTAINERD_SOCK, NODE_IP, POD_CIDR, POD_MEMORY_MIB, RUNC_ROOT, RUN_DIR } from './node-config.ts';

/**
 * The kubelet refuses a cgroup root that does not exist: make it in every hierarchy. A new cpuset
 * cgroup starts with no CPUs or memory nodes, so it takes its parent's.
 */
function ensureCgroupRoot(): void {
  const base = '/sys/fs/cgroup';
  for (const h of readdirSync(base)) {
    const dir = join(base, h, CGROUP_ROOT);
    if (!existsSync(join(base, h, 'cgroup.procs'))) continue;
    mkdirSync(dir, { recursive: true });
    if (h === 'cpuset') for (const f of ['cpuset.cpus', 'cpuset.mems']) writeFileSync(join(dir, f), readFileSync(join(base, h, f)));
  }
}

/** Write every configuration file, prepare the cgroup root and return the four processes in start order. */
export function realComponents(): Component[] {
  ensureCgroupRoot();
  for (const d of [REAL_DIR, CNI_CONF, join(REAL_DIR, 'kubelet'), RUN_DIR]) mkdirSync(d, { recursive: true });
  const file = (name: string, content: string): string => {
    const path = join(REAL_DIR, name);
    writeFileSync(path, content);
    return path;
  };
  writeFileSync(join(CNI_CONF, '10-fxa-helm.conflist'), JSON.stringify(cniConfig(), null, 2));
  return realComponentList({
    containerd: file('containerd.toml', containerdConfig()),
    kubelet: file('kubelet.json', JSON.stringify(kubeletConfig(Math.floor(totalmem() / 2 ** 20)), null, 2)),
    proxy: file('kube-proxy.json', JSON.stringify(kubeProxyConfig(), null, 2)),
  });
}
