/**
 * What makes an effective value wrong for a self-hosted install: it sends a server or a browser to
 * localhost, or to infrastructure only Mozilla runs. The host lists are data, each with its reason, so
 * a reviewer can argue with one line instead of a regular expression.
 */

export type Mark = 'localhost' | 'mozilla';

/** Hosts that only exist on a developer's machine. */
const LOCALHOST = /(^|[^a-z0-9.-])(localhost(\.dev)?|127\.0\.0\.1|\[::1\])(?![a-z0-9-])/i;

/** Domains of services Mozilla operates for its own deployment: a self-hosted install must not call them or send browsers there. */
export const MOZILLA_INFRA: readonly { readonly domain: string; readonly why: string }[] = [
  { domain: 'firefox.com', why: "Mozilla's own accounts, profile, payments and CDN hosts" },
  { domain: 'mozaws.net', why: "Mozilla's AWS services (Sentry, OAuth stage)" },
  { domain: 'mozgcp.net', why: "Mozilla's GCP services" },
  { domain: 'services.mozilla.com', why: 'Mozilla-run backends (channel server, SubHub, sync)' },
  { domain: 'telemetry.mozilla.org', why: "Mozilla's telemetry ingestion" },
  { domain: 'cdn.mozilla.net', why: "Mozilla's static CDN" },
  { domain: 'allizom.org', why: "Mozilla's staging hosts" },
  { domain: 'lcip.org', why: "Mozilla's development hosts" },
  { domain: 'herokuapp.com', why: "Mozilla's hosted example relying parties" },
];

const hostsIn = (text: string): string[] => {
  const found = new Set<string>();
  // every dotted name, in URLs and in bare domain lists such as REDIRECT_CHECK_ALLOW_LIST ("*.firefox.com,firefox.com")
  for (const m of text.matchAll(/(?:[a-z0-9-]+\.)+[a-z]{2,}(?![a-z0-9-])/gi)) found.add(m[0].toLowerCase());
  return [...found];
};

const within = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

export function marksOf(value: string): Mark[] {
  const marks: Mark[] = [];
  if (LOCALHOST.test(value)) marks.push('localhost');
  // Mozilla names that are identifiers or reading material (identity.mozilla.com scopes, support.mozilla.org
  // links) are under none of these domains, so they are never marked
  if (hostsIn(value).some((h) => MOZILLA_INFRA.some((d) => within(h, d.domain)))) marks.push('mozilla');
  return marks;
}
