/**
 * charts/fxa/files/secrets-hook.mjs: scripts/secrets/hook.ts and what it imports, bundled into one ES module
 * the FxA image's Node runs in the install hook (fxa-common.secretsHook). The same code as `fxa-helm secrets
 * init`, not a copy; gen refuses a bundle that would need a package (the image has only Node and FxA's own
 * node_modules) or that grows past what a ConfigMap should carry.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/paths.ts';
import type { OutputFile } from './output.ts';

/** Well under a ConfigMap's 1 MiB, and a tripwire for a stray import of the whole catalog. */
export const MAX_HOOK_BYTES = 64 * 1024;

/** What a glob names as a path prefix: `scripts/gen/**\/*.ts` -> `scripts/gen/`; a plain file stays itself. */
export const globPrefix = (glob: string): string => glob.replace(/\*.*$/, '');

/** The files or folders stryker.config.mjs mutates. */
async function mutated(): Promise<string[]> {
  const { default: config } = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as { default: { mutate: string[] } };
  return config.mutate.map(globPrefix);
}

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
  // the mutation run instruments these files in its copy of the project: bundled, they would change the bytes gen --check compares
  const prefixes = await mutated();
  const instrumented = inputs.filter((f) => prefixes.some((m) => f.startsWith(m)));
  if (instrumented.length) throw new Error(`secrets hook: the bundle would carry files mutation testing instruments (stryker.config.mjs mutate): ${instrumented.join(', ')}; move what the hook needs out of them`);
  const text = result.outputFiles[0]!.text;
  if (text.length > maxBytes) throw new Error(`secrets hook: the bundle is ${text.length} bytes, over ${maxBytes}: something imports more than the secrets code (schema/index.ts?)`);
  return [{ path: 'charts/fxa/files/secrets-hook.mjs', content: text }];
}
