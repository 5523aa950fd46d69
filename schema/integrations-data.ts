/**
 * Optional third-party services FxA can use. Each is one switch in values, `global.integrations.<name>`,
 * off by default: an install works without any of them, and Mozilla's own endpoints are never used by
 * accident. Settings listed as `required` must be given before a switch may be turned on.
 * Which variables each switch drives, per server, is in integrations.ts.
 */

export interface IntegrationSetting {
  readonly doc: string;
  /** Must be non-empty while the integration is on (validated before Helm runs and by the schema). */
  readonly required?: boolean;
}

export interface IntegrationDef {
  readonly doc: string;
  readonly settings: { readonly [name: string]: IntegrationSetting };
  /** Keys of the shared Secret this integration reads while on (required then, ignored while off). */
  readonly secrets: { readonly [key: string]: string };
}

export const INTEGRATIONS = {
  googleSignIn: {
    doc: 'Sign in with Google (third-party auth). Register the redirect URI <publicUrl>/post_verify/third_party_auth/callback with Google',
    settings: { clientId: { doc: 'OAuth client id from the Google Cloud console', required: true } },
    secrets: { googleAuthClientSecret: 'OAuth client secret of integrations.googleSignIn.clientId' },
  },
  appleSignIn: {
    doc: 'Sign in with Apple (third-party auth)',
    settings: {
      clientId: { doc: 'Apple Services ID', required: true },
      teamId: { doc: 'Apple developer team id', required: true },
      keyId: { doc: 'Id of the Sign in with Apple private key', required: true },
    },
    secrets: { appleAuthPrivateKey: 'Sign in with Apple private key (PEM) of integrations.appleSignIn.keyId' },
  },
  subscriptions: {
    doc: 'Paid subscriptions through Stripe (the payments server must be enabled too)',
    settings: {},
    secrets: {
      stripeApiKey: 'Stripe secret API key (sk_live_...)',
      stripeWebhookSecret: 'Signing secret of the Stripe webhook',
      stripePublishableKey: 'Stripe publishable key (pk_live_...), handed to browsers by the payments server',
    },
  },
  recoveryPhone: {
    doc: 'Recovery phone numbers: codes sent by SMS through Twilio',
    settings: {
      accountSid: { doc: 'Twilio account SID', required: true },
      smsFrom: { doc: 'Sending phone number or messaging service of the Twilio account', required: true },
    },
    secrets: { twilioAuthToken: 'Auth token of the Twilio account' },
  },
  glean: {
    doc: "Glean product telemetry; off, no event is logged for Glean or sent to Mozilla's telemetry pipeline",
    settings: {
      serverEndpoint: { doc: 'Your Glean ingestion endpoint (browser pings)', required: true },
      applicationId: { doc: 'Glean application id of the browser app', required: true },
    },
    secrets: {},
  },
  sentry: {
    doc: 'Error reporting to a Sentry project of yours',
    settings: {
      dsn: { doc: 'Sentry DSN (https://<key>@<host>/<project>)', required: true },
    },
    secrets: {},
  },
  tracing: {
    doc: 'OpenTelemetry traces exported over OTLP/HTTP',
    settings: { otelUrl: { doc: 'OTLP/HTTP traces endpoint, e.g. http://otel-collector:4318/v1/traces', required: true } },
    secrets: {},
  },
  geodb: {
    doc: "IP geolocation from the MaxMind database bundled in the image (location shown in security emails)",
    settings: {},
    secrets: {},
  },
  cms: {
    doc: 'Relying-party branding and copy from a Strapi CMS',
    settings: { graphqlApiUri: { doc: "URL of the Strapi GraphQL API", required: true } },
    secrets: { strapiApiKey: 'Strapi API key' },
  },
  nimbus: {
    doc: 'Experiments through a Nimbus Cirrus server of yours',
    settings: { cirrusHost: { doc: 'URL of the Cirrus server', required: true } },
    secrets: {},
  },
  pairing: {
    doc: 'Connect another device by QR code: needs a channel server (mozilla-services/channelserver) of yours',
    settings: { channelServerUrl: { doc: 'wss:// URL of your channel server', required: true } },
    secrets: {},
  },
  accountEvents: {
    doc: 'Account events published to AWS SNS (read by relying parties through SQS)',
    settings: { snsTopicArn: { doc: 'ARN of the SNS topic', required: true }, region: { doc: 'AWS region of the topic', required: true } },
    secrets: {},
  },
} as const satisfies Record<string, IntegrationDef>;

export type IntegrationName = keyof typeof INTEGRATIONS;

type SettingPath<N extends IntegrationName> = `integrations.${N}.${Extract<keyof (typeof INTEGRATIONS)[N]['settings'], string>}`;
/** `integrations.<name>.enabled` and every setting's path under `global`. */
export type IntegrationPath = { [N in IntegrationName]: `integrations.${N}.enabled` | SettingPath<N> }[IntegrationName];

type SecretsOf<N extends IntegrationName> = (typeof INTEGRATIONS)[N]['secrets'];
type AllSecrets = { [N in IntegrationName]: SecretsOf<N> }[IntegrationName];
type UnionKeys<T> = T extends unknown ? keyof T : never;

/** Every integration's secrets, as shared-secret keys with their descriptions. */
export const INTEGRATION_SECRETS = Object.assign({}, ...Object.values(INTEGRATIONS).map((i) => i.secrets)) as { readonly [K in UnionKeys<AllSecrets>]: string };

/** The integration a shared-secret key belongs to, if any. */
export function integrationOfSecret(key: string): IntegrationName | undefined {
  return (Object.keys(INTEGRATIONS) as IntegrationName[]).find((n) => key in INTEGRATIONS[n].secrets);
}
