/**
 * What a chart archive holds. `helm package` writes the subcharts in map order, so two packages of the
 * same chart differ in bytes; a published version is compared by content: every file's path and bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../lib/errors.ts';

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** sha256 of the archive's bytes: the digest index.yaml records and `helm verify` checks. */
export const fileDigest = (file: string): string => sha256(readFileSync(file));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** sha256 over the sorted (path, sha256 of bytes) of every file in the archive; timestamps and order ignored. */
export function contentDigest(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fxa-chart-'));
  try {
    execFileSync('tar', ['-xzf', file, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    const lines = walk(dir)
      .map((f) => `${relative(dir, f)}\0${sha256(readFileSync(f))}`)
      .sort();
    return sha256(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The refusal for other content under a published version, in one wording for every kind of repository. */
export const changedVersionError = (what: string): UserError =>
  new UserError(`publish: ${what} is already published with different content; a published version never changes: add a new version to schema/changelog.ts`);

export interface ChartMeta { name: string; version: string; appVersion?: string }

/** name, version and appVersion from the archive's own Chart.yaml (`<name>/Chart.yaml`, the first entry Helm writes). */
export function chartMeta(file: string): ChartMeta {
  const names = execFileSync('tar', ['-tzf', file], { encoding: 'utf8', maxBuffer: 16 << 20 }).split('\n');
  const chartYaml = names.find((n) => /^[^/]+\/Chart\.yaml$/.test(n));
  if (!chartYaml) throw new Error(`${file} is not a chart archive: it has no <name>/Chart.yaml`);
  const meta = parse(execFileSync('tar', ['-xzOf', file, chartYaml], { encoding: 'utf8' })) as ChartMeta;
  return { name: meta.name, version: String(meta.version), ...(meta.appVersion ? { appVersion: String(meta.appVersion) } : {}) };
}
