// Imported from mozilla/fxa by `npm run import` (scripts/import); reviewed and committed as the catalog.
// Correct entries by hand here when FxA changes; the generator reads this file, never the network.
import { defineEnv, type SourceRef } from '../types.ts';

export const sources: readonly SourceRef[] = [
  { file: "packages/fxa-admin-panel/server/config/index.ts", commit: "1315bc3afb46d193aa60d1679a994f25afe7f805" },
];

export const env = defineEnv([
  { name: "NODE_ENV", type: "enum", values: ["development","production","test"], default: "production", key: "env", doc: "The current node.js environment" },
  { name: "PROXY_STATIC_RESOURCES_FROM", type: "string", default: "", key: "proxyStaticResourcesFrom", doc: "Instead of loading static resources from disk, get them by proxy from this URL (typically a special reloading dev server)" },
  { name: "HSTS_ENABLED", type: "boolean", default: true, key: "hstsEnabled", doc: "Send a Strict-Transport-Security header" },
  { name: "CSP_ENABLED", type: "boolean", default: true, key: "csp.enabled", doc: "Send \"Content-Security-Policy\" header" },
  { name: "CSP_REPORT_URI", type: "string", default: "/_/csp-violation", url: "external", key: "csp.reportUri", doc: "Location of \"report-uri\" for full, blocking CSP rules" },
  { name: "CSP_REPORT_ONLY_ENABLED", type: "boolean", default: false, key: "csp.reportOnlyEnabled", doc: "Send \"Content-Security-Policy-Report-Only\" header" },
  { name: "CSP_REPORT_ONLY_URI", type: "string", default: "/_/csp-violation-report-only", url: "external", key: "csp.reportOnlyUri", doc: "Location of \"report-uri\" for report-only CSP rules" },
  { name: "SENTRY_DSN", type: "string", default: "", key: "sentry.dsn", doc: "Sentry DSN for error and log reporting" },
  { name: "SENTRY_ENV", type: "enum", values: ["local","ci","dev","stage","prod"], default: "local", key: "sentry.env", doc: "Environment name to report to sentry" },
  { name: "SENTRY_SAMPLE_RATE", type: "number", default: 1, key: "sentry.sampleRate", doc: "Rate at which sentry traces are captured." },
  { name: "SENTRY_TRACES_SAMPLE_RATE", type: "number", default: 1, key: "sentry.tracesSampleRate", doc: "Rate at which sentry traces are captured." },
  { name: "SENTRY_SERVER_NAME", type: "string", default: "fxa-admin-panel", key: "sentry.serverName", doc: "Name used by sentry to identify the server." },
  { name: "IP_ADDRESS", type: "string", default: "localhost", key: "listen.host", doc: "The ip address the server should bind" },
  { name: "PORT", type: "integer", minimum: 0, maximum: 65535, default: 8091, key: "listen.port", doc: "The port the server should bind" },
  { name: "PUBLIC_URL", type: "string", format: "uri", default: "http://localhost:8091", url: "public", key: "listen.publicUrl", doc: "" },
  { name: "USE_TLS", type: "boolean", default: false, key: "listen.useHttps", doc: "set to true to serve directly over https" },
  { name: "LOGGING_FORMAT", type: "enum", values: ["heka","pretty"], default: "heka", key: "logging.fmt", doc: "" },
  { name: "LOG_LEVEL", type: "string", default: "info", key: "logging.level", doc: "" },
  { name: "ENABLE_ROUTE_LOGGING", type: "boolean", default: true, key: "logging.routes.enabled", doc: "Enable route logging. Set to false to trimming CI logs." },
  { name: "ADMIN_SERVER_URL", type: "string", format: "uri", default: "http://localhost:8095", url: "internal", key: "servers.admin.url", doc: "The url of the fxa-admin-server instance" },
  { name: "STATIC_DIRECTORY", type: "string", default: "build", key: "staticResources.directory", doc: "Directory where static resources are located" },
  { name: "STATIC_MAX_AGE", type: "duration", default: "10 minutes", key: "staticResources.maxAge", doc: "Cache max age for static assets, in ms" },
  { name: "STATIC_RESOURCE_URL", type: "string", format: "uri", default: "http://localhost:8091", url: "public", key: "staticResources.url", doc: "The origin of the static resources" },
  { name: "TEST_USER_GROUP", type: "string", default: "", key: "user.group", doc: "Group to operate under for dev / test." },
  { name: "TEST_USER_EMAIL", type: "string", default: "", key: "user.email", doc: "Email to operate under for dev / test." },
]);
