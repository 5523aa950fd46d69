/**
 * Which variables each integration switch drives, per server. Off is FxA's own way of disabling the
 * feature (a `*_ENABLED=false`, an empty DSN, an empty client list), never a localhost URL; a URL
 * setting that must stay well-formed while its service is off points at `<service>.invalid`, a name
 * reserved never to resolve (RFC 2606). Sources: each server's convict config at the pinned commit
 * (schema/env/*.ts lists the files).
 */
import { INTEGRATIONS, type IntegrationName } from './integrations-data.ts';
import type { BaseWire, EnvVar, GlobalKey, ServerName, SharedSecretKey, Wire } from './types.ts';
import type { env as authEnv } from './env/fxa-auth-server.ts';
import type { env as contentEnv } from './env/fxa-content-server.ts';
import type { env as profileEnv } from './env/fxa-profile-server.ts';
import type { env as graphqlEnv } from './env/fxa-graphql-api.ts';
import type { env as eventBrokerEnv } from './env/fxa-event-broker.ts';
import type { env as adminServerEnv } from './env/fxa-admin-server.ts';
import type { env as adminPanelEnv } from './env/fxa-admin-panel.ts';
import type { env as paymentsEnv } from './env/fxa-payments-server.ts';
import type { env as syncEnv } from './env/syncstorage.ts';

export { INTEGRATIONS, type IntegrationName } from './integrations-data.ts';

type Value = BaseWire | string;
interface Switched { readonly on?: Value; readonly off: Value }
interface Secret { readonly secret: SharedSecretKey }

/** The variables of the servers integrations switch (the profile server's three processes share one config). */
interface Envs {
  'fxa-auth-server': typeof authEnv;
  'fxa-content-server': typeof contentEnv;
  'fxa-profile-server': typeof profileEnv;
  'fxa-profile-static': typeof profileEnv;
  'fxa-profile-worker': typeof profileEnv;
  'fxa-graphql-api': typeof graphqlEnv;
  'fxa-event-broker': typeof eventBrokerEnv;
  'fxa-admin-server': typeof adminServerEnv;
  'fxa-admin-panel': typeof adminPanelEnv;
  'fxa-payments-server': typeof paymentsEnv;
  syncstorage: typeof syncEnv;
}
/**
 * How an integration sets a server's variables, checked like a server's own wiring: a name the server
 * does not read, or a secret variable switched as plain config (and the reverse), does not compile.
 */
type VarsOf<E extends readonly EnvVar[]> = {
  readonly [N in E[number]['name']]?: Extract<E[number], { name: N }> extends { secret: true } ? Secret : Switched;
};
type Vars = { readonly [variable: string]: Switched | Secret };

const setting = <N extends IntegrationName>(n: N, s: Extract<keyof (typeof INTEGRATIONS)[N]['settings'], string>): BaseWire =>
  ({ from: 'global', key: `integrations.${n}.${s}` as GlobalKey });
const bool = { on: 'true', off: 'false' } as const;
const onlyOff = (off: Value): Switched => ({ off });
const invalid = (service: string): string => `https://${service}.invalid`;

// shared groups keep their literal keys (no `Vars` annotation): each use is type-checked as secret or plain against
// the server's variables (a name the server lacks in a shared group is caught by the catalog test instead)
const sentry = () => ({ SENTRY_DSN: { on: setting('sentry', 'dsn'), off: '' } }) satisfies Vars;
const tracing = {
  TRACING_OTEL_EXPORTER_ENABLED: bool,
  TRACING_OTEL_URL: { on: setting('tracing', 'otelUrl'), off: invalid('otel') },
} satisfies Vars;
/** graphql-api and the profile server also export spans to Sentry unless told not to. */
const tracingAndSentry = { ...tracing, TRACING_SENTRY_EXPORTER_ENABLED: onlyOff('false') } satisfies Vars;
// upstream: 'Set to "disabled" to turn off the notifier' (an empty ARN makes every publish fail)
const snsEvents = { SNS_TOPIC_ARN: { on: setting('accountEvents', 'snsTopicArn'), off: 'disabled' } } satisfies Vars;

/** integration -> server -> variable -> how the switch sets it. */
export const INTEGRATION_VARS: { readonly [N in IntegrationName]: { readonly [S in keyof Envs]?: VarsOf<Envs[S]> } } = {
  googleSignIn: {
    'fxa-auth-server': {
      GOOGLE_AUTH_CLIENT_ID: { on: setting('googleSignIn', 'clientId'), off: '' },
      GOOGLE_AUTH_SECURITY_EVENTS_CLIENT_IDS: { on: setting('googleSignIn', 'clientId'), off: '' },
      GOOGLE_AUTH_CLIENT_SECRET: { secret: 'googleAuthClientSecret' },
    },
    'fxa-content-server': {
      GOOGLE_AUTH_ENABLED: bool,
      GOOGLE_AUTH_CLIENT_ID: { on: setting('googleSignIn', 'clientId'), off: '' },
    },
    'fxa-admin-server': { GOOGLE_AUTH_CLIENT_ID: { on: setting('googleSignIn', 'clientId'), off: '' } },
  },
  appleSignIn: {
    'fxa-auth-server': {
      APPLE_AUTH_CLIENT_ID: { on: setting('appleSignIn', 'clientId'), off: '' },
      APPLE_AUTH_SECURITY_EVENTS_CLIENT_IDS: { on: setting('appleSignIn', 'clientId'), off: '' },
      APPLE_AUTH_TEAM_ID: { on: setting('appleSignIn', 'teamId'), off: '' },
      APPLE_AUTH_KEY_ID: { on: setting('appleSignIn', 'keyId'), off: '' },
      APPLE_AUTH_PRIVATE_KEY: { secret: 'appleAuthPrivateKey' },
    },
    'fxa-content-server': {
      APPLE_AUTH_ENABLED: bool,
      APPLE_AUTH_CLIENT_ID: { on: setting('appleSignIn', 'clientId'), off: '' },
    },
    'fxa-admin-server': { APPLE_AUTH_CLIENT_ID: { on: setting('appleSignIn', 'clientId'), off: '' } },
  },
  subscriptions: {
    'fxa-auth-server': {
      SUBSCRIPTIONS_ENABLED: bool,
      SUBHUB_URL: onlyOff(invalid('subhub')),
      SUBHUB_STRIPE_APIKEY: { secret: 'stripeApiKey' },
      STRIPE_WEBHOOK_SECRET: { secret: 'stripeWebhookSecret' },
    },
    'fxa-content-server': { SUBSCRIPTIONS_ENABLED: bool },
    'fxa-admin-server': { SUBSCRIPTIONS_ENABLED: bool, SUBHUB_URL: onlyOff(invalid('subhub')) },
    // the catalog keeps every *_API_KEY secret, the publishable one included
    'fxa-payments-server': { STRIPE_API_KEY: { secret: 'stripePublishableKey' } },
  },
  recoveryPhone: {
    'fxa-auth-server': {
      RECOVERY_PHONE__ENABLED: bool,
      RECOVERY_PHONE__TWILIO__ACCOUNT_SID: { on: setting('recoveryPhone', 'accountSid'), off: '' },
      RECOVERY_PHONE__SMS__FROM: { on: setting('recoveryPhone', 'smsFrom'), off: '' },
      RECOVERY_PHONE__TWILIO__AUTH_TOKEN: { secret: 'twilioAuthToken' },
    },
  },
  glean: {
    'fxa-auth-server': { AUTH_GLEAN_ENABLED: bool },
    'fxa-content-server': {
      CONTENT_SERVER_GLEAN_ENABLED: bool,
      GLEAN_ENABLED: bool,
      GLEAN_UPLOAD_ENABLED: bool,
      GLEAN_APPLICATION_ID: { on: setting('glean', 'applicationId'), off: '' },
      GLEAN_SERVER_ENDPOINT: { on: setting('glean', 'serverEndpoint'), off: invalid('glean') },
    },
    syncstorage: { SYNC_SYNCSTORAGE__GLEAN_ENABLED: bool },
  },
  sentry: {
    'fxa-auth-server': sentry(),
    'fxa-content-server': sentry(),
    'fxa-profile-server': sentry(),
    'fxa-profile-static': sentry(),
    'fxa-profile-worker': sentry(),
    'fxa-graphql-api': sentry(),
    'fxa-event-broker': sentry(),
    'fxa-admin-server': sentry(),
    'fxa-admin-panel': sentry(),
    'fxa-payments-server': { SENTRY_DSN: { on: setting('sentry', 'dsn'), off: '' }, SENTRY_URL: onlyOff(invalid('sentry')) },
  },
  tracing: {
    'fxa-auth-server': tracing,
    'fxa-profile-server': tracingAndSentry,
    'fxa-profile-static': tracingAndSentry,
    'fxa-profile-worker': tracingAndSentry,
    'fxa-graphql-api': tracingAndSentry,
    'fxa-admin-server': tracing,
  },
  geodb: {
    'fxa-auth-server': { GEODB_ENABLED: bool },
    'fxa-content-server': { GEODB_ENABLED: bool },
  },
  cms: {
    'fxa-auth-server': {
      CMS_ENABLED: bool,
      STRAPI_CLIENT_GRAPHQL_API_URI: { on: setting('cms', 'graphqlApiUri'), off: '' },
      CMS_L10N_STRAPI_WEBHOOK_STRAPI_URL: onlyOff(''),
      STRAPI_CLIENT_API_KEY: { secret: 'strapiApiKey' },
    },
    'fxa-content-server': { CMS_ENABLED: bool },
    'fxa-admin-server': { CMS_ENABLED: bool },
  },
  nimbus: {
    'fxa-content-server': { NIMBUS_ENABLED: bool, NIMBUS_CIRRUS_HOST: { on: setting('nimbus', 'cirrusHost'), off: '' } },
  },
  pairing: {
    // upstream: "Remove all clients from this list to disable pairing"
    'fxa-content-server': {
      PAIRING_CLIENTS: onlyOff(''),
      PAIRING_SERVER_BASE_URI: { on: setting('pairing', 'channelServerUrl'), off: 'wss://channelserver.invalid' },
    },
  },
  accountEvents: {
    'fxa-auth-server': snsEvents,
    'fxa-graphql-api': snsEvents,
    'fxa-admin-server': snsEvents,
  },
};

const toWire = (v: Value): BaseWire => (typeof v === 'string' ? { from: 'literal', value: v } : v);

/** The chart wiring of every integration variable one server reads. */
export function integrationWiring(server: ServerName): Record<string, Wire> {
  const out: Record<string, Wire> = {};
  for (const [name, servers] of Object.entries(INTEGRATION_VARS) as [IntegrationName, (typeof INTEGRATION_VARS)[IntegrationName]][]) {
    const when = `integrations.${name}.enabled` as GlobalKey;
    const vars: Vars = (servers as { readonly [S in ServerName]?: Vars })[server] ?? {};
    for (const [variable, how] of Object.entries(vars)) {
      if (variable in out) throw new Error(`${server}: ${variable} is switched by two integrations`);
      out[variable] = 'secret' in how
        ? { from: 'sharedSecret', key: how.secret, when }
        : { from: 'switch', when, off: toWire(how.off), ...(how.on !== undefined ? { on: toWire(how.on) } : {}) };
    }
  }
  return out;
}
