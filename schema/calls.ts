/**
 * Every URL one FxA server is given of another (or of itself), classified by what the server does with it
 * and, for server-side requests, by how the callee checks them. That decides which address is right:
 *
 * - a request whose callee checks nothing about the host it was sent to may use the in-cluster address;
 * - a value handed to browsers, Firefox or e-mails, or compared and signed as a string, must be public;
 * - a server-side request to a public URL (a discovery document's endpoints) needs the cluster to resolve
 *   and reach its own public hosts, and the caller's NetworkPolicy to let it out to the router.
 *
 * The seed's worry was Hawk: a MAC covering host and port would tie session-token calls to the public URL.
 * Auth has not checked Hawk since PR #16643 (2024-04, "Removes the Hawk library from fxa-auth-server"): its
 * token schemes read the id from the header and nothing else, so internal URLs stay right for those calls.
 *
 * Read at mozilla/fxa 2dd112e1 (the stored tree nearest v1.330.6) where the file is stored there; `at`
 * names the commit or index id actually read otherwise. docs/calls.md is generated from this table, and a
 * test holds it to the catalog's wiring both ways (every URL wire classified, every class wired the right way).
 */
import type { ServerName, SharedSecretKey } from './types.ts';

/** How a callee decides to serve a server-side request. None of these looks at the host the request was sent to. */
export type CalleeCheck =
  | { readonly kind: 'none' }
  /** `Authorization: Bearer <secret>` compared with a shared secret. */
  | { readonly kind: 'bearer-secret'; readonly secret: SharedSecretKey }
  /** The whole `Authorization` header compared with a shared secret. */
  | { readonly kind: 'header-secret'; readonly secret: SharedSecretKey }
  /** A user's OAuth access token, forwarded, checked by signature and issuer or by the token store. */
  | { readonly kind: 'oauth-token' }
  /** A Hawk-signed session token of which the callee reads only the id. */
  | { readonly kind: 'session-token-id' }
  /** The Cloud Tasks queue-name header; a Google-signed token only when one is sent (auth mode 'try' with the emulator). */
  | { readonly kind: 'queue-header' };

export type UrlUse =
  /** A server-side request: the in-cluster URL serves it. */
  | { readonly use: 'call'; readonly requests: string; readonly check: CalleeCheck; readonly at: string }
  /** A server-side request that ends at public hosts: the cluster must reach them. */
  | { readonly use: 'fetch-public'; readonly requests: string; readonly at: string }
  /** Handed to browsers, Firefox or e-mails; `gap`: still wired in-cluster, and why the chart cannot give a public URL yet. */
  | { readonly use: 'browser'; readonly why: string; readonly gap?: string }
  /** Compared or signed as a string (issuer, audience, registered redirect, cookie or WebAuthn domain). */
  | { readonly use: 'identity'; readonly why: string }
  /** A string only this server signs and compares itself: any consistent value works, the in-cluster URL too. */
  | { readonly use: 'self'; readonly why: string }
  /** Declared by the config, with no reader found in the sources read: the chart still sets it, to its documented meaning. */
  | { readonly use: 'unread'; readonly why: string };

export type UseKind = UrlUse['use'];

const browser = (why: string): UrlUse => ({ use: 'browser', why });
const identity = (why: string): UrlUse => ({ use: 'identity', why });

const TRACING = browser('origins the browser may send trace headers to (the server answers CORS with them)');
const CORS = identity('origins whose pages may call it from the browser (CORS)');
const OWN_PUBLIC = identity("the server's own public URL: links it writes and the origin it checks");
const THIRD_PARTY_REDIRECT = identity('the redirect URI registered with Google or Apple, compared by them');

/** The profile server, its static server and its worker run one config: the same URLs, read by the process that uses them. */
const PROFILE: Record<string, UrlUse> = {
  PUBLIC_URL: OWN_PUBLIC,
  AUTH_SERVER_URL: {
    use: 'call',
    requests: 'GET /v1/account/profile with the user\'s OAuth token (routes/_core_profile.js)',
    check: { kind: 'oauth-token' },
    at: 'packages/fxa-auth-server/lib/routes/auth-schemes (oauthToken: JWT signature, typ and issuer, or the token store; no audience)',
  },
  OAUTH_SERVER_URL: { use: 'call', requests: 'POST /v1/verify of an access token (lib/server/web.js)', check: { kind: 'none' }, at: 'packages/fxa-profile-server/lib/server/web.js@2dd112e1' },
  WORKER_URL: { use: 'call', requests: 'POST and DELETE /a/{id}: resize and remove images (lib/img-workers.js)', check: { kind: 'none' }, at: 'packages/fxa-profile-server/lib/server/worker.js (no auth scheme)' },
  IMG_URL: browser('the avatar URL written into profiles and fetched by browsers'),
  IMG_PROVIDERS_FXA: identity('matches avatar URLs as its own when they are stored'),
  TRACING_CORS_URLS: TRACING,
};

const AUTH_CLIENT_FACING: Record<string, UrlUse> = {
  GOOGLE_AUTH_REDIRECT_URI: THIRD_PARTY_REDIRECT,
  APPLE_AUTH_REDIRECT_URI: THIRD_PARTY_REDIRECT,
  REDIRECT_DOMAIN: identity('the only host redirects may point at'),
  PAYMENTS_SERVER_URL: browser('links to subscription management in e-mails and pages'),
  PAYMENTS_NEXT_HOSTED_URL: browser('links to the subscription platform'),
  SUBSCRIPTIONS_FIRESTORE_CONFIGS_CDN_URL_REGEX: identity('a pattern URLs of subscription configs must match'),
  TRACING_CORS_URLS: TRACING,
};

export const URL_USES: Partial<Record<ServerName, Record<string, UrlUse>>> = {
  'fxa-auth-server': {
    PUBLIC_URL: identity('the API\'s public URL: links in e-mails, and its host is the OAuth `domain` checked against ISSUER'),
    CONTENT_SERVER_URL: browser('links in e-mails and redirects to the content server'),
    CONTENT_URL: browser('the OAuth page browsers are sent to'),
    ISSUER: identity('the OAuth issuer; must equal the host of PUBLIC_URL (config.domain)'),
    FXA_OPENID_ISSUER: identity('`iss` of ID and access tokens, checked by relying parties and by the profile server'),
    OAUTH_URL: { use: 'self', why: 'audience of the assertions auth signs and checks itself (oauth.url and oauthServer.audience read the same variable); no request is made' },
    AUTH_SERVER_URL: { use: 'unread', why: 'oauthServer.auth.url ("the auth-server public URL"): no reader found at 2dd112e1' },
    PROFILE_SERVER_URL: {
      use: 'call',
      requests: 'DELETE /v1/cache/{uid} and POST /v1/_display_name/{uid} (libs/profile/client)',
      check: { kind: 'bearer-secret', secret: 'profileServerAuthSecretBearerToken' },
      at: 'libs/profile/client/src/lib/profile.client.ts@2dd112e1; packages/fxa-profile-server/lib/server/web.js@2dd112e1',
    },
    SYNC_TOKENSERVER_URL: identity('audience of Sync access tokens (lib/oauth/jwt_access_token.js); never fetched'),
    MFA__JWT__ISSUER: identity('issuer of the MFA tokens it signs and checks'),
    AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL: {
      use: 'call',
      requests: 'the URL of each account-deletion task auth enqueues; the Cloud Tasks emulator beside it POSTs the task there over the pod\'s loopback',
      check: { kind: 'queue-header' },
      at: 'packages/fxa-auth-server/lib/routes/cloud-tasks.ts@2dd112e1 (cloudTasksOIDC strategy, mode try with the emulator; x-cloudtasks-queuename)',
    },
    AUTH_CLOUDTASKS_NOTIFICATION_EMAILS_TASK_URL: {
      use: 'call',
      requests: 'the URL of each inactive-account e-mail task (enqueued only by the inactive-accounts script, which needs BigQuery)',
      check: { kind: 'queue-header' },
      at: 'packages/fxa-auth-server/lib/routes/cloud-tasks.ts@2dd112e1',
    },
    PASSKEYS__RP_ID: identity('the WebAuthn relying party id: browsers bind passkeys to this host'),
    PASSKEYS__ALLOWED_ORIGINS: identity('origins a passkey ceremony may come from, compared with what the browser reports'),
    CORS_ORIGIN: CORS,
    ...AUTH_CLIENT_FACING,
  },
  'fxa-content-server': {
    PUBLIC_URL: OWN_PUBLIC,
    FXA_URL: browser('page config and /.well-known/fxa-client-configuration for browsers and Firefox (no server-side request at 2dd112e1)'),
    FXA_OAUTH_URL: browser('page config and the OpenID discovery document\'s endpoints'),
    FXA_PROFILE_URL: browser('page config and the discovery document\'s userinfo endpoint'),
    FXA_PROFILE_IMAGES_URL: browser('avatar images the pages load (Content-Security-Policy)'),
    SYNC_TOKENSERVER_URL: browser('the token server Firefox is told to use'),
    SUBSCRIPTIONS_MANAGEMENT_URL: browser('links to subscription management'),
    FXA_GQL_URL: browser('the GraphQL endpoint the settings app calls'),
    GOOGLE_AUTH_REDIRECT_URI: THIRD_PARTY_REDIRECT,
    APPLE_AUTH_REDIRECT_URI: THIRD_PARTY_REDIRECT,
    PAYMENTS_NEXT_HOSTED_URL: browser('links to the subscription platform'),
    REDIRECT_CHECK_ALLOW_LIST: identity('hosts redirects may point at'),
    SCOPED_KEYS_VALIDATION: identity('redirect URIs allowed to receive scoped keys'),
    FXA_MARKETING_EMAIL_PREFERENCES_URL: browser('a link in the settings app'),
    CSP_ALLOWED_IMG_SOURCES: identity('origins the pages may load images from (Content-Security-Policy)'),
  },
  'fxa-profile-server': PROFILE,
  'fxa-profile-static': PROFILE,
  'fxa-profile-worker': PROFILE,
  'fxa-graphql-api': {
    AUTH_SERVER_URL: {
      use: 'call',
      requests: 'the auth client\'s session-token calls, Hawk-signed, and GET /v1/client/{id}',
      check: { kind: 'session-token-id' },
      at: 'packages/fxa-auth-server/lib/server.js@2dd112e1 (token schemes registered "without validation"); lib/routes/auth-schemes/hawk-fxa-token.js@6db984e9 reads only the id (PR #16643)',
    },
    PROFILE_SERVER_URL: {
      use: 'call',
      requests: 'POST /v1/display_name, /v1/avatar/upload and /v1/avatar/delete with an OAuth token minted from the session',
      check: { kind: 'oauth-token' },
      at: 'packages/fxa-profile-server/lib/server/web.js@2dd112e1 (checks the token through POST /v1/verify)',
    },
    SETTINGS_LEGAL_DOCS_URL: { use: 'call', requests: 'GET {url}/{file}_locales.json and {url}/{locale}/{file}.md (legal.service.ts)', check: { kind: 'none' }, at: 'packages/fxa-content-server/server/lib/routes.js@2dd112e1 (static files)' },
    SETTINGS_SERVER_URL: { use: 'unread', why: 'declared by config.ts; no reader found' },
    CORS_ORIGIN: CORS,
    TRACING_CORS_URLS: TRACING,
  },
  'fxa-event-broker': {
    OPENID_ISSUER: identity('`iss` of the security event tokens it signs, compared exactly by their receivers; never fetched'),
    CAPABILITY_URL: {
      use: 'call',
      requests: 'GET /v1/oauth/subscriptions/clients at start and every CAPABILITY_REFRESH_INTERVAL (client-capability.service.ts)',
      check: { kind: 'header-secret', secret: 'subscriptionsSharedSecret' },
      at: 'packages/fxa-auth-server/lib/server.js@2dd112e1 (subscriptionsSecret scheme: the header equals subscriptions.sharedSecret)',
    },
  },
  'fxa-admin-server': {
    AUTH_SERVER_URL: { use: 'call', requests: 'POST /v1/password/forgot/send_code (unauthenticated)', check: { kind: 'none' }, at: 'packages/fxa-admin-server (nearest stored version; the newest makes no auth call)' },
    PROFILE_SERVER_URL: {
      use: 'call',
      requests: 'DELETE /v1/cache/{uid}',
      check: { kind: 'bearer-secret', secret: 'profileServerAuthSecretBearerToken' },
      at: 'packages/fxa-profile-server/lib/server/web.js@2dd112e1 (secretBearerToken scheme)',
    },
    ACCOUNT_RESET_URL: browser('links the admin panel shows'),
    ACCOUNT_SETTINGS_URL: browser('links the admin panel shows'),
    ...AUTH_CLIENT_FACING,
  },
  'fxa-admin-panel': {
    ADMIN_SERVER_URL: {
      use: 'browser',
      why: 'written into the panel\'s page; the admin\'s browser calls its /graphql and /api itself (no proxy in the panel\'s server)',
      gap: 'the admin server has no route on purpose: it trusts the identity headers of an SSO proxy, so it must never be public without one. Until the chart runs that proxy, set fxa-admin-panel.env.ADMIN_SERVER_URL to where your SSO proxy serves the admin server (or to http://localhost:8095 with `kubectl port-forward` of the admin server\'s Service, fxa-admin-server for release fxa, on port 8095)',
    },
  },
  'fxa-payments-server': {
    PUBLIC_URL: OWN_PUBLIC,
    AUTH_SERVER_URL: browser('servers.auth.url of the client configuration the payments app gets'),
    OAUTH_SERVER_URL: browser('servers.oauth.url of the client configuration'),
    PROFILE_SERVER_URL: browser('servers.profile.url of the client configuration'),
    CONTENT_SERVER_URL: browser('servers.content.url of the client configuration'),
    FXA_PROFILE_IMAGES_URL: browser('avatar images the app loads'),
    STATIC_RESOURCE_URL: browser('origin of the app\'s static resources'),
    FXA_STATIC_CDN_URL: browser('servers.accountsCdn.url of the client configuration'),
    PAYMENT_LEGAL_DOWNLOAD_FQDN: browser('the host legal document downloads link to'),
    CSP_REPORT_URI: browser('where browsers report CSP violations'),
    CSP_REPORT_ONLY_URI: browser('where browsers report CSP violations'),
  },
  '123done': {
    ISSUER_URI: {
      use: 'fetch-public',
      requests: 'GET /.well-known/openid-configuration at every sign-in, then the document\'s token, JWKS and userinfo endpoints, which the content server builds from its public FXA_OAUTH_URL and FXA_PROFILE_URL (oauth.js)',
      at: 'packages/123done/oauth.js (nearest stored version); packages/fxa-content-server/server/lib/routes/get-openid-configuration.js',
    },
    REDIRECT_URI: identity('the redirect URI registered for the client'),
    PKCE_REDIRECT_URI: identity('the redirect URI registered for the PKCE client'),
  },
  syncstorage: {
    SYNC_TOKENSERVER__FXA_OAUTH_SERVER_URL: { use: 'call', requests: 'GET /v1/jwks, or POST /v1/verify where no JWK is configured (PyFxA verifier)', check: { kind: 'none' }, at: 'mozilla-services/syncstorage-rs tokenserver (0.23.3)' },
    SYNC_TOKENSERVER__INIT_NODE_URL: identity('stored once as the storage node and returned to clients, which sign their Hawk requests for its host and port'),
    SYNC_TOKENSERVER__FXA_EMAIL_DOMAIN: identity('the domain of the <uid>@domain keys of Sync users: changing it orphans them'),
  },
};
URL_USES['321done'] = URL_USES['123done'];

/** A server variable's classification, if it has one. */
export const urlUseOf = (server: ServerName, variable: string): UrlUse | undefined => URL_USES[server]?.[variable];
