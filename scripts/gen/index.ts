/** `npm run gen`: model -> emitters -> writer. Deterministic: sorted, no timestamps, same bytes every run. */
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { UserError } from '../lib/errors.ts';
import { directory } from './runtime-spec.ts';
import { emitCatalog } from './emit-catalog.ts';
import { emitChartReadme } from './emit-chart-readme.ts';
import { emitChangelog } from './emit-changelog.ts';
import { emitDocker } from './emit-docker.ts';
import { emitEditorSchema } from './emit-editor-schema.ts';
import { emitSecretsDoc } from './emit-secrets-doc.ts';
import { emitEnvironments } from './emit-environments.ts';
import { emitSubchart } from './emit-subchart.ts';
import { emitTopology } from './emit-topology.ts';
import { emitConformance } from './emit-conformance.ts';
import { emitCalls } from './emit-calls.ts';
import { emitPeriodicJobs } from './emit-periodic-jobs.ts';
import { emitSecretsHook } from './emit-secrets-hook.ts';
import { emitStatsdMapping } from './emit-statsd-mapping.ts';
import { emitAlerts } from './emit-alerts.ts';
import { emitDashboards } from './emit-dashboards.ts';
import { emitObservabilityDoc } from './emit-observability-doc.ts';
import { emitTypes } from './emit-types.ts';
import { emitUmbrella } from './emit-umbrella.ts';
import type { OutputFile } from './output.ts';
import { writeAll } from './writer.ts';

/** Every generated file, in memory. `catalog` is a parameter so benchmarks can scale it. */
/** Variables the importer left for a person to classify: nothing is generated from a guess. */
export function pendingClassifications(catalog: readonly ServerSpec[]): string[] {
  return [...new Set(catalog.flatMap((s) => s.env.filter((v) => v.pending?.length).map((v) => `${v.name} (${v.pending!.join(', ')})`)))].sort();
}

export async function generate(catalog: readonly ServerSpec[] = CATALOG): Promise<OutputFile[]> {
  const pending = pendingClassifications(catalog);
  if (pending.length) {
    throw new UserError(`${pending.length} imported variable(s) await classification in schema/env (decide url or secret, then delete "pending"): ${pending.join(', ')}`);
  }
  const dir = directory(catalog); // the address book every server's spec.json carries: built once
  const files = [
    ...emitUmbrella(catalog),
    ...emitChartReadme(catalog),
    ...catalog.flatMap((s) => emitSubchart(s, dir)),
    ...emitEnvironments(catalog),
    ...emitCatalog(catalog),
    ...emitDocker(catalog),
    ...emitSecretsDoc(catalog),
    ...emitTopology(catalog),
    ...emitConformance(),
    ...emitCalls(),
    ...emitPeriodicJobs(catalog),
    ...emitStatsdMapping(),
    ...emitAlerts(),
    ...emitDashboards(),
    ...emitObservabilityDoc(),
    ...emitChangelog(),
    ...emitEditorSchema(catalog),
    ...(await emitTypes(catalog)),
    ...(await emitSecretsHook()),
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two emitters wrote ${f.path}`);
    seen.add(f.path);
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** `root` is the tree written or checked: the project itself, or a scratch copy in tests. */
export async function runGen(opts: { check: boolean; root?: string }): Promise<number> {
  const files = await generate();
  const { stale } = writeAll(files, opts.check, opts.root);
  if (opts.check) {
    if (stale.length) {
      process.stderr.write(`gen --check: ${stale.length} generated file(s) are stale; run \`npm run gen\`:\n${stale.map((p) => `  ${p}\n`).join('')}`);
      return 1;
    }
    process.stderr.write(`gen --check: all ${files.length} generated files are up to date\n`);
    return 0;
  }
  process.stderr.write(`gen: ${files.length} files, ${stale.length} updated\n`);
  return 0;
}
