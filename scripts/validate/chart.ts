/** The chart as Helm loads it from disk: umbrella defaults and schema, and each subchart's. */
import type { DirectoryEntry } from './routes.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeCacheFile } from '../lib/cache.ts';
import { parseHelmValues } from '../lib/helm-yaml.ts';
import { ROOT, UMBRELLA_DIR } from '../lib/paths.ts';
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

function readChart(dir: string): ChartData {
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

const CACHE = join(ROOT, '.cache', 'chart');

/** Every file readChart reads, by content (reading 2 MB costs a few ms; parsing it is what the cache saves). */
function chartKey(dir: string): string {
  const hash = createHash('sha256').update(dir);
  const files = [join(dir, 'Chart.yaml'), join(dir, 'values.yaml'), join(dir, 'values.schema.json')];
  const charts = join(dir, 'charts');
  for (const sub of existsSync(charts) ? readdirSync(charts).sort() : []) {
    for (const f of ['values.yaml', 'values.schema.json', 'spec.json']) files.push(join(charts, sub, f));
  }
  for (const f of files) hash.update(`${f}\0`).update(existsSync(f) ? readFileSync(f) : '-').update('\0');
  return hash.digest('hex').slice(0, 24);
}

/**
 * The chart as Helm loads it. Parsing its YAML (about 2 MB of values and schemas) is most of a cold
 * `validate`, so the parsed form is kept as JSON under .cache/chart, keyed by the files' contents.
 */
export function loadChart(dir = UMBRELLA_DIR): ChartData {
  const file = join(CACHE, `${chartKey(dir)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ChartData;
  const chart = readChart(dir);
  writeCacheFile(file, JSON.stringify(chart));
  return chart;
}
