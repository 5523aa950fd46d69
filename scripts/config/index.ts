/**
 * `npm run config -- -f values/prod.yaml [--server NAME] [--marked] [--markdown]`: every variable of every
 * enabled server with its effective value and where it comes from; values still pointing at localhost
 * or at Mozilla's own infrastructure are marked. Exits 1 when any value is marked, so CI can gate on it.
 */
import { UserError } from '../lib/errors.ts';
import { effectiveConfig, type EffectiveServer } from './effective.ts';

export interface ConfigOptions {
  values: string[];
  set: string[];
  server?: string;
  marked?: boolean;
  markdown?: boolean;
}

const clip = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function counts(s: EffectiveServer): { values: number; chart: number; upstream: number; marked: number } {
  const c = { values: 0, chart: 0, upstream: 0, marked: 0 };
  for (const v of s.vars) {
    c[v.origin]++;
    if (v.marks.length) c.marked++;
  }
  return c;
}

export function markdownReport(servers: readonly EffectiveServer[], title: string): string {
  const out = [`# Effective configuration: ${title}`, '',
    'Every variable of every enabled server as the container starts with it: **values** (set in the values files),',
    '**chart** (wired by the chart from the values) or **upstream** (left unset: convict\'s default).',
    'Marked: `localhost` (a developer machine) or `mozilla` (a service only Mozilla runs). Secrets show their reference only.', '',
    '| server | from values | wired by chart | upstream default | marked |', '|---|---:|---:|---:|---:|'];
  for (const s of servers) {
    const c = counts(s);
    out.push(`| ${s.name} | ${c.values} | ${c.chart} | ${c.upstream} | ${c.marked} |`);
  }
  for (const s of servers) {
    out.push('', `## ${s.name}`, '', '| variable | from | value | marks |', '|---|---|---|---|');
    for (const v of s.vars) out.push(`| \`${v.name}\` | ${v.origin} | ${v.value === '' ? '' : `\`${cell(clip(v.value, 120))}\``} | ${v.marks.join(', ')} |`);
  }
  return `${out.join('\n')}\n`;
}

export function runConfig(o: ConfigOptions): number {
  if (!o.values.length) throw new UserError('give at least one values file: npm run config -- -f values/prod.yaml');
  let servers = effectiveConfig(o.values, o.set);
  if (o.server) {
    servers = servers.filter((s) => s.name === o.server);
    if (!servers.length) throw new UserError(`${o.server} is not an enabled server under these values`);
  }
  const marked = servers.reduce((n, s) => n + counts(s).marked, 0);
  if (o.markdown) {
    process.stdout.write(markdownReport(servers, o.values.join(' ')));
    return marked ? 1 : 0;
  }
  for (const s of servers) {
    const c = counts(s);
    process.stdout.write(`${s.name}: ${c.values} from values, ${c.chart} wired by the chart, ${c.upstream} upstream defaults, ${c.marked} marked\n`);
    for (const v of s.vars) {
      if (o.marked && !v.marks.length) continue;
      const mark = v.marks.length ? `  <- ${v.marks.join(', ')}` : '';
      process.stdout.write(`  ${v.name.padEnd(48)} ${v.origin.padEnd(8)} ${clip(v.value)}${mark}\n`);
    }
  }
  process.stdout.write(`${marked} value(s) marked across ${servers.length} servers\n`);
  return marked ? 1 : 0;
}
