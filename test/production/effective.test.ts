/**
 * The production profile, judged by what the servers would start with (`npm run config`, which renders
 * with the real Helm and fills the rest with convict's upstream defaults): nothing points at a
 * developer's machine or at Mozilla's services, the profile server keeps its data, the content
 * server's OAuth client exists, and every integration is off by FxA's own switch until turned on.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, INTEGRATION_VARS } from '../../schema/index.ts';
import { effectiveConfig, renderChart, type EffectiveServer } from '../../scripts/config/effective.ts';
import { markdownReport } from '../../scripts/config/index.ts';
import { marksOf } from '../../scripts/config/marks.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { valuesFile } from '../helpers/helm.ts';

const valueOf = (servers: readonly EffectiveServer[], server: string, name: string): string | undefined =>
  servers.find((s) => s.name === server)?.vars.find((v) => v.name === name)?.value;

describe('the marks', () => {
  it('catch localhost, Mozilla-run hosts and bare Mozilla domains, and spare identifiers and help links', () => {
    expect(marksOf('http://localhost:3030/x')).toEqual(['localhost']);
    expect(marksOf('https://localhost.dev:3030/cb')).toEqual(['localhost']);
    expect(marksOf('127.0.0.1')).toEqual(['localhost']);
    expect(marksOf('wss://channelserver.services.mozilla.com')).toEqual(['mozilla']);
    expect(marksOf('firefox.com')).toEqual(['mozilla']);
    expect(marksOf('*.mozaws.net,example.com')).toEqual(['mozilla']);
    expect(marksOf('https://identity.mozilla.com/apps/oldsync')).toEqual([]);
    expect(marksOf('https://support.mozilla.org/kb/x')).toEqual([]);
    expect(marksOf('https://accounts.example.com')).toEqual([]);
    expect(marksOf('mylocalhostname.example.com')).toEqual([]);
  });

  it('know each Mozilla-run domain by a host FxA\'s defaults name, and no look-alike', () => {
    for (const url of ['https://api.accounts.firefox.com/v1', 'https://sentry.prod.mozaws.net/1', 'https://fxa.mozgcp.net',
      'https://token.services.mozilla.com/1.0/sync/1.5', 'https://incoming.telemetry.mozilla.org/submit', 'https://accounts-static.cdn.mozilla.net',
      'https://accounts.stage.allizom.org', 'https://dev.lcip.org/auth', 'https://123done-prod.herokuapp.com', 'FIREFOX.COM']) {
      expect(marksOf(url), url).toEqual(['mozilla']);
    }
    for (const spared of ['https://notfirefox.com', 'https://firefox.com.example.org', 'https://mozilla.net', 'https://services.mozilla.com.evil.example', 'https://www.mozilla.org/privacy']) {
      expect(marksOf(spared), spared).toEqual([]);
    }
    expect(marksOf('http://localhost:3030,https://accounts.firefox.com')).toEqual(['localhost', 'mozilla']);
  });
});

describe('values/prod.yaml, effective', () => {
  const prod = effectiveConfig([valuesFile('prod')]);

  it('covers every enabled FxA server', () => {
    expect(prod.map((s) => s.name)).toEqual(expect.arrayContaining(['fxa-auth-server', 'fxa-content-server', 'fxa-profile-server', 'fxa-payments-server', 'syncstorage']));
  });

  it('leaves no variable pointing at localhost or at Mozilla\'s infrastructure', () => {
    const marked = prod.flatMap((s) => s.vars.filter((v) => v.marks.length).map((v) => `${s.name} ${v.name}=${v.value} (${v.marks.join(', ')})`));
    expect(marked).toEqual([]);
  });

  it('keeps profiles in MySQL and avatars on the shared volume, at URLs the server\'s own provider check accepts', () => {
    for (const p of ['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']) {
      expect(valueOf(prod, p, 'DB')).toBe('mysql');
      expect(valueOf(prod, p, 'IMG')).toBe('local');
    }
    const avatarUrl = valueOf(prod, 'fxa-profile-server', 'IMG_URL')!.replace('{id}', '0123456789abcdef0123456789abcdef');
    expect(avatarUrl).toMatch(/^https:\/\//);
    expect(new RegExp(valueOf(prod, 'fxa-profile-server', 'IMG_PROVIDERS_FXA')!).test(avatarUrl)).toBe(true);
    expect(new RegExp(valueOf(prod, 'fxa-profile-server', 'IMG_PROVIDERS_FXA')!).test('https://evil.example.net/a/0123456789abcdef0123456789abcdef')).toBe(false);
  });

  it('registers the content server\'s OAuth client (and Firefox\'s) in the auth server it configures', () => {
    const objects = renderChart([valuesFile('prod')], []);
    const files = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'fxa-auth-server-files');
    const clients = (JSON.parse(files!.data!['oauth-clients.json']!) as { oauthServer: { clients: { id: string; publicClient: boolean; redirectUri: string }[] } }).oauthServer.clients;
    expect(clients.map((c) => c.id)).toContain(valueOf(prod, 'fxa-content-server', 'FXA_OAUTH_CLIENT_ID'));
    expect(clients.map((c) => c.id)).toEqual(expect.arrayContaining(['5882386c6d801776', 'a2270f727f45f648', '1b1a3e44c54fbb58']));
    expect(clients.every((c) => c.publicClient)).toBe(true);
    expect(valueOf(prod, 'fxa-auth-server', 'CONFIG_FILES')).toBe('/fxa-helm/config/oauth-clients.json');
    // the file is mounted where CONFIG_FILES names it
    const auth = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'fxa-auth-server') as unknown as { spec: { template: { spec: { containers: { volumeMounts: { mountPath: string }[] }[] } } } };
    expect(auth.spec.template.spec.containers[0]!.volumeMounts.map((m) => m.mountPath)).toContain('/fxa-helm/config');
  });

  it('switches every integration off the way FxA does, and references none of their secrets', () => {
    for (const servers of Object.values(INTEGRATION_VARS)) {
      for (const [server, vars] of Object.entries(servers)) {
        if (!prod.some((s) => s.name === server)) continue;
        for (const [name, how] of Object.entries(vars)) {
          const v = prod.find((s) => s.name === server)!.vars.find((x) => x.name === name)!;
          if ('secret' in how) expect(v.origin, `${server} ${name}`).toBe('upstream');
          else if (typeof how.off === 'string') expect(v.value, `${server} ${name}`).toBe(how.off);
        }
      }
    }
  });

  it('sets every variable in a form its convict format accepts (JSON objects, numbers, booleans, enum members)', () => {
    const wrong: string[] = [];
    for (const s of prod) {
      const spec = CATALOG.find((x) => x.name === s.name)!;
      for (const v of s.vars) {
        const t = spec.env.find((e) => e.name === v.name)!;
        if (v.origin === 'upstream' || v.secret) continue;
        const ok = t.type === 'json' ? (() => { try { JSON.parse(v.value); return true; } catch { return false; } })()
          : t.type === 'integer' ? /^-?\d+$/.test(v.value)
            : t.type === 'number' ? v.value.trim() !== '' && !Number.isNaN(Number(v.value))
              : t.type === 'boolean' ? ['true', 'false'].includes(v.value)
                : t.type === 'enum' ? t.values.includes(v.value)
                  : true;
        if (!ok) wrong.push(`${s.name} ${v.name}=${v.value} (${t.type})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is documented in docs/effective-config-prod.md exactly as npm run config prints it', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'effective-config-prod.md'), 'utf8');
    expect(committed).toBe(markdownReport(prod, 'values/prod.yaml'));
  });
});

describe('values/prod.yaml with the admin server enabled', () => {
  it('gives the admin server no localhost or Mozilla value either', () => {
    const admin = effectiveConfig([valuesFile('prod')], ['fxa-admin-server.enabled=true']).find((s) => s.name === 'fxa-admin-server')!;
    expect(admin.vars.filter((v) => v.marks.length).map((v) => `${v.name}=${v.value}`)).toEqual([]);
  });
});

describe('an integration turned on', () => {
  const on = effectiveConfig([valuesFile('prod')], [
    'global.integrations.googleSignIn.enabled=true',
    'global.integrations.googleSignIn.clientId=123-abc.apps.googleusercontent.com',
    'global.integrations.sentry.enabled=true',
    'global.integrations.sentry.dsn=https://k@sentry.example.com/2',
  ]);

  it('hands its settings to every server that reads them and its secret by reference', () => {
    expect(valueOf(on, 'fxa-content-server', 'GOOGLE_AUTH_ENABLED')).toBe('true');
    expect(valueOf(on, 'fxa-content-server', 'GOOGLE_AUTH_CLIENT_ID')).toBe('123-abc.apps.googleusercontent.com');
    expect(valueOf(on, 'fxa-auth-server', 'GOOGLE_AUTH_CLIENT_ID')).toBe('123-abc.apps.googleusercontent.com');
    expect(valueOf(on, 'fxa-auth-server', 'GOOGLE_AUTH_CLIENT_SECRET')).toBe('secret:fxa-shared-secrets/googleAuthClientSecret');
    expect(valueOf(on, 'fxa-auth-server', 'GOOGLE_AUTH_REDIRECT_URI')).toBe('https://accounts.example.com/post_verify/third_party_auth/callback');
    for (const s of CATALOG.filter((x) => x.env.some((v) => v.name === 'SENTRY_DSN')).map((x) => x.name)) {
      if (on.some((x) => x.name === s)) expect(valueOf(on, s, 'SENTRY_DSN'), s).toBe('https://k@sentry.example.com/2');
    }
  });
});
