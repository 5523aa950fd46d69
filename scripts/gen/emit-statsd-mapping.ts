/**
 * statsd_exporter's mapping config (charts/fxa/charts/statsd/files/statsd-mapping.yaml) from schema/metrics.ts:
 * the names FxA's servers send become the labelled series the dashboards and alerts query; unbounded names are
 * dropped; anything else passes through under the exporter's default name. `npm run gen` stops when two mappings
 * make one series of different kinds or label sets, which the exporter would refuse line by line at run time.
 */
import { Document, isMap, isSeq } from 'yaml';
import { LATENCY_BUCKETS, METRIC_EMITTERS, type MetricEmitter, type MetricMap, type StatsdKind } from '../../schema/metrics.ts';
import { hashBanner, type OutputFile } from './output.ts';

export const STATSD_MAPPING_FILE = 'statsd-mapping.yaml';
export const STATSD_MAPPING_PATH = `charts/fxa/charts/statsd/files/${STATSD_MAPPING_FILE}`;

/** The exporter's name for what a mapping matches (`match_metric_type`). */
const METRIC_TYPE: Record<StatsdKind, string> = { counter: 'counter', timer: 'observer', gauge: 'gauge' };

export interface MappingEntry {
  match: string;
  name: string;
  match_metric_type?: string;
  action?: 'drop';
  help?: string;
  labels?: Record<string, string>;
}

/** One series as the exporter exposes it: its kind and every label it carries. */
export interface Series { name: string; kind: StatsdKind; labels: string[]; help: string; server: string; sources: string[] }

const labelsOf = (m: MetricMap): string[] => [...new Set([...Object.keys(m.labels ?? {}), ...m.tags])].sort();

/** Every mapped series, once; throws when two mappings disagree on a series' kind or labels. */
export function mappedSeries(emitters: readonly MetricEmitter[] = METRIC_EMITTERS): Series[] {
  const byName = new Map<string, Series>();
  for (const e of emitters) {
    for (const m of e.maps) {
      const labels = labelsOf(m);
      const seen = byName.get(m.name);
      if (!seen) {
        byName.set(m.name, { name: m.name, kind: m.kind, labels, help: m.help, server: e.server, sources: [m.source] });
        continue;
      }
      if (seen.kind !== m.kind || seen.labels.join() !== labels.join()) {
        throw new Error(`metrics: ${m.name} is mapped as ${seen.kind} {${seen.labels.join(',')}} and as ${m.kind} {${labels.join(',')}}: one series has one kind and one label set`);
      }
      if (!seen.sources.includes(m.source)) seen.sources.push(m.source);
    }
  }
  return [...byName.values()];
}

/** The mapping entries in the order the exporter tries them: each emitter's drops, then its mappings. */
export function mappingEntries(emitters: readonly MetricEmitter[] = METRIC_EMITTERS): { entry: MappingEntry; source: string }[] {
  mappedSeries(emitters);
  return emitters.flatMap((e) => [
    ...e.drops.map((d) => ({ entry: { match: `${e.prefix}${d.match}`, name: 'dropped', action: 'drop' as const }, source: `${d.source}: ${d.why}` })),
    ...e.maps.map((m) => ({
      entry: {
        match: `${e.prefix}${m.match}`,
        name: m.name,
        match_metric_type: METRIC_TYPE[m.kind],
        help: m.help,
        ...(m.labels ? { labels: { ...m.labels } } : {}),
      },
      source: m.source,
    })),
  ]);
}

export function statsdMappingYaml(emitters: readonly MetricEmitter[] = METRIC_EMITTERS): string {
  const entries = mappingEntries(emitters);
  const config = {
    defaults: {
      match_type: 'glob',
      // timers become histograms, which add up across pods (summaries do not)
      observer_type: 'histogram',
      histogram_options: { buckets: [...LATENCY_BUCKETS] },
    },
    mappings: entries.map((e) => e.entry),
  };
  const doc = new Document(config);
  const mappings = isMap(doc.contents) ? doc.contents.get('mappings', true) : undefined;
  if (isSeq(mappings)) mappings.items.forEach((item, i) => { (item as { commentBefore?: string }).commentBefore = ` ${entries[i]!.source}`; });
  return `${hashBanner('schema/metrics.ts')}${doc.toString({ indentSeq: true, lineWidth: 0 })}`;
}

export function emitStatsdMapping(): OutputFile[] {
  return [{ path: STATSD_MAPPING_PATH, content: statsdMappingYaml() }];
}
