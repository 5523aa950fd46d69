/**
 * The Grafana dashboards the chart ships (global.metrics.dashboards), as data: scripts/gen/emit-dashboards.ts
 * builds them with Grafana's foundation SDK, docs/observability.md lists every panel with its query, and the
 * tests parse every query with promtool and check that it names only series that exist: those the statsd
 * mapping makes (schema/metrics.ts) and the few below that kube-state-metrics and Prometheus expose.
 * Queries select the dashboard's `$namespace` (one FxA release per namespace) and use `$__rate_interval`.
 */

/** Series the dashboards and alerts read that FxA does not send, with who exposes them. */
export const EXTERNAL_SERIES: Readonly<Record<string, string>> = {
  up: 'Prometheus, for each scraped target (the ServiceMonitor\'s statsd_exporter)',
  kube_deployment_spec_replicas: 'kube-state-metrics (deployment metrics)',
  kube_deployment_status_replicas_available: 'kube-state-metrics (deployment metrics)',
  kube_pod_container_status_restarts_total: 'kube-state-metrics (pod metrics)',
  kube_job_status_failed: 'kube-state-metrics (job metrics)',
  kube_job_status_succeeded: 'kube-state-metrics (job metrics)',
  certmanager_certificate_expiration_timestamp_seconds: 'cert-manager\'s controller metrics',
};

export interface PanelQuery { readonly expr: string; readonly legend: string }

export interface Panel {
  readonly title: string;
  readonly description: string;
  readonly kind: 'timeseries' | 'stat';
  /** A Grafana unit: reqps, percentunit, s, short, ops. */
  readonly unit: string;
  readonly queries: readonly PanelQuery[];
}

export interface DashboardRow { readonly title: string; readonly panels: readonly Panel[] }

export interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly DashboardRow[];
}

const ns = 'namespace="$namespace"';
const rate = (series: string, filter = '', by = ''): string => `sum${by ? ` by (${by})` : ''} (rate(${series}{${ns}${filter}}[$__rate_interval]))`;
const p = (q: number, series: string, by = ''): string => `histogram_quantile(${q}, sum by (le${by ? `, ${by}` : ''}) (rate(${series}_bucket{${ns}}[$__rate_interval])))`;
const AUTH = 'fxa_auth_request_duration_seconds';

const goldenAuth: readonly Panel[] = [
  {
    title: 'Auth API requests by status', kind: 'timeseries', unit: 'reqps',
    description: 'Every answer of the auth server (sign-in, sign-up, verification, OAuth, ...) per second, by HTTP status',
    queries: [{ expr: rate(`${AUTH}_count`, '', 'statusCode'), legend: '{{statusCode}}' }],
  },
  {
    title: 'Auth API server errors', kind: 'stat', unit: 'percentunit',
    description: 'Share of auth answers that are 5xx (alert FxAAuthErrorRatioHigh)',
    queries: [{ expr: `${rate(`${AUTH}_count`, ', statusCode=~"5.."')} / ${rate(`${AUTH}_count`)}`, legend: '5xx' }],
  },
  {
    title: 'Auth API latency', kind: 'timeseries', unit: 's',
    description: 'Median and 95th percentile of the auth server\'s answer time (alert FxAAuthLatencyHigh)',
    queries: [{ expr: p(0.5, AUTH), legend: 'p50' }, { expr: p(0.95, AUTH), legend: 'p95' }],
  },
];

export const DASHBOARDS: readonly Dashboard[] = [
  {
    uid: 'fxa-overview',
    title: 'FxA / Overview',
    description: 'Golden signals of every server that sends them, the pods of the release and its migrations Job',
    rows: [
      { title: 'Accounts', panels: goldenAuth },
      {
        title: 'Sync',
        panels: [
          {
            title: 'Sync storage requests', kind: 'timeseries', unit: 'reqps',
            description: 'Requests to sync storage per second (syncstorage sends no latency or status per request)',
            queries: [{ expr: rate('fxa_syncstorage_requests_total'), legend: 'requests' }],
          },
          {
            title: 'Sync token issue time', kind: 'timeseries', unit: 's',
            description: '95th percentile of the token server\'s time to issue a sync token (each sync client start)',
            queries: [{ expr: p(0.95, 'fxa_tokenserver_token_creation_seconds'), legend: 'p95' }],
          },
        ],
      },
      {
        title: 'Pods',
        panels: [
          {
            title: 'Available pods by Deployment', kind: 'timeseries', unit: 'short',
            description: 'Pods ready to serve, per Deployment of the release (alert FxAServerDown at zero)',
            queries: [{ expr: `sum by (deployment) (kube_deployment_status_replicas_available{${ns}})`, legend: '{{deployment}}' }],
          },
          {
            title: 'Container restarts', kind: 'timeseries', unit: 'short',
            description: 'Restarts per pod over the last 15 minutes (alert FxAServerCrashLooping)',
            queries: [{ expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[15m]))`, legend: '{{pod}}' }],
          },
          {
            title: 'Migrations Job', kind: 'stat', unit: 'short',
            description: 'Succeeded and failed runs of the database migrations Job (alert FxAMigrationsFailed)',
            queries: [
              { expr: `sum(kube_job_status_succeeded{${ns}, job_name=~".*db-migrations.*"})`, legend: 'succeeded' },
              { expr: `sum(kube_job_status_failed{${ns}, job_name=~".*db-migrations.*"})`, legend: 'failed' },
            ],
          },
          {
            title: 'Metrics exporter up', kind: 'stat', unit: 'short',
            description: 'Whether Prometheus scrapes the release\'s statsd_exporter: without it every FxA panel is empty (alert FxAMetricsExporterDown)',
            queries: [{ expr: `up{${ns}, job=~".*statsd"}`, legend: '{{pod}}' }],
          },
        ],
      },
    ],
  },
  {
    uid: 'fxa-accounts',
    title: 'FxA / Accounts and auth',
    description: 'The auth server by route and error, its abuse checks and device notifications, and the event broker',
    rows: [
      { title: 'Golden signals', panels: goldenAuth },
      {
        title: 'Routes',
        panels: [
          {
            title: 'Busiest routes', kind: 'timeseries', unit: 'reqps',
            description: 'The ten auth routes with the most requests (path: the route template with / as _)',
            queries: [{ expr: `topk(10, ${rate(`${AUTH}_count`, '', 'path, method')})`, legend: '{{method}} {{path}}' }],
          },
          {
            title: 'Refusals by FxA errno', kind: 'timeseries', unit: 'reqps',
            description: 'Answers with an FxA error number per second, by route and errno (103: wrong password, 125: request blocked, 151: invalid code, ...)',
            queries: [{ expr: `topk(10, ${rate(`${AUTH}_count`, ', errno!="0"', 'path, errno')})`, legend: '{{errno}} {{path}}' }],
          },
          {
            title: 'Slowest routes', kind: 'timeseries', unit: 's',
            description: '95th percentile answer time of the ten slowest auth routes',
            queries: [{ expr: `topk(10, ${p(0.95, AUTH, 'path')})`, legend: '{{path}}' }],
          },
        ],
      },
      {
        title: 'Account lifecycle',
        panels: [
          {
            title: 'Sign-in confirmation', kind: 'timeseries', unit: 'ops',
            description: 'Sign-ins per second by whether auth asked for email confirmation: noBypass when it did, else why not',
            queries: [{ expr: rate('fxa_auth_signin_confirmations_total', '', 'decision'), legend: '{{decision}}' }],
          },
          {
            title: 'Password reset codes', kind: 'timeseries', unit: 'ops',
            description: 'Password reset codes per second: sent, entered (attempt) and verified',
            queries: [{ expr: rate('fxa_auth_password_reset_codes_total', '', 'step'), legend: '{{step}}' }],
          },
          {
            title: 'Account deletions', kind: 'timeseries', unit: 'ops',
            description: 'Deletions queued (account-delete tasks, accepted or failed: alert FxAAccountDeletionNotQueued) and completed, by reason',
            queries: [
              { expr: rate('fxa_auth_cloud_tasks_enqueued_total', ', task="account-delete"', 'outcome'), legend: 'queued {{outcome}}' },
              { expr: rate('fxa_auth_accounts_deleted_total', '', 'reason'), legend: 'completed {{reason}}' },
            ],
          },
        ],
      },
      {
        title: 'Abuse checks and devices',
        panels: [
          {
            title: 'Customs check time', kind: 'timeseries', unit: 's',
            description: '95th percentile of auth\'s wait on the customs (abuse) checks, by endpoint and outcome',
            queries: [{ expr: p(0.95, 'fxa_auth_customs_call_duration_seconds', 'endpoint, outcome'), legend: '{{endpoint}} {{outcome}}' }],
          },
          {
            title: 'Push messages to devices', kind: 'timeseries', unit: 'ops',
            description: 'Push messages per second by outcome (alert FxAPushFailing)',
            queries: [{ expr: rate('fxa_auth_push_sends_total', '', 'outcome'), legend: '{{outcome}}' }],
          },
          {
            title: 'Push failures by reason', kind: 'timeseries', unit: 'ops',
            description: 'Failed push messages per second by reason and error code',
            queries: [{ expr: rate('fxa_auth_push_sends_total', ', outcome="failure"', 'reason, errCode'), legend: '{{reason}} {{errCode}}' }],
          },
        ],
      },
      {
        title: 'Event broker',
        panels: [
          {
            title: 'Account events', kind: 'timeseries', unit: 'ops',
            description: 'Account events the broker takes from its queue, by type',
            queries: [{ expr: rate('fxa_event_broker_messages_total', '', 'eventType'), legend: '{{eventType}}' }],
          },
          {
            title: 'Webhook deliveries', kind: 'timeseries', unit: 'ops',
            description: 'Deliveries to relying parties\' webhooks per second, accepted and failed, by client (alert FxAWebhookDeliveryFailing)',
            queries: [
              { expr: rate('fxa_event_broker_webhook_duration_seconds_count', '', 'clientId'), legend: 'accepted {{clientId}}' },
              { expr: rate('fxa_event_broker_webhook_failures_total', '', 'clientId'), legend: 'failed {{clientId}}' },
            ],
          },
          {
            title: 'Queue delay', kind: 'timeseries', unit: 's',
            description: '95th percentile of how long account events wait before the broker takes them',
            queries: [{ expr: p(0.95, 'fxa_event_broker_queue_delay_seconds'), legend: 'p95' }],
          },
        ],
      },
    ],
  },
  {
    uid: 'fxa-email',
    title: 'FxA / Email',
    description: 'What keeps verification codes and notices from reaching users: bounce refusals and the auth routes that send mail',
    rows: [
      {
        title: 'Email',
        panels: [
          {
            title: 'Emails refused after bounces', kind: 'timeseries', unit: 'short',
            description: 'Emails auth did not send in the last hour because their address bounced too often, by template (alert FxAEmailBounceRefusals)',
            queries: [{ expr: `sum by (template) (increase(fxa_auth_email_bounce_refusals_total{${ns}}[1h]))`, legend: '{{template}}' }],
          },
          {
            title: 'Mail-sending routes', kind: 'timeseries', unit: 'reqps',
            description: 'Requests to the auth routes that send a code or link by mail (recovery email, code resend), by route and status',
            queries: [{ expr: rate(`${AUTH}_count`, ', path=~".*(recovery_email|resend_code|verify_code).*"', 'path, statusCode'), legend: '{{path}} {{statusCode}}' }],
          },
          {
            title: 'Browser metrics discarded', kind: 'timeseries', unit: 'ops',
            description: 'Metrics batches from browsers the content server discarded, by reason',
            queries: [{ expr: rate('fxa_content_metrics_rejected_total', '', 'reason'), legend: '{{reason}}' }],
          },
        ],
      },
    ],
  },
  {
    uid: 'fxa-sync',
    title: 'FxA / Sync',
    description: 'Sync storage and its token server: requests, authentication errors and the database',
    rows: [
      {
        title: 'Requests',
        panels: [
          {
            title: 'Requests by handler', kind: 'timeseries', unit: 'reqps',
            description: 'Sync storage requests per second by handler (get_bso, post_collection, ...)',
            queries: [{ expr: rate('fxa_syncstorage_requests_total', '', 'handler'), legend: '{{handler}}' }],
          },
          {
            title: 'Authentication errors', kind: 'timeseries', unit: 'ops',
            description: 'Requests refused for their Hawk authentication, by error (expired: client clocks or stale tokens)',
            queries: [{ expr: rate('fxa_syncstorage_auth_errors_total', '', 'error'), legend: '{{error}}' }],
          },
          {
            title: 'Token server', kind: 'timeseries', unit: 's',
            description: '95th percentile of issuing a sync token and of verifying the client\'s OAuth token with auth',
            queries: [
              { expr: p(0.95, 'fxa_tokenserver_token_creation_seconds'), legend: 'issue' },
              { expr: p(0.95, 'fxa_tokenserver_token_verification_seconds'), legend: 'verify' },
            ],
          },
          {
            title: 'Account events applied', kind: 'timeseries', unit: 'ops',
            description: 'Account deletions and password changes the token server applied',
            queries: [{ expr: rate('fxa_tokenserver_account_events_total', '', 'event_type'), legend: '{{event_type}}' }],
          },
        ],
      },
      {
        title: 'Database',
        panels: [
          {
            title: 'Database connections', kind: 'timeseries', unit: 'short',
            description: 'Connections of sync storage and of the token server, by state',
            queries: [
              { expr: `sum by (state) (fxa_syncstorage_db_connections{${ns}})`, legend: 'storage {{state}}' },
              { expr: `sum by (state) (fxa_tokenserver_db_connections{${ns}})`, legend: 'tokens {{state}}' },
            ],
          },
          {
            title: 'Waits for a connection', kind: 'timeseries', unit: 'short',
            description: 'Requests that timed out waiting for a database connection (alert FxASyncDatabaseStarved)',
            queries: [{ expr: `sum(increase(fxa_syncstorage_db_pool_timeouts_total{${ns}}[$__rate_interval]))`, legend: 'timeouts' }],
          },
        ],
      },
    ],
  },
];
