/** Emits one thin subchart per server: data (Chart.yaml, values, schema, spec.json) and one-line templates. */
import type { ServerSpec } from '../../schema/types.ts';
import { CHART_VERSION, DEFAULT_IMAGE } from '../../schema/index.ts';
import { hashBanner, json, type OutputFile } from './output.ts';
import { runtimeSpec } from './runtime-spec.ts';
import { subchartSchema, subchartValues } from './server-values.ts';
import { toYaml } from './yaml.ts';
import { stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixesOf } from '../../schema/fixes.ts';
import { ROOT } from '../lib/paths.ts';

/** The fixing script a server's pods run (scripts/fixes/apply.mjs), shipped in the subchart of every server with fixes. */
const fixScript = (): string =>
  `// Generated from scripts/fixes/apply.mjs by \`npm run gen\`. Do not edit.\n${readFileSync(join(ROOT, 'scripts/fixes/apply.mjs'), 'utf8').replace(/^#!.*\n/, '')}`;

export const subchartDir = (s: ServerSpec): string => `charts/fxa/charts/${s.name}`;

export function appVersion(s: ServerSpec): string {
  return s.image?.tag ?? DEFAULT_IMAGE.tag;
}

export function emitSubchart(s: ServerSpec, addressBook: Record<string, unknown>): OutputFile[] {
  const dir = subchartDir(s);
  const chart = {
    apiVersion: 'v2',
    name: s.name,
    description: s.description,
    type: 'application',
    version: CHART_VERSION,
    appVersion: appVersion(s),
  };
  const template = (what: string): string =>
    `${hashBanner()}{{- include "fxa-common.${what}" (dict "context" . "spec" (.Files.Get "spec.json" | fromJson)) }}\n`;
  return [
    { path: `${dir}/Chart.yaml`, content: hashBanner() + stringify(chart) },
    { path: `${dir}/values.yaml`, content: toYaml(hashBanner(), subchartValues(s)) },
    { path: `${dir}/values.schema.json`, content: json(subchartSchema(s)) },
    { path: `${dir}/spec.json`, content: json(runtimeSpec(s, addressBook)) },
    { path: `${dir}/templates/server.yaml`, content: template('server') },
    { path: `${dir}/.helmignore`, content: `${hashBanner()}*.tgz\n` },
    ...(Object.keys(fixesOf(s.name)).length ? [{ path: `${dir}/fixes/apply.mjs`, content: fixScript() }] : []),
  ];
}
