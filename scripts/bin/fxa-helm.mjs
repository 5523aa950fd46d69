#!/usr/bin/env node
// The package's CLI. The TypeScript sources are the only code: on first use (and after any change to
// them) esbuild compiles scripts/cli.ts into .cache/cli/<key>/, one chunk per command, so later runs
// start as plain JavaScript without a TypeScript loader. The key is the sources' paths, sizes and mtimes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './cli-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourcesKey() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const s = statSync(p);
        hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(root, 'scripts'));
  walk(join(root, 'schema'));
  return hash.digest('hex').slice(0, 16);
}

async function build(out) {
  const partial = join(dirname(out), `.partial-${process.pid}`);
  await buildCli(root, partial);
  try {
    renameSync(partial, out); // atomic: a concurrent first run either wins or finds the finished build
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

const cacheDir = join(root, '.cache', 'cli');
const out = join(cacheDir, sourcesKey());
if (!existsSync(join(out, 'cli.js'))) {
  mkdirSync(cacheDir, { recursive: true });
  // builds of older sources go once nothing can still be running them (a long command, such as setup, loads its
  // chunks as it goes); a concurrent first run's build in progress is a dot directory and stays
  const stale = Date.now() - 24 * 3600 * 1000;
  for (const old of readdirSync(cacheDir)) {
    const dir = join(cacheDir, old);
    if (!old.startsWith('.') && dir !== out && statSync(dir).mtimeMs < stale) rmSync(dir, { recursive: true, force: true });
  }
  await build(out);
}
process.env.FXA_HELM_ROOT ??= root;
await import(pathToFileURL(join(out, 'cli.js')).href);
