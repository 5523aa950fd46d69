/**
 * The OAuth clients every install registers in the auth server (oauthServer.clients, inserted into the
 * database at startup while DB_AUTO_UPDATE_CLIENTS is on): the content server's own client and
 * Firefox's. Ids are the ones Firefox and the content server are built with (fxa-auth-server
 * config/dev.json and fxa-content-server configuration.js at the pinned commit); redirect URIs point at
 * this install. Browsers cannot keep a secret, so every one is public (PKCE), and its hashedSecret is a
 * digest no secret is known to produce.
 */
import type { BaseWire, PlainWire } from '../types.ts';

export interface BuiltinClient {
  readonly id: string;
  readonly name: string;
  readonly redirect: BaseWire;
  readonly allowedScopes?: string;
}

const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const success = (id: string): BaseWire => ({ from: 'publicUrl', server: 'fxa-content-server', path: `/oauth/success/${id}` });
const SYNC_SCOPES = 'https://identity.mozilla.com/apps/oldsync https://identity.mozilla.com/tokens/session';

/** The content server's client; its id is global.oauth.contentClientId (FXA_OAUTH_CLIENT_ID). */
export const CONTENT_CLIENT_ID = 'ea3ca969f8c6bb0d';

/** Firefox desktop and mobile: the ids are compiled into the browsers. */
export const FIREFOX_CLIENTS: readonly BuiltinClient[] = [
  { id: '5882386c6d801776', name: 'Firefox', redirect: { from: 'literal', value: OOB }, allowedScopes: SYNC_SCOPES },
  { id: 'a2270f727f45f648', name: 'Firefox for Android', redirect: success('a2270f727f45f648'), allowedScopes: SYNC_SCOPES },
  { id: '1b1a3e44c54fbb58', name: 'Firefox for iOS', redirect: success('1b1a3e44c54fbb58'), allowedScopes: SYNC_SCOPES },
  { id: '3c49430b43dfba77', name: 'Firefox for Android (pairing)', redirect: success('3c49430b43dfba77'), allowedScopes: SYNC_SCOPES },
];

/** A hashedSecret for public clients: 64 zeros, which no known secret hashes to. */
export const NO_SECRET_HASH = '0'.repeat(64);

/**
 * SCOPED_KEYS_VALIDATION: Firefox's clients may receive sync keys at this install's success pages and
 * the browsers' web-channel redirects (upstream lists Mozilla's hosts and the Lockbox apps).
 */
export const scopedKeysValidation: PlainWire = {
  from: 'compose',
  parts: [
    '{"https://identity.mozilla.com/apps/oldsync":{"redirectUris":[',
    ...FIREFOX_CLIENTS.filter((c) => c.redirect.from !== 'literal').flatMap((c, i) => [i ? ',"' : '"', c.redirect as Exclude<BaseWire, { from: 'compose' }>, '"']),
    ',"urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel","urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel"]}}',
  ],
};
