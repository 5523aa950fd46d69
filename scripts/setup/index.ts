import { execFileSync } from 'node:child_process';
import { toolPath } from '../lib/paths.ts';
import { install } from './install.ts';
import { TOOLS } from './tools.ts';

/** Install every pinned tool into .tools/bin, printing one progress line per tool. */
export async function setup(opts: { verify?: boolean; cluster?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const tool of TOOLS.filter((t) => opts.cluster !== false || !t.cluster)) {
    const started = Date.now();
    log(`setup: ${tool.name} ${tool.version} ...`);
    const did = await install(tool, (l) => log(`setup: ${l}`));
    log(`setup: ${tool.name} ${tool.version} ${did ? `installed in ${((Date.now() - started) / 1000).toFixed(1)}s` : 'already installed'}`);
    if (opts.verify) {
      const out = execFileSync(toolPath(tool.name), tool.versionArgs, { encoding: 'utf8' }).trim().split('\n')[0];
      log(`setup: ${tool.name} -> ${out}`);
    }
  }
}
