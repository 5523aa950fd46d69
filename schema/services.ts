/**
 * The services FxA's servers reach through cluster-wide values instead of a server's own URL: the
 * databases, the metrics sink and the mail relay. Each entry says which keys under `global` point at it,
 * which of the release's own servers provides it in the cluster (a development stand-in where production
 * brings an external one), how it is reached and which shared secret holds its password.
 *
 * Templates (env, NetworkPolicies, NOTES), `secrets init`, the docs and the topology all read this table,
 * so none of them names a service, a server behind it or its port.
 */
import type { GlobalKey, ServerName, SharedSecretKey } from './types.ts';

export interface Service {
  /** The release's own server that provides it inside the cluster. */
  readonly server: ServerName;
  /** Keys under `global` (without the `global.` prefix) naming where it is. */
  readonly host: GlobalKey;
  readonly port: GlobalKey;
  /** An empty host means the in-cluster server (the schema then requires that server on); else it is unused. */
  readonly emptyHostMeansInCluster: boolean;
  /** The global switch without which nothing uses it (metrics off): its empty host then points nowhere. Unset: always used. */
  readonly enabledBy?: GlobalKey;
  /** The port of `server` (by name) that provides it, and the port an external one listens on by default. */
  readonly serverPort: string;
  readonly defaultPort: number;
  /** The protocol its clients send on (StatsD is UDP). */
  readonly protocol: 'TCP' | 'UDP';
  /**
   * Shared secret holding its password: made by `secrets init` for the in-cluster server, given for an
   * external one. `keptByStore`: the store keeps the password it first started with (MySQL's data
   * directory), so a rotation starts at the store, not with `secrets rotate`.
   */
  readonly storePassword?: { readonly key: SharedSecretKey; readonly keptByStore: boolean; readonly mayBeEmpty?: boolean };
  /** Shared secret holding the password of the user named by this global key: given while that user is set. */
  readonly userPassword?: { readonly key: SharedSecretKey; readonly user: GlobalKey };
  /** How the topology draws it: a data store, or something outside the release that the chart only points at. */
  readonly role: 'data' | 'metrics' | 'mail';
  /** What it is, for docs and the topology. */
  readonly label: string;
}

export const SERVICE_NAMES = ['mysql', 'redis', 'statsd', 'smtp'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const SERVICES: { readonly [N in ServiceName]: Service } = {
  mysql: {
    server: 'mysql', host: 'mysql.host', port: 'mysql.port', emptyHostMeansInCluster: true, serverPort: 'mysql', defaultPort: 3306, protocol: 'TCP',
    storePassword: { key: 'mysqlPassword', keptByStore: true }, role: 'data', label: 'MySQL (global.mysql)',
  },
  redis: {
    server: 'redis', host: 'redis.host', port: 'redis.port', emptyHostMeansInCluster: true, serverPort: 'redis', defaultPort: 6379, protocol: 'TCP',
    // the in-cluster Redis reads its password at every start; "empty" is Redis without AUTH
    storePassword: { key: 'redisPassword', keptByStore: false, mayBeEmpty: true }, role: 'data', label: 'Redis (global.redis)',
  },
  statsd: {
    server: 'statsd', host: 'statsd.host', port: 'statsd.port', emptyHostMeansInCluster: true, enabledBy: 'statsd.enabled', serverPort: 'statsd', defaultPort: 8125, protocol: 'UDP',
    role: 'metrics', label: 'StatsD receiver (global.statsd)',
  },
  smtp: {
    // submission (587): what relays such as Amazon SES take with STARTTLS
    server: 'mailpit', host: 'smtp.host', port: 'smtp.port', emptyHostMeansInCluster: true, serverPort: 'smtp', defaultPort: 587, protocol: 'TCP',
    userPassword: { key: 'smtpPassword', user: 'smtp.user' }, role: 'mail', label: 'SMTP relay (global.smtp)',
  },
};

/** The service whose host a global key names ("mysql.host" -> mysql), if any. */
export function serviceOfHost(key: string): ServiceName | undefined {
  return SERVICE_NAMES.find((n) => SERVICES[n].host === key);
}

/** The service whose in-cluster password a shared secret is (mysqlPassword -> mysql), if any. */
export function serviceOfStorePassword(key: string): ServiceName | undefined {
  return SERVICE_NAMES.find((n) => SERVICES[n].storePassword?.key === key);
}

/**
 * FxA's databases on the one MySQL, each named by global.mysql.databases.<name>: FxA's own default names.
 * db-migrations creates the first four, syncstorage-rs the last two.
 */
export const DATABASES = {
  fxa: 'fxa',
  oauth: 'fxa_oauth',
  profile: 'fxa_profile',
  pushbox: 'pushbox',
  syncstorage: 'syncstorage',
  tokenserver: 'tokenserver',
} as const;
export type DatabaseName = keyof typeof DATABASES;

/**
 * Addresses a Firefox client is given by hand (NOTES.txt): a server's public URL plus a path. Android's
 * "Custom Sync server" wants the token server's endpoint itself.
 */
export const CLIENT_ENDPOINTS = {
  syncTokenServer: { server: 'syncstorage', path: '/1.0/sync/1.5' },
} as const satisfies Record<string, { readonly server: ServerName; readonly path: string }>;
