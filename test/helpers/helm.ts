/** Runs the real Helm binaries installed by `npm run setup` and parses what they render. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT, toolPath } from '../../scripts/lib/paths.ts';

export const HELMS = ['helm', 'helm3'] as const;
export type HelmBin = (typeof HELMS)[number];
/** The chart under test; the template-mutation harness points it at a deliberately broken copy (FXA_CHART_DIR). */
export const CHART = process.env.FXA_CHART_DIR ?? join(ROOT, 'charts', 'fxa');
export const valuesFile = (name: string): string => join(ROOT, 'values', `${name}.yaml`);

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [k: string]: unknown;
}

export function helmPath(bin: HelmBin): string {
  const p = toolPath(bin);
  if (!existsSync(p)) throw new Error(`${p} is missing: run \`npm run setup\``);
  return p;
}

export function helm(bin: HelmBin, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(helmPath(bin), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `helm template` with a pinned release name and namespace, parsed into objects. */
export function render(bin: HelmBin, args: string[]): K8sObject[] {
  const out = execFileSync(helmPath(bin), ['template', 'fxa', CHART, '--namespace', 'fxa', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseAllDocuments(out)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}
