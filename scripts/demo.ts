/**
 * `npm run demo`: the main job on the embedded default (values/dev.yaml). Today it proves the chart
 * offline: generated files current, Helm 4 lint --strict, a full render, and a table of what would run.
 * Installing onto the project's own local cluster comes with the embedded-cluster work (issue 5).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { CATALOG } from '../schema/index.ts';
import { runGen } from './gen/index.ts';
import { ROOT, toolPath } from './lib/paths.ts';
import { UserError } from './lib/errors.ts';

interface Obj { kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: { replicas?: number; ports?: { port: number }[] }; data?: Record<string, string> }

export async function runDemo(valuesName = 'dev'): Promise<void> {
  const chart = join(ROOT, 'charts', 'fxa');
  const values = join(ROOT, 'values', `${valuesName}.yaml`);
  const step = (s: string): boolean => process.stderr.write(`demo: ${s}\n`);
  step('checking generated files');
  if ((await runGen({ check: true })) !== 0) throw new UserError('generated files are stale: run `npm run gen`');
  step(`helm lint --strict -f values/${valuesName}.yaml`);
  execFileSync(toolPath('helm'), ['lint', '--strict', chart, '-f', values], { stdio: ['ignore', 'ignore', 'inherit'] });
  step('helm template');
  const out = execFileSync(toolPath('helm'), ['template', 'fxa', chart, '-f', values], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const objects = parseAllDocuments(out).map((d) => d.toJS() as Obj | null).filter((o): o is Obj => o !== null);
  const base = String((parse(readFileSync(values, 'utf8')) as { global?: { publicUrl?: string } }).global?.publicUrl ?? '').replace(/\/$/, '');
  const rows = objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
    .map((w) => {
      const name = w.metadata.labels?.['app.kubernetes.io/name'] ?? w.metadata.name;
      const svc = objects.find((o) => o.kind === 'Service' && o.metadata.labels?.['app.kubernetes.io/name'] === name);
      const path = CATALOG.find((s) => s.name === name)?.publicPath;
      const publicUrl = path === undefined ? '' : `${base}${path}`;
      return [name, w.kind, w.kind === 'Job' ? 'hook' : String(w.spec?.replicas ?? 1), svc ? `${svc.metadata.name}:${svc.spec?.ports?.map((p) => p.port).join(',')}` : '-', publicUrl];
    });
  const header = ['server', 'workload', 'replicas', 'service', 'public URL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(`\n${rows.length} workloads, ${objects.length} objects rendered from values/${valuesName}.yaml.\n`);
  process.stdout.write('Install them: .tools/bin/helm install fxa charts/fxa -f values/dev.yaml (needs a cluster; the embedded one arrives with issue 5).\n');
}
