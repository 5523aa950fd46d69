import { describe, expect, it } from 'vitest';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { PERIODIC_JOBS, type PeriodicJob } from '../../schema/periodic-jobs.ts';
import { emitPeriodicJobs, periodicRows } from '../../scripts/gen/emit-periodic-jobs.ts';

const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
const source = { file: 'packages/fxa-auth-server/scripts/x.ts', commit: '0123456789abcdef', why: 'test' };

describe('periodic jobs page', () => {
  it('lists every CronJob of the catalog under its upstream script, with its schedule, gate and command', () => {
    const [page] = emitPeriodicJobs();
    for (const j of auth.cronJobs!) {
      expect(page!.content).toContain(`CronJob \`fxa-auth-server-${j.name}\`, \`${j.schedule}\``);
      expect(page!.content).toContain(j.command.join(' '));
    }
    expect(page!.content).toContain('while `global.integrations.subscriptions.enabled`');
    // the jobs that cannot run say what is left undone
    for (const j of PERIODIC_JOBS.filter((x) => x.state.kind === 'cannot-run')) expect(page!.content).toMatch(new RegExp(`\`${j.script}\` \\| \\*\\*cannot run\\*\\*: [^|]+Left undone: `));
  });

  it('refuses an entry marked as running that names no CronJob', () => {
    const ghost: PeriodicJob = { script: 'x.ts', state: { kind: 'runs', server: 'fxa-auth-server', cronJob: 'nightly-x' }, source };
    expect(() => periodicRows(CATALOG, [...PERIODIC_JOBS, ghost])).toThrow('x.ts is marked as running as fxa-auth-server/nightly-x, which is no CronJob of the catalog');
  });

  it('refuses a CronJob the page would not list, and one claimed twice', () => {
    const withoutPrune = PERIODIC_JOBS.filter((j) => j.script !== 'prune-tokens.ts');
    expect(() => periodicRows(CATALOG, withoutPrune)).toThrow('the CronJob fxa-auth-server/prune-tokens has no entry in schema/periodic-jobs.ts');
    const twice = [...PERIODIC_JOBS, { ...PERIODIC_JOBS.find((j) => j.script === 'prune-tokens.ts')!, script: 'again.ts' }];
    expect(() => periodicRows(CATALOG, twice)).toThrow('fxa-auth-server/prune-tokens is claimed by two entries');
  });

  it('keeps every entry on one table row: bars escaped, line breaks and runs of spaces made one space', () => {
    const odd: PeriodicJob = { script: 'odd.ts', state: { kind: 'cannot-run', why: 'needs A | B\n  and   C', lost: 'x\ty' }, source };
    const [page] = emitPeriodicJobs(CATALOG, [...PERIODIC_JOBS, odd]);
    expect(page!.content.split('\n').find((l) => l.startsWith('| `odd.ts`'))).toBe('| `odd.ts` | **cannot run**: needs A \\| B and C. Left undone: x y | `packages/fxa-auth-server/scripts/x.ts`@0123456789ab: test |');
  });

  it('needs no entry for a catalog without CronJobs', () => {
    const bare: ServerSpec[] = CATALOG.map((s) => ({ ...s, cronJobs: [] }));
    expect(periodicRows(bare, PERIODIC_JOBS.filter((j) => j.state.kind !== 'runs')).every((r) => r.cron === null)).toBe(true);
  });
});
