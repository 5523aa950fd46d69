/**
 * StatsD lines as FxA's servers put them on the wire, written out by hand from the emitters (schema/metrics.ts
 * cites each): hot-shots' DogStatsD tags for auth, content and payments, cadence's for syncstorage, InfluxDB-style tags for
 * the event broker (METRIC_USE_TELEGRAF). Each with the series and labels statsd_exporter must make of it,
 * independent of the mapping code: the local exporter test and the real node send the same lines.
 */
export interface Packet {
  line: string;
  /** The sample the exporter exposes for it (a timer's `_count`), with its labels; null when it must be dropped. */
  expect: { series: string; labels: Record<string, string> } | null;
}

export const FXA_PACKETS: readonly Packet[] = [
  // auth: every API response (lib/server.js metricFactory), and customs, push and bounces
  {
    line: 'fxa-auth-server.url_request:42|ms|#path:v1_account_login,method:POST,statusCode:200,errno:0',
    expect: { series: 'fxa_auth_request_duration_seconds_count', labels: { path: 'v1_account_login', method: 'POST', statusCode: '200', errno: '0' } },
  },
  {
    line: 'fxa-auth-server.url_request:7|ms|#path:v1_account_login,method:POST,statusCode:400,errno:103',
    expect: { series: 'fxa_auth_request_duration_seconds_count', labels: { path: 'v1_account_login', method: 'POST', statusCode: '400', errno: '103' } },
  },
  { line: 'fxa-auth-server.customs.check.success:12|ms', expect: { series: 'fxa_auth_customs_call_duration_seconds_count', labels: { endpoint: 'check', outcome: 'success' } } },
  { line: 'fxa-auth-server.customs.checkAuthenticated.failure:3000|ms', expect: { series: 'fxa_auth_customs_call_duration_seconds_count', labels: { endpoint: 'checkAuthenticated', outcome: 'failure' } } },
  {
    line: 'fxa-auth-server.push.send.failure:1|c|#reason:accountVerify,uaOS:Windows,errCode:unknown,lastSeen:< 1 week',
    expect: { series: 'fxa_auth_push_sends_total', labels: { outcome: 'failure', reason: 'accountVerify', uaOS: 'Windows', errCode: 'unknown', lastSeen: '< 1 week' } },
  },
  {
    line: 'fxa-auth-server.push.send.success:1|c|#reason:accountVerify,uaOS:Windows,errCode:undefined,lastSeen:< 1 week',
    expect: { series: 'fxa_auth_push_sends_total', labels: { outcome: 'success', reason: 'accountVerify', uaOS: 'Windows', errCode: 'undefined', lastSeen: '< 1 week' } },
  },
  {
    line: 'fxa-auth-server.push.send.attempt:1|c|#reason:accountVerify,uaOS:Windows,errCode:undefined,lastSeen:< 1 week',
    expect: { series: 'fxa_auth_push_sends_total', labels: { outcome: 'attempt', reason: 'accountVerify', uaOS: 'Windows', errCode: 'undefined', lastSeen: '< 1 week' } },
  },
  { line: 'fxa-auth-server.email.bounce.limit:1|c|#template:verifyLogin,error:134', expect: { series: 'fxa_auth_email_bounce_refusals_total', labels: { template: 'verifyLogin', error: '134' } } },
  // sign-in confirmation, password reset codes, deletions and the Cloud Tasks queues (bare tags, which carry no label)
  { line: 'fxa-auth-server.account.signin.confirm.bypass.knownDevice:1|c', expect: { series: 'fxa_auth_signin_confirmations_total', labels: { decision: 'knownDevice' } } },
  { line: 'fxa-auth-server.account.signin.confirm.bypass.noBypass:1|c', expect: { series: 'fxa_auth_signin_confirmations_total', labels: { decision: 'noBypass' } } },
  { line: 'fxa-auth-server.otp.passwordForgot.verified:1|c', expect: { series: 'fxa_auth_password_reset_codes_total', labels: { step: 'verified' } } },
  { line: 'fxa-auth-server.account.destroy.success:1|c|#reason:fxa_user_requested_account_delete', expect: { series: 'fxa_auth_accounts_deleted_total', labels: { reason: 'fxa_user_requested_account_delete' } } },
  { line: 'fxa-auth-server.cloud-tasks.account-delete.enqueue.failure:1|c', expect: { series: 'fxa_auth_cloud_tasks_enqueued_total', labels: { task: 'account-delete', outcome: 'failure' } } },
  { line: 'fxa-auth-server.cloud-tasks.inactive-account-email.enqueue.success:1|c|#first', expect: { series: 'fxa_auth_cloud_tasks_enqueued_total', labels: { task: 'inactive-account-email', outcome: 'success' } } },
  // the customs client's per-socket gauges: dropped, whatever the socket key
  { line: 'fxa-auth-server.httpAgent.sockets.customs:7000:0|g', expect: null },
  { line: 'fxa-auth-server.httpsAgent.freeSockets.example.org:443:1|g', expect: null },
  // content
  { line: 'fxa-content.post_metrics.bad_flush_time:1|c', expect: { series: 'fxa_content_metrics_rejected_total', labels: { reason: 'bad_flush_time' } } },
  // the experiments proxy's counter tagged by each response time: dropped
  { line: 'fxa-content.cirrus.response-time:1|c|#responseTime:87', expect: null },
  // payments: browsers' navigation timing of its pages
  { line: 'fxa-payments.nt.total:640|ms|#path:subscriptions', expect: { series: 'fxa_payments_page_timing_seconds_count', labels: { phase: 'total', path: 'subscriptions' } } },
  // the event broker, InfluxDB-style tags
  { line: 'fxa-event-broker.message.type,eventType=delete:1|c', expect: { series: 'fxa_event_broker_messages_total', labels: { eventType: 'delete' } } },
  { line: 'fxa-event-broker.message.webhookNotFound,eventType=profile:1|c', expect: { series: 'fxa_event_broker_webhook_missing_total', labels: { eventType: 'profile' } } },
  { line: 'fxa-event-broker.message.queueDelay:250|ms', expect: { series: 'fxa_event_broker_queue_delay_seconds_count', labels: {} } },
  { line: 'fxa-event-broker.message.processing.total:30|ms', expect: { series: 'fxa_event_broker_processing_seconds_count', labels: {} } },
  {
    line: 'fxa-event-broker.proxy.success,clientId=dcdb5ae7add825d2,statusCode=200,type=delete:80|ms',
    expect: { series: 'fxa_event_broker_webhook_duration_seconds_count', labels: { clientId: 'dcdb5ae7add825d2', statusCode: '200', type: 'delete' } },
  },
  {
    line: 'fxa-event-broker.proxy.fail,clientId=dcdb5ae7add825d2,statusCode=503,type=delete:1|c',
    expect: { series: 'fxa_event_broker_webhook_failures_total', labels: { clientId: 'dcdb5ae7add825d2', statusCode: '503', type: 'delete' } },
  },
  // syncstorage and its token server (cadence, DogStatsD tags)
  { line: 'syncstorage.tokenserver.token_creation:15|ms', expect: { series: 'fxa_tokenserver_token_creation_seconds_count', labels: {} } },
  { line: 'syncstorage.tokenserver.token_verification:9|ms|#token_type:OAuth', expect: { series: 'fxa_tokenserver_token_verification_seconds_count', labels: { token_type: 'OAuth' } } },
  { line: 'syncstorage.tokenserver.webhook.events_processed:1|c|#event_type:delete_user', expect: { series: 'fxa_tokenserver_account_events_total', labels: { event_type: 'delete_user' } } },
  { line: 'syncstorage.tokenserver.storage.pool.connections.idle:3|g', expect: { series: 'fxa_tokenserver_db_connections', labels: { state: 'idle' } } },
  { line: 'syncstorage.request.get_bso:1|c|#tokenserver_origin:rust', expect: { series: 'fxa_syncstorage_requests_total', labels: { handler: 'get_bso', tokenserver_origin: 'rust' } } },
  { line: 'syncstorage.request.error.hawk.expired:1|c', expect: { series: 'fxa_syncstorage_auth_errors_total', labels: { error: 'expired' } } },
  { line: 'syncstorage.storage.pool.connections.active:2|g', expect: { series: 'fxa_syncstorage_db_connections', labels: { state: 'active' } } },
  { line: 'syncstorage.storage.diesel.pool.timeout:1|c', expect: { series: 'fxa_syncstorage_db_pool_timeouts_total', labels: {} } },
  // a name no mapping knows passes through under the exporter's default name
  { line: 'fxa-auth-server.account.mfa.otp.sendCode.success:1|c', expect: { series: 'fxa_auth_server_account_mfa_otp_sendCode_success', labels: {} } },
];

/** The samples of a Prometheus text exposition: name, labels and value of each line. */
export function parseExposition(text: string): { series: string; labels: Record<string, string>; value: number }[] {
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(l);
    if (!m) throw new Error(`not an exposition line: ${l}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!.replace(/\\(.)/g, '$1');
    return { series: m[1]!, labels, value: Number(m[3]) };
  });
}

/** Whether the exposition has the sample a packet must become. */
export const hasSample = (samples: ReturnType<typeof parseExposition>, want: NonNullable<Packet['expect']>): boolean =>
  samples.some((s) => s.series === want.series && Object.entries(want.labels).every(([k, v]) => s.labels[k] === v) && Object.keys(s.labels).filter((k) => k !== 'le').length === Object.keys(want.labels).length);
