/**
 * kube-score and checkov on rendered manifests, minus the reasoned exceptions in ci/policy-ignore.yaml.
 * Returns one line per finding left; an empty list passes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, toolPath } from './paths.ts';
import { spawnAsync } from './spawn.ts';

interface Ignores { 'kube-score': Record<string, string>; checkov: Record<string, string> }

export const loadIgnores = (): Ignores => parse(readFileSync(join(ROOT, 'ci', 'policy-ignore.yaml'), 'utf8')) as Ignores;

/** kube-score's CRITICAL findings. */
export async function kubeScore(manifests: string, ignores: Ignores = loadIgnores()): Promise<string[]> {
  const args = ['score', '-', '--output-format', 'ci'];
  for (const test of Object.keys(ignores['kube-score'])) {
    if (test === 'container-cpu-limit') args.push('--ignore-container-cpu-limit');
    else args.push('--ignore-test', test);
  }
  const r = await spawnAsync(toolPath('kube-score'), args, { input: manifests });
  if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`kube-score failed: ${r.error ?? r.stderr}`);
  return r.stdout.split('\n').filter((l) => l.startsWith('[CRITICAL]'));
}

/** checkov's failed checks, as "CHECK_ID name: resource". */
export async function checkov(manifests: string, ignores: Ignores = loadIgnores()): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'fxa-checkov-'));
  try {
    writeFileSync(join(dir, 'render.yaml'), manifests);
    const skip = Object.keys(ignores.checkov);
    const r = await spawnAsync(toolPath('checkov'), ['-f', join(dir, 'render.yaml'), '--framework', 'kubernetes', '--quiet', '--compact', '-o', 'json', ...(skip.length ? ['--skip-check', skip.join(',')] : [])], {
      env: { ...process.env, LOG_LEVEL: 'ERROR' },
    });
    if (r.error) throw new Error(`checkov failed: ${r.error.message}`);
    const out = JSON.parse(r.stdout) as { results?: { failed_checks: { check_id: string; check_name: string; resource: string }[] } } | { results?: unknown }[];
    const report = (Array.isArray(out) ? out[0] : out) as { results?: { failed_checks?: { check_id: string; check_name: string; resource: string }[] } };
    return (report.results?.failed_checks ?? []).map((c) => `${c.check_id} ${c.check_name}: ${c.resource}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
