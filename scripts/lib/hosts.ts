/**
 * The shape of a host name values give for an external store (MySQL, Redis, StatsD, SMTP): the servers compose
 * it into URLs (`mysql://user:pass@<host>:<port>/<db>`, `redis://<host>:<port>`), so a scheme, a port or a path
 * in it produces addresses nobody listens on. Empty keeps each field's own meaning (the in-cluster service, or off).
 */
const LABEL = '[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?';
/** A DNS name or an IPv4 address, or empty. */
export const HOST_OR_EMPTY = `^(${LABEL}(\\.${LABEL})*)?$`;

export const HOST_PATTERN_WORDS: Record<string, string> = {
  [HOST_OR_EMPTY]: 'empty or a host name or IP address alone: no scheme (such as mysql://), no :port (set the sibling port), no path',
};
