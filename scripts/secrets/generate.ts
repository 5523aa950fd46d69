/**
 * FxA's keys and shared secrets, made with node:crypto in the formats FxA's own scripts write
 * (auth-server scripts/gen_keys.js, lib/oauth/keys.ts generatePrivateKey, scripts/gen_vapid_keys.js).
 * Pure: every function takes the clock it stamps keys with, so tests pin it.
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { KeyFile } from '../../schema/keys.ts';

export type Jwk = JsonWebKey & { kid: string; 'fxa-createdAt': number };

const RSA_BITS = 2048;

/** Seconds since the epoch rounded to the hour: FxA stamps keys with `fxa-createdAt` so. */
const createdAt = (now: Date, round: (x: number) => number): number => round(now.getTime() / 1000 / 3600) * 3600;
const ymd = (now: Date, sep: string): string => now.toISOString().slice(0, 10).replace(/-/g, sep);

function rsaJwk(): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: RSA_BITS });
  return privateKey.export({ format: 'jwk' });
}

/** The public members of an RSA JWK, FxA's metadata kept. */
export function publicJwk(jwk: Jwk): Jwk {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, ...(alg ? { alg } : {}), ...(use ? { use } : {}), 'fxa-createdAt': jwk['fxa-createdAt'] };
}

/**
 * gen_keys.js: kid is the date and the first 32 hex digits of sha256(n + e), over the base64url strings.
 * `jwk` is a fixed private key only in tests, which check the kid against one computed without this code.
 */
export function authSigningKey(now: Date, jwk: JsonWebKey = rsaJwk()): { secret: Jwk; public: Jwk } {
  const kid = `${ymd(now, '-')}-${createHash('sha256').update(`${jwk.n}${jwk.e}`).digest('hex').slice(0, 32)}`;
  const secret: Jwk = { ...jwk, kty: 'RSA', kid, 'fxa-createdAt': createdAt(now, Math.round) };
  return { secret, public: publicJwk(secret) };
}

/** lib/oauth/keys.ts generatePrivateKey: kid is the date and 8 hex digits of sha256 of the PKCS#1 public PEM (`jwk` as above). */
export function openidKey(now: Date, jwk: JsonWebKey = rsaJwk()): Jwk {
  const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'pkcs1', format: 'pem' }).toString();
  const kid = `${ymd(now, '')}-${createHash('sha256').update(pem).digest('hex').slice(0, 8)}`;
  return { ...jwk, kty: 'RSA', kid, alg: 'RS256', use: 'sig', 'fxa-createdAt': createdAt(now, Math.floor) };
}

/** web-push's generateVAPIDKeys: a P-256 pair, the public key uncompressed (65 bytes), both base64url (`pair` fixed only in tests). */
export function vapidKeys(pair: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })): { publicKey: string; privateKey: string } {
  const { privateKey, publicKey } = pair;
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(pub.x!, 'base64url'), Buffer.from(pub.y!, 'base64url')]);
  return { publicKey: point.toString('base64url'), privateKey: priv.d! };
}

/** A shared secret: 32 random bytes as hex (HMAC keys, bearer tokens, and passwords safe inside URLs). */
export const randomSecret = (): string => randomBytes(32).toString('hex');

/** Compact JSON, as FxA's scripts write their key files. */
const file = (value: unknown): string => JSON.stringify(value);

/** Every key file, freshly made: no next or previous OpenID key yet (`{}` is FxA's "none"). */
export function newKeyFiles(now: Date): Record<KeyFile, string> {
  const signing = authSigningKey(now);
  return {
    'secret-key.json': file(signing.secret),
    'public-key.json': file(signing.public),
    'openid-key.json': file(openidKey(now)),
    'openid-newkey.json': '{}',
    'openid-oldkey.json': '{}',
    'vapid-keys.json': file(vapidKeys()),
  };
}

export type RotationStep = 'prepare' | 'activate' | 'retire';

/**
 * One step of FxA's OpenID key rotation (docs/oauth/signing-key-management.md), chosen from the state:
 * no next key -> prepare one (published, not signing); a next key -> activate it (the current key's public
 * half stays published as the old one); `retire` drops the old key once tokens it signed have expired.
 */
export function rotateOpenid(files: Record<KeyFile, string>, now: Date, retire = false): { files: Record<KeyFile, string>; step: RotationStep } {
  const next = JSON.parse(files['openid-newkey.json']) as Partial<Jwk>;
  if (retire) return { files: { ...files, 'openid-oldkey.json': '{}' }, step: 'retire' };
  if (!next.kid) return { files: { ...files, 'openid-newkey.json': file(openidKey(now)) }, step: 'prepare' };
  const current = JSON.parse(files['openid-key.json']) as Jwk;
  return {
    files: { ...files, 'openid-key.json': files['openid-newkey.json'], 'openid-newkey.json': '{}', 'openid-oldkey.json': file(publicJwk(current)) },
    step: 'activate',
  };
}
