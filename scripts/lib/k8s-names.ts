/**
 * The names the API server accepts for what values refer to, as patterns the schemas carry, so a bad
 * name is refused with its path before Helm runs instead of by the API server at install time.
 */

/** A Secret's name: a DNS-1123 subdomain (apimachinery's IsDNS1123Subdomain). */
const SUBDOMAIN = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
export const SECRET_NAME = `^${SUBDOMAIN}$`;
/** The same, or empty where empty means "the chart's default". */
export const SECRET_NAME_OR_EMPTY = `^(${SUBDOMAIN})?$`;
/** A key inside a Secret (apimachinery's IsConfigMapKey). */
export const SECRET_KEY = '^[-._a-zA-Z0-9]+$';

/** How a validator words each pattern. */
export const NAME_PATTERN_WORDS: Record<string, string> = {
  [SECRET_NAME]: 'a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
  [SECRET_NAME_OR_EMPTY]: 'empty or a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
  [SECRET_KEY]: 'a Secret key: letters, digits, "-", "_" and "."',
};

/**
 * The chart's fxa-common.names.fullname: "<release>-<name>", or just the name when it already starts with
 * "<release>-"; cut to 63 characters without a trailing "-". `secrets` names the Secrets the chart reads with it.
 */
export const fullname = (release: string, name: string): string =>
  (name.startsWith(`${release}-`) ? name : `${release}-${name}`).slice(0, 63).replace(/-+$/, '');
