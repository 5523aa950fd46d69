/**
 * First-pass classification of imported variables: is it secret, is it a URL and whose.
 * Applied once by the importer; the result is written into schema/env/*.ts as explicit data, where a
 * person reviews and corrects it. The generator never runs these rules.
 */
import type { UrlKind } from '../../schema/types.ts';

const SECRET_NAME =
  /(_SECRET$|_SECRETS$|SECRET_KEY$|PASSWORD$|_PASS$|PRIVATE_KEY|_API_KEY$|_APIKEY$|_API_SECRET$|AUTH_TOKEN$|BEARER_TOKEN$|GITHUB_TOKEN$|ZENDESK_TOKEN$|HMAC_KEY$|_SALT$|^FLOW_ID_KEY$|SESSION_TOKEN_HANDLE_KEY$|^SUBHUB_KEY$|^MFA__JWT__KEY$|^FXA_OPENID_(KEY|NEWKEY|OLDKEY)$|^OPENID_KEY$|^PUBSUB_VERIFICATION_TOKEN$|^APP_STORE_CREDENTIALS$)/;
/** Names that match the pattern above but hold no secret material. */
const NOT_SECRET = /(_FILE$|_KEY_ID$|_KEY_PREFIX$|PUBLIC_KEY$|CREDENTIAL_MODE$|_PATH$)/;

export function isSecret(name: string, sensitive: boolean | undefined): boolean {
  return Boolean(sensitive) || (SECRET_NAME.test(name) && !NOT_SECRET.test(name));
}

const URL_NAME = /(URL|URI|ORIGIN|ORIGINS|ENDPOINT|ISSUER|_HREF|WEBHOOK)S?$|_URL_|_URI_/;
const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0|localhost\.dev)$/;
/** Hosts of Mozilla's own FxA deployment: a default pointing there stands for our own public URL. */
const FXA_HOSTS = /(^|\.)accounts\.firefox\.com$|(^|\.)accounts\.(stage\.)?mozaws\.net$|^accounts-static\.cdn\.mozilla\.net$|(^|\.)fxa\.(dev|stage)|^(subscriptions|payments)\.firefox\.com$/;
const PUBLIC_NAME = /PUBLIC|CONTENT|REDIRECT|ORIGIN|ISSUER|^FXA_|STATIC|SETTINGS|PAYMENTS|PASSKEYS__|CLIENT_URL|LINK|_RP_|WEBAUTHN|LEGAL|PRIVACY|TERMS/;
const INTERNAL_NAME = /(AUTH|PROFILE|OAUTH|GRAPHQL|CUSTOMS|ADMIN|SERVER|PUSHBOX|SYNC|TOKENSERVER|EVENT_BROKER|WORKER|API)_(SERVER_)?(URL|URI)$/;

function hostOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' || !/^[a-z]+:\/\//i.test(first)) return undefined;
  try {
    return new URL(first).hostname;
  } catch {
    return undefined;
  }
}

/** URL kind of a variable, or undefined when it does not hold a URL. */
export function urlKind(name: string, format: unknown, def: unknown): UrlKind | undefined {
  const host = hostOf(def);
  if (!(format === 'url' || URL_NAME.test(name) || host !== undefined)) return undefined;
  if (/_(ENABLED|TIMEOUT|TTL|LIMIT|REGEX|PATTERN|PATH|SCOPE|SCOPES)$|^RATE_LIMIT__/.test(name)) return undefined;
  if (/QUEUE_URL$/.test(name)) return 'external'; // message queues of a cloud provider
  if (host !== undefined && !LOCAL_HOSTS.test(host)) return FXA_HOSTS.test(host) ? 'public' : 'external';
  if (PUBLIC_NAME.test(name)) return 'public';
  if (host !== undefined || INTERNAL_NAME.test(name)) return 'internal';
  return 'external';
}
