/** The chart as Helm loads it from disk: umbrella defaults and schema, and each subchart's. */
import type { DirectoryEntry } from './routes.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelmValues } from '../lib/helm-yaml.ts';
import { UMBRELLA_DIR } from '../lib/paths.ts';
import type { Values } from './merge.ts';

export interface SubchartData {
  name: string;
  condition?: string;
  values: Values;
  schema?: Record<string, unknown>;
  /** spec.json: the runtime data the library chart's rules read (wiring, secret names, env names). */
  spec?: { wiring: Record<string, { from: string; key?: string; when?: string }>; envNames: string[]; secretNames: string[]; directory?: Record<string, DirectoryEntry> };
}

export interface ChartData {
  values: Values;
  schema: Record<string, unknown>;
  deps: SubchartData[];
}

// read as Helm reads charts (see helm-yaml.ts)
const readYaml = (p: string): Values => (existsSync(p) ? ((parseHelmValues(readFileSync(p, 'utf8')) ?? {}) as Values) : {});
const readJson = <T>(p: string): T | undefined => (existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : undefined);

export function loadChart(dir = UMBRELLA_DIR): ChartData {
  const chart = readYaml(join(dir, 'Chart.yaml')) as { dependencies?: { name: string; condition?: string }[] };
  return {
    values: readYaml(join(dir, 'values.yaml')),
    schema: readJson(join(dir, 'values.schema.json')) ?? {},
    deps: (chart.dependencies ?? []).map((d) => {
      const sub = join(dir, 'charts', d.name);
      return {
        name: d.name,
        ...(d.condition ? { condition: d.condition } : {}),
        values: readYaml(join(sub, 'values.yaml')),
        schema: readJson(join(sub, 'values.schema.json')),
        spec: readJson(join(sub, 'spec.json')),
      };
    }),
  };
}
