/**
 * The alerts the chart ships (global.metrics.rules): each a PromQL expression over the series the statsd mapping
 * makes (schema/metrics.ts) or that kube-state-metrics, Prometheus and cert-manager expose, with its threshold in
 * values and its runbook in docs/guides/troubleshooting.md. One definition renders three ways: the chart's
 * PrometheusRule (thresholds from values), docs/observability.md and the promtool tests (the defaults).
 */

/** What an expression needs filled in: the release's namespace, and a threshold by name. */
export interface RuleContext {
  readonly ns: string;
  readonly t: (name: ThresholdName) => string;
}

export const THRESHOLDS = {
  errorRatio: { value: 0.05, doc: 'Share of auth API answers that are 5xx, over 10 minutes' },
  latencySeconds: { value: 1, doc: '95th percentile of auth API answer time, in seconds, over 10 minutes' },
  restarts: { value: 3, doc: 'Container restarts within 15 minutes that make a crash loop' },
  pushFailureRatio: { value: 0.5, doc: 'Share of push messages to devices that fail, over 30 minutes' },
  bounceRefusalsPerHour: { value: 20, doc: 'Emails refused per hour because their address bounced too often' },
  webhookFailureRatio: { value: 0.2, doc: 'Share of relying parties\' webhook deliveries that fail, over 30 minutes' },
  certificateDays: { value: 14, doc: 'Days before a cert-manager certificate expires' },
} as const;

export type ThresholdName = keyof typeof THRESHOLDS;

export interface AlertRule {
  readonly alert: string;
  readonly expr: (c: RuleContext) => string;
  readonly for: string;
  readonly severity: 'critical' | 'warning';
  readonly summary: string;
  /** The runbook's heading in docs/guides/troubleshooting.md. */
  readonly runbook: string;
  /** Rendered only when routes get their certificates from cert-manager (global.routes.tls.certManagerIssuer). */
  readonly certManager?: boolean;
}

export interface AlertGroup { readonly name: string; readonly rules: readonly AlertRule[] }

const auth = (c: RuleContext, extra = ''): string => `fxa_auth_request_duration_seconds_count{namespace="${c.ns}"${extra}}`;

export const ALERT_GROUPS: readonly AlertGroup[] = [
  {
    name: 'fxa-servers',
    rules: [
      {
        alert: 'FxAServerDown',
        expr: (c) => `kube_deployment_spec_replicas{namespace="${c.ns}"} > 0 and kube_deployment_status_replicas_available{namespace="${c.ns}"} == 0`,
        for: '5m', severity: 'critical',
        summary: 'A server of the release has no available pod',
        runbook: 'FxAServerDown: a server has no available pod',
      },
      {
        alert: 'FxAServerCrashLooping',
        expr: (c) => `increase(kube_pod_container_status_restarts_total{namespace="${c.ns}"}[15m]) > ${c.t('restarts')}`,
        for: '0m', severity: 'warning',
        summary: 'A container keeps restarting',
        runbook: 'FxAServerCrashLooping: a container keeps restarting',
      },
      {
        alert: 'FxAMigrationsFailed',
        expr: (c) => `kube_job_status_failed{namespace="${c.ns}", job_name=~".*db-migrations.*"} > 0`,
        for: '0m', severity: 'critical',
        summary: 'The database migrations Job failed: servers may run against an old schema',
        runbook: 'FxAMigrationsFailed: the migrations Job failed',
      },
      {
        alert: 'FxAMetricsExporterDown',
        expr: (c) => `up{namespace="${c.ns}", job=~".*statsd"} == 0`,
        for: '10m', severity: 'warning',
        summary: 'Prometheus cannot scrape the release\'s statsd_exporter: every FxA metric is missing',
        runbook: 'FxAMetricsExporterDown: no FxA metrics',
      },
    ],
  },
  {
    name: 'fxa-accounts',
    rules: [
      {
        alert: 'FxAAuthErrorRatioHigh',
        expr: (c) => `sum(rate(${auth(c, ', statusCode=~"5.."')}[10m])) / sum(rate(${auth(c)}[10m])) > ${c.t('errorRatio')}`,
        for: '5m', severity: 'critical',
        summary: 'The auth server answers too many requests with a server error: sign-ins and sign-ups fail',
        runbook: 'FxAAuthErrorRatioHigh: auth answers with server errors',
      },
      {
        alert: 'FxAAuthLatencyHigh',
        expr: (c) => `histogram_quantile(0.95, sum by (le) (rate(fxa_auth_request_duration_seconds_bucket{namespace="${c.ns}"}[10m]))) > ${c.t('latencySeconds')}`,
        for: '10m', severity: 'warning',
        summary: 'The auth server answers slowly',
        runbook: 'FxAAuthLatencyHigh: auth answers slowly',
      },
      {
        alert: 'FxAPushFailing',
        expr: (c) => `sum(rate(fxa_auth_push_sends_total{namespace="${c.ns}", outcome="failure"}[30m])) / sum(rate(fxa_auth_push_sends_total{namespace="${c.ns}", outcome="attempt"}[30m])) > ${c.t('pushFailureRatio')}`,
        for: '15m', severity: 'warning',
        summary: 'Most push messages to devices fail: devices miss sign-in and verification notices',
        runbook: 'FxAPushFailing: push messages to devices fail',
      },
      {
        alert: 'FxAAccountDeletionNotQueued',
        expr: (c) => `increase(fxa_auth_cloud_tasks_enqueued_total{namespace="${c.ns}", task="account-delete", outcome="failure"}[15m]) > 0`,
        for: '0m', severity: 'critical',
        summary: 'Auth could not queue an account deletion: the user\'s delete request failed',
        runbook: 'FxAAccountDeletionNotQueued: account deletions fail',
      },
      {
        alert: 'FxAEmailBounceRefusals',
        expr: (c) => `sum(increase(fxa_auth_email_bounce_refusals_total{namespace="${c.ns}"}[1h])) > ${c.t('bounceRefusalsPerHour')}`,
        for: '0m', severity: 'warning',
        summary: 'Many emails are refused because their addresses bounced: verification codes do not reach users',
        runbook: 'FxAEmailBounceRefusals: emails refused after bounces',
      },
      {
        alert: 'FxAWebhookDeliveryFailing',
        expr: (c) => `sum by (clientId) (rate(fxa_event_broker_webhook_failures_total{namespace="${c.ns}"}[30m])) / (sum by (clientId) (rate(fxa_event_broker_webhook_failures_total{namespace="${c.ns}"}[30m])) + sum by (clientId) (rate(fxa_event_broker_webhook_duration_seconds_count{namespace="${c.ns}"}[30m]))) > ${c.t('webhookFailureRatio')}`,
        for: '15m', severity: 'warning',
        summary: 'A relying party\'s webhook refuses the account events the broker delivers',
        runbook: 'FxAWebhookDeliveryFailing: a relying party refuses events',
      },
    ],
  },
  {
    name: 'fxa-sync',
    rules: [
      {
        alert: 'FxASyncDatabaseStarved',
        expr: (c) => `increase(fxa_syncstorage_db_pool_timeouts_total{namespace="${c.ns}"}[10m]) > 0`,
        for: '0m', severity: 'warning',
        summary: 'Sync requests wait too long for a database connection',
        runbook: 'FxASyncDatabaseStarved: sync waits for the database',
      },
    ],
  },
  {
    name: 'fxa-certificates',
    rules: [
      {
        alert: 'FxACertificateExpiresSoon',
        expr: (c) => `certmanager_certificate_expiration_timestamp_seconds{namespace="${c.ns}"} - time() < ${c.t('certificateDays')} * 86400`,
        for: '1h', severity: 'warning', certManager: true,
        summary: 'A certificate of the release\'s hosts expires soon and cert-manager has not renewed it',
        runbook: 'FxACertificateExpiresSoon: a certificate is about to expire',
      },
    ],
  },
];

/** A heading's anchor as GitHub makes it (lower case, spaces to hyphens, punctuation dropped). */
export const anchorOf = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
