// How the CLI's TypeScript becomes JavaScript, shared by the checkout's launcher (scripts/bin/fxa-helm.mjs, into
// .cache/cli) and the npm package (scripts/release/cli-package.ts, into its dist/): one chunk per command, the
// dependencies bundled in, so the package needs none at run time.
import { join } from 'node:path';

/** Compile scripts/cli.ts of `root` into `outdir` (cli.js and its chunks). */
export async function buildCli(root, outdir) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'scripts', 'cli.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // dependencies bundled too: one file loads far faster than hundreds of small modules; these two stay outside
    // (json-schema-to-typescript loads its formatter dynamically, esbuild ships a native binary); only `gen`
    // reaches them, which needs a checkout anyway
    external: ['json-schema-to-typescript', 'esbuild'],
    // bundled CommonJS dependencies require Node's built-ins: give every chunk a real require
    banner: { js: "import { createRequire as __fxaCreateRequire } from 'node:module'; const require = __fxaCreateRequire(import.meta.url);" },
    outdir,
    logLevel: 'error',
  });
}
