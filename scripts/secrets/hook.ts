/**
 * The install hook's program (fxa-common.secretsHook): what `fxa-helm secrets init` does, from inside the
 * release's namespace as the hook's ServiceAccount. `npm run gen` bundles this file with what it imports into
 * charts/fxa/files/secrets-hook.mjs, which the FxA image's Node runs: only node: modules may be reached.
 * Argument: the JSON the chart renders ({release, values: {global}}, the inline secrets reduced to flags).
 */
import { readFileSync } from 'node:fs';
import { ensureSecrets } from './ensure.ts';
import { apiStore, podAccess, type ApiAccess } from './in-cluster.ts';
import { plan } from './plan.ts';

/** How an operator gives the keys only they have, before running the install again. */
export const howToGive = (namespace: string, secret: string) => (keys: string[]): string =>
  `add ${keys.length > 1 ? 'them' : 'it'} to the Secret first (kubectl -n ${namespace} create secret generic ${secret} ${keys.map((k) => `--from-literal=${k}=...`).join(' ')}, or, when it exists, kubectl -n ${namespace} edit secret ${secret}), then install again`;

/** `given` only in tests, which bring an API server of their own; the hook reaches its pod's. */
export async function runHook(inputFile: string, now = new Date(), given?: ApiAccess): Promise<string[]> {
  const input = JSON.parse(readFileSync(inputFile, 'utf8')) as { release: string; values: Record<string, unknown> };
  const p = plan(input.values, input.release);
  const access = given ?? podAccess();
  return ensureSecrets(apiStore(access), p, { values: {}, how: howToGive(access.namespace, p.sharedSecret) }, now);
}

// run as the bundle's entry point (not when a test imports this module)
if (process.argv[1]?.endsWith('secrets-hook.mjs')) {
  runHook(process.argv[2] ?? '/fxa-helm/hook/values.json').then(
    (lines) => { for (const line of lines) process.stdout.write(`fxa-helm secrets hook: ${line}\n`); },
    (err: Error) => { process.stderr.write(`fxa-helm secrets hook: ${err.message}\n`); process.exitCode = 1; },
  );
}
