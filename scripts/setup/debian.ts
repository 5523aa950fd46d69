/**
 * Debian packages the real node runs on (containerd, runc, the CNI plugins, iptables) and builds its
 * images with (mmdebstrap). Installed with apt when missing, which needs root; a second run is a
 * dpkg query and nothing more.
 */
import { execFileSync } from 'node:child_process';

export const REAL_NODE_PACKAGES = ['containerd', 'runc', 'containernetworking-plugins', 'iptables', 'conntrack', 'mmdebstrap', 'iproute2'] as const;

function installed(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

/** Install whichever of `packages` is missing; returns the ones installed. */
export function ensureDebianPackages(packages: readonly string[], log: (line: string) => void): string[] {
  const missing = packages.filter((p) => !installed(p));
  if (missing.length === 0) return [];
  log(`setup: installing Debian packages ${missing.join(', ')}`);
  const apt = (args: string[]): void => {
    execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  } catch {
    // a fresh machine's package lists may be missing or stale: refresh once and retry
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
  return missing;
}
