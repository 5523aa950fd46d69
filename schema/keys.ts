/**
 * FxA's key files: what each holds, in the formats FxA's own scripts write them (auth-server
 * scripts/gen_keys.js, lib/oauth/keys.ts, scripts/gen_vapid_keys.js). `fxa-helm secrets init` generates
 * them once into the keys Secret; the chart mounts that Secret read-only at KEYS_DIR in the servers
 * that read them and points their variables there.
 */
export const KEYS_DIR = '/fxa-helm/keys';

export const KEY_FILES = {
  'secret-key.json': 'Auth server signing key (private RSA JWK with kid and fxa-createdAt), as scripts/gen_keys.js writes it; startup fails without it',
  'public-key.json': 'Public half of secret-key.json; startup fails without it',
  'openid-key.json': 'Active OpenID signing key (private RSA JWK, RS256): signs id tokens and, in the event broker, security event tokens',
  'openid-newkey.json': 'Next OpenID key, published in the JWKS before it signs (rotation step 1); {} when none',
  'openid-oldkey.json': 'Previous OpenID public key, still published after a rotation (step 2) until retired (step 3); {} when none',
  'vapid-keys.json': 'VAPID key pair (P-256, base64url) the auth server signs Web Push requests with',
} as const;

export type KeyFile = keyof typeof KEY_FILES;

/** Shared secrets that are only random bytes the servers of one install agree on: `secrets init` makes them. */
export const RANDOM_SECRETS = [
  'flowIdKey', 'sessionTokenHandleKey', 'profileServerAuthSecretBearerToken', 'oauthServerSecretKey', 'authServerSharedSecret',
  'ipHmacKey', 'subscriptionsSharedSecret', 'syncMasterSecret',
] as const;


export const keyPath = (file: KeyFile): string => `${KEYS_DIR}/${file}`;
