/**
 * `fxa-helm secrets init | set | rotate` (scripts/secrets/index.ts) through an in-memory store: what each
 * command refuses, what it changes, and what it says (on stderr, never a value).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newKeyFiles, type Jwk } from '../../scripts/secrets/generate.ts';
import { runSecretsInit, runSecretsRotate, runSecretsSet, type SecretsOptions } from '../../scripts/secrets/index.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { valuesFile } from '../helpers/helm.ts';
import { memoryStore, type MemoryStore } from './memory-store.ts';

const NOW = new Date('2026-12-02T10:40:00Z');
const opts = (o: Partial<SecretsOptions> = {}): SecretsOptions => ({ values: [], set: [], secret: [], namespace: 'ns', release: 'fxa', ...o });
/** values/prod.yaml: external MySQL, an SMTP user, the shared Secret named fxa-shared-secrets. */
const PROD = opts({ values: [valuesFile('prod')] });
const INLINE = opts({ set: ['global.secrets.values.flowIdKey=x'] });

let said: string[];
beforeEach(() => {
  said = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { said.push(String(chunk)); return true; });
});
afterEach(() => { vi.restoreAllMocks(); });

const refusal = (p: Promise<unknown>): Promise<string> => p.then(
  () => 'no refusal',
  (e: unknown) => { expect(e).toBeInstanceOf(UserError); return (e as Error).message; },
);
const data = (store: MemoryStore, name: string): Record<string, string> => store.secrets.get(name)!.data;

describe('secrets init', () => {
  it('makes both Secrets with the given passwords and says so, one line each, prefixed', async () => {
    const store = memoryStore();
    expect(await runSecretsInit({ ...PROD, secret: ['mysqlPassword=db:pw@1', 'smtpPassword=a/b#c?d%e=f'] }, NOW, store)).toBe(0);
    expect(data(store, 'fxa-shared-secrets')).toMatchObject({ mysqlPassword: 'db:pw@1', smtpPassword: 'a/b#c?d%e=f' });
    expect(said[0]).toBe('secrets: created ns/fxa-keys with 6 key files\n');
    expect(said[1]).toMatch(/^secrets: created ns\/fxa-shared-secrets, added flowIdKey, .*, mysqlPassword, smtpPassword\n$/);
    expect(said).toHaveLength(2);
    expect(said.join('')).not.toContain('db:pw');
  });

  it('says how to give a missing operator-only key', async () => {
    expect(await refusal(runSecretsInit({ ...PROD, secret: ['mysqlPassword=db'] }, NOW, memoryStore())))
      .toBe('ns/fxa-shared-secrets needs smtpPassword (password of global.smtp.user): give each with --secret key=value');
  });

  it('refuses a --secret that is not key=value, names no shared secret, or would break a URL', async () => {
    const init = (...secret: string[]) => refusal(runSecretsInit({ ...PROD, secret }, NOW, memoryStore()));
    expect(await init('mysqlPassword')).toBe('--secret mysqlPassword: expected key=value');
    expect(await init('=value')).toBe('--secret =value: expected key=value');
    expect(await init('mysqlPasword=x')).toMatch(/^--secret mysqlPasword: not a shared secret; known keys: flowIdKey, sessionTokenHandleKey, .*, mysqlPassword, /);
    const url = 'syncstorage SYNC_SYNCSTORAGE__DATABASE_URL, syncstorage SYNC_TOKENSERVER__DATABASE_URL put it into a URL as it is, so it may not hold # % / ? or a tab or line break';
    for (const c of ['#', '%', '/', '?', '\t', '\n', '\r']) expect(await init(`mysqlPassword=a${c}b`), JSON.stringify(c)).toContain(`--secret mysqlPassword: ${url}`);
  });
});

describe('secrets set', () => {
  const stored = () => memoryStore('ns', { 'fxa-shared-secrets': { mysqlPassword: 'db-1', smtpPassword: 'mail-1', flowIdKey: 'f' } });

  it('replaces an operator-given secret and names the servers the next upgrade rolls', async () => {
    const store = stored();
    expect(await runSecretsSet(['smtpPassword=mail-2'], PROD, store)).toBe(0);
    expect(data(store, 'fxa-shared-secrets')).toEqual({ mysqlPassword: 'db-1', smtpPassword: 'mail-2', flowIdKey: 'f' });
    expect(said).toEqual(['secrets: smtpPassword: replaced in fxa-shared-secrets; helm upgrade now rolls fxa-auth-server, fxa-admin-server\n']);
  });

  it('replaces several at once, naming only the changed ones', async () => {
    const store = stored();
    await runSecretsSet(['smtpPassword=mail-1', 'mysqlPassword=db-2'], PROD, store);
    expect(data(store, 'fxa-shared-secrets')).toMatchObject({ mysqlPassword: 'db-2', smtpPassword: 'mail-1' });
    expect(said[0]).toMatch(/^secrets: mysqlPassword: replaced in fxa-shared-secrets; helm upgrade now rolls fxa-auth-server, .*syncstorage/);
  });

  it('changes nothing when the stored values are the ones given', async () => {
    const store = stored();
    await runSecretsSet(['smtpPassword=mail-1'], PROD, store);
    await runSecretsSet(['smtpPassword=mail-1', 'mysqlPassword=db-1'], PROD, store);
    expect(store.writes).toEqual([]);
    expect(said).toEqual([
      'secrets: smtpPassword: already the stored value in fxa-shared-secrets; nothing changed\n',
      'secrets: mysqlPassword, smtpPassword: already the stored values in fxa-shared-secrets; nothing changed\n',
    ]);
  });

  it('refuses no pair, random keys, inline secrets, a URL-breaking password and a missing Secret', async () => {
    expect(await refusal(runSecretsSet([], PROD, stored()))).toBe('set: name at least one key=value');
    expect(await refusal(runSecretsSet(['flowIdKey=abc', 'smtpPassword=x'], PROD, stored()))).toBe('set flowIdKey: made by this install, not given; replace with `fxa-helm secrets rotate <key>`');
    expect(await refusal(runSecretsSet(['smtpPassword=x'], INLINE, stored()))).toBe('set: the shared secrets are inline in values (global.secrets.values); change them there');
    expect(await refusal(runSecretsSet(['mysqlPassword=p@ss/word'], PROD, stored()))).toMatch(/^set mysqlPassword: syncstorage SYNC_SYNCSTORAGE__DATABASE_URL, syncstorage SYNC_TOKENSERVER__DATABASE_URL put it into a URL/);
    expect(await refusal(runSecretsSet(['smtpPassword'], PROD, stored()))).toBe('set smtpPassword: expected key=value');
    expect(await refusal(runSecretsSet(['smtpPassword=x'], PROD, memoryStore()))).toBe('ns/fxa-shared-secrets does not exist: run `fxa-helm secrets init` (or install with global.secrets.generate) first');
  });
});

describe('secrets rotate <shared secret>', () => {
  it('replaces one random secret with a fresh one, nothing else, and names what rolls', async () => {
    const store = memoryStore('ns', { 'fxa-secrets': { flowIdKey: 'old', ipHmacKey: 'ip' } });
    expect(await runSecretsRotate('flowIdKey', opts(), NOW, store)).toBe(0);
    const after = data(store, 'fxa-secrets');
    expect(after.flowIdKey).toMatch(/^[0-9a-f]{64}$/);
    expect(after.ipHmacKey).toBe('ip');
    expect(Object.keys(after).sort()).toEqual(['flowIdKey', 'ipHmacKey']);
    expect(said).toEqual(['secrets: flowIdKey: replaced in fxa-secrets; helm upgrade now rolls fxa-auth-server, fxa-content-server\n']);
  });

  it('rotates an in-cluster Redis password, which Redis takes from the Secret on restart', async () => {
    const store = memoryStore('ns', { 'fxa-secrets': { redisPassword: 'old' } });
    await runSecretsRotate('redisPassword', opts(), NOW, store);
    expect(data(store, 'fxa-secrets').redisPassword).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the MySQL password, operator-given and inline secrets, unknown names and a missing Secret', async () => {
    const rotate = (what: string, o = opts(), store = memoryStore('ns', { 'fxa-secrets': { flowIdKey: 'f', mysqlPassword: 'm' } })) => refusal(runSecretsRotate(what, o, NOW, store));
    expect(await rotate('mysqlPassword')).toBe('rotate mysqlPassword: mysql keeps the password it was created with; change it there first, then the key in fxa-secrets, then helm upgrade');
    expect(await rotate('smtpPassword', PROD)).toBe('rotate smtpPassword: issued outside this install; change it at its source and in fxa-shared-secrets');
    expect(await rotate('redisPassword', opts({ set: ['global.redis.host=redis.example'] }))).toBe('rotate redisPassword: issued outside this install; change it at its source and in fxa-secrets');
    expect(await rotate('flowIdKey', INLINE)).toBe('rotate flowIdKey: the shared secrets are inline in values (global.secrets.values); change the value there');
    expect(await rotate('secret-key.json')).toMatch(/^rotate secret-key\.json: name "openid" or a shared secret \(flowIdKey, .*, syncMasterSecret, /);
    expect(await rotate('flowIdKey', opts(), memoryStore())).toBe('ns/fxa-secrets does not exist: run `fxa-helm secrets init` first');
  });
});

describe('secrets rotate openid', () => {
  it('prepares, activates and retires, saying each step, what changed and what comes next', async () => {
    const start = newKeyFiles(NOW);
    const store = memoryStore('ns', { 'fxa-keys': start });
    await runSecretsRotate('openid', opts(), NOW, store);
    const next = JSON.parse(data(store, 'fxa-keys')['openid-newkey.json']!) as Jwk;
    expect(next.kid).toMatch(/^20261202-[0-9a-f]{8}$/);
    expect(data(store, 'fxa-keys')['openid-key.json']).toBe(start['openid-key.json']);

    await runSecretsRotate('openid', opts(), NOW, store);
    expect(JSON.parse(data(store, 'fxa-keys')['openid-key.json']!).kid).toBe(next.kid);

    await runSecretsRotate('openid', opts({ retire: true }), NOW, store);
    expect(data(store, 'fxa-keys')['openid-oldkey.json']).toBe('{}');
    await runSecretsRotate('openid', opts({ retire: true }), NOW, store);

    expect(said).toEqual([
      'secrets: openid: prepare done in fxa-keys (openid-newkey.json); helm upgrade now rolls fxa-auth-server; next: wait until caches of the JWKS have expired, then rotate again to activate it\n',
      'secrets: openid: activate done in fxa-keys (openid-key.json, openid-newkey.json, openid-oldkey.json); helm upgrade now rolls fxa-auth-server, fxa-event-broker; next: once tokens signed by the old key have expired, rotate with --retire\n',
      'secrets: openid: retire done in fxa-keys (openid-oldkey.json); helm upgrade now rolls fxa-auth-server; next: done\n',
      'secrets: openid: retire done in fxa-keys (nothing changed); helm upgrade now rolls nothing; next: done\n',
    ]);
    expect(Object.keys(data(store, 'fxa-keys')).sort()).toEqual(Object.keys(start).sort());
    for (const f of ['secret-key.json', 'public-key.json', 'vapid-keys.json'] as const) expect(data(store, 'fxa-keys')[f]).toBe(start[f]);
  });

  it('refuses when there are no keys yet', async () => {
    expect(await refusal(runSecretsRotate('openid', opts({ release: 'acct' }), NOW, memoryStore()))).toBe('ns/acct-fxa-keys does not exist: run `fxa-helm secrets init` first');
  });
});
