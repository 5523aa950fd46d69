/**
 * What FxA's servers send to StatsD at the pinned release, and the labelled Prometheus series the chart's
 * statsd_exporter makes of it (scripts/gen/emit-statsd-mapping.ts writes its mapping from this table).
 *
 * Read at mozilla/fxa 2dd112e1 (the stored tree nearest v1.330.6) unless a source says otherwise, and at
 * mozilla-services/syncstorage-rs 0.23.3 (f084c3c7). Each server's prefix and tag format are set explicitly
 * (the `wiring` below joins each server's own): the mapping matches names, so a release whose default prefix
 * moved would otherwise send series nothing maps. Tags the servers send become labels as they are
 * (statsd_exporter reads DogStatsD `|#k:v` and InfluxDB-style `,k=v` tags); names no mapping matches still
 * pass through, as the exporter's default (dots to underscores).
 */
import type { PlainWire } from './types.ts';

/** What a StatsD line is: a counter (`c`), a timer in milliseconds (`ms`, a histogram in seconds here) or a gauge (`g`). */
export type StatsdKind = 'counter' | 'timer' | 'gauge';

export interface MetricMap {
  /** The name after the prefix; `*` stands for one dot-separated part, and becomes `$1`, `$2` in labels. */
  readonly match: string;
  /** The series: a counter's ends in _total, a timer's in _seconds (its _bucket, _sum and _count). */
  readonly name: string;
  readonly kind: StatsdKind;
  readonly help: string;
  /** Labels from the matched parts. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The tags the server sends with every line of it (each becomes a label). */
  readonly tags: readonly string[];
  readonly source: string;
}

export interface MetricDrop {
  readonly match: string;
  readonly why: string;
  readonly source: string;
}

export interface MetricEmitter {
  /** The catalog server whose pods send these. */
  readonly server: string;
  /** A second emitter in the same server (the token server inside syncstorage). */
  readonly part?: string;
  /** The prefix on the wire, dot included. */
  readonly prefix: string;
  readonly client: string;
  /** Variables the chart sets so that the prefix and tag format are these, whatever the release's default. */
  readonly wiring: Readonly<Record<string, PlainWire>>;
  readonly maps: readonly MetricMap[];
  readonly drops: readonly MetricDrop[];
  readonly source: string;
}

const literal = (value: string): PlainWire => ({ from: 'literal', value });

const AUTH_SERVER = 'packages/fxa-auth-server/lib/server.js@2dd112e1';
const AUTH_CUSTOMS = 'packages/fxa-auth-server/lib/customs.js@2dd112e1';
const AUTH_PUSH = 'packages/fxa-auth-server/lib/push.js@2dd112e1 (incrementPushMetric)';
const AUTH_TASKS = 'libs/shared/cloud-tasks/src/lib: delete-account-tasks.ts@b7d1a046 (deleteAccount), inactive-account-email-tasks.ts@2dd112e1 (scheduleEmail), send-email-tasks.ts@c4ac521a';
const BROKER_WORKER = 'packages/fxa-event-broker/src/queueworker/queueworker.service.ts@2dd112e1';
const BROKER_PROXY = 'packages/fxa-event-broker/src/pubsub-proxy/pubsub-proxy.controller.ts@045c9cf8 (proxyMessage; not stored at 2dd112e1)';
const SYNC = (file: string): string => `mozilla-services/syncstorage-rs ${file}@0.23.3`;

export const METRIC_EMITTERS: readonly MetricEmitter[] = [
  {
    server: 'fxa-auth-server',
    prefix: 'fxa-auth-server.',
    client: 'hot-shots, DogStatsD tags (bin/key_server.js: new StatsD(config.statsd); the config has no telegraf switch)',
    wiring: { STATSD_PREFIX: literal('fxa-auth-server.') },
    source: 'packages/fxa-auth-server/config/index.ts@0034dde8 (statsd: STATSD_ENABLE, DD_AGENT_HOST, DD_DOGSTATSD_PORT, STATSD_PREFIX)',
    maps: [
      {
        match: 'url_request', name: 'fxa_auth_request_duration_seconds', kind: 'timer', tags: ['path', 'method', 'statusCode', 'errno'],
        help: 'Time auth took to answer each API request, by route (path: the route template with / as _), method, HTTP status and FxA errno (0 when none)',
        source: `${AUTH_SERVER} (metricFactory, on every response)`,
      },
      {
        match: 'customs.*.success', name: 'fxa_auth_customs_call_duration_seconds', kind: 'timer', tags: [], labels: { endpoint: '$1', outcome: 'success' },
        help: 'Time auth waited on the customs (abuse) checks, by customs endpoint and outcome', source: `${AUTH_CUSTOMS} (makeRequest)`,
      },
      {
        match: 'customs.*.failure', name: 'fxa_auth_customs_call_duration_seconds', kind: 'timer', tags: [], labels: { endpoint: '$1', outcome: 'failure' },
        help: 'Time auth waited on the customs (abuse) checks, by customs endpoint and outcome', source: `${AUTH_CUSTOMS} (makeRequest)`,
      },
      ...(['attempt', 'success', 'failure'] as const).map((outcome): MetricMap => ({
        match: `push.send.${outcome}`, name: 'fxa_auth_push_sends_total', kind: 'counter', tags: ['reason', 'uaOS', 'errCode', 'lastSeen'], labels: { outcome },
        help: 'Push messages auth sent to devices (sign-ins, verifications, password changes), by outcome, reason, device OS, error code (failures) and when the device was last seen',
        source: AUTH_PUSH,
      })),
      {
        match: 'email.bounce.limit', name: 'fxa_auth_email_bounce_refusals_total', kind: 'counter', tags: ['template', 'error'],
        help: 'Emails not sent because the address bounced too often, by template and FxA errno',
        source: 'libs/accounts/email-sender/src/email-sender.ts@36ceacbc (bounce check before each send; the library is in the 2dd112e1 tree)',
      },
      {
        match: 'account.signin.confirm.bypass.*', name: 'fxa_auth_signin_confirmations_total', kind: 'counter', tags: [], labels: { decision: '$1' },
        help: 'Sign-ins by whether auth asked for email confirmation: noBypass when it did, else why not (knownDevice, ip, newAccount, emailAlways)',
        source: 'packages/fxa-auth-server/lib/routes/account.ts@2dd112e1 (login: skipTokenVerification)',
      },
      {
        match: 'otp.passwordForgot.*', name: 'fxa_auth_password_reset_codes_total', kind: 'counter', tags: [], labels: { step: '$1' },
        help: 'Password reset codes by step: sent by email, attempt (a code entered), verified',
        source: 'packages/fxa-auth-server/lib/routes/password.ts@2dd112e1 (/password/forgot/send_otp, /password/forgot/verify_otp)',
      },
      {
        match: 'account.destroy.success', name: 'fxa_auth_accounts_deleted_total', kind: 'counter', tags: ['reason'],
        help: 'Accounts whose deletion completed (the queued part included), by reason (fxa_user_requested_account_delete, fxa_unverified_account_delete, ...)',
        source: 'packages/fxa-auth-server/lib/account-delete.ts@cb1d193f (deleteAccount; its callers as at 2dd112e1)',
      },
      ...(['success', 'failure'] as const).map((outcome): MetricMap => ({
        match: `cloud-tasks.*.enqueue.${outcome}`, name: 'fxa_auth_cloud_tasks_enqueued_total', kind: 'counter', tags: [], labels: { task: '$1', outcome },
        help: 'Tasks auth put on its Cloud Tasks queues (the emulator beside it), by task (account-delete, inactive-account-email, send-email) and outcome; a failed account-delete enqueue fails the user\'s deletion',
        source: AUTH_TASKS,
      })),
    ],
    drops: [
      ...['httpAgent', 'httpsAgent'].flatMap((agent) => ['sockets', 'freeSockets'].map((kind): MetricDrop => ({
        match: `${agent}.${kind}.*`,
        why: 'one gauge per remote socket key, named by it (unbounded), whose value is a loop index rather than a count',
        source: `${AUTH_CUSTOMS} (logStatus)`,
      }))),
    ],
  },
  {
    server: 'fxa-content-server',
    prefix: 'fxa-content.',
    client: 'hot-shots, DogStatsD tags (server/lib/statsd.js@2dd112e1: new StatsD(config.statsd), no telegraf switch)',
    wiring: { METRIC_PREFIX: literal('fxa-content.') },
    source: 'packages/fxa-content-server/server/lib/configuration.js (statsd: METRIC_ENABLED, METRIC_HOST, METRIC_PORT, METRIC_PREFIX)',
    maps: [
      {
        match: 'post_metrics.*', name: 'fxa_content_metrics_rejected_total', kind: 'counter', tags: [], labels: { reason: '$1' },
        help: 'Browser metrics batches the content server discarded, by reason (bad_duration, bad_flush_time, bad_event_offset)',
        source: 'packages/fxa-content-server/server/lib/routes/post-metrics.js@2dd112e1 (process)',
      },
    ],
    drops: [
      {
        match: 'cirrus.response-time',
        why: 'a counter tagged with each response\'s time in milliseconds (tag responseTime): one series per value, unbounded',
        source: 'packages/fxa-content-server/server/lib/routes/post-nimbus-experiments.js@047c10d1 (process; registered by routes.js@2dd112e1)',
      },
    ],
  },
  {
    server: 'fxa-payments-server',
    prefix: 'fxa-payments.',
    client: 'hot-shots, DogStatsD tags (server/lib/server.js@f4661d23: new StatsD(config.statsd); not stored at 2dd112e1)',
    wiring: { STATSD_PREFIX: literal('fxa-payments.') },
    source: 'packages/fxa-payments-server/server/config (statsd: STATSD_ENABLE, DD_AGENT_HOST, DD_DOGSTATSD_PORT, STATSD_PREFIX)',
    maps: [
      {
        match: 'nt.*', name: 'fxa_payments_page_timing_seconds', kind: 'timer', tags: ['path'], labels: { phase: '$1' },
        help: 'Navigation timing browsers report for the payments pages, by phase (network, request, response, dom, load, total) and page path',
        source: 'packages/fxa-payments-server/server/lib/routes/index.js@cc595fc2 (navigation-timing(statsd)); navigation-timing.js@faba6a94 (process; that version adds country and os tags, which pass as labels when sent)',
      },
    ],
    drops: [],
  },
  {
    server: 'fxa-event-broker',
    prefix: 'fxa-event-broker.',
    client: 'hot-shots through fxa-shared MetricsFactory, InfluxDB-style tags while METRIC_USE_TELEGRAF (default true)',
    wiring: { METRIC_PREFIX: literal('fxa-event-broker.'), METRIC_USE_TELEGRAF: literal('true') },
    source: 'packages/fxa-event-broker/src/config.ts (metrics: METRIC_HOST, METRIC_PREFIX, METRIC_USE_TELEGRAF)',
    maps: [
      {
        match: 'message.type', name: 'fxa_event_broker_messages_total', kind: 'counter', tags: ['eventType'],
        help: 'Account events the broker took from its queue, by type (delete, profile, password, login, subscription)', source: `${BROKER_WORKER} (handleMessageFanout)`,
      },
      {
        match: 'message.webhookNotFound', name: 'fxa_event_broker_webhook_missing_total', kind: 'counter', tags: ['eventType'],
        help: 'Events for a relying party with no webhook registered, by type', source: `${BROKER_WORKER} (publishMessage)`,
      },
      {
        match: 'message.queueDelay', name: 'fxa_event_broker_queue_delay_seconds', kind: 'timer', tags: [],
        help: 'How long events waited in the queue before the broker took them', source: `${BROKER_WORKER} (handleMessage)`,
      },
      {
        match: 'message.processing.total', name: 'fxa_event_broker_processing_seconds', kind: 'timer', tags: [],
        help: 'Time the broker spent on each event', source: `${BROKER_WORKER} (handleMessage)`,
      },
      {
        match: 'proxy.success', name: 'fxa_event_broker_webhook_duration_seconds', kind: 'timer', tags: ['clientId', 'statusCode', 'type'],
        help: 'Deliveries to relying parties\' webhooks that they accepted, by client, HTTP status and event type', source: BROKER_PROXY,
      },
      {
        match: 'proxy.fail', name: 'fxa_event_broker_webhook_failures_total', kind: 'counter', tags: ['clientId', 'statusCode', 'type'],
        help: 'Deliveries to relying parties\' webhooks that failed, by client, HTTP status and event type', source: BROKER_PROXY,
      },
    ],
    drops: [],
  },
  {
    // before syncstorage's own: its names are under syncstorage's prefix
    server: 'syncstorage',
    part: 'tokenserver',
    prefix: 'syncstorage.tokenserver.',
    client: 'cadence, DogStatsD tags',
    wiring: { SYNC_TOKENSERVER__STATSD_LABEL: literal('syncstorage.tokenserver') },
    source: SYNC('tokenserver-settings/src/lib.rs:100 (statsd_label)'),
    maps: [
      {
        match: 'token_creation', name: 'fxa_tokenserver_token_creation_seconds', kind: 'timer', tags: [],
        help: 'Time the token server took to issue a sync token (each sync client start)', source: SYNC('syncserver/src/tokenserver/handlers.rs:66'),
      },
      {
        match: 'token_verification', name: 'fxa_tokenserver_token_verification_seconds', kind: 'timer', tags: ['token_type'],
        help: 'Time the token server took to verify the client\'s OAuth token with auth', source: SYNC('syncserver/src/tokenserver/extractors.rs:450'),
      },
      {
        match: 'webhook.events_processed', name: 'fxa_tokenserver_account_events_total', kind: 'counter', tags: ['event_type'],
        help: 'Account events (deletions, password changes) the token server applied', source: SYNC('syncserver/src/tokenserver/handlers.rs:283'),
      },
      {
        match: 'storage.pool.connections.*', name: 'fxa_tokenserver_db_connections', kind: 'gauge', tags: [], labels: { state: '$1' },
        help: 'The token server\'s database connections, by state (active, idle)', source: SYNC('syncserver/src/server/mod.rs:610'),
      },
    ],
    drops: [],
  },
  {
    server: 'syncstorage',
    prefix: 'syncstorage.',
    client: 'cadence, DogStatsD tags',
    wiring: { SYNC_SYNCSTORAGE__STATSD_LABEL: literal('syncstorage') },
    source: SYNC('syncstorage-settings/src/lib.rs:129 (statsd_label)'),
    maps: [
      {
        match: 'request.*', name: 'fxa_syncstorage_requests_total', kind: 'counter', tags: ['tokenserver_origin'], labels: { handler: '$1' },
        help: 'Sync storage requests by handler (get_bso, post_collection, ...); syncstorage sends no per-request latency or status',
        source: SYNC('syncserver/src/web/handlers.rs:60'),
      },
      {
        match: 'request.error.hawk.*', name: 'fxa_syncstorage_auth_errors_total', kind: 'counter', tags: [], labels: { error: '$1' },
        help: 'Sync requests refused for their Hawk authentication, by error', source: SYNC('syncserver-common/src/middleware/sentry.rs:168'),
      },
      {
        match: 'storage.pool.connections.*', name: 'fxa_syncstorage_db_connections', kind: 'gauge', tags: [], labels: { state: '$1' },
        help: 'Sync storage\'s database connections, by state (active, idle)', source: SYNC('syncserver/src/server/mod.rs:610'),
      },
      {
        match: 'storage.diesel.pool.timeout', name: 'fxa_syncstorage_db_pool_timeouts_total', kind: 'counter', tags: [],
        help: 'Sync requests that waited too long for a database connection', source: SYNC('syncstorage-db-common/src/diesel.rs:123'),
      },
    ],
    drops: [],
  },
];

/** The wiring the emitters add to their servers (schema/servers and schema/infra spread it into their own). */
export const metricWiring = (server: string): Readonly<Record<string, PlainWire>> =>
  Object.assign({}, ...METRIC_EMITTERS.filter((e) => e.server === server).map((e) => e.wiring)) as Record<string, PlainWire>;

/** Timer buckets, in seconds: FxA's API answers in tens of milliseconds; the slow end catches a stuck dependency. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
