// Imported from mozilla/fxa by `npm run import` (scripts/import); reviewed and committed as the catalog.
// Correct entries by hand here when FxA changes; the generator reads this file, never the network.
import { defineEnv, type SourceRef } from '../types.ts';

export const sources: readonly SourceRef[] = [
  { file: "packages/fxa-event-broker/src/config.ts", commit: "2ade9a5b9bbfe4ddd0c46465dc8c2197a1c29a8b" },
];

export const env = defineEnv([
  { name: "CAPABILITY_AUTH_TOKEN", type: "string", default: "", secret: true, key: "clientCapabilityFetch.authToken", doc: "Authorization token to use with the request" },
  { name: "CAPABILITY_URL", type: "string", default: "", url: "internal", key: "clientCapabilityFetch.clientUrl", doc: "The FxA Auth server /oauth/subscriptions/clients url" },
  { name: "CAPABILITY_REFRESH_INTERVAL", type: "number", default: null, key: "clientCapabilityFetch.refreshInterval", upstreamDefault: "FIVE_MINUTES", doc: "Refresh interval in seconds for fetching capability updates" },
  { name: "CAPABILITY_FAIL_ON_START", type: "boolean", default: true, key: "clientCapabilityFetch.requireCapabilities", doc: "Whether to fail to start if capabilties are not available from the auth server" },
  { name: "CLIENT_WEBHOOK_URLS", type: "json", default: {}, url: "external", key: "clientWebhooks", doc: "Object of clientId:webhookUrl mappings for in-memory database for dev server" },
  { name: "NODE_ENV", type: "enum", values: ["development","test","stage","production"], default: "production", key: "env", doc: "The current node.js environment" },
  { name: "DISABLE_QUEUE_WORKER", type: "boolean", default: false, key: "disableQueueWorker", doc: "Whether the queue worker should be disabled. Disable for scripts." },
  { name: "FIRESTORE_CLIENT_EMAIL_CREDENTIAL", type: "string", default: "test@localtest.com", key: "firestore.credentials.client_email", doc: "GCP Client key credential" },
  { name: "FIRESTORE_PRIVATE_KEY_CREDENTIAL", type: "string", default: "", secret: true, key: "firestore.credentials.private_key", doc: "GCP Private key credential" },
  { name: "FIRESTORE_ENABLED", type: "boolean", default: true, key: "firestore.enabled", doc: "Whether to use firestore" },
  { name: "FIRESTORE_KEY_FILE", type: "string", default: null, key: "firestore.keyFilename", upstreamDefault: "path.resolve( __dirname, '../../fxa-auth-server/config/secret-key.json' )", doc: "Path to GCP key file" },
  { name: "FIRESTORE_COLLECTION_PREFIX", type: "string", default: "fxa-eb-", key: "firestore.prefix", doc: "Firestore collection prefix" },
  { name: "FIRESTORE_PROJECT_ID", type: "string", default: "", key: "firestore.projectId", doc: "GCP Project id" },
  { name: "LOG_APP_NAME", type: "string", default: "fxa-event-broker", key: "log.app", doc: "" },
  { name: "LOG_FORMAT", type: "enum", values: ["heka","pretty"], default: "heka", key: "log.fmt", doc: "" },
  { name: "LOG_LEVEL", type: "string", default: "info", key: "log.level", doc: "" },
  { name: "METRIC_HOST", type: "string", default: "localhost", key: "metrics.host", doc: "Metrics host to report to" },
  { name: "METRIC_PORT", type: "number", default: 8125, key: "metrics.port", doc: "Metric port to report to" },
  { name: "METRIC_PREFIX", type: "string", default: "fxa-event-broker.", key: "metrics.prefix", doc: "Metric prefix for statsD" },
  { name: "METRIC_USE_TELEGRAF", type: "boolean", default: true, key: "metrics.telegraf", doc: "Whether to use telegraf formatted metrics" },
  { name: "OPENID_ISSUER", type: "string", default: "", url: "public", key: "openid.issuer", doc: "OpenID Issuer" },
  { name: "OPENID_KEY", type: "json", default: {}, secret: true, key: "openid.key", doc: "Private JWK to sign Security Event Tokens" },
  { name: "OPENID_KEYFILE", type: "string", default: null, key: "openid.keyFile", upstreamDefault: "path.resolve( __dirname, '../../fxa-auth-server/config/secret-key.json' )", doc: "OpenID Keyfile" },
  { name: "PUBSUB_PROXY_PORT", type: "number", default: 8090, key: "proxy.port", doc: "Port to run PubSub proxy on" },
  { name: "PUBSUB_AUDIENCE", type: "string", default: "example.com", key: "pubsub.audience", doc: "PubSub JWT Audience for incoming Push Notifications" },
  { name: "PUBSUB_AUTHENTICATE", type: "boolean", default: true, key: "pubsub.authenticate", doc: "Authenticate that incoming Push Notifcation originate from Google" },
  { name: "PUBSUB_VERIFICATION_TOKEN", type: "string", default: "", secret: true, key: "pubsub.verificationToken", doc: "PubSub Verification Token for incoming Push Notifications" },
  { name: "SENTRY_DSN", type: "string", default: "", key: "sentry.dsn", doc: "Sentry DSN for error and log reporting" },
  { name: "SENTRY_ENV", type: "enum", values: ["local","ci","dev","stage","prod"], default: "local", key: "sentry.env", doc: "Environment name to report to sentry" },
  { name: "SENTRY_SAMPLE_RATE", type: "number", default: 1, key: "sentry.sampleRate", doc: "Rate at which errors are sampled." },
  { name: "SENTRY_SERVER_NAME", type: "string", default: "fxa-event-broker", key: "sentry.serverName", doc: "Name used by sentry to identify the server." },
  { name: "SERVICE_NOTIFICATION_QUEUE_URL", type: "string", default: "", url: "external", key: "serviceNotificationQueueUrl", doc: "The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>)" },
  { name: "PUBSUB_QUEUE_PREFIX", type: "string", default: "rpQueue-", key: "topicPrefix", doc: "GCP PubSub Queue prefix" },
]);
