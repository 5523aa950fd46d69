/**
 * charts/fxa/files/secrets-hook.mjs: scripts/secrets/hook.ts and what it imports, bundled into one ES module
 * the FxA image's Node runs in the install hook (fxa-common.secretsHook). The same code as `fxa-helm secrets
 * init`, not a copy; gen refuses a bundle that would need a package (the image has only Node and FxA's own
 * node_modules) or that grows past what a ConfigMap should carry.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/paths.ts';
import type { OutputFile } from './output.ts';

/** Well under a ConfigMap's 1 MiB, and a tripwire for a stray import of the whole catalog. */
export const MAX_HOOK_BYTES = 64 * 1024;

/** The helper Stryker's instrumenter puts into every file of a mutation run's sandbox. */
const INSTRUMENTED = 'stryMutAct_9fa48';
const OUT = 'charts/fxa/files/secrets-hook.mjs';

export interface HookBuild {
  /** The program to bundle (the hook; tests give others). */
  readonly entry?: string;
  readonly maxBytes?: number;
}

export async function emitSecretsHook({ entry = 'scripts/secrets/hook.ts', maxBytes = MAX_HOOK_BYTES }: HookBuild = {}): Promise<OutputFile[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // the oldest Node the hook may meet: the real node's stand-in (Debian's 18); FxA's image has 22
    target: 'node18',
    write: false,
    metafile: true,
    legalComments: 'none',
    banner: { js: '// Generated from scripts/secrets/hook.ts by `npm run gen` (esbuild). Do not edit.' },
  });
  const inputs = Object.keys(result.metafile.inputs);
  const packages = [...new Set(inputs.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []))];
  if (packages.length) throw new Error(`secrets hook: the bundle would carry packages the FxA image may not have: ${packages.join(', ')}`);
  // In a mutation run's sandbox the sources carry Stryker's switches, so the bundle could never match: there the
  // committed bundle stands (the suite's gen --check builds it from the real sources), and the secrets code is
  // judged by its own tests, not by these bytes.
  if (inputs.some((f) => readFileSync(join(ROOT, f), 'utf8').includes(INSTRUMENTED))) return [{ path: OUT, content: readFileSync(join(ROOT, OUT), 'utf8') }];
  const text = result.outputFiles[0]!.text;
  if (text.length > maxBytes) throw new Error(`secrets hook: the bundle is ${text.length} bytes, over ${maxBytes}: something imports more than the secrets code (schema/index.ts?)`);
  return [{ path: OUT, content: text }];
}
