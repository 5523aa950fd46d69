/**
 * docs/periodic-jobs.md: every periodic or operator-run job of the release (schema/periodic-jobs.ts) with its
 * state here. `npm run gen` stops when a job marked as running names no CronJob of the catalog, or a CronJob of
 * the catalog has no entry: the page cannot claim a job the chart does not render, nor miss one it does.
 */
import { CATALOG, type CronJob, type ServerSpec } from '../../schema/index.ts';
import { PERIODIC_JOBS, type PeriodicJob } from '../../schema/periodic-jobs.ts';
import type { OutputFile } from './output.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The CronJob each running entry names; throws naming the first entry or CronJob that does not match up. */
export function periodicRows(catalog: readonly ServerSpec[] = CATALOG, jobs: readonly PeriodicJob[] = PERIODIC_JOBS): { job: PeriodicJob; cron: CronJob | null }[] {
  const crons = new Map<string, CronJob>(catalog.flatMap((s) => (s.cronJobs ?? []).map((j) => [`${s.name}/${j.name}`, j] as const)));
  const claimed = new Set<string>();
  const rows = jobs.map((job) => {
    if (job.state.kind !== 'runs') return { job, cron: null };
    const key = `${job.state.server}/${job.state.cronJob}`;
    const cron = crons.get(key);
    if (!cron) throw new Error(`periodic jobs: ${job.script} is marked as running as ${key}, which is no CronJob of the catalog`);
    if (claimed.has(key)) throw new Error(`periodic jobs: ${key} is claimed by two entries`);
    claimed.add(key);
    return { job, cron };
  });
  const unlisted = [...crons.keys()].find((k) => !claimed.has(k));
  if (unlisted) throw new Error(`periodic jobs: the CronJob ${unlisted} has no entry in schema/periodic-jobs.ts`);
  return rows;
}

function stateCell({ job, cron }: { job: PeriodicJob; cron: CronJob | null }): string {
  const s = job.state;
  if (s.kind === 'runs' && cron) {
    const gate = cron.when ? `, while \`global.${cron.when}\`` : '';
    return `**runs**: CronJob \`${s.server}-${s.cronJob}\`, \`${cron.schedule}\`${gate}: \`${cron.command.join(' ')}\``;
  }
  if (s.kind === 'not-needed') return `**not needed**: ${cell(s.why)}`;
  if (s.kind === 'cannot-run') return `**cannot run**: ${cell(s.why)}. Left undone: ${cell(s.lost)}`;
  return '';
}

export function emitPeriodicJobs(catalog: readonly ServerSpec[] = CATALOG, jobs: readonly PeriodicJob[] = PERIODIC_JOBS): OutputFile[] {
  const rows = periodicRows(catalog, jobs);
  const lines = [
    '<!-- Generated from schema/ by `npm run gen`. Do not edit. -->',
    '# Periodic jobs',
    '',
    'Every periodic or operator-run job of the auth server at the pinned release, and what this chart does with it.',
    'A running job is a CronJob from the server\'s image, configuration, secrets and key files: one run at a time (`concurrencyPolicy: Forbid`),',
    'one successful and three failed runs kept, an hour\'s deadline; `<server>.cronJobs.<name>` in values turns it off or reschedules it.',
    '',
    '| script | state | source |',
    '|---|---|---|',
    ...rows.map((r) => `| \`${r.job.script}\` | ${stateCell(r)} | \`${r.job.source.file}\`@${r.job.source.commit.slice(0, 12)}: ${cell(r.job.source.why)} |`),
    '',
  ];
  return [{ path: 'docs/periodic-jobs.md', content: `${lines.join('\n')}\n` }];
}
