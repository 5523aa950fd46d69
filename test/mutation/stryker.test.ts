/**
 * Mutation testing (Stryker) of the code named in stryker.config.mjs `mutate`, in CI as an
 * incremental run: test/mutation/stryker-incremental.json holds every mutant's result from the last
 * full run (`npm run mutate`), keyed by the code and the tests, so Stryker here re-tests only mutants
 * whose code or tests changed. The file must be current, so that this run stays small; the score must
 * hold at 85% (Stryker's `break` threshold fails the run below it, and this test reads the report).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { mutationScore, scoresByFolder, staleFiles, type MutationReport } from './report.ts';

const INCREMENTAL = join(ROOT, 'test', 'mutation', 'stryker-incremental.json');
const REPORT = join(ROOT, 'reports', 'mutation', 'mutation.json');
/**
 * The run's ceiling: its initial run of every in-process test takes two to three minutes on two cores
 * beside the rest of the suite, the re-tested mutants about one more; three times that.
 */
const STRYKER_TIMEOUT = 900_000;
/** Mutants a run here may re-test (about a minute on two cores); beyond that, `npm run mutate` belongs before the commit. */
const MAX_RETESTED = 40;
/** The files Stryker mutates (stryker.config.mjs `mutate`, its globs as git pathspecs), as git knows them. */
const { default: config } = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as { default: { mutate: string[] } };
const MUTATED = spawnSync('git', ['ls-files', '--', ...config.mutate.map((g) => (g.startsWith('!') ? `:(exclude,glob)${g.slice(1)}` : `:(glob)${g}`))], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);

/** The folders scored one by one: the first two levels of each glob (scripts/gen, scripts/cluster, schema/rules.ts). */
const FOLDERS = [...new Set(config.mutate.filter((g) => !g.startsWith('!')).map((g) => g.split('/').slice(0, 2).join('/')))];

const read = (f: string): MutationReport => JSON.parse(readFileSync(f, 'utf8')) as MutationReport;

describe('mutation testing', () => {
  it('the committed results are from the current code and tests, give or take a small change', () => {
    expect(existsSync(INCREMENTAL), 'no test/mutation/stryker-incremental.json: run `npm run mutate` and commit it').toBe(true);
    const stale = staleFiles(read(INCREMENTAL), ROOT, MUTATED);
    const mutants = stale.reduce((n, f) => n + f.mutants, 0);
    expect(mutants, `${mutants} mutants to re-test in ${stale.map((f) => f.path).join(', ')}: run \`npm run mutate\` and commit ${relative(ROOT, INCREMENTAL)}`).toBeLessThanOrEqual(MAX_RETESTED);
  });

  it('an incremental Stryker run kills at least 85% of the mutants', async () => {
    // asynchronous: a worker blocked for the whole run would miss vitest's own RPC deadlines
    const r = await new Promise<{ status: number | null; output: string }>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', '--reporters', 'json,clear-text'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
        timeout: STRYKER_TIMEOUT,
        maxBuffer: 64 << 20,
      }, (err, stdout, stderr) => resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, output: stdout + stderr }));
    });
    expect(r.status, `stryker exited ${r.status}:\n${r.output.slice(-3000)}`).toBe(0);
    const report = read(REPORT);
    const score = mutationScore(report);
    expect(score.percent, `${score.detected} of ${score.valid} mutants detected; survivors:\n${score.survivors.slice(0, 40).join('\n')}`).toBeGreaterThanOrEqual(85);
    // and each folder on its own
    for (const [folder, s] of Object.entries(scoresByFolder(report, FOLDERS))) {
      expect(s.valid, `${folder}: no mutants in the report`).toBeGreaterThan(0);
      expect(s.percent, `${folder}: ${s.detected} of ${s.valid} mutants detected; survivors:\n${s.survivors.slice(0, 40).join('\n')}`).toBeGreaterThanOrEqual(85);
    }
  }, STRYKER_TIMEOUT + 60_000);
});
