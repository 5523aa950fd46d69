/**
 * The conformance table's rules, in process: every name the working install sets is either set by the chart or
 * explained, never both, and only for servers the catalog has. docs/conformance.md is drawn from these rows;
 * test/releases holds the rows to the render of each release profile.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, PINNED_RELEASE, RELEASE_TAGS } from '../../schema/index.ts';
import { NOT_SET, WORKING_INSTALL_ENV } from '../../schema/conformance.ts';
import { chartSets, conformanceDoc, conformanceRows } from '../../scripts/gen/emit-conformance.ts';

const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
const only = (names: string[], notSet: Record<string, string> = {}) => ({
  installed: { ...WORKING_INSTALL_ENV, [PINNED_RELEASE]: { 'fxa-auth-server': names } },
  notSet,
});

describe('conformance rows', () => {
  it('records a name the chart sets with how it computes it, and an unset one with its reason', () => {
    const rows = conformanceRows(PINNED_RELEASE, CATALOG, only(['PUBLIC_URL', 'PUSHBOX_MAX_TTL'], { 'fxa-auth-server PUSHBOX_MAX_TTL': 'a retention choice' }));
    expect(rows).toEqual([
      { server: 'fxa-auth-server', name: 'PUBLIC_URL', set: true, says: 'computed from the public URL of fxa-auth-server' },
      { server: 'fxa-auth-server', name: 'PUSHBOX_MAX_TTL', set: false, says: 'a retention choice' },
    ]);
  });

  it('refuses a name that is neither set nor explained, naming it and the release', () => {
    expect(() => conformanceRows(PINNED_RELEASE, CATALOG, only(['PUSHBOX_MAX_TTL']))).toThrow(`fxa-auth-server PUSHBOX_MAX_TTL (set by the working install at ${PINNED_RELEASE}) is neither set by the chart nor explained`);
  });

  it('refuses a reason for a name the chart sets', () => {
    expect(() => conformanceRows(PINNED_RELEASE, CATALOG, only(['PUBLIC_URL'], { 'fxa-auth-server PUBLIC_URL': 'stale' }))).toThrow('fxa-auth-server PUBLIC_URL is set by the chart, yet schema/conformance.ts gives a reason not to');
  });

  it('refuses a server the catalog does not have', () => {
    expect(() => conformanceRows(PINNED_RELEASE, CATALOG.filter((s) => s.name !== 'fxa-auth-server'), only(['PUBLIC_URL']))).toThrow('no server fxa-auth-server in the catalog');
  });

  it('counts NODE_ENV as set, from global.environment (auth calls production "prod"), and customs as set under both releases', () => {
    const sets = chartSets(auth, PINNED_RELEASE);
    expect(sets.get('NODE_ENV')).toBe('from global.environment ("prod" in production)');
    for (const tag of RELEASE_TAGS) expect(chartSets(auth, tag).has('CUSTOMS_SERVER_URL'), tag).toBe(true);
  });

  it('keeps every reason for a name the working install sets', () => {
    const installed = new Set(RELEASE_TAGS.flatMap((t) => Object.entries(WORKING_INSTALL_ENV[t]).flatMap(([s, names]) => names!.map((n) => `${s} ${n}`))));
    expect(Object.keys(NOT_SET).filter((k) => !installed.has(k))).toEqual([]);
  });
});

describe('docs/conformance.md', () => {
  const doc = conformanceDoc();

  it('gives each release its section, with its total of names set', () => {
    for (const tag of RELEASE_TAGS) {
      const rows = conformanceRows(tag);
      const set = rows.filter((r) => r.set).length;
      expect(doc).toContain(`| **all** | ${rows.length} | ${set} (`);
      expect(doc).toContain(`## ${tag}`);
    }
    expect(doc).toContain(`## ${PINNED_RELEASE} (pinned)`);
  });

  it('marks each unset name with its reason', () => {
    for (const r of conformanceRows(PINNED_RELEASE).filter((x) => !x.set)) expect(doc).toContain(`\`${r.name}\` | **not set**: `);
  });
});
