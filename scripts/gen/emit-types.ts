/** TypeScript types of the chart's values, compiled from the very schemas Helm checks (json-schema-to-typescript). */
import { compile } from 'json-schema-to-typescript';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import type { OutputFile } from './output.ts';
import { subchartSchema } from './server-values.ts';
import { umbrellaSchema } from './emit-umbrella.ts';

export async function emitTypes(catalog: readonly ServerSpec[] = CATALOG): Promise<OutputFile[]> {
  const full = umbrellaSchema(catalog) as { properties: Record<string, unknown> };
  // one schema for the types: each server section replaced by its subchart's strict schema
  const properties = { ...full.properties };
  for (const s of catalog) {
    const { $schema: _s, $comment: _c, ...sub } = subchartSchema(s);
    properties[s.name] = { ...sub, title: `${s.name} values` };
  }
  const ts = await compile({ ...full, title: 'FxaValues', properties } as Parameters<typeof compile>[0], 'FxaValues', {
    bannerComment: '/* Generated from schema/ by `npm run gen`. Do not edit. Types of the fxa chart\'s values. */',
    additionalProperties: false,
    strictIndexSignatures: true,
    // unformatted: prettier would triple the generation time for a file people read through their editor's types
    format: false,
    unreachableDefinitions: false,
  });
  return [{ path: 'types/values.d.ts', content: ts }];
}
