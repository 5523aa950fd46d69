/**
 * Leaves the machine as the real node found it: no container, shim, mount, network namespace, bridge,
 * node address, iptables rule, IP lease or cgroup of the node survives `cluster down`. Each step
 * tolerates what an earlier, interrupted run already removed.
 */
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolPath } from '../../lib/paths.ts';
import { CLUSTER_DIR, REAL_DIR } from '../paths.ts';
import { quiet } from '../processes.ts';
import { nodeAddressLeft } from './address.ts';
import { CNI_COMMENT, chainCommands, chainPlan, chainsLeft as chainsLeftIn, mountsLeft, mountsToUnmount, runcIds, shimPids, type ProcEntry } from './cleanup-plan.ts';
import { BRIDGE, CGROUP_ROOT, CONTAINERD_SOCK, RUNC_ROOT, RUN_DIR } from './node.ts';

/** Kill and delete every container runc knows under this node's root (pods and their sandboxes). */
export function killContainers(): number {
  const root = join(RUNC_ROOT, 'k8s.io');
  if (!existsSync(root)) return 0;
  const ids = runcIds(quiet('runc', ['--root', root, 'list', '-q']));
  for (const id of ids) {
    quiet('runc', ['--root', root, 'kill', '--all', id, 'KILL']);
    quiet('runc', ['--root', root, 'delete', '--force', id]);
  }
  return ids.length;
}

/** The machine's processes; one that exits while being read is skipped. */
function procs(): ProcEntry[] {
  const out: ProcEntry[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      out.push({ pid, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8') });
    } catch {
      continue;
    }
  }
  return out;
}

const shims = (): number[] => shimPids(procs(), CONTAINERD_SOCK);

export function killShims(): number {
  const pids = shims();
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}

/** Unmount everything mounted below the node's directories, deepest first (volumes, rootfs, netns). */
export function unmountAll(): number {
  const ours = mountsToUnmount(readFileSync('/proc/self/mounts', 'utf8'), REAL_DIR, RUN_DIR);
  for (const m of ours) quiet('umount', ['-l', m]);
  return ours.length;
}

export { CNI_COMMENT };

/** Remove the node's chains (cleanup-plan.ts says which) from every table of one IP version. */
function cleanChains(save: string, tables: string): void {
  for (const [cmd, args] of chainCommands(chainPlan(quiet(save, [])), tables)) quiet(cmd, args);
}

/** kube-proxy's own cleanup, then every chain left by the node, the bridge and the IP leases. */
export function cleanNetwork(): void {
  if (existsSync(toolPath('kube-proxy'))) quiet(toolPath('kube-proxy'), ['--cleanup']);
  cleanChains('iptables-save', 'iptables');
  cleanChains('ip6tables-save', 'ip6tables');
  quiet('ip', ['link', 'delete', BRIDGE]);
  rmSync(join(REAL_DIR, 'cni', 'ipam'), { recursive: true, force: true });
}

/** Chains of the node still present (for the leftovers report). */
const chainsLeft = (): boolean => chainsLeftIn(quiet('iptables-save', []) + quiet('ip6tables-save', []));

/** Remove the pods' cgroups in every v1 hierarchy (and v2's, where mounted), deepest first. */
export function removeCgroups(): number {
  let n = 0;
  const rm = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) rm(join(dir, e.name));
    try {
      rmdirSync(dir);
      n++;
    } catch {
      // a cgroup with a process left in it stays; the caller reports what remains
    }
  };
  const base = '/sys/fs/cgroup';
  const roots = [join(base, CGROUP_ROOT), ...readdirSync(base).map((h) => join(base, h, CGROUP_ROOT))];
  for (const r of roots) if (existsSync(r)) rm(r);
  return n;
}

/** What is still left after cleaning: the words `down` prints when it could not remove everything. */
export function leftovers(): string[] {
  const left: string[] = [];
  if (quiet('ip', ['link', 'show', BRIDGE]).trim()) left.push(`bridge ${BRIDGE}`);
  left.push(...nodeAddressLeft());
  if (mountsLeft(readFileSync('/proc/self/mounts', 'utf8'), REAL_DIR, RUN_DIR)) left.push('mounts');
  if (readdirSync('/sys/fs/cgroup').some((h) => existsSync(join('/sys/fs/cgroup', h, CGROUP_ROOT)))) left.push(`cgroups ${CGROUP_ROOT}`);
  if (shims().length > 0) left.push('containerd shims');
  if (chainsLeft()) left.push('iptables chains');
  return left;
}

/**
 * The bridge plugin turns on IPv4 forwarding for its gateway; the machine's own setting is kept in a
 * file beside the cluster's state while the node runs, and put back by \`down\`.
 */
const IP_FORWARD = '/proc/sys/net/ipv4/ip_forward';
const SAVED_FORWARD = join(CLUSTER_DIR, 'ip_forward.saved');

export function saveIpForward(): void {
  if (!existsSync(SAVED_FORWARD)) writeFileSync(SAVED_FORWARD, readFileSync(IP_FORWARD, 'utf8'));
}

export function restoreIpForward(): void {
  if (!existsSync(SAVED_FORWARD)) return;
  try {
    writeFileSync(IP_FORWARD, readFileSync(SAVED_FORWARD, 'utf8'));
  } finally {
    rmSync(SAVED_FORWARD, { force: true });
  }
}
