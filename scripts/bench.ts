/**
 * `npm run bench`: wall times from one run, reported as ratios to `helm template` measured in the same
 * run (the baseline), so the figures compare across machines. Each figure is the median of N runs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CATALOG, type ServerSpec } from '../schema/index.ts';
import { generate } from './gen/index.ts';
import { ROOT, UMBRELLA_DIR, toolPath } from './lib/paths.ts';
import { loadChart } from './validate/chart.ts';
import { createAjv } from './lib/ajv.ts';
import { createValidator, userValues } from './validate/index.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeCommand(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - t);
  }
  return median(times);
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
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const log = (s: string): boolean => process.stderr.write(`bench: ${s}\n`);

  log(`helm template (baseline), ${runs} runs`);
  const template = timeCommand(toolPath('helm'), ['template', 'fxa', UMBRELLA_DIR, '-f', prod], runs);
  log('npm run gen (check mode: renders everything, writes nothing)');
  const gen = timeCommand(tsx, ['scripts/cli.ts', 'gen', '--check'], runs);
  log('npm run validate -f values/prod.yaml');
  const validate = timeCommand(tsx, ['scripts/cli.ts', 'validate', '-f', prod], runs);

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
    ['helm template -f values/prod.yaml (baseline)', ms(template), '1.00x'],
    ['npm run gen (whole command)', ms(gen), ratio(gen)],
    ['npm run validate -f values/prod.yaml (whole command)', ms(validate), ratio(validate)],
    ['  generate() in process', ms(genInProcess), ratio(genInProcess)],
    ['  compile all schemas, cold (first run only)', ms(compileCold), ratio(compileCold)],
    ['  load compiled schemas from .cache (every run)', ms(compile), ratio(compile)],
    ['  validate one values set (compiled)', ms(check), ratio(check)],
    [`  generate() with ${big.length} servers (10x)`, ms(gen10), `${(gen10 / genInProcess).toFixed(1)}x the 1x catalog`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([a, b, c]) => `${a.padEnd(w)}  ${b}  ${c}`).join('\n')}\n`);
  process.stdout.write(`ratios: gen/template ${(gen / template).toFixed(2)}, validate/template ${(validate / template).toFixed(2)}, gen 10x/1x ${(gen10 / genInProcess).toFixed(2)} (median of ${runs} runs)\n`);
}
