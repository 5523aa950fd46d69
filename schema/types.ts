/**
 * The vocabulary of the catalog. Every FxA server is a `ServerSpec`; every environment variable an `EnvVar`.
 * The generator reads only these types, so a wrong entry (an unknown server, a wiring to a variable the
 * server does not read, a secret routed as plain config) is a compile error, not a broken chart.
 */

import type { KeyFile } from './keys.ts';
import type { ReleaseTag } from './releases.ts';
import { INTEGRATION_SECRETS, integrationOfSecret, type IntegrationPath } from './integrations-data.ts';
import { DATABASES, type DatabaseName } from './services.ts';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [k: string]: JsonValue };

/** Where a URL points: served to browsers by us (public), served inside the cluster (internal), or a third party (external). */
export type UrlKind = 'public' | 'internal' | 'external';

/** String formats we can check in JSON Schema (draft-07 `format`, enforced by Helm and ajv). */
export type StringFormat = 'uri' | 'email' | 'ipv4' | 'hostname';

/** How a value is typed in values.yaml; each maps to one JSON Schema type and one env string encoding. */
export type ValueSpec =
  | { type: 'string'; format?: StringFormat; default: string | null }
  | { type: 'integer'; minimum?: number; maximum?: number; default: number | null }
  | { type: 'number'; default: number | null }
  | { type: 'boolean'; default: boolean | null }
  | { type: 'enum'; values: readonly string[]; default: string | null }
  /** convict `Array`: a comma-separated string in the environment, a list in values. */
  | { type: 'list'; default: readonly string[] | null }
  /** convict `Object`: JSON in the environment, an object in values. */
  | { type: 'json'; default: JsonValue }
  /** convict `duration`: milliseconds or a string such as "1 day". */
  | { type: 'duration'; default: number | string | null };

export type EnvVar = ValueSpec & {
  readonly name: string;
  /** Short description, from the upstream convict `doc`. */
  readonly doc: string;
  /** Key path inside the server's convict schema (where the variable came from). */
  readonly key: string;
  /** Secret material (convict `sensitive`, keys, passwords, tokens): only ever rendered through Secrets. */
  readonly secret?: boolean;
  /** Set on URL-valued variables. */
  readonly url?: UrlKind;
  /** The server does not work without it in production. */
  readonly required?: boolean;
  /** Upstream default that is computed (e.g. a path under the install dir); shown in docs, never rendered. */
  readonly upstreamDefault?: string;
  /**
   * Set by `npm run import` on a new variable whose name or default looks like a URL or a secret: a person
   * decides (`url`, `secret`) and deletes this field. `npm run gen` refuses to run while any is left.
   */
  readonly pending?: readonly ('url' | 'secret')[];
  /** Read only by these releases (schema/releases.ts RELEASE_SETTINGS): the chart sets it under them alone. */
  readonly releases?: readonly ReleaseTag[];
};

/** Names of the servers and infrastructure the chart deploys. One subchart each. */
export const SERVER_NAMES = [
  'fxa-auth-server',
  'fxa-content-server',
  'fxa-profile-server',
  'fxa-profile-static',
  'fxa-profile-worker',
  'fxa-graphql-api',
  'fxa-event-broker',
  'fxa-admin-server',
  'fxa-admin-panel',
  'fxa-payments-server',
  'db-migrations',
  '123done',
  '321done',
  'redis',
  'mysql',
  'syncstorage',
  'statsd',
  'mailpit',
] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

/** Cluster-wide facts every server can be wired to; each is a key under `global` in values. */
const FACT_KEYS = [
  'mysql.host', 'mysql.port', 'mysql.user',
  'redis.host', 'redis.port', 'statsd.enabled', 'statsd.host', 'statsd.port',
  'persistence.redis.enabled',
  'smtp.host', 'smtp.port', 'smtp.secure', 'smtp.user', 'smtp.sender', 'oauth.contentClientId',
  'accountDeletion.enabled',
] as const;
type DatabaseKey = `mysql.databases.${DatabaseName}`;
export const GLOBAL_KEYS: readonly ((typeof FACT_KEYS)[number] | DatabaseKey)[] = [
  ...FACT_KEYS,
  ...(Object.keys(DATABASES) as DatabaseName[]).map((d): DatabaseKey => `mysql.databases.${d}`),
];
/** A value under `global`: a cluster-wide fact, or an integration's switch or setting. */
export type GlobalKey = (typeof GLOBAL_KEYS)[number] | IntegrationPath;

/**
 * Secrets that more than one variable (often on several servers) must share: one entry in
 * `global.secrets` feeds every consumer, so they can never drift apart.
 */
export const SHARED_SECRETS = {
  flowIdKey: 'HMAC key for flow ids (auth and content server must agree)',
  sessionTokenHandleKey: 'HMAC key deriving opaque session-token handles (auth)',
  profileServerAuthSecretBearerToken: 'Bearer token the profile server accepts from auth, graphql-api and admin-server',
  oauthServerSecretKey: 'Key auth signs internal OAuth requests with; auth verifies it through AUTH_SERVER_SECRETS',
  authServerSharedSecret: 'Shared secret auth uses for the oauth side; verified through OAUTH_SERVER_SECRETS',
  ipHmacKey: 'HMAC key for IP addresses (auth and admin-server must agree)',
  subscriptionsSharedSecret: 'Shared secret auth checks on its subscription routes: the admin server and the event broker (capability fetch) send it',
  mysqlPassword: 'Password of the MySQL user every server connects as',
  redisPassword: 'Password of Redis (empty when Redis has no auth)',
  syncMasterSecret: 'Master secret of syncstorage-rs and its token server',
  smtpPassword: 'Password of global.smtp.user (only read when global.smtp.user is set)',
  ...INTEGRATION_SECRETS,
} as const;
export type SharedSecretKey = keyof typeof SHARED_SECRETS;

/** Shared-secret keys every install must provide (an integration's only once it is turned on). */
export const requiredSecretKeys = (): SharedSecretKey[] => (Object.keys(SHARED_SECRETS) as SharedSecretKey[]).filter((k) => !integrationOfSecret(k));

/** Where a variable's value comes from when the operator does not set it: computed by the chart. */
export type BaseWire =
  | { readonly from: 'publicUrl'; readonly server: ServerName; readonly path?: string }
  /** Comma-separated distinct origins (scheme://host[:port]) of the servers' public URLs: CORS and WebAuthn. */
  | { readonly from: 'publicOrigin'; readonly servers: readonly ServerName[] }
  /** Comma-separated distinct host names of the servers' public URLs: redirect allow-lists, WebAuthn RP id. */
  /** `port`: as a URL's host is written (with its port when the public URL names one), for values compared with `url.parse(...).host`. */
  | { readonly from: 'publicHost'; readonly servers: readonly ServerName[]; readonly port?: true }
  /** An anchored regular expression matching the server's public URL + path, then `suffix` (a regex). */
  | { readonly from: 'publicUrlPattern'; readonly server: ServerName; readonly path: string; readonly suffix: string }
  /** The server's own listen port on the pod's loopback, with the path its routes are mounted under: for a helper in the same pod. */
  | { readonly from: 'loopbackUrl'; readonly path: string }
  | { readonly from: 'internalUrl'; readonly server: ServerName; readonly path?: string }
  | { readonly from: 'internalHost'; readonly server: ServerName }
  | { readonly from: 'global'; readonly key: GlobalKey }
  | { readonly from: 'listenPort' }
  | { readonly from: 'literal'; readonly value: string }
  /** Text pieces and computed values concatenated, for structured values (JSON maps, lists of URLs). */
  | { readonly from: 'compose'; readonly parts: readonly (string | Exclude<BaseWire, { from: 'compose' }>)[] };

export type Wire =
  | BaseWire
  /** `on` while the global value `when` is truthy (unset when `on` is absent), else `off`: FxA's own way of switching a feature off. */
  | { readonly from: 'switch'; readonly when: GlobalKey; readonly on?: BaseWire; readonly off: BaseWire }
  /** A key of the shared Secret; with `when`, only referenced while that global value is truthy. */
  | {
      readonly from: 'sharedSecret';
      readonly key: SharedSecretKey;
      readonly when?: GlobalKey;
      /** The secret inside a larger value (a URL with a password): Kubernetes composes it from a reference to the
       *  secret's own env entry, so the value never appears outside the Secret. */
      readonly embed?: { readonly before: readonly (string | BaseWire)[]; readonly after: readonly (string | BaseWire)[] };
    };

export type SecretWire = Extract<Wire, { from: 'sharedSecret' }>;
export type PlainWire = Exclude<Wire, { from: 'sharedSecret' }>;

export interface Port {
  readonly name: string;
  readonly port: number;
  /** Also listens on UDP (StatsD): the Service carries both protocols, and callers reach it over UDP. */
  readonly udp?: boolean;
  /** Serves metrics to Prometheus: open to any source, and the ServiceMonitor's endpoint. */
  readonly scrape?: boolean;
}

/**
 * Readiness: an HTTP GET of `path` (under the server's mount path) on `port` (default: the first), or a TCP
 * connect. Liveness: `liveness` when given, else a TCP connect, so a dependency that is down makes a server
 * unready but never restarts it. Timings: schema/probes.ts's PROBE_TIMINGS unless `timings` says otherwise.
 */
export interface Probe {
  readonly path?: string;
  readonly port?: string;
  readonly liveness?: { readonly path?: string; readonly port?: string; readonly exec?: readonly string[] };
  /** This server's own timings, field by field over PROBE_TIMINGS (values: probes.<kind> over both). */
  readonly timings?: { readonly [K in ProbeKind]?: Partial<ProbeTiming> };
}

/** The three probes of a server's container. */
export type ProbeKind = 'readiness' | 'liveness' | 'startup';

/** How often a probe runs and after how many failures in a row it counts (the Kubernetes Probe fields). */
export interface ProbeTiming {
  readonly periodSeconds: number;
  readonly failureThreshold: number;
  /** Seconds one check may take; unset: the Kubernetes default (1). */
  readonly timeoutSeconds?: number;
}

/** A periodic job of a server: a command in the server's working directory, on a cron schedule, one run at a time. */
export interface CronJob {
  readonly name: string;
  readonly schedule: string;
  readonly command: readonly string[];
  readonly description: string;
  readonly source: CommandSource;
  /** Rendered only while this global switch is on too (a job for an integration's data); unset: always. */
  readonly when?: GlobalKey;
}

/**
 * A helper container in each of a server's own pods (never its Jobs or CronJobs), while a global switch is on:
 * its own pinned image, restricted like every container, probed on its port, which neither the Service nor the
 * NetworkPolicy opens (the server reaches it over the pod's loopback).
 */
export interface Sidecar {
  readonly name: string;
  readonly when: GlobalKey;
  readonly image: InfraImage;
  /** The Go module the image is built from: tests build the same version here (the real node). */
  readonly module: { readonly path: string; readonly version: string };
  readonly command: readonly string[];
  readonly port: { readonly name: string; readonly port: number };
  readonly resourcesPreset: ResourcesPreset;
  readonly why: string;
  readonly source: CommandSource;
}

/** Resource presets (requests, memory limit and ephemeral storage) the library chart knows; `resources` overrides. */
export type ResourcesPreset = 'nano' | 'small' | 'medium' | 'large';

export type Workload =
  | { readonly kind: 'Deployment' }
  /** Runs once per install/upgrade, before the servers roll out (a Helm hook). */
  | { readonly kind: 'Job'; readonly hook: 'pre-install,pre-upgrade'; readonly backoffLimit: number; /** Seconds before a stuck run is stopped (values: activeDeadlineSeconds). */ readonly activeDeadlineSeconds: number };

export interface SourceRef {
  /** Path in mozilla/fxa (or the infra project) the variables were read from. */
  readonly file: string;
  /** The commit of that file the catalog was built from. */
  readonly commit: string;
  /** The FxA release tag that commit belongs to, when the import named one. */
  readonly release?: string;
}

type EnvNames<E extends readonly EnvVar[]> = E[number]['name'];

/** Variables whose wiring is secret must be secret variables; the rest must not be. */
export type Wiring<E extends readonly EnvVar[]> = string extends EnvNames<E> ? { readonly [name: string]: Wire } : WiringOf<E>;

type WiringOf<E extends readonly EnvVar[]> = {
  readonly [N in EnvNames<E>]?: Extract<E[number], { name: N }> extends { secret: true }
    ? SecretWire
    : PlainWire;
};

/** Where an FxA server's working directory and command were read: its package scripts, pm2 config or build output. */
export interface CommandSource {
  /** Path in mozilla/fxa. */
  readonly file: string;
  /** The commit of that file that was read, or 'unrecorded' where the stored copy carried none. */
  readonly commit: string;
  /** One line: how that file supports this working directory and command. */
  readonly why: string;
}

/**
 * Why a default image's tag is known to be published, from what can be read without a registry: a working
 * deployment that pulls it, the registry's own list of tags (Docker's official-images library), or the
 * project's release workflow at the tagged commit pushing exactly that reference.
 */
export interface ImagePublished {
  readonly kind: 'working-install' | 'official-library' | 'release-workflow';
  /** owner/name of the repository read. */
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  /** One line: what that file shows. */
  readonly note: string;
}

/** An infrastructure server's default image, with the evidence that it exists (strongest first). */
export interface InfraImage {
  readonly repository: string;
  readonly tag: string;
  readonly published: readonly [ImagePublished, ...ImagePublished[]];
}

/**
 * FxA code runs from the one FxA image (`global.image`, or the launcher image) in a working directory under
 * FXA_HOME with a command whose source is cited; infrastructure brings an image of its own.
 */
type Origin =
  | { readonly origin: 'fxa'; readonly image?: never; readonly workingDir: string; readonly commandSource: CommandSource }
  | { readonly origin: 'infra'; readonly image: InfraImage; readonly workingDir?: string; readonly commandSource?: never };

export type ServerSpec<E extends readonly EnvVar[] = readonly EnvVar[]> = Origin & ServerRun<E>;

interface ServerRun<E extends readonly EnvVar[]> {
  readonly name: ServerName;
  readonly description: string;
  readonly workload: Workload;
  /** `singleton`: must never run more than one replica (schema caps replicaCount at 1). */
  readonly scaling: 'scalable' | 'singleton';
  /** Deployed by default; optional ones get a `condition:` in the umbrella chart. */
  readonly enabledByDefault: boolean;
  /** Part of a production install (false for example relying parties and in-cluster stand-ins). */
  readonly production: boolean;
  readonly command: readonly string[];
  readonly ports: readonly Port[];
  readonly probe?: Probe;
  /** JSON files the chart renders (from the named library template) and mounts read-only under
   *  /fxa-helm/config; the server loads them through its CONFIG_FILES overlay list. */
  readonly configFiles?: readonly { readonly name: string; readonly template: string }[];
  /** Periodic maintenance run from the same image, config and secrets (Kubernetes CronJobs); values can turn each off or reschedule it. */
  readonly cronJobs?: readonly CronJob[];
  readonly sidecars?: readonly Sidecar[];
  /** Paths under its public URL no route may forward (each route refuses them). */
  readonly privatePaths?: readonly string[];
  /** Its default resources (values: resourcesPreset, or resources to set them exactly). Default small. */
  readonly resourcesPreset?: ResourcesPreset;
  /** Where it writes at run time: emptyDirs under a read-only root filesystem. Default /tmp only. */
  readonly writablePaths?: readonly string[];
  /** Files of the keys Secret the server reads (mounted read-only under KEYS_DIR; see schema/keys.ts). */
  readonly keyFiles?: readonly KeyFile[];
  /** A volume shared by every replica and by the servers naming the same claim (e.g. avatar images). */
  readonly sharedVolume?: {
    readonly claim: string;
    readonly mountPath: string;
    /** Claimed only while global.persistence.<claim>.enabled; otherwise the pod gets an emptyDir there. */
    readonly optional?: boolean;
  };
  /** Path prefix of this server under the public base URL, when browsers reach it. */
  readonly publicPath?: string;
  /** Its host label in the one-subdomain-per-server layout: <subdomain>.<global.routes.domain>. */
  readonly subdomain?: string;
  /** Every route, heartbeats included, sits under the path of the server's public URL (auth-server):
   *  internal URLs and probes carry that path too. */
  readonly routesUnderPublicPath?: boolean;
  /** Servers this one calls (for docs, NetworkPolicies and start order). */
  readonly calls: readonly ServerName[];
  /** Value of NODE_ENV (or equivalent) for each global environment. */
  readonly nodeEnv?: { readonly variable: EnvNames<E>; readonly development: string; readonly production: string };
  /** Non-root user the container runs as. */
  readonly runAsUser: number;
  readonly env: E;
  readonly wiring: Wiring<E>;
  readonly sources: readonly SourceRef[];
}

/**
 * Checks a server's wiring against its own variables at compile time, then hands the generator the
 * plain shape (the per-server literal types have done their job at the definition site).
 */
export function defineServer<const E extends readonly EnvVar[]>(spec: ServerSpec<E>): ServerSpec {
  return spec as unknown as ServerSpec;
}

/** Identity function that keeps variable names as literal types. */
export function defineEnv<const E extends readonly EnvVar[]>(env: E): E {
  return env;
}
