/**
 * Known answers for FxA's key formats, from fixed keys (fixtures/, made once with `openssl genpkey`) and
 * expected values computed with openssl and the shell, not with this code:
 *
 *   b64u() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
 *   N=$(openssl rsa -in rsa-2048.pem -noout -modulus | sed 's/Modulus=//' | xxd -r -p | b64u)
 *   printf '%s' "${N}AQAB" | openssl dgst -sha256 -r | cut -c1-32                        # auth kid (gen_keys.js)
 *   openssl rsa -in rsa-2048.pem -RSAPublicKey_out | openssl dgst -sha256 -r | cut -c1-8   # OpenID kid (lib/oauth/keys.ts)
 *   openssl pkey -in p256.pem -pubout -outform DER | tail -c 65 | b64u                     # VAPID public key
 *   openssl ec -in p256.pem -noout -text  (the priv: bytes) | xxd -r -p | b64u             # VAPID private key
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSigningKey, openidKey, publicJwk, rotateOpenid, vapidKeys, type Jwk } from '../../scripts/secrets/generate.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const RSA = createPrivateKey(fixture('rsa-2048.pem'));
const P256 = createPrivateKey(fixture('p256.pem'));

const N = 'npHEirJ7CMmlIymWzf8SWwfpxEohA4Gfb_dL6CAEnKVeMww2H4q82XdGCLN4907DCY6SJNmIQEgKuv_okW4cez-wEFes0NasHE61ulPkkWNQhPsnb0jO5DH1f9zR_JN0hguMduxqxb512k_J5v4idOaW8pqMTW-x-_qBlCtWYJRoVIQStdOlPBc4UhUeewifkU7CBQXO0YE-5CoryNfulV7hOENR3ll1850MW9tTV26SZfE_7IkfYlddXKwUriq1O8YDujkJjec44pxkpQjEBxZimDbWBYvFLrqW6VXZv5nd2yPrHQxqMixByfcj47PSbP2RRxocmnrOFjijHLODpQ';
const AUTH_KID = '2026-12-02-5153d941af96036c93758a292e9ff3ed';
const OPENID_KID = '20261202-774619da';
const VAPID_PUBLIC = 'BDchAvfcxttnmJIlM29HeJbEYaYppF2dDeEoP_3AkVAnkucjVRQ4Hd4prt3dhlduXXfwuDQVw99s81Jl51EnfKs';
const VAPID_PRIVATE = 'sp0fWzuTCqAd9fDjpaCMFeqR2Q0FqLLkGYTF0E6_87c';

/** 10:40 UTC: gen_keys.js rounds fxa-createdAt to the nearest hour (11:00), lib/oauth/keys.ts floors it (10:00). */
const NOW = new Date('2026-12-02T10:40:00Z');
const H11 = 1796209200; // date -u -d '2026-12-02 11:00' +%s
const H10 = 1796205600; // date -u -d '2026-12-02 10:00' +%s

describe('the auth signing key, as gen_keys.js writes it', () => {
  // made in each test, not when the file loads, so that a mutation run sees which test reaches which line
  const made = () => authSigningKey(NOW, RSA.export({ format: 'jwk' }));

  it('has the kid of the date and sha256(n + e), and fxa-createdAt on the nearest hour', () => {
    const { secret } = made();
    expect(secret.kid).toBe(AUTH_KID);
    expect(secret['fxa-createdAt']).toBe(H11);
    expect(authSigningKey(new Date('2026-12-02T10:20:00Z'), RSA.export({ format: 'jwk' })).secret['fxa-createdAt']).toBe(H10);
  });

  it('publishes exactly the public members and FxA\'s metadata', () => {
    const { secret, public: pub } = made();
    expect(pub).toEqual({ kty: 'RSA', n: N, e: 'AQAB', kid: AUTH_KID, 'fxa-createdAt': H11 });
    expect(Object.keys(pub)).toEqual(['kty', 'n', 'e', 'kid', 'fxa-createdAt']);
    expect(secret).toMatchObject({ kty: 'RSA', n: N, e: 'AQAB' });
    // the private half is the fixture itself
    expect(createPrivateKey({ key: secret, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' })).toBe(fixture('rsa-2048.pem'));
  });
});

describe('OpenID keys, as lib/oauth/keys.ts writes them', () => {

  it('has the kid of the compact date and sha256 of the PKCS#1 public PEM, RS256/sig, fxa-createdAt floored to the hour', () => {
    const key = openidKey(NOW, RSA.export({ format: 'jwk' }));
    expect(key).toMatchObject({ kty: 'RSA', n: N, e: 'AQAB', kid: OPENID_KID, alg: 'RS256', use: 'sig', 'fxa-createdAt': H10 });
    expect(openidKey(new Date('2026-12-02T10:59:59Z'), RSA.export({ format: 'jwk' }))['fxa-createdAt']).toBe(H10);
  });

  it('keeps alg and use in its published half, which the rotation publishes as the old key', () => {
    const key = openidKey(NOW, RSA.export({ format: 'jwk' }));
    expect(publicJwk(key)).toEqual({ kty: 'RSA', n: N, e: 'AQAB', kid: OPENID_KID, alg: 'RS256', use: 'sig', 'fxa-createdAt': H10 });
    const files = { 'openid-key.json': JSON.stringify(key), 'openid-newkey.json': JSON.stringify(openidKey(NOW)), 'openid-oldkey.json': '{}' } as Parameters<typeof rotateOpenid>[0];
    const old = JSON.parse(rotateOpenid(files, NOW).files['openid-oldkey.json']) as Jwk;
    expect(old).toEqual(publicJwk(key));
    expect(createPublicKey({ key: old, format: 'jwk' }).export({ type: 'spki', format: 'pem' })).toBe(createPublicKey(RSA).export({ type: 'spki', format: 'pem' }));
  });
});

describe('VAPID keys, as web-push writes them', () => {
  it('are the uncompressed P-256 public point and the private scalar, base64url', () => {
    expect(vapidKeys({ privateKey: P256, publicKey: createPublicKey(P256) })).toEqual({ publicKey: VAPID_PUBLIC, privateKey: VAPID_PRIVATE });
  });
});
