/**
 * One schema of the whole values file: the umbrella's, with each server section replaced by its subchart's
 * strict schema. Helm checks the two levels separately; the values types and editors need them in one.
 */
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { umbrellaSchema } from './emit-umbrella.ts';
import { subchartSchema, type JSONSchema } from './server-values.ts';

/** The subchart's local references written out in place. */
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

/**
 * `definitions: 'inline'` writes each reference out (json-schema-to-typescript would otherwise name a
 * SecretRef1..N per description); `'root'` moves the subcharts' definitions to the root, where their
 * "#/definitions/..." references then resolve (they must agree wherever two subcharts share a name).
 * `rules: false` leaves out the umbrella's cross-field rules, which need the chart defaults merged in.
 */
export function combinedSchema(catalog: readonly ServerSpec[] = CATALOG, opts: { definitions: 'inline' | 'root'; rules: boolean }): JSONSchema {
  const { allOf, ...full } = umbrellaSchema(catalog) as JSONSchema & { properties: Record<string, unknown> };
  const properties = { ...full.properties };
  const hoisted: Record<string, JSONSchema> = {};
  for (const s of catalog) {
    const { $schema: _s, $comment: _c, definitions, ...sub } = subchartSchema(s) as JSONSchema & { definitions?: Record<string, JSONSchema> };
    if (opts.definitions === 'inline') {
      properties[s.name] = { ...(inlineDefinitions(sub, definitions ?? {}) as JSONSchema), title: `${s.name} values` };
      continue;
    }
    for (const [name, body] of Object.entries(definitions ?? {})) {
      if (name in hoisted && JSON.stringify(hoisted[name]) !== JSON.stringify(body)) throw new Error(`schema definition "${name}" differs between subcharts`);
      hoisted[name] = body;
    }
    properties[s.name] = { ...sub, title: `${s.name} values` };
  }
  return {
    ...full,
    properties,
    ...(opts.rules && allOf ? { allOf } : {}),
    ...(Object.keys(hoisted).length ? { definitions: hoisted } : {}),
  };
}
