/**
 * What the working install (jackyzy823/fxa-selfhosting, schema/releases.ts evidence) sets on the servers the
 * chart shares with it, per release, and the chart's decision on each name it does not set. The names are
 * read from its docker-compose.tmpl.yml rendered with config.yml.sample's defaults (mail type "3rd",
 * channelserver on, admin/send/notes off). docs/conformance.md is generated from this and the catalog; a
 * test renders values/prod.yaml under each release and holds the table to it.
 */
import type { ServerName } from './types.ts';
import type { ReleaseTag } from './releases.ts';

/** Environment names the working install sets, per release and server (its compose service names mapped to ours). */
export const WORKING_INSTALL_ENV: Readonly<Record<ReleaseTag, Partial<Record<ServerName, readonly string[]>>>> = {
  'v1.330.6': {
    'fxa-auth-server': ['OAUTH_SERVER_SECRET_KEY', 'OAUTH_SERVER_SECRETS', 'AUTH_SERVER_SHARED_SECRET', 'AUTH_SERVER_SECRETS', 'PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN', 'FLOW_ID_KEY', 'REDIS_HOST', 'ACCESS_TOKEN_REDIS_HOST', 'REFRESH_TOKEN_REDIS_HOST', 'CUSTOMS_REDIS_HOST', 'METRICS_REDIS_HOST', 'AUTH_CACHE_REDIS_HOST', 'RECOVERY_PHONE_REDIS_HOST', 'RATELIMIT_REDIS_HOST', 'RECOVERY_PHONE__TWILIO__CREDENTIAL_MODE', 'SNS_TOPIC_ARN', 'DB', 'DB_AUTO_UPDATE_CLIENTS', 'MYSQL_HOST', 'AUTH_MYSQL_HOST', 'IP_ADDRESS', 'SIGNIN_UNBLOCK_FORCED_EMAILS', 'SIGNIN_CONFIRMATION_ENABLED', 'SIGNIN_CONFIRMATION_FORCE_EMAIL_REGEX', 'ISSUER', 'PUBLIC_URL', 'OAUTH_URL', 'CONTENT_URL', 'CONTENT_SERVER_URL', 'SYNC_TOKENSERVER_URL', 'PROFILE_SERVER_URL', 'FXA_OPENID_ISSUER', 'PUSHBOX_ENABLED', 'PUSHBOX_MAX_TTL', 'PUSHBOX_MYSQL_HOST', 'CUSTOMS_SERVER_URL', 'FXA_OPENID_KEYFILE', 'FXA_OPENID_NEWKEYFILE', 'FXA_OPENID_OLDKEYFILE', 'SMTP_SENDER', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'SMTP_SECURE', 'GEODB_ENABLED', 'LOG_LEVEL', 'LASTACCESSTIME_UPDATES_SAMPLE_RATE', 'ACCOUNT_EVENTS_ENABLED', 'FXA_EXPIRATION_ACCESS_TOKEN', 'AUTH_GLEAN_ENABLED', 'CORS_ORIGIN'],
    'fxa-content-server': ['CONFIG_FILES', 'FXA_OAUTH_CLIENT_ID', 'FLOW_ID_KEY', 'FEATURE_FLAGS_REDIS_HOST', 'SYNC_TOKENSERVER_URL', 'PUBLIC_URL', 'FXA_OAUTH_URL', 'FXA_URL', 'FXA_PROFILE_URL', 'FXA_PROFILE_IMAGES_URL', 'PAIRING_SERVER_BASE_URI', 'FXA_MARKETING_EMAIL_ENABLED', 'GEODB_ENABLED', 'LOG_LEVEL', 'NODE_ENV', 'STATIC_DIRECTORY', 'PAGE_TEMPLATE_SUBDIRECTORY', 'CSP_ENABLED', 'REDIRECT_CHECK_ALLOW_LIST', 'APPLE_AUTH_ENABLED', 'GOOGLE_AUTH_ENABLED', 'GLEAN_ENEABLED', 'GLEAN_UPLOAD_ENABLED', 'GLEAN_LOG_PINGS', 'CONTENT_SERVER_GLEAN_ENABLED', 'REACT_CONVERSION_SIGNUP_ROUTES', 'REACT_CONVERSION_SIGNIN_ROUTES', 'REACT_CONVERSION_SIMPLE_ROUTES', 'REACT_CONVERSION_RESET_PASSWORD_ROUTES', 'REACT_CONVERSION_POST_VERIFY_THIRD_PARTY_AUTH', 'REACT_CONVERSION_EMAIL_FIRST_ROUTES'],
    'fxa-profile-server': ['AUTH_SECRET_BEARER_TOKEN', 'EVENTS_ENABLED', 'HOST', 'DB', 'IMG_PROVIDERS_FXA', 'IMG_URL', 'PUBLIC_URL', 'MYSQL_HOST', 'IMG', 'AUTH_SERVER_URL', 'OAUTH_SERVER_URL', 'REDIS_HOST', 'WORKER_URL'],
    'fxa-profile-static': ['HOST', 'IMG'],
    'fxa-profile-worker': ['WORKER_HOST', 'IMG'],
    'db-migrations': ['AUTH_MYSQL_HOST', 'PROFILE_MYSQL_HOST', 'OAUTH_MYSQL_HOST', 'PUSHBOX_MYSQL_HOST'],
  },
  'v1.316.4': {
    'fxa-auth-server': ['OAUTH_SERVER_SECRET_KEY', 'OAUTH_SERVER_SECRETS', 'AUTH_SERVER_SHARED_SECRET', 'AUTH_SERVER_SECRETS', 'PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN', 'FLOW_ID_KEY', 'REDIS_HOST', 'ACCESS_TOKEN_REDIS_HOST', 'REFRESH_TOKEN_REDIS_HOST', 'CUSTOMS_REDIS_HOST', 'METRICS_REDIS_HOST', 'AUTH_CACHE_REDIS_HOST', 'RECOVERY_PHONE_REDIS_HOST', 'RATELIMIT_REDIS_HOST', 'RECOVERY_PHONE__TWILIO__CREDENTIAL_MODE', 'SNS_TOPIC_ARN', 'DB', 'DB_AUTO_UPDATE_CLIENTS', 'MYSQL_HOST', 'AUTH_MYSQL_HOST', 'IP_ADDRESS', 'SIGNIN_UNBLOCK_FORCED_EMAILS', 'SIGNIN_CONFIRMATION_ENABLED', 'SIGNIN_CONFIRMATION_FORCE_EMAIL_REGEX', 'ISSUER', 'PUBLIC_URL', 'OAUTH_URL', 'CONTENT_URL', 'CONTENT_SERVER_URL', 'SYNC_TOKENSERVER_URL', 'PROFILE_SERVER_URL', 'FXA_OPENID_ISSUER', 'PUSHBOX_ENABLED', 'PUSHBOX_MAX_TTL', 'PUSHBOX_MYSQL_HOST', 'CUSTOMS_SERVER_URL', 'FXA_OPENID_KEYFILE', 'FXA_OPENID_NEWKEYFILE', 'FXA_OPENID_OLDKEYFILE', 'SMTP_SENDER', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'SMTP_SECURE', 'GEODB_ENABLED', 'LOG_LEVEL', 'LASTACCESSTIME_UPDATES_SAMPLE_RATE', 'ACCOUNT_EVENTS_ENABLED', 'FXA_EXPIRATION_ACCESS_TOKEN', 'AUTH_GLEAN_ENABLED'],
    'fxa-content-server': ['CONFIG_FILES', 'FXA_OAUTH_CLIENT_ID', 'FLOW_ID_KEY', 'FEATURE_FLAGS_REDIS_HOST', 'SYNC_TOKENSERVER_URL', 'PUBLIC_URL', 'FXA_OAUTH_URL', 'FXA_URL', 'FXA_PROFILE_URL', 'FXA_PROFILE_IMAGES_URL', 'PAIRING_SERVER_BASE_URI', 'FXA_MARKETING_EMAIL_ENABLED', 'GEODB_ENABLED', 'LOG_LEVEL', 'NODE_ENV', 'STATIC_DIRECTORY', 'PAGE_TEMPLATE_SUBDIRECTORY', 'CSP_ENABLED', 'FXA_GQL_URL', 'REDIRECT_CHECK_ALLOW_LIST', 'APPLE_AUTH_ENABLED', 'GOOGLE_AUTH_ENABLED', 'GLEAN_ENEABLED', 'GLEAN_UPLOAD_ENABLED', 'GLEAN_LOG_PINGS', 'CONTENT_SERVER_GLEAN_ENABLED', 'REACT_CONVERSION_SIGNUP_ROUTES', 'REACT_CONVERSION_SIGNIN_ROUTES', 'REACT_CONVERSION_SIMPLE_ROUTES', 'REACT_CONVERSION_RESET_PASSWORD_ROUTES', 'REACT_CONVERSION_POST_VERIFY_THIRD_PARTY_AUTH', 'REACT_CONVERSION_EMAIL_FIRST_ROUTES'],
    'fxa-profile-server': ['AUTH_SECRET_BEARER_TOKEN', 'EVENTS_ENABLED', 'HOST', 'DB', 'IMG_PROVIDERS_FXA', 'IMG_URL', 'PUBLIC_URL', 'MYSQL_HOST', 'IMG', 'AUTH_SERVER_URL', 'OAUTH_SERVER_URL', 'REDIS_HOST', 'WORKER_URL'],
    'fxa-profile-static': ['HOST', 'IMG'],
    'fxa-profile-worker': ['WORKER_HOST', 'IMG'],
    'db-migrations': ['AUTH_MYSQL_HOST', 'PROFILE_MYSQL_HOST', 'OAUTH_MYSQL_HOST', 'PUSHBOX_MYSQL_HOST'],
    'fxa-graphql-api': ['ACCESS_TOKEN_REDIS_HOST', 'PROFILE_SERVER_URL', 'CUSTOMS_SERVER_URL', 'CORS_ORIGIN', 'AUTH_SERVER_URL', 'SETTINGS_SERVER_URL', 'AUTH_MYSQL_HOST', 'PROFILE_MYSQL_HOST', 'OAUTH_MYSQL_HOST', 'SNS_TOPIC_ARN', 'SNS_TOPIC_ENDPOINT', 'RATELIMIT_REDIS_HOST'],
  },
};

/**
 * Why the chart leaves a name unset that the working install sets ("<server> <NAME>"), for every release.
 * A name the chart sets needs no entry; one it does not set must have one (npm run gen fails otherwise).
 */
export const NOT_SET: Readonly<Record<string, string>> = {
  'fxa-auth-server FXA_EXPIRATION_ACCESS_TOKEN': 'kept at FxA\'s default: the working install lets access tokens live 7 days for its users\' convenience, a policy an operator sets in fxa-auth-server.env',
  'fxa-auth-server PUSHBOX_MAX_TTL': 'kept at FxA\'s default (28 days, Mozilla\'s own): how long sent tabs wait is a retention choice, not needed to work',
  'fxa-auth-server RECOVERY_PHONE__TWILIO__CREDENTIAL_MODE': 'its default is already "" at both releases; the working install sets it for 1.306.0-1.306.7, which required it (its own comment)',
  'fxa-auth-server SIGNIN_CONFIRMATION_ENABLED': 'not a setting of auth\'s config at the catalog\'s sources: copied from FxA\'s development pm2 config (packages/fxa-auth-server/pm2.config.js)',
  'fxa-auth-server SIGNIN_CONFIRMATION_FORCE_EMAIL_REGEX': 'a test pattern from FxA\'s development pm2 config (restmail.net addresses); FxA\'s default is right for real users',
  'fxa-auth-server SIGNIN_UNBLOCK_FORCED_EMAILS': 'a test pattern from FxA\'s development pm2 config (restmail.net addresses); FxA\'s default is right for real users',
  'fxa-content-server CONFIG_FILES': 'replaced by SCOPED_KEYS_VALIDATION: the working install loads a file only to set the scoped-keys redirect URIs, which the chart sets directly for this install\'s hosts',
  'fxa-content-server GLEAN_ENEABLED': 'a misspelling in the working install (content reads GLEAN_ENABLED, default false), so it has no effect there either',
};

/** The working install's file patches on the shared servers, and what the chart does instead (a fix id of schema/fixes.ts, or why none is needed). */
export const PATCHES: readonly { readonly server: ServerName; readonly releases: readonly ReleaseTag[]; readonly file: string; readonly decision: { readonly fix: string } | { readonly notNeeded: string } }[] = [
  { server: 'fxa-auth-server', releases: ['v1.330.6'], file: 'lib/routes/cms.js (auth dist)', decision: { fix: 'auth-cms-optional' } },
  { server: 'fxa-auth-server', releases: ['v1.330.6', 'v1.316.4'], file: 'bin/key_server.js (auth dist)', decision: { fix: 'auth-statsd-mock-histogram' } },
  { server: 'fxa-auth-server', releases: ['v1.316.4'], file: 'scripts/gen_keys.js (auth dist)', decision: { notNeeded: 'the working install makes keys in the container at every start, with a patched script; the chart makes them once (fxa-helm secrets init) and mounts them, so the script never runs' } },
  { server: 'fxa-profile-server', releases: ['v1.330.6', 'v1.316.4'], file: 'lib/routes/profile.js', decision: { fix: 'profile-monogram-check' } },
  { server: 'fxa-content-server', releases: ['v1.330.6', 'v1.316.4'], file: 'dist/settings/prod: asset-manifest.json, index.html, static/js/main.*', decision: { fix: 'content-settings-cdn' } },
];

/** Workarounds its config.yml.sample lists for these releases, and the chart's answer to each. */
export const WORKAROUNDS: readonly { readonly workaround: string; readonly link?: string; readonly answer: string }[] = [
  { workaround: 'patch the disabled-StatsD mock of key_server.js', link: 'https://github.com/mozilla/fxa/issues/16491', answer: 'fix auth-statsd-mock-histogram' },
  { workaround: 'avatars under the profile host are taken for the monogram: patch the check or serve images elsewhere', link: 'https://github.com/mozilla/fxa/issues/12426', answer: 'fix profile-monogram-check (both layouts keep working)' },
  { workaround: 'LASTACCESSTIME_UPDATES_SAMPLE_RATE=1 so /account/devices does not fail', link: 'https://github.com/mozilla/fxa/issues/12373', answer: 'set to 1 on fxa-auth-server' },
  { workaround: 'SMTP_USER/SMTP_PASS set even when unused, or auth sends through AWS SES (v1.219.5)', answer: 'global.smtp.user and the smtpPassword secret are set whenever the relay needs them; at 2dd112e1 auth builds plain SMTP without them (lib/senders/email.js), and values/prod.yaml sets both' },
  { workaround: 'no fxa-graphql-api from v1.330.0', answer: 'absent from the v1.330.6 profile: not rendered, and nothing points at it' },
  { workaround: 'no browserid-verifier from v1.310.0', answer: 'never part of the chart' },
  { workaround: 'MySQL 8.4 with mysql_native_password', answer: 'the in-cluster MySQL (development) runs 8.4 with the same switches; production uses the operator\'s MySQL' },
  { workaround: 'do not downgrade without a clean database', answer: 'docs/guides/upgrading.md: db-migrations only migrates forward' },
];
