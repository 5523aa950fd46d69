/**
 * The real node's address, on devices the project makes and removes. The kubelet refuses a loopback
 * address, and the machine's own would send the API server's and the tests' traffic to the machine's
 * interface; an address of the node's own is local to the machine, so the kernel delivers traffic to it
 * over loopback and nothing is routed anywhere. A dummy device would do, but the kernels this runs on
 * lack its driver (`type dummy`: Unknown device type), so the address sits on one end of a veth pair
 * whose other end lives in a network namespace of its own, where it gives the device its carrier. The
 * namespace is pinned by a file under RUN_DIR rather than by `ip netns`, which would leave /run/netns
 * mounted on the machine for good.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { quiet } from '../processes.ts';
import { deviceReady, isMountPoint } from './cleanup-plan.ts';
import { NODE_IP, RUN_DIR } from './node.ts';

const NODE_DEVICE = 'fxanode0';
const PEER_DEVICE = 'fxanode1';
const NETNS_FILE = join(RUN_DIR, 'node.netns');

function run(cmd: string, args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const why = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim().split('\n')[0];
    throw new UserError(`cannot give the real node its address ${NODE_IP} on ${NODE_DEVICE}: ${cmd} ${args.join(' ')}: ${why}`);
  }
}

const netnsPinned = (): boolean => isMountPoint(readFileSync('/proc/self/mounts', 'utf8'), NETNS_FILE);

function ready(): boolean {
  return deviceReady(quiet('ip', ['-o', 'link', 'show', 'dev', NODE_DEVICE]), quiet('ip', ['-o', 'addr', 'show', 'dev', NODE_DEVICE]), NODE_IP) && netnsPinned();
}

/** Make the node's device and address, unless they are there already; before the kubelet starts. */
export function ensureNodeAddress(): void {
  if (ready()) return;
  removeNodeAddress(); // what an interrupted run half made
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(NETNS_FILE, '');
  run('unshare', [`--net=${NETNS_FILE}`, 'true']);
  run('ip', ['link', 'add', NODE_DEVICE, 'type', 'veth', 'peer', 'name', PEER_DEVICE, 'netns', NETNS_FILE]);
  run('ip', ['addr', 'add', `${NODE_IP}/32`, 'dev', NODE_DEVICE]);
  run('ip', ['link', 'set', NODE_DEVICE, 'up']);
  run('nsenter', [`--net=${NETNS_FILE}`, 'ip', 'link', 'set', PEER_DEVICE, 'up']);
}

/**
 * Delete the pair, then release its namespace. The deletion comes first because it is immediate, while
 * a released namespace takes its devices with it only when the kernel gets round to it.
 */
export function removeNodeAddress(): void {
  quiet('ip', ['link', 'delete', NODE_DEVICE]);
  if (netnsPinned()) quiet('umount', [NETNS_FILE]);
  rmSync(NETNS_FILE, { force: true });
}

/** The node's device or namespace, when still there (for the leftovers report). */
export function nodeAddressLeft(): string[] {
  const left: string[] = [];
  if (quiet('ip', ['-o', 'link', 'show', 'dev', NODE_DEVICE]).trim()) left.push(`device ${NODE_DEVICE}`);
  if (netnsPinned()) left.push(`network namespace ${NETNS_FILE}`);
  return left;
}
