/**
 * Template mutations: each deliberate bug of mutations.ts is applied to a copy of the chart, and the
 * render tests it names are run against that copy (FXA_CHART_DIR, no cluster): at least one must fail.
 * The same tests pass on an unmutated copy, so a failure is the mutation's doing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, UMBRELLA_DIR } from '../../scripts/lib/paths.ts';
import { TEMPLATE_MUTATIONS, type TemplateMutation } from './mutations.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-mutants-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the chart with the mutation applied (none for the control); the edit must match exactly once. */
function chartCopy(name: string, m?: TemplateMutation): string {
  const dir = join(work, name, 'fxa');
  cpSync(UMBRELLA_DIR, dir, { recursive: true });
  if (m) {
    const file = join(dir, 'charts', 'fxa-common', 'templates', m.file);
    const text = readFileSync(file, 'utf8');
    expect(text.split(m.find).length - 1, `${m.file} must contain the mutated text exactly once`).toBe(1);
    writeFileSync(file, text.replace(m.find, m.replace));
  }
  return dir;
}

/** Run vitest on `files` against `chart`; resolves with its exit code and the tail of its report. */
function runTests(chart: string, files: string[]): Promise<{ code: number; tail: string }> {
  return new Promise((resolve) => {
    // one file at a time in one worker: the suite around this test already keeps both cores busy
    execFile(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...files, '--reporter=dot', '--no-file-parallelism', '--maxWorkers=1'], {
      cwd: ROOT,
      env: { ...process.env, FXA_CHART_DIR: chart, FXA_NO_CLUSTER: '1' },
      maxBuffer: 16 << 20,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, tail: `${stdout}${stderr}`.trim().split('\n').slice(-12).join('\n') });
    });
  });
}

describe('template mutations are caught by the render tests', () => {
  it('the named tests pass on an unmutated copy (the control)', async () => {
    const files = [...new Set(TEMPLATE_MUTATIONS.flatMap((m) => m.caughtBy))];
    const r = await runTests(chartCopy('control'), files);
    expect(r.code, r.tail).toBe(0);
  });

  it.each(TEMPLATE_MUTATIONS.map((m, i) => [m.name, i] as const))('%s', async (_name, i) => {
    const m = TEMPLATE_MUTATIONS[i]!;
    const r = await runTests(chartCopy(`m${i}`, m), m.caughtBy);
    expect(r.code, `survived: ${m.name}\n${r.tail}`).not.toBe(0);
  });
});
