/**
 * `npm run import`: rewrites schema/env/<module>.ts from a convict extraction of mozilla/fxa.
 *
 * The extraction (.cache/extract/*.json, one file per upstream config file plus factories.json) is read
 * off the FxA sources at the pinned release; it is input to this one-off step only. The generated
 * TypeScript is committed and reviewed, and from then on it is the catalog: `npm run gen` never
 * reads the extraction or the network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvVar } from '../../schema/types.ts';
import { ROOT } from '../lib/paths.ts';
import { loadExtraction } from './extraction.ts';
import { toEnvVar } from './to-env.ts';

/** Catalog env module -> the extraction files it is built from. */
export const IMPORTS: Record<string, string[]> = {
  'fxa-auth-server': ['auth-a.json', 'auth-b.json'],
  'fxa-content-server': ['content-server.json'],
  'fxa-profile-server': ['profile-server.json'],
  'fxa-graphql-api': ['graphql-api.json'],
  'fxa-event-broker': ['event-broker.json'],
  'fxa-admin-server': ['admin-server-new.json'],
  'fxa-admin-panel': ['admin-panel.json'],
  'fxa-payments-server': ['payments-server.json'],
  'db-migrations': ['db-migrations.json'],
  '123done': ['123done.json'],
  syncstorage: ['syncstorage.json'],
};

const ORDER: (keyof EnvVar | 'values' | 'format' | 'minimum' | 'maximum')[] = [
  'name', 'type', 'format', 'values', 'minimum', 'maximum', 'default', 'secret', 'url', 'required', 'key', 'upstreamDefault', 'doc',
];

function render(v: EnvVar): string {
  const rec = v as unknown as Record<string, unknown>;
  const parts = ORDER.filter((k) => rec[k] !== undefined).map((k) => `${k}: ${JSON.stringify(rec[k])}`);
  return `  { ${parts.join(', ')} },`;
}

export function importModule(module: string, dir: string): { vars: number; duplicates: string[] } {
  const { leaves, sources } = loadExtraction(dir, IMPORTS[module]!);
  const seen = new Map<string, EnvVar>();
  const duplicates: string[] = [];
  for (const leaf of leaves) {
    const prev = seen.get(leaf.env);
    if (prev) {
      // convict lets two keys read one variable; the environment holds one value, so the catalog holds one entry
      duplicates.push(leaf.env);
      seen.set(leaf.env, { ...prev, key: `${prev.key}, ${leaf.path}` });
      continue;
    }
    seen.set(leaf.env, toEnvVar(leaf));
  }
  const lines = [
    `// Imported from mozilla/fxa by \`npm run import\` (scripts/import); reviewed and committed as the catalog.`,
    `// Correct entries by hand here when FxA changes; the generator reads this file, never the network.`,
    `import { defineEnv, type SourceRef } from '../types.ts';`,
    '',
    `export const sources: readonly SourceRef[] = [`,
    ...[...new Set(sources.map((s) => `  { file: ${JSON.stringify(s.file)}, commit: ${JSON.stringify(s.commit)} },`))],
    `];`,
    '',
    `export const env = defineEnv([`,
    ...[...seen.values()].map(render),
    `]);`,
    '',
  ];
  mkdirSync(join(ROOT, 'schema', 'env'), { recursive: true });
  writeFileSync(join(ROOT, 'schema', 'env', `${module}.ts`), lines.join('\n'));
  return { vars: seen.size, duplicates };
}

export function runImport(dir = join(ROOT, '.cache', 'extract')): void {
  for (const module of Object.keys(IMPORTS)) {
    const { vars, duplicates } = importModule(module, dir);
    process.stderr.write(`import: ${module}: ${vars} variables${duplicates.length ? ` (${duplicates.length} read by two keys: ${duplicates.join(', ')})` : ''}\n`);
  }
}
