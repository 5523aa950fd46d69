/** TypeScript types of the chart's values, compiled from the very schemas Helm checks (json-schema-to-typescript). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { writeCacheFile } from '../lib/cache.ts';
import { ROOT } from '../lib/paths.ts';
import type { OutputFile } from './output.ts';
import { subchartSchema, type JSONSchema } from './server-values.ts';
import { umbrellaSchema } from './emit-umbrella.ts';

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

/**
 * The subchart's local references written out in place: each secret variable then keeps its own doc
 * comment on one shared shape, instead of json-schema-to-typescript naming a SecretRef1..SecretRefN per
 * description.
 */
function inlineDefinitions(node: unknown, definitions: Record<string, JSONSchema>): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineDefinitions(n, definitions));
  if (typeof node !== 'object' || node === null) return node;
  const { $ref, ...rest } = node as JSONSchema;
  const local = typeof $ref === 'string' ? /^#\/definitions\/(.+)$/.exec($ref)?.[1] : undefined;
  if (local !== undefined) {
    const body = definitions[local];
    if (!body) throw new Error(`schema reference ${String($ref)} has no definition`);
    return { ...(inlineDefinitions(body, definitions) as JSONSchema), ...rest };
  }
  return Object.fromEntries(Object.entries(node as JSONSchema).map(([k, v]) => [k, inlineDefinitions(v, definitions)]));
}

export async function emitTypes(catalog: readonly ServerSpec[] = CATALOG): Promise<OutputFile[]> {
  const full = umbrellaSchema(catalog) as { properties: Record<string, unknown> };
  // one schema for the types: each server section replaced by its subchart's strict schema
  const properties = { ...full.properties };
  for (const s of catalog) {
    const { $schema: _s, $comment: _c, definitions, ...sub } = subchartSchema(s) as JSONSchema & { definitions?: Record<string, JSONSchema> };
    properties[s.name] = { ...(inlineDefinitions(sub, definitions ?? {}) as JSONSchema), title: `${s.name} values` };
  }
  return [{ path: 'types/values.d.ts', content: await compileCached({ ...full, title: 'FxaValues', properties }) }];
}
