/**
 * Wiring every FxA server needs to work outside a developer's machine: browser-facing URLs, allow-lists
 * and issuers derived from the public URLs, mail from global.smtp, metrics from global.statsd. Without
 * these, convict falls back to localhost or to Mozilla's hosts (measured by `npm run config`).
 * Facts from each server's convict config at the pinned commit (see schema/env/*.ts `sources`).
 */
import type { BaseWire, PlainWire, SecretWire, ServerName } from '../types.ts';

/** Where Google and Apple send the browser back after third-party sign-in (a content-server route). */
export const THIRD_PARTY_CALLBACK: PlainWire = { from: 'publicUrl', server: 'fxa-content-server', path: '/post_verify/third_party_auth/callback' };

/** Every server a browser reaches directly. */
export const BROWSER_FACING: readonly ServerName[] = ['fxa-content-server', 'fxa-auth-server', 'fxa-profile-server', 'fxa-profile-static', 'fxa-graphql-api', 'fxa-payments-server'];

/** Regex of the content server's origin, for settings that take "which origins may trace/report". */
export const CONTENT_ORIGIN_PATTERN: BaseWire = { from: 'publicUrlPattern', server: 'fxa-content-server', path: '/', suffix: '' };

/** SMTP relay from global.smtp; the password only while global.smtp.user is set. */
export const smtp = {
  SMTP_HOST: { from: 'global', key: 'smtp.host' },
  SMTP_PORT: { from: 'global', key: 'smtp.port' },
  SMTP_SECURE: { from: 'global', key: 'smtp.secure' },
  SMTP_USER: { from: 'global', key: 'smtp.user' },
  SMTP_SENDER: { from: 'global', key: 'smtp.sender' },
  SMTP_PASS: { from: 'sharedSecret', key: 'smtpPassword', when: 'smtp.user' },
} as const satisfies Record<string, PlainWire | SecretWire>;

/** A StatsD client's host while global.statsd.enabled: global.statsd.host, empty meaning this release's statsd; else `off` (FxA's own "no metrics"). */
export const statsdHost = (off: string): PlainWire => ({ from: 'switch', when: 'statsd.enabled', on: { from: 'global', key: 'statsd.host' }, off: { from: 'literal', value: off } });
export const statsdEnabled: PlainWire = { from: 'switch', when: 'statsd.enabled', on: { from: 'literal', value: 'true' }, off: { from: 'literal', value: 'false' } };

/**
 * Mail and browser links of the auth server's config, which fxa-admin-server loads too (same keys, same
 * env names): one wiring for both.
 */
export const authMailAndLinks = {
  ...smtp,
  // smtp.api is the test suite's mail helper, not the relay: point it at the relay rather than localhost
  MAILER_HOST: { from: 'global', key: 'smtp.host' },
  GOOGLE_AUTH_REDIRECT_URI: THIRD_PARTY_CALLBACK,
  APPLE_AUTH_REDIRECT_URI: THIRD_PARTY_CALLBACK,
  // a bare domain: emailed links may only redirect to hosts under it
  REDIRECT_DOMAIN: { from: 'publicHost', servers: ['fxa-content-server'] },
  PAYMENTS_SERVER_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
  PAYMENTS_NEXT_HOSTED_URL: { from: 'publicUrl', server: 'fxa-payments-server', path: '/' },
  SUBSCRIPTIONS_FIRESTORE_CONFIGS_CDN_URL_REGEX: CONTENT_ORIGIN_PATTERN,
  TRACING_CORS_URLS: CONTENT_ORIGIN_PATTERN,
} as const satisfies Record<string, PlainWire | SecretWire>;
