/**
 * What `cluster down` removes, decided from what the machine reports: `runc list`, the process table,
 * /proc/mounts, `iptables-save`, `ip -o link|addr`. Only text in, plans out, so that each decision is
 * tested on samples of those formats; cleanup.ts and address.ts run the commands and carry the plans out.
 */

/** How iptables-save shows the bridge plugin's comment on this network's rules (quotes escaped). */
export const CNI_COMMENT = 'name: \\"fxa-helm\\"';

/** Container ids from `runc list -q`, one a line. */
export const runcIds = (out: string): string[] => out.split('\n').filter(Boolean);

/** A process as /proc shows it: its pid (the directory's name) and its NUL-separated command line. */
export interface ProcEntry {
  pid: string;
  cmdline: string;
}

/** containerd's shims outlive containerd by design; ours are the ones bound to this node's socket. */
export function shimPids(procs: ProcEntry[], containerdSock: string): number[] {
  const out: number[] = [];
  for (const { pid, cmdline } of procs) {
    const argv = cmdline.split('\0');
    if (/containerd-shim/.test(argv[0] ?? '') && argv.includes(containerdSock)) out.push(Number(pid));
  }
  return out;
}

/** The mount points of a /proc/mounts text, with the kernel's octal escape for a space undone. */
export const mountPoints = (procMounts: string): string[] =>
  procMounts.split('\n').map((l) => l.split(' ')[1] ?? '').map((p) => p.replace(/\\040/g, ' '));

/** The node's mounts (below its state directory or its run directory, or the latter itself), deepest first. */
export function mountsToUnmount(procMounts: string, realDir: string, runDir: string): string[] {
  return mountPoints(procMounts)
    .filter((m) => m.startsWith(`${realDir}/`) || m.startsWith(`${runDir}/`) || m === runDir)
    .sort((a, b) => b.length - a.length);
}

/** Whether anything of the node is still mounted (for the leftovers report). */
export const mountsLeft = (procMounts: string, realDir: string, runDir: string): boolean =>
  procMounts.includes(`${realDir}/`) || procMounts.includes(runDir);

/** Whether `path` is a mount point, as a pinned network namespace file is. */
export const isMountPoint = (procMounts: string, path: string): boolean =>
  procMounts.split('\n').some((l) => l.split(' ')[1] === path);

/** A rule to delete from a built-in chain (`-D <chain> <spec>`) and the chains to flush and delete, per table. */
export interface ChainPlan {
  jumps: { table: string; chain: string; spec: string }[];
  chains: { table: string; chain: string }[];
}

/**
 * The chains the node made in one `iptables-save` output: kube-proxy's and the kubelet's (KUBE-*) and
 * the bridge plugin's masquerade chains for this network (CNI-*, by its comment), with the rules in the
 * built-in chains that jump to them.
 */
export function chainPlan(save: string): ChainPlan {
  const lines = save.split('\n');
  let table = '';
  const plan: ChainPlan = { jumps: [], chains: [] };
  for (const l of lines) {
    if (l.startsWith('*')) table = l.slice(1);
    const chain = /^:((?:KUBE|CNI)-\S+)/.exec(l)?.[1];
    const touching = chain ? lines.filter((r) => r.includes(`-j ${chain}`) || r.startsWith(`-A ${chain} `)) : [];
    // a bridge-plugin chain is this network's when its rules say so; an empty, unreferenced one is inert debris of an interrupted teardown
    if (chain && (chain.startsWith('KUBE-') || touching.some((r) => r.includes(CNI_COMMENT)) || (/^CNI-[0-9a-f]{24}$/.test(chain) && touching.length === 0))) plan.chains.push({ table, chain });
    const rule = /^-A (INPUT|OUTPUT|FORWARD|PREROUTING|POSTROUTING) (.*-j (?:KUBE|CNI)-\S+.*)$/.exec(l);
    if (rule && (/ -j KUBE-/.test(l) || l.includes(CNI_COMMENT))) plan.jumps.push({ table, chain: rule[1]!, spec: rule[2]! });
  }
  return plan;
}

/**
 * The commands that carry a plan out with `tables` (iptables or ip6tables): jumps first, so that each
 * chain is unreferenced when it is flushed and deleted. A jump's spec keeps iptables-save's quoting,
 * which only a shell undoes.
 */
export function chainCommands(plan: ChainPlan, tables: string): [string, string[]][] {
  return [
    ...plan.jumps.map(({ table, chain, spec }): [string, string[]] => ['sh', ['-c', `${tables} -t ${table} -D ${chain} ${spec}`]]),
    ...plan.chains.map(({ table, chain }): [string, string[]] => [tables, ['-t', table, '-F', chain]]),
    ...plan.chains.map(({ table, chain }): [string, string[]] => [tables, ['-t', table, '-X', chain]]),
  ];
}

/** Whether an `iptables-save` output still holds a chain of the node (for the leftovers report). */
export const chainsLeft = (saved: string): boolean => /^:KUBE-/m.test(saved) || saved.includes(CNI_COMMENT);

/**
 * Whether the node's device is ready, from `ip -o link show dev` and `ip -o addr show dev`: LOWER_UP
 * says it is up and so is its peer in the namespace, and it carries the node's address alone in its /32.
 */
export const deviceReady = (link: string, addr: string, nodeIp: string): boolean =>
  /\bLOWER_UP\b/.test(link) && addr.includes(`inet ${nodeIp}/32 `);
