/**
 * docs/conformance.md: each release profile against the working install, name by name: every variable it
 * sets on the servers the chart shares with it, with the chart's value or the reason it is not set, then
 * its file patches and its listed workarounds with the chart's answer. A name with neither a value nor a
 * reason stops `npm run gen`: nothing is left undecided.
 */
import { CATALOG, FIXES, RELEASE_TAGS, RELEASES, type ReleaseTag, type ServerName, type ServerSpec } from '../../schema/index.ts';
import { NOT_SET, PATCHES, WORKAROUNDS, WORKING_INSTALL_ENV } from '../../schema/conformance.ts';
import { describeWire } from '../../schema/wires.ts';
import type { OutputFile } from './output.ts';
import { releaseView } from './runtime-spec.ts';

/** Names the chart sets on a server under a release (its wiring less what the release does not read, and NODE_ENV). */
export function chartSets(s: ServerSpec, tag: ReleaseTag): Map<string, string> {
  const unset = new Set(releaseView(s)[tag].unset);
  const out = new Map<string, string>();
  for (const [name, wire] of Object.entries(s.wiring)) if (!unset.has(name)) out.set(name, `computed from ${describeWire(wire)}`);
  if (s.nodeEnv) out.set(s.nodeEnv.variable, `from global.environment ("${s.nodeEnv.production}" in production)`);
  return out;
}

export interface Row { readonly server: ServerName; readonly name: string; readonly set: boolean; readonly says: string }

/** What the table is drawn from: the working install's names per release, and the reasons the chart leaves some unset. */
export interface ConformanceData {
  readonly installed: typeof WORKING_INSTALL_ENV;
  readonly notSet: typeof NOT_SET;
}

/** Every name the working install sets under a release, with the chart's value or its reason; throws on an undecided one. */
export function conformanceRows(tag: ReleaseTag, catalog: readonly ServerSpec[] = CATALOG, data: ConformanceData = { installed: WORKING_INSTALL_ENV, notSet: NOT_SET }): Row[] {
  const rows: Row[] = [];
  for (const [server, names] of Object.entries(data.installed[tag]) as [ServerName, readonly string[]][]) {
    const spec = catalog.find((s) => s.name === server);
    if (!spec) throw new Error(`conformance: no server ${server} in the catalog`);
    const sets = chartSets(spec, tag);
    for (const name of names) {
      const value = sets.get(name);
      const reason = data.notSet[`${server} ${name}`];
      if (value && reason) throw new Error(`conformance: ${server} ${name} is set by the chart, yet schema/conformance.ts gives a reason not to`);
      if (!value && !reason) throw new Error(`conformance: ${server} ${name} (set by the working install at ${tag}) is neither set by the chart nor explained in schema/conformance.ts NOT_SET`);
      rows.push({ server, name, set: Boolean(value), says: value ?? reason! });
    }
  }
  return rows;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');
const percent = (n: number, of: number): string => `${Math.floor((1000 * n) / of) / 10}%`;

function section(tag: ReleaseTag): string[] {
  const rows = conformanceRows(tag);
  const p = RELEASES[tag];
  const servers = [...new Set(rows.map((r) => r.server))];
  const lines = [
    `## ${tag}${tag === RELEASE_TAGS[0] ? ' (pinned)' : ''}`,
    '',
    `Working install: [${p.evidence.repository}@${p.evidence.commit.slice(0, 7)}](https://github.com/${p.evidence.repository}/blob/${p.evidence.commit}/${p.evidence.file}) (${p.evidence.branch}). Servers this release lacks: ${p.absent.join(', ') || 'none'}.`,
    '',
    '| server | names it sets | the chart sets |',
    '|---|---|---|',
    ...servers.map((s) => {
      const mine = rows.filter((r) => r.server === s);
      return `| ${s} | ${mine.length} | ${mine.filter((r) => r.set).length} |`;
    }),
    `| **all** | ${rows.length} | ${rows.filter((r) => r.set).length} (${percent(rows.filter((r) => r.set).length, rows.length)}) |`,
    '',
    '| server | name | the chart |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.server} | \`${r.name}\` | ${r.set ? '' : '**not set**: '}${cell(r.says)} |`),
    '',
    '### File patches',
    '',
    '| server | file | the chart |',
    '|---|---|---|',
    ...PATCHES.filter((x) => x.releases.includes(tag)).map((x) => {
      const fix = 'fix' in x.decision ? FIXES.find((f) => f.id === (x.decision as { fix: string }).fix) : undefined;
      if ('fix' in x.decision && !fix) throw new Error(`conformance: no fix ${x.decision.fix} in schema/fixes.ts`);
      return `| ${x.server} | ${cell(x.file)} | ${fix ? `fix \`${fix.id}\` (schema/fixes.ts): ${cell(fix.why)}` : `not needed: ${cell((x.decision as { notNeeded: string }).notNeeded)}`} |`;
    }),
  ];
  return lines;
}

export function conformanceDoc(): string {
  return [
    '<!-- Generated from schema/conformance.ts, schema/releases.ts and the catalog by `npm run gen`. Do not edit. -->',
    '# Conformance with a working install',
    '',
    'For each FxA release the chart has a profile for (`global.fxaRelease`), every environment variable the working',
    'self-hosted install sets on the servers the chart shares with it, and what the chart does: the value it computes',
    '(rendered for `values/prod.yaml`, checked by test/docs/conformance.test.ts) or why it leaves the name unset. Its',
    'Python syncserver is replaced by syncstorage-rs and is not compared.',
    '',
    ...RELEASE_TAGS.flatMap((t) => [...section(t), '']),
    '## Workarounds its config.yml.sample lists',
    '',
    '| workaround | the chart |',
    '|---|---|',
    ...WORKAROUNDS.map((w) => `| ${w.link ? `[${cell(w.workaround)}](${w.link})` : cell(w.workaround)} | ${cell(w.answer)} |`),
    '',
  ].join('\n');
}

export function emitConformance(): OutputFile[] {
  return [{ path: 'docs/conformance.md', content: conformanceDoc() }];
}
