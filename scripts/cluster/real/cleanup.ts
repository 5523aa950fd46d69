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
import { BRIDGE, CGROUP_ROOT, CONTAINERD_SOCK, RUNC_ROOT, RUN_DIR } from './node.ts';

/** Kill and delete every container runc knows under this node's root (pods and their sandboxes). */
export function killContainers(): number {
  const root = join(RUNC_ROOT, 'k8s.io');
  if (!existsSync(root)) return 0;
  const ids = quiet('runc', ['--root', root, 'list', '-q']).split('\n').filter(Boolean);
  for (const id of ids) {
    quiet('runc', ['--root', root, 'kill', '--all', id, 'KILL']);
    quiet('runc', ['--root', root, 'delete', '--force', id]);
  }
  return ids.length;
}

/** containerd's shims outlive containerd by design; ours are the ones bound to this node's socket. */
function shims(): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (/containerd-shim/.test(argv[0] ?? '') && argv.includes(CONTAINERD_SOCK)) out.push(Number(pid));
  }
  return out;
}

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
  const mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1] ?? '').map((p) => p.replace(/\\040/g, ' '));
  const ours = mounts.filter((m) => m.startsWith(`${REAL_DIR}/`) || m.startsWith(`${RUN_DIR}/`) || m === RUN_DIR).sort((a, b) => b.length - a.length);
  for (const m of ours) quiet('umount', ['-l', m]);
  return ours.length;
}

/** How iptables-save shows the bridge plugin's comment on this network's rules (quotes escaped). */
export const CNI_COMMENT = 'name: \\"fxa-helm\\"';

/**
 * Remove the chains the node made, in every table of IPv4 and IPv6: kube-proxy's and the kubelet's
 * (KUBE-*) and the bridge plugin's masquerade chains for this network (CNI-*, by its comment), with the
 * rules in the built-in chains that jump to them.
 */
function cleanChains(save: string, tables: string): void {
  const lines = quiet(save, []).split('\n');
  let table = '';
  const jumps: string[][] = [];
  const chains: [string, string][] = [];
  for (const l of lines) {
    if (l.startsWith('*')) table = l.slice(1);
    const chain = /^:((?:KUBE|CNI)-\S+)/.exec(l)?.[1];
    const touching = chain ? lines.filter((r) => r.includes(`-j ${chain}`) || r.startsWith(`-A ${chain} `)) : [];
    // a bridge-plugin chain is this network's when its rules say so; an empty, unreferenced one is inert debris of an interrupted teardown
    if (chain && (chain.startsWith('KUBE-') || touching.some((r) => r.includes(CNI_COMMENT)) || (/^CNI-[0-9a-f]{24}$/.test(chain) && touching.length === 0))) chains.push([table, chain]);
    const rule = /^-A (INPUT|OUTPUT|FORWARD|PREROUTING|POSTROUTING) (.*-j (?:KUBE|CNI)-\S+.*)$/.exec(l);
    if (rule && (/ -j KUBE-/.test(l) || l.includes(CNI_COMMENT))) jumps.push([table, rule[1]!, rule[2]!]);
  }
  for (const [t, chain, spec] of jumps) quiet('sh', ['-c', `${tables} -t ${t} -D ${chain} ${spec}`]);
  for (const [t, c] of chains) quiet(tables, ['-t', t, '-F', c]);
  for (const [t, c] of chains) quiet(tables, ['-t', t, '-X', c]);
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
function chainsLeft(): boolean {
  const saved = quiet('iptables-save', []) + quiet('ip6tables-save', []);
  return /^:KUBE-/m.test(saved) || saved.includes(CNI_COMMENT);
}

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
  const mounts = readFileSync('/proc/self/mounts', 'utf8');
  if (mounts.includes(`${REAL_DIR}/`) || mounts.includes(RUN_DIR)) left.push('mounts');
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
