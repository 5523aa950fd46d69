/**
 * `npm run import -- <fxa checkout> [--release vX.Y.Z]`: reads each server's convict schema out of an FxA
 * checkout (or any directory laid out like one), updates schema/env/*.ts, and reports what the release
 * changed. The sources are parsed, never run (parse-convict.ts). What a person decided stays: URL classes,
 * secret overrides and `required` of every variable that stays; wiring and integration switches live in
 * schema/servers and are not touched. New URL-like or secret-like variables are marked `pending`, and
 * `npm run gen` refuses to run until a person has classified them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRef } from '../../schema/types.ts';
import { UserError } from '../lib/errors.ts';
import { parseHelmValues } from '../lib/helm-yaml.ts';
import { ROOT } from '../lib/paths.ts';
import { readEnvModule, writeEnvModule } from './env-module.ts';
import { parseConvict, SourceTree, type ParsedLeaf } from './parse-convict.ts';
import { diffMarkdown, mergeRelease, type ModuleDiff } from './release-diff.ts';
import { toEnvVar } from './to-env.ts';

/** A catalog module and the FxA files whose `convict(...)` schemas make it (factories are followed from there). */
export interface ImportTarget { module: string; entries: string[] }

/** The FxA servers' convict entry points (syncstorage-rs is Rust, not convict: its module is kept by hand). */
export const TARGETS: readonly ImportTarget[] = [
  { module: 'fxa-auth-server', entries: ['packages/fxa-auth-server/config/index.ts'] },
  { module: 'fxa-content-server', entries: ['packages/fxa-content-server/server/lib/configuration.js'] },
  { module: 'fxa-profile-server', entries: ['packages/fxa-profile-server/lib/config.js'] },
  { module: 'fxa-graphql-api', entries: ['packages/fxa-graphql-api/src/config.ts'] },
  { module: 'fxa-event-broker', entries: ['packages/fxa-event-broker/src/config.ts'] },
  { module: 'fxa-admin-server', entries: ['packages/fxa-admin-server/src/config/index.ts'] },
  { module: 'fxa-admin-panel', entries: ['packages/fxa-admin-panel/server/config/index.ts'] },
  { module: 'fxa-payments-server', entries: ['packages/fxa-payments-server/server/config/index.js'] },
  { module: 'db-migrations', entries: ['packages/db-migrations/bin/patcher.mjs'] },
  { module: '123done', entries: ['packages/123done/config.js'] },
];

export interface ImportOptions {
  /** The FxA checkout (or a directory laid out like one). */
  root: string;
  /** Where the catalog's env modules are (schema/env). */
  envDir: string;
  targets?: readonly ImportTarget[];
  release?: string;
  /** The commit the files were read at; default: the checkout's HEAD, when it is a git repository. */
  commit?: string;
  /** Where a variable is still used (values files, the chart's wiring): empty when nowhere. */
  usedBy?: (name: string) => string[];
  write?: boolean;
}

export interface ImportResult {
  diffs: ModuleDiff[];
  /** Removed or renamed variables still set in values or wired by the chart, with where. */
  inUse: Map<string, string[]>;
  skipped: string[];
  report: string;
}

const headOf = (root: string): string | undefined => {
  if (!existsSync(join(root, '.git'))) return undefined;
  const r = spawnSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};

/** convict lets two keys read one variable; the environment holds one value, so the catalog holds one entry. */
function oneEntryPerName(leaves: readonly ParsedLeaf[]): ParsedLeaf[] {
  const seen = new Map<string, ParsedLeaf>();
  for (const l of leaves) {
    const prev = seen.get(l.env);
    seen.set(l.env, prev ? { ...prev, path: `${prev.path}, ${l.path}` } : l);
  }
  return [...seen.values()];
}

export function importRelease(o: ImportOptions): ImportResult {
  const tree = new SourceTree(o.root);
  const commit = o.commit ?? headOf(o.root) ?? 'unrecorded';
  const diffs: ModuleDiff[] = [];
  const skipped: string[] = [];
  const inUse = new Map<string, string[]>();
  for (const target of o.targets ?? TARGETS) {
    const entries = target.entries.filter((e) => existsSync(join(o.root, e)));
    if (!entries.length) {
      skipped.push(target.module);
      continue;
    }
    const leaves = oneEntryPerName(entries.flatMap((e) => parseConvict(tree, e)));
    if (!leaves.length) throw new UserError(`${target.module}: no convict variable found in ${entries.join(', ')}`);
    const sensitive = new Set(leaves.filter((l) => l.sensitive).map((l) => l.env));
    const path = join(o.envDir, `${target.module}.ts`);
    const current = readEnvModule(path);
    const { env, diff } = mergeRelease(target.module, current.env, leaves.map(toEnvVar), sensitive);
    diffs.push(diff);
    for (const name of [...diff.removed, ...diff.renamed.map((r) => r.from)]) {
      const where = o.usedBy?.(name) ?? [];
      if (where.length) inUse.set(name, where);
    }
    const sources: SourceRef[] = [...new Set([...entries, ...leaves.map((l) => l.origin)])].map((file) => ({ file, commit, ...(o.release ? { release: o.release } : {}) }));
    if (o.write !== false) writeEnvModule(path, { sources, env, notes: current.notes });
  }
  return { diffs, inUse, skipped, report: diffMarkdown(diffs, o.release ?? commit, inUse) };
}

type ValuesFile = { file: string; values: Record<string, { env?: object; secretEnv?: object } | undefined> };

/** Where a variable is still used: a server's wiring, or a values file (named by `file`) that sets it for a server. */
export function usageIn(servers: readonly { name: string; wiring: object }[], values: readonly ValuesFile[]): (name: string) => string[] {
  return (name) => [
    ...servers.filter((s) => name in s.wiring).map((s) => `wired by the chart in ${s.name}`),
    ...values.flatMap(({ file, values: v }) => servers.filter((s) => name in (v[s.name]?.env ?? {}) || name in (v[s.name]?.secretEnv ?? {})).map((s) => `set in ${file} (${s.name})`)),
  ];
}

/** Where this project still uses a variable: a values file that sets it, or a server's wiring. */
async function usedInProject(): Promise<(name: string) => string[]> {
  // Stryker disable next-line StringLiteral: the packed CLI bundles this module with esbuild, which must resolve the specifier even in a mutation run
  const { CATALOG } = await import('../../schema/index.ts');
  const files = ['dev', 'prod'].map((n) => join(ROOT, 'values', `${n}.yaml`)).filter(existsSync);
  return usageIn(CATALOG, files.map((f) => ({ file: f.slice(ROOT.length + 1), values: (parseHelmValues(readFileSync(f, 'utf8')) ?? {}) as ValuesFile['values'] })));
}

export async function runImport(root: string, o: { release?: string; commit?: string; report?: string; dryRun?: boolean }): Promise<number> {
  if (!existsSync(root)) throw new UserError(`${root}: no such directory (give an FxA checkout)`);
  const result = importRelease({ root, envDir: join(ROOT, 'schema', 'env'), release: o.release, commit: o.commit, usedBy: await usedInProject(), write: !o.dryRun });
  for (const d of result.diffs) {
    process.stderr.write(`import: ${d.module}: ${d.added.length} added, ${d.removed.length} removed, ${d.renamed.length} renamed, ${d.changed.length} changed, ${d.pending.length} to classify\n`);
  }
  if (result.skipped.length) process.stderr.write(`import: not in this checkout: ${result.skipped.join(', ')}\n`);
  if (o.report) writeFileSync(o.report, result.report);
  process.stdout.write(result.report);
  const pending = result.diffs.reduce((n, d) => n + d.pending.length, 0);
  if (pending) process.stderr.write(`import: ${pending} new variable(s) to classify in schema/env (their "pending" field); npm run gen refuses until then\n`);
  if (result.inUse.size) {
    process.stderr.write(`import: ${result.inUse.size} removed or renamed variable(s) still in use: ${[...result.inUse.keys()].join(', ')}\n`);
    return 1;
  }
  return 0;
}

