/** Writes generated files, or (check mode) compares them byte for byte and writes nothing. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../lib/paths.ts';
import type { OutputFile } from './output.ts';

export interface WriteResult {
  stale: string[];
  written: number;
}

export function writeAll(files: OutputFile[], check: boolean, root = ROOT): WriteResult {
  const stale: string[] = [];
  for (const f of files) {
    const abs = join(root, f.path);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === f.content) continue;
    stale.push(f.path);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.content);
    }
  }
  return { stale, written: check ? 0 : stale.length };
}
