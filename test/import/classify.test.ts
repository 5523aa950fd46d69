/**
 * The importer's first-pass classification, rule by rule: which names hold secrets, which variables hold
 * URLs and whose URLs they are. Each case is a name (and default) whose answer follows from what it means,
 * with a near miss beside it that a looser rule would get wrong.
 */
import { describe, expect, it } from 'vitest';
import { isSecret, urlKind } from '../../scripts/import/classify.ts';

describe('isSecret', () => {
  it('takes upstream\'s sensitive as the answer, whatever the name', () => {
    expect(isSecret('PORT', true)).toBe(true);
    expect(isSecret('PORT', false)).toBe(false);
    expect(isSecret('PORT', undefined)).toBe(false);
  });

  it.each([
    'OAUTH_SECRET', 'AUTH_SERVER_SECRETS', 'SECRET_KEY', 'OAUTH_SECRET_KEY', 'MYSQL_PASSWORD', 'SMTP_PASS', 'JWT_PRIVATE_KEY_JSON',
    'PARTNER_API_KEY', 'SENTRY_APIKEY', 'STRIPE_API_SECRET', 'GITHUB_AUTH_TOKEN', 'PROFILE_BEARER_TOKEN', 'GITHUB_TOKEN',
    'ZENDESK_TOKEN', 'IP_HMAC_KEY', 'PASSWORD_SALT', 'FLOW_ID_KEY', 'SESSION_TOKEN_HANDLE_KEY', 'SUBHUB_KEY', 'MFA__JWT__KEY',
    'FXA_OPENID_KEY', 'FXA_OPENID_NEWKEY', 'FXA_OPENID_OLDKEY', 'OPENID_KEY', 'PUBSUB_VERIFICATION_TOKEN', 'APP_STORE_CREDENTIALS',
  ])('%s names a secret', (name) => {
    expect(isSecret(name, undefined)).toBe(true);
  });

  it.each([
    // the pattern matches only at the end (or the whole name) where it says so
    'OAUTH_SECRET_NAME', 'AUTH_SECRETS_DIR', 'SECRET_KEYRING', 'PASSWORD_LENGTH', 'SMTP_PASSTHROUGH', 'PARTNER_API_KEY_HEADER',
    'SENTRY_APIKEY_NAME', 'STRIPE_API_SECRET_NAME', 'AUTH_TOKEN_TTL', 'BEARER_TOKEN_HEADER', 'GITHUB_TOKEN_SCOPE', 'ZENDESK_TOKEN_TTL',
    'HMAC_KEY_ROTATION', 'PASSWORD_SALT_ROUNDS', 'X_FLOW_ID_KEY', 'FLOW_ID_KEY_X', 'SESSION_TOKEN_HANDLE_KEY_X', 'X_SUBHUB_KEY',
    'SUBHUB_KEY_X', 'X_MFA__JWT__KEY', 'MFA__JWT__KEY_X', 'X_FXA_OPENID_KEY', 'FXA_OPENID_KEYS', 'FXA_OPENID_NEWKEY_X', 'X_OPENID_KEY',
    'OPENID_KEY_X', 'X_PUBSUB_VERIFICATION_TOKEN', 'PUBSUB_VERIFICATION_TOKEN_X', 'X_APP_STORE_CREDENTIALS', 'APP_STORE_CREDENTIALS_X',
    // names that look secret but name where a secret is, or a public half
    'JWT_PRIVATE_KEY_FILE', 'JWT_PRIVATE_KEY_ID', 'JWT_PRIVATE_KEY_PREFIX', 'PRIVATE_KEY_AND_PUBLIC_KEY', 'PRIVATE_KEY_CREDENTIAL_MODE',
    'JWT_PRIVATE_KEY_PATH', 'LOG_LEVEL',
  ])('%s names no secret', (name) => {
    expect(isSecret(name, undefined)).toBe(false);
  });

  it.each(['PRIVATE_KEY_FILE_MODE', 'PRIVATE_KEY_IDS', 'PRIVATE_KEY_PREFIXED', 'PRIVATE_KEY_PUBLIC_KEYS', 'PRIVATE_KEY_CREDENTIAL_MODES', 'PRIVATE_KEY_PATHS'])(
    '%s is a secret: the exceptions hold only at the end of the name',
    (name) => {
      expect(isSecret(name, undefined)).toBe(true);
    },
  );
});

describe('urlKind', () => {
  it('is undefined for a variable that holds no URL', () => {
    expect(urlKind('LOG_LEVEL', 'String', 'info')).toBeUndefined();
    expect(urlKind('URL_COUNT', 'nat', 3)).toBeUndefined(); // URL is not at the end, nor between underscores
    expect(urlKind('XHREF', 'String', '')).toBeUndefined();
    expect(urlKind('SERVER_URLX', 'String', '')).toBeUndefined();
    expect(urlKind('TARGET', 'String', 'accounts.firefox.com')).toBeUndefined(); // no scheme: not a URL
    expect(urlKind('TARGET', 'String', 'http://')).toBeUndefined(); // a scheme without a host
    expect(urlKind('TARGET', 'String', ['a', 'http://accounts.firefox.com'])).toBeUndefined(); // only the first item counts
    expect(urlKind('TARGET', 'String', 42)).toBeUndefined();
    expect(urlKind('TARGET', 'String', ' https://accounts.firefox.com')).toBeUndefined(); // the scheme must come first
  });

  it.each([
    ['CALLBACK', 'url'], // the format says so
    ['SENTRY_URL', 'String'], ['SENTRY_URLS', 'String'], ['SENTRY_URI', 'String'], ['SENTRY_URIS', 'String'], ['SENTRY_ENDPOINT', 'String'],
    ['SENTRY_ENDPOINTS', 'String'], ['DOCS_HREF', 'String'], ['EVENTS_WEBHOOK', 'String'], ['EVENTS_WEBHOOKS', 'String'],
    ['SENTRY_URL_TEMPLATE', 'String'], ['SENTRY_URI_TEMPLATE', 'String'],
  ])('%s (%s) with no default holds a third party\'s URL', (name, format) => {
    expect(urlKind(name, format, '')).toBe('external');
  });

  it.each(['ORIGIN', 'ALLOWED_ORIGINS', 'OIDC_ISSUER'])('%s is a URL, and one of ours served to browsers', (name) => {
    expect(urlKind(name, 'String', '')).toBe('public');
  });

  it.each(['ENABLED', 'TIMEOUT', 'TTL', 'LIMIT', 'REGEX', 'PATTERN', 'PATH', 'SCOPE', 'SCOPES'])('a setting about a URL (…_URL_%s) holds none', (suffix) => {
    expect(urlKind(`SERVER_URL_${suffix}`, 'url', 'https://accounts.firefox.com')).toBeUndefined();
  });

  it('the exceptions hold only at the end of the name, and rate limits only at its start', () => {
    expect(urlKind('SERVER_URL_ENABLED_BY', 'String', '')).toBe('external');
    expect(urlKind('RATE_LIMIT__CHECK_URL', 'url', '')).toBeUndefined();
    expect(urlKind('NO_RATE_LIMIT__CHECK_URL', 'url', '')).toBe('external');
  });

  it('a message queue is a cloud provider\'s, even on localhost', () => {
    expect(urlKind('EVENTS_QUEUE_URL', 'url', 'http://localhost:4100/queue')).toBe('external');
    expect(urlKind('EVENTS_QUEUE_URL_FALLBACK', 'url', 'http://localhost:4100/queue')).toBe('internal');
  });

  it.each([
    'https://accounts.firefox.com', 'https://api.accounts.firefox.com/v1', 'https://accounts.stage.mozaws.net', 'https://oauth.accounts.mozaws.net',
    'https://accounts-static.cdn.mozilla.net/x.js', 'https://fxa.dev.lcip.org', 'https://content.fxa.stage.example', 'https://subscriptions.firefox.com',
    'https://payments.firefox.com', 'HTTPS://ACCOUNTS.FIREFOX.COM',
  ])('a default at %s stands for our own public URL', (url) => {
    expect(urlKind('SENTRY_URL', 'url', url)).toBe('public');
    expect(urlKind('TARGET', 'String', [url])).toBe('public');
  });

  it.each([
    'https://notaccounts.firefox.com', 'https://accounts.firefox.com.example', 'https://accounts.example.mozaws.net', 'https://cdn.accounts-static.cdn.mozilla.net',
    'https://notfxa.dev.example', 'https://x.payments.firefox.com', 'https://subscriptions.firefox.community', 'https://sentry.example',
  ])('a default at %s is a third party\'s', (url) => {
    expect(urlKind('PUBLIC_URL', 'url', url)).toBe('external');
  });

  it.each(['http://localhost:9000', 'http://127.0.0.1:9000', 'http://[::1]:9000', 'http://0.0.0.0', 'http://localhost.dev'])(
    'a default on the machine itself (%s) stands for a service in the cluster unless the name says public',
    (url) => {
      expect(urlKind('SENTRY_URL', 'url', url)).toBe('internal');
      expect(urlKind('PUBLIC_URL', 'url', url)).toBe('public');
    },
  );

  it.each(['http://localhost.example', 'http://127.0.0.10', 'http://mylocalhost', 'http://localhost.devel'])('%s is not the machine itself', (url) => {
    expect(urlKind('SENTRY_URL', 'url', url)).toBe('external');
  });

  it.each([
    'PUBLIC_URL', 'CONTENT_URL', 'REDIRECT_URL', 'FXA_URL', 'STATIC_URL', 'SETTINGS_URL', 'PAYMENTS_URL', 'PASSKEYS__RP_URL', 'CLIENT_URL',
    'LINK_URL', 'X_RP_URL', 'WEBAUTHN_URL', 'LEGAL_URL', 'PRIVACY_URL', 'TERMS_URL',
  ])('%s names a URL of ours served to browsers', (name) => {
    expect(urlKind(name, 'url', '')).toBe('public');
  });

  it.each(['X_FXA_URL', 'PASSKEYS_URL', 'RP_URL', 'CLIENTURL'])('%s does not name a public URL', (name) => {
    expect(urlKind(name, 'url', '')).toBe('external');
  });

  it.each([
    'AUTH_URL', 'AUTH_SERVER_URL', 'PROFILE_URI', 'OAUTH_SERVER_URI', 'GRAPHQL_URL', 'CUSTOMS_URL', 'ADMIN_URL', 'SERVER_URL', 'PUSHBOX_URL',
    'SYNC_URL', 'TOKENSERVER_URL', 'EVENT_BROKER_URL', 'WORKER_URL', 'API_URL', 'MY_API_URL',
  ])('%s names a service in the cluster', (name) => {
    expect(urlKind(name, 'url', '')).toBe('internal');
  });

  it.each(['AUTH_URL_BASE', 'AUTHURL', 'AUTH_SERVER_SERVER_URL_X'])('%s does not name a service in the cluster', (name) => {
    expect(urlKind(name, 'url', '')).toBe('external');
  });
});
