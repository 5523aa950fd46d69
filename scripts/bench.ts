/**
 * `npm run bench`: wall times from one run, reported as ratios to `helm template` measured in the same
 * run (the baseline), so the figures compare across machines. Each figure is the median of N runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG, type ServerSpec } from '../schema/index.ts';
import { generate } from './gen/index.ts';
import { ROOT, UMBRELLA_DIR, toolPath } from './lib/paths.ts';
import { loadChart } from './validate/chart.ts';
import { createAjv } from './lib/ajv.ts';
import { createValidator, userValues } from './validate/index.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Cmd { label: string; cmd: string; args: string[] }

/**
 * Wall times of several commands, interleaved: run i of every command happens before run i+1 of any,
 * so a busy moment of the machine touches all of them alike. Returns each command's median.
 */
function timeInterleaved(cmds: Cmd[], runs: number, log: (s: string) => void): number[] {
  const times = cmds.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    cmds.forEach((c, j) => {
      const t = performance.now();
      const r = spawnSync(c.cmd, c.args, { cwd: ROOT, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${c.cmd} ${c.args.join(' ')} exited ${r.status}`);
      times[j]!.push(performance.now() - t);
    });
    log(`run ${i + 1}/${runs}`);
  }
  return times.map(median);
}

/** The same objects as the chart renders, as a chart of plain manifests: no values, no schema, no template logic. */
function flatChart(rendered: string): { dir: string; objects: number } {
  const dir = mkdtempSync(join(tmpdir(), 'fxa-flat-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: flat\nversion: 0.0.0\n');
  const docs = rendered.split(/^---\s*$/m).filter((d) => /\bkind:/.test(d));
  // a manifest with {{ in it becomes a raw Go string (a backtick inside one is spliced in as {{"`"}})
  const raw = (d: string): string => (d.includes('{{') ? `{{\`${d.replaceAll('`', '`}}{{"`"}}{{`')}\`}}` : d);
  docs.forEach((d, i) => writeFileSync(join(dir, 'templates', `o${i}.yaml`), `${raw(d)}\n`));
  return { dir, objects: docs.length };
}

async function timeAsync(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The catalog ten times over, each copy a distinct server (for how generation scales). */
function scaled(times: number): ServerSpec[] {
  return Array.from({ length: times }, (_, i) => CATALOG.map((s) => ({ ...s, name: (i ? `${s.name}-x${i}` : s.name) as ServerSpec['name'] }))).flat();
}

export async function runBench(opts: { runs: number }): Promise<void> {
  const runs = opts.runs;
  const prod = join(ROOT, 'values', 'prod.yaml');
  const log = (s: string): boolean => process.stderr.write(`bench: ${s}\n`);

  const cli = join(ROOT, 'scripts', 'bin', 'fxa-helm.mjs');
  const helm = toolPath('helm');
  const rendered = spawnSync(helm, ['template', 'fxa', UMBRELLA_DIR, '-f', prod], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const flat = flatChart(rendered);
  spawnSync(process.execPath, [cli, 'validate', '-f', prod], { stdio: 'ignore' }); // first use compiles the CLI and fills the caches
  const cmds: Cmd[] = [
    { label: 'helm template -f values/prod.yaml (baseline)', cmd: helm, args: ['template', 'fxa', UMBRELLA_DIR, '-f', prod] },
    { label: 'fxa-helm validate -f values/prod.yaml', cmd: process.execPath, args: [cli, 'validate', '-f', prod] },
    { label: 'fxa-helm gen --check', cmd: process.execPath, args: [cli, 'gen', '--check'] },
    { label: 'npm run validate -- -f values/prod.yaml (npm adds its own start)', cmd: 'npm', args: ['run', '--silent', 'validate', '--', '-f', prod] },
    { label: 'helm template --skip-schema-validation', cmd: helm, args: ['template', 'fxa', UMBRELLA_DIR, '-f', prod, '--skip-schema-validation'] },
    { label: `helm template of a flat chart of the same ${flat.objects} objects`, cmd: helm, args: ['template', 'flat', flat.dir] },
  ];
  log(`${cmds.length} commands, ${runs} interleaved runs`);
  const [template, validate, gen, npmValidate, noSchema, flatTime] = timeInterleaved(cmds, runs, log) as [number, number, number, number, number, number];
  rmSync(flat.dir, { recursive: true, force: true });

  log('in-process: generate(), compile validator, validate');
  const genInProcess = await timeAsync(() => generate(), runs);
  const chart = loadChart();
  const compileCold = await timeAsync(() => {
    const ajv = createAjv();
    ajv.compile(chart.schema);
    for (const d of chart.deps) if (d.schema) ajv.compile(d.schema);
  }, runs);
  const compile = await timeAsync(() => createValidator(chart), runs);
  const validator = createValidator(chart);
  const user = userValues([prod], []);
  const check = await timeAsync(() => validator.validate(user), Math.max(runs, 20));
  log('in-process: generate() over a catalog 10x larger');
  const big = scaled(10);
  const gen10 = await timeAsync(() => generate(big), Math.max(3, Math.floor(runs / 2)));

  const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;
  const ratio = (x: number): string => `${(x / template).toFixed(2)}x template`;
  const rows: [string, string, string][] = [
    [cmds[0]!.label, ms(template), '1.00x'],
    [cmds[1]!.label, ms(validate), ratio(validate)],
    [cmds[2]!.label, ms(gen), ratio(gen)],
    [cmds[3]!.label, ms(npmValidate), ratio(npmValidate)],
    [cmds[4]!.label, ms(noSchema), ratio(noSchema)],
    [cmds[5]!.label, ms(flatTime), ratio(flatTime)],
    ['  generate() in process', ms(genInProcess), ratio(genInProcess)],
    ['  compile all schemas, cold (first run only)', ms(compileCold), ratio(compileCold)],
    ['  load compiled schemas from .cache (every run)', ms(compile), ratio(compile)],
    ['  validate one values set (compiled)', ms(check), ratio(check)],
    [`  generate() with ${big.length} servers (10x)`, ms(gen10), `${(gen10 / genInProcess).toFixed(1)}x the 1x catalog`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([a, b, c]) => `${a.padEnd(w)}  ${b}  ${c}`).join('\n')}\n`);
  const schemaShare = Math.max(0, template - noSchema) / template;
  process.stdout.write(
    `ratios (medians of ${runs} interleaved runs): validate/template ${(validate / template).toFixed(2)}, gen/template ${(gen / template).toFixed(2)}, ` +
      `schema validation ${(schemaShare * 100).toFixed(0)}% of helm template, render per object vs a flat chart ${(template / flatTime).toFixed(2)}x, gen 10x/1x ${(gen10 / genInProcess).toFixed(2)}\n`,
  );
}
