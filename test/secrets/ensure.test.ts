/**
 * What `secrets init` and the install hook decide (scripts/secrets/ensure.ts), through an in-memory store:
 * make only what is missing, never touch an existing key, ask for what only the operator can give, and
 * never print a value.
 */
import { describe, expect, it } from 'vitest';
import { KEY_FILES, type KeyFile } from '../../schema/keys.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { ensureSecrets, type Given } from '../../scripts/secrets/ensure.ts';
import { newKeyFiles } from '../../scripts/secrets/generate.ts';
import { plan } from '../../scripts/secrets/plan.ts';
import { memoryStore } from './memory-store.ts';

const NOW = new Date('2026-12-02T10:40:00Z');
const FILES = Object.keys(KEY_FILES).sort() as KeyFile[];
// plans are made inside the tests, not when the file loads, so that a mutation run sees which test reaches which line
/** The in-cluster install: every shared secret is random. */
const dev = () => plan({}, 'fxa');
const DEV_KEYS = ['authServerSharedSecret', 'flowIdKey', 'ipHmacKey', 'mysqlPassword', 'oauthServerSecretKey', 'profileServerAuthSecretBearerToken', 'redisPassword', 'sessionTokenHandleKey', 'subscriptionsSharedSecret', 'syncMasterSecret'];
/** External MySQL and an SMTP user: two keys only the operator has. */
const prod = () => plan({ global: { mysql: { host: 'db.example' }, smtp: { user: 'u' } } }, 'fxa');
const none: Given = { values: {}, how: () => 'how' };

/** Every stored value, to check that none was printed. */
const valuesIn = (store: ReturnType<typeof memoryStore>): string[] => [...store.secrets.values()].flatMap((s) => Object.values(s.data));
const noValueIn = (lines: string[], values: string[]): void => {
  const text = lines.join('\n');
  for (const v of values) if (v.length > 3) expect(text.includes(v.slice(0, 24)), 'a stored value was printed').toBe(false);
};

describe('ensureSecrets on an empty namespace', () => {
  it('creates both Secrets: every key file, and each random shared secret as 64 distinct hex digits', async () => {
    const store = memoryStore('fxa-ns');
    const lines = await ensureSecrets(store, dev(), none, NOW);
    expect(lines).toEqual([
      'created fxa-ns/fxa-keys with 6 key files',
      `created fxa-ns/fxa-secrets, added ${dev().generated.join(', ')}`,
    ]);
    expect(store.writes).toEqual(['create fxa-keys', 'create fxa-secrets']);
    const keys = store.secrets.get('fxa-keys')!.data;
    expect(Object.keys(keys).sort()).toEqual(FILES);
    expect(JSON.parse(keys['secret-key.json']!).kid).toMatch(/^2026-12-02-[0-9a-f]{32}$/);
    const shared = store.secrets.get('fxa-secrets')!.data;
    expect(Object.keys(shared).sort()).toEqual(DEV_KEYS);
    for (const v of Object.values(shared)) expect(v).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(shared)).size).toBe(DEV_KEYS.length);
    noValueIn(lines, valuesIn(store));
  });

  it('takes a given value for a key it would otherwise make up', async () => {
    const store = memoryStore();
    await ensureSecrets(store, dev(), { values: { redisPassword: 'given-redis' }, how: () => '' }, NOW);
    expect(store.secrets.get('fxa-secrets')!.data.redisPassword).toBe('given-redis');
    expect(store.secrets.get('fxa-secrets')!.data.flowIdKey).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('ensureSecrets when the Secrets exist', () => {
  it('changes nothing on a second run, byte for byte, and writes nothing', async () => {
    const store = memoryStore();
    await ensureSecrets(store, dev(), none, NOW);
    const before = structuredClone([...store.secrets.entries()]);
    const lines = await ensureSecrets(store, dev(), none, new Date('2027-01-01T00:00:00Z'));
    expect(lines).toEqual(['kept ns/fxa-keys (all 6 key files present)', 'kept ns/fxa-secrets, nothing to add']);
    expect(store.writes).toEqual(['create fxa-keys', 'create fxa-secrets']);
    expect([...store.secrets.entries()]).toEqual(before);
  });

  it('adds only a missing key file: every existing one stays byte for byte', async () => {
    const existing: Partial<Record<KeyFile, string>> = { ...newKeyFiles(NOW) };
    delete existing['vapid-keys.json'];
    delete existing['openid-newkey.json'];
    const store = memoryStore('ns', { 'fxa-keys': existing as Record<string, string> });
    const lines = await ensureSecrets(store, dev(), none, NOW);
    expect(lines[0]).toBe('kept ns/fxa-keys, added openid-newkey.json, vapid-keys.json');
    const after = store.secrets.get('fxa-keys')!.data;
    expect(Object.keys(after).sort()).toEqual(FILES);
    for (const [f, text] of Object.entries(existing)) expect(after[f], `${f} was regenerated`).toBe(text);
    expect(after['openid-newkey.json']).toBe('{}');
    expect(Buffer.from(JSON.parse(after['vapid-keys.json']!).publicKey, 'base64url')).toHaveLength(65);
    expect(store.writes[0]).toBe('replace fxa-keys');
    noValueIn(lines, valuesIn(store));
  });

  it('adds only the missing shared secrets, keeping the stored ones', async () => {
    const store = memoryStore('ns', { 'fxa-keys': newKeyFiles(NOW), 'fxa-secrets': { flowIdKey: 'kept-flow', extra: 'kept-extra' } });
    const lines = await ensureSecrets(store, dev(), none, NOW);
    const added = dev().generated.filter((k) => k !== 'flowIdKey');
    expect(lines).toEqual(['kept ns/fxa-keys (all 6 key files present)', `kept ns/fxa-secrets, added ${added.join(', ')}`]);
    expect(store.writes).toEqual(['replace fxa-secrets']);
    const shared = store.secrets.get('fxa-secrets')!.data;
    expect(shared).toMatchObject({ flowIdKey: 'kept-flow', extra: 'kept-extra' });
    expect(Object.keys(shared).sort()).toEqual([...DEV_KEYS, 'extra'].sort());
  });

  it('keeps a stored value the operator gives differently, and says which and how to replace it', async () => {
    const store = memoryStore('ns', { 'fxa-keys': newKeyFiles(NOW), 'fxa-secrets': { mysqlPassword: 'db-1', smtpPassword: 'mail-1' } });
    const one = await ensureSecrets(store, prod(), { values: { mysqlPassword: 'db-1', smtpPassword: 'mail-2' }, how: () => '' }, NOW);
    expect(one.at(-1)).toBe('kept the stored smtpPassword, which differs from the value given: `fxa-helm secrets set smtpPassword=...` replaces it');
    expect(store.secrets.get('fxa-secrets')!.data).toMatchObject({ mysqlPassword: 'db-1', smtpPassword: 'mail-1' });

    const two = await ensureSecrets(store, prod(), { values: { smtpPassword: 'mail-2', mysqlPassword: 'db-2' }, how: () => '' }, NOW);
    expect(two.at(-1)).toBe('kept the stored mysqlPassword, smtpPassword, which differ from the value given: `fxa-helm secrets set mysqlPassword=... smtpPassword=...` replaces them');
    noValueIn(two, ['mail-2', 'db-2']);

    const same = await ensureSecrets(store, prod(), { values: { mysqlPassword: 'db-1' }, how: () => '' }, NOW);
    expect(same).toEqual(['kept ns/fxa-keys (all 6 key files present)', 'kept ns/fxa-secrets, nothing to add']);
  });
});

describe('keys only the operator can give', () => {
  it('refuses to invent an absent one: names each with why, says how, and writes no shared Secret', async () => {
    const store = memoryStore('ns');
    let asked: string[] = [];
    const how = (keys: string[]): string => { asked = keys; return 'give them'; };
    const err = await ensureSecrets(store, prod(), { values: { smtpPassword: 'mail' }, how }, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('ns/fxa-secrets needs mysqlPassword (password on global.mysql.host): give them');
    expect(asked).toEqual(['mysqlPassword']);
    expect(store.secrets.has('fxa-secrets')).toBe(false);

    const both = await ensureSecrets(store, prod(), { values: {}, how: (k) => k.join('+') }, NOW).catch((e: Error) => e.message);
    expect(both).toBe('ns/fxa-secrets needs mysqlPassword (password on global.mysql.host); smtpPassword (password of global.smtp.user): mysqlPassword+smtpPassword');
  });

  it('stores given ones with the random ones when given, and takes a stored one as given', async () => {
    const store = memoryStore('ns');
    const lines = await ensureSecrets(store, prod(), { values: { mysqlPassword: 'db', smtpPassword: 'mail' }, how: () => '' }, NOW);
    expect(lines[1]).toBe(`created ns/fxa-secrets, added ${[...prod().generated, 'mysqlPassword', 'smtpPassword'].join(', ')}`);
    expect(store.secrets.get('fxa-secrets')!.data).toMatchObject({ mysqlPassword: 'db', smtpPassword: 'mail' });
    noValueIn(lines, valuesIn(store));

    const stored = memoryStore('ns', { 'fxa-secrets': { mysqlPassword: 'db', smtpPassword: 'mail' } });
    await ensureSecrets(stored, prod(), none, NOW);
    expect(stored.secrets.get('fxa-secrets')!.data).toMatchObject({ mysqlPassword: 'db', smtpPassword: 'mail' });
  });

  it('leaves inline shared secrets to the chart', async () => {
    const inline = plan({ global: { secrets: { values: { flowIdKey: 'x' } } } }, 'fxa');
    const store = memoryStore('ns');
    const lines = await ensureSecrets(store, inline, none, NOW);
    expect(lines).toEqual(['created ns/fxa-keys with 6 key files', 'shared secrets come inline from global.secrets.values: the chart renders fxa-secrets']);
    expect(store.writes).toEqual(['create fxa-keys']);
  });
});
