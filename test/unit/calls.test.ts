/**
 * The server-to-server URL table (schema/calls.ts) held to the catalog's wiring by callRows, in process: every
 * URL wire classified, no classification without its wire, and no wire of the wrong kind for its use.
 * test/render/calls.test.ts holds the same table to the real render.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { URL_USES, type UrlUse } from '../../schema/calls.ts';
import { callRows, callsDoc } from '../../scripts/gen/emit-calls.ts';

describe('the classification holds the catalog', () => {
  const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
  const withWiring = (wiring: ServerSpec['wiring']): ServerSpec[] => CATALOG.map((s) => (s.name === auth.name ? { ...auth, wiring } : s));
  const uses = (authUses: Record<string, UrlUse>): typeof URL_USES => ({ ...URL_USES, 'fxa-auth-server': authUses });
  const own = URL_USES['fxa-auth-server']!;

  it('classifies every URL wire of every server', () => {
    const rows = callRows();
    const urlWired = CATALOG.reduce((n, s) => n + Object.keys(URL_USES[s.name] ?? {}).length, 0);
    expect(rows.length).toBe(urlWired);
    expect(rows.length).toBeGreaterThan(90);
  });

  it('refuses a URL wire nobody classified, naming it', () => {
    expect(() => callRows(withWiring({ ...auth.wiring, NEW_URL: { from: 'internalUrl', server: 'fxa-profile-server' } }))).toThrow('fxa-auth-server NEW_URL is a URL wire with no classification');
  });

  it('refuses a classification whose wire is gone', () => {
    const { PROFILE_SERVER_URL: _gone, ...rest } = auth.wiring;
    expect(() => callRows(withWiring(rest))).toThrow('classifies fxa-auth-server PROFILE_SERVER_URL, which the catalog does not wire to a URL');
  });

  it('refuses a server-side request wired to a public URL, and a browser-facing value wired in-cluster', () => {
    expect(() => callRows(withWiring({ ...auth.wiring, PROFILE_SERVER_URL: { from: 'publicUrl', server: 'fxa-profile-server' } }))).toThrow(/PROFILE_SERVER_URL is a server-side request .* wired to a public URL/);
    expect(() => callRows(withWiring({ ...auth.wiring, CONTENT_SERVER_URL: { from: 'internalUrl', server: 'fxa-content-server' } }))).toThrow('fxa-auth-server CONTENT_SERVER_URL is used as browser, which needs the public URL, yet it is wired in-cluster');
    expect(() => callRows(CATALOG, uses({ ...own, PUBLIC_URL: { use: 'browser', why: 'x', gap: 'y' } }))).toThrow('PUBLIC_URL records a gap but is wired to a public URL');
  });

  it('counts in-cluster hosts and composed values as URL wires', () => {
    expect(() => callRows(withWiring({ ...auth.wiring, NEW_HOST: { from: 'internalHost', server: 'fxa-profile-server' } }))).toThrow('fxa-auth-server NEW_HOST is a URL wire with no classification');
    expect(() => callRows(withWiring({ ...auth.wiring, NEW_COMPOSED: { from: 'compose', parts: ['redis://', { from: 'internalUrl', server: 'fxa-profile-server' }] } }))).toThrow('fxa-auth-server NEW_COMPOSED is a URL wire with no classification');
  });

  it('refuses an identity or a public fetch wired in-cluster', () => {
    expect(() => callRows(withWiring({ ...auth.wiring, ISSUER: { from: 'internalUrl', server: 'fxa-auth-server' } }))).toThrow('fxa-auth-server ISSUER is used as identity, which needs the public URL');
    const rp = CATALOG.find((s) => s.name === '123done')!;
    const internalIssuer = CATALOG.map((s) => (s.name === rp.name ? { ...rp, wiring: { ...rp.wiring, ISSUER_URI: { from: 'internalUrl' as const, server: 'fxa-content-server' as const } } } : s));
    expect(() => callRows(internalIssuer)).toThrow('123done ISSUER_URI is used as fetch-public, which needs the public URL');
  });

  it('refuses a stale classification even where another server wires a URL of the same name', () => {
    const admin = CATALOG.find((s) => s.name === 'fxa-admin-server')!;
    const { PROFILE_SERVER_URL: _gone, ...rest } = admin.wiring;
    expect(() => callRows(CATALOG.map((s) => (s.name === admin.name ? { ...admin, wiring: rest } : s)))).toThrow('classifies fxa-admin-server PROFILE_SERVER_URL');
  });

  it('refuses a server the catalog does not have', () => {
    expect(() => callRows(CATALOG, { ...URL_USES, 'no-such-server': {} } as typeof URL_USES)).toThrow('names no-such-server, which is not in the catalog');
  });
});


describe('docs/calls.md', () => {
  const doc = callsDoc();

  it('has a row for every classified URL, under its server', () => {
    const sections = new Map(doc.split('\n## ').map((part) => [part.slice(0, part.indexOf('\n')), part]));
    for (const r of callRows()) expect(sections.get(r.server), `${r.server} ${r.variable}`).toContain(`| \`${r.variable}\` |`);
  });

  it('keeps each cell on one line and escapes its bars, and has no gaps section without a gap', () => {
    const row = callRows().find((r) => r.server === 'fxa-auth-server' && r.variable === 'CONTENT_SERVER_URL')!;
    const text = callsDoc([{ ...row, use: { use: 'browser', why: '  links | and\n   redirects  ' } }]);
    expect(text).toContain('| `CONTENT_SERVER_URL` | the public URL of fxa-content-server | handed to browsers | links \\| and redirects |');
    expect(text).not.toContain('## Gaps');
  });

  it('names the servers that must reach public hosts, and the recorded gaps', () => {
    expect(doc).toContain('123done, 321done request public URLs themselves');
    expect(doc).toMatch(/## Gaps\n\n- fxa-admin-panel `ADMIN_SERVER_URL`: /);
    expect(doc).toContain('Callee checks: a Hawk-signed session token, of which only the id is read');
    expect(doc).toContain('Callee checks: `Authorization: Bearer` with a shared secret (`profileServerAuthSecretBearerToken`)');
  });
});
