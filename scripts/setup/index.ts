import { execFileSync } from 'node:child_process';
import { toolPath } from '../lib/paths.ts';
import { install, isInstalled } from './install.ts';
import { TOOLS, type Tool } from './tools.ts';

type Log = (line: string) => void;
const stderr: Log = (line) => process.stderr.write(`${line}\n`);

async function installAll(tools: readonly Tool[], log: Log, verify = false): Promise<void> {
  for (const tool of tools) {
    const started = Date.now();
    log(`setup: ${tool.name} ${tool.version} ...`);
    const did = await install(tool, (l) => log(`setup: ${l}`));
    log(`setup: ${tool.name} ${tool.version} ${did ? `installed in ${((Date.now() - started) / 1000).toFixed(1)}s` : 'already installed'}`);
    if (verify) {
      const out = execFileSync(toolPath(tool.name), tool.versionArgs, { encoding: 'utf8' }).trim().split('\n')[0];
      log(`setup: ${tool.name} -> ${out}`);
    }
  }
}

/**
 * Install the pinned tools into .tools/bin, one progress line per tool. Without `cluster` (as `npm ci`
 * runs it), the embedded cluster's binaries are left for their first use (ensureClusterTools); `real`
 * adds the real node's kubelet and kube-proxy. The node's packages and images are the cluster's to
 * build (prepareRealNode): the CLI's `setup --real` runs both, so setup never imports the cluster.
 */
export async function setup(opts: { verify?: boolean; cluster?: boolean; real?: boolean; log?: Log } = {}): Promise<void> {
  const log = opts.log ?? stderr;
  const wanted = (t: Tool): boolean => (t.realNode ? !!opts.real : t.cluster ? !!(opts.cluster || opts.real) : true);
  await installAll(TOOLS.filter(wanted), log, opts.verify);
}

/** Build whichever cluster binaries are missing (minutes on a machine's first run, then cached); `real` adds the real node's. */
export async function ensureClusterTools(log: Log = stderr, real = false): Promise<void> {
  const missing = TOOLS.filter((t) => (t.cluster || (real && t.realNode)) && !isInstalled(t));
  if (missing.length === 0) return;
  log(`setup: building the embedded cluster's binaries once (${missing.map((t) => t.name).join(', ')}); later runs reuse them`);
  await installAll(missing, log);
}
