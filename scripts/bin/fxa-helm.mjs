#!/usr/bin/env node
// The package's CLI: runs scripts/cli.ts through tsx so the TypeScript sources are the only code.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, '..', 'cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
