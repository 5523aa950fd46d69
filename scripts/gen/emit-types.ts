/** TypeScript types of the chart's values, compiled from the very schemas Helm checks (json-schema-to-typescript). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { writeCacheFile } from '../lib/cache.ts';
import { ROOT } from '../lib/paths.ts';
import type { OutputFile } from './output.ts';
import { combinedSchema } from './combined-schema.ts';

type Compile = typeof import('json-schema-to-typescript').compile;
const OPTIONS = {
  bannerComment: '/* Generated from schema/ by `npm run gen`. Do not edit. Types of the fxa chart\'s values. */',
  additionalProperties: false,
  strictIndexSignatures: true,
  // unformatted: prettier would triple the generation time for a file people read through their editor's types
  format: false,
  unreachableDefinitions: false,
} as const;

const requireHere = createRequire(import.meta.url);
const TOOL_VERSION = (JSON.parse(readFileSync(requireHere.resolve('json-schema-to-typescript/package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(ROOT, '.cache', 'types');

/**
 * json-schema-to-typescript is most of `gen`'s time, and its output depends only on the schema, its
 * options and its version: the result is kept under .cache/types by a hash of the three.
 */
async function compileCached(schema: Record<string, unknown>): Promise<string> {
  const key = createHash('sha256').update(TOOL_VERSION).update(JSON.stringify(OPTIONS)).update(JSON.stringify(schema)).digest('hex').slice(0, 24);
  const file = join(CACHE, `${key}.d.ts`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const { compile } = (await import('json-schema-to-typescript')) as { compile: Compile };
  const ts = await compile(schema as Parameters<Compile>[0], 'FxaValues', OPTIONS);
  writeCacheFile(file, ts);
  return ts;
}

export async function emitTypes(catalog: readonly ServerSpec[] = CATALOG): Promise<OutputFile[]> {
  const schema = combinedSchema(catalog, { definitions: 'inline', rules: true });
  return [{ path: 'types/values.d.ts', content: await compileCached({ ...schema, title: 'FxaValues' }) }];
}
