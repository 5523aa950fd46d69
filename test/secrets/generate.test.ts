/** The generated keys in FxA's formats, checked with node:crypto itself (import, sign, verify), and the rotation steps. */
import { createPrivateKey, createPublicKey, createSign, createVerify, createECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEY_FILES, type KeyFile } from '../../schema/keys.ts';
import { authSigningKey, newKeyFiles, openidKey, randomSecret, rotateOpenid, vapidKeys, type Jwk } from '../../scripts/secrets/generate.ts';
import { plan } from '../../scripts/secrets/plan.ts';

const NOW = new Date('2026-12-02T10:40:00Z');

/** A JWK signs and its public half verifies: the pair is real and belongs together. */
function signsAndVerifies(privateJwk: Jwk, publicJwk: Jwk): boolean {
  const data = 'fxa-helm';
  const signature = createSign('RSA-SHA256').update(data).sign(createPrivateKey({ key: privateJwk, format: 'jwk' }));
  return createVerify('RSA-SHA256').update(data).verify(createPublicKey({ key: publicJwk, format: 'jwk' }), signature);
}

describe('key generation', () => {
  it('makes the auth signing key as gen_keys.js does: RSA 2048, kid from the date and sha256(n+e), created-at on the hour', () => {
    const { secret, public: pub } = authSigningKey(NOW);
    for (const f of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const) expect(secret[f], f).toBeTruthy();
    expect(Buffer.from(secret.n!, 'base64url').length * 8).toBe(2048);
    expect(secret.kid).toMatch(/^2026-12-02-[0-9a-f]{32}$/); // the exact kid of a fixed key: known-answers.test.ts
    expect(secret['fxa-createdAt']).toBe(Date.UTC(2026, 11, 2, 11) / 1000); // 10:40 rounds to 11:00
    expect(Object.keys(pub).sort()).toEqual(['e', 'fxa-createdAt', 'kid', 'kty', 'n']);
    expect(signsAndVerifies(secret, pub)).toBe(true);
  });

  it('makes OpenID keys as lib/oauth/keys.ts does: RS256/sig, kid from the date and the PKCS#1 public PEM', () => {
    const key = openidKey(NOW);
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', 'fxa-createdAt': Date.UTC(2026, 11, 2, 10) / 1000 });
    expect(key.kid).toMatch(/^20261202-[0-9a-f]{8}$/); // the exact kid of a fixed key: known-answers.test.ts
    expect(openidKey(NOW).kid).not.toBe(key.kid);
  });

  it('makes VAPID keys web-push accepts: a P-256 pair, 65-byte public point and 32-byte private scalar, base64url', () => {
    const { publicKey, privateKey } = vapidKeys();
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(privateKey, 'base64url')).toHaveLength(32);
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    expect(ecdh.getPublicKey('base64url')).toBe(publicKey);
  });

  it('writes every key file the catalog names, and random shared secrets of 256 bits', () => {
    const files = newKeyFiles(NOW);
    expect(Object.keys(files).sort()).toEqual(Object.keys(KEY_FILES).sort());
    for (const text of Object.values(files)) expect(() => JSON.parse(text)).not.toThrow();
    expect(JSON.parse(files['openid-newkey.json'])).toEqual({});
    expect(randomSecret()).toMatch(/^[0-9a-f]{64}$/);
    expect(randomSecret()).not.toBe(randomSecret());
  });
});

describe('OpenID key rotation (new -> current -> old)', () => {
  it('prepares a next key, activates it keeping the old public half, then retires the old key', () => {
    const start = newKeyFiles(NOW);
    const current = JSON.parse(start['openid-key.json']) as Jwk;

    const prepared = rotateOpenid(start, NOW);
    expect(prepared.step).toBe('prepare');
    const next = JSON.parse(prepared.files['openid-newkey.json']) as Jwk;
    expect(next.kid).toBeTruthy();
    expect(prepared.files['openid-key.json']).toBe(start['openid-key.json']); // still signing with the current key

    const activated = rotateOpenid(prepared.files, NOW);
    expect(activated.step).toBe('activate');
    expect(JSON.parse(activated.files['openid-key.json']).kid).toBe(next.kid);
    const old = JSON.parse(activated.files['openid-oldkey.json']) as Jwk;
    expect(old.kid).toBe(current.kid);
    expect(old.d).toBeUndefined(); // only the public half stays published
    expect(signsAndVerifies(current, old)).toBe(true);
    expect(activated.files['openid-newkey.json']).toBe('{}');

    const retired = rotateOpenid(activated.files, NOW, true);
    expect(retired.step).toBe('retire');
    expect(retired.files['openid-oldkey.json']).toBe('{}');
    expect(retired.files['openid-key.json']).toBe(activated.files['openid-key.json']);
    // nothing else is ever touched
    for (const f of ['secret-key.json', 'public-key.json', 'vapid-keys.json'] as KeyFile[]) expect(retired.files[f]).toBe(start[f]);
  });
});

describe('what secrets init generates and what it asks for', () => {
  it('generates the in-cluster passwords but asks for an external database\'s, the SMTP password and enabled integrations\' keys', () => {
    const dev = plan({ global: { mysql: { host: '' } } }, 'fxa');
    expect(dev.generated).toEqual(expect.arrayContaining(['flowIdKey', 'mysqlPassword', 'redisPassword', 'syncMasterSecret']));
    expect(dev.given).toEqual([]);
    expect(dev).toMatchObject({ keysSecret: 'fxa-keys', sharedSecret: 'fxa-secrets' });

    const prod = plan({ global: { mysql: { host: 'db.example' }, smtp: { user: 'u' }, integrations: { googleSignIn: { enabled: true } }, secrets: { existingSecret: 'mine' } } }, 'acct');
    expect(prod.given.map((g) => g.key)).toEqual(['mysqlPassword', 'smtpPassword', 'googleAuthClientSecret']);
    expect(prod.generated).not.toContain('mysqlPassword');
    expect(prod).toMatchObject({ keysSecret: 'acct-fxa-keys', sharedSecret: 'mine', sharedInline: false });
  });
});
