import { metricWiring } from '../metrics.ts';
import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-content-server.ts';
import { REDIS_PASSWORD } from './wiring.ts';
import { BROWSER_FACING, statsdEnabled, statsdHost, THIRD_PARTY_CALLBACK } from './production.ts';
import { scopedKeysValidation } from './oauth-clients.ts';

const REACT_ROUTES = [
  'REACT_CONVERSION_SIGNUP_ROUTES',
  'REACT_CONVERSION_SIGNIN_ROUTES',
  'REACT_CONVERSION_SIMPLE_ROUTES',
  'REACT_CONVERSION_POST_VERIFY_THIRD_PARTY_AUTH',
  'REACT_CONVERSION_EMAIL_FIRST_ROUTES',
] as const;

export const contentServer = defineServer({
  name: 'fxa-content-server',
  description: 'The web UI; serves /.well-known/fxa-client-configuration that Firefox reads, so it must sit at the public root',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  ...RUN['fxa-content-server'],
  ports: [{ name: 'http', port: 3030 }],
  probe: { path: '/__lbheartbeat__' },
  resourcesPreset: 'medium',
  publicPath: '',
  calls: ['fxa-auth-server', 'fxa-profile-server', 'fxa-graphql-api', 'redis', 'statsd'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    PORT: { from: 'listenPort' },
    PUBLIC_URL: { from: 'publicUrl', server: 'fxa-content-server' },
    // The browser app calls these directly: they must be public even where servers use internal URLs.
    FXA_URL: { from: 'publicUrl', server: 'fxa-auth-server' },
    FXA_OAUTH_URL: { from: 'publicUrl', server: 'fxa-auth-server' },
    FXA_PROFILE_URL: { from: 'publicUrl', server: 'fxa-profile-server' },
    FXA_PROFILE_IMAGES_URL: { from: 'publicUrl', server: 'fxa-profile-static' },
    SYNC_TOKENSERVER_URL: { from: 'publicUrl', server: 'syncstorage' },
    SUBSCRIPTIONS_MANAGEMENT_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
    FLOW_ID_KEY: { from: 'sharedSecret', key: 'flowIdKey' },
    FXA_OAUTH_CLIENT_ID: { from: 'global', key: 'oauth.contentClientId' },
    // the settings app's GraphQL endpoint (settings_gql_url), called from the browser
    FXA_GQL_URL: { from: 'publicUrl', server: 'fxa-graphql-api' },
    GOOGLE_AUTH_REDIRECT_URI: THIRD_PARTY_CALLBACK,
    APPLE_AUTH_REDIRECT_URI: THIRD_PARTY_CALLBACK,
    PAYMENTS_NEXT_HOSTED_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
    // bare host rules: where the content server may redirect the browser after sign-in
    REDIRECT_CHECK_ALLOW_LIST: { from: 'publicHost', servers: BROWSER_FACING },
    CSP_ALLOWED_IMG_SOURCES: { from: 'publicOrigin', servers: ['fxa-profile-static'] },
    // which Firefox OAuth clients may receive sync keys, and where (Mozilla's hosts replaced by ours)
    SCOPED_KEYS_VALIDATION: scopedKeysValidation,
    // the communication-preferences link goes to Mozilla's newsletter service (basket)
    FXA_MARKETING_EMAIL_ENABLED: { from: 'literal', value: 'false' },
    FXA_MARKETING_EMAIL_PREFERENCES_URL: { from: 'publicUrl', server: 'fxa-content-server', path: '/settings' },
    METRIC_ENABLED: statsdEnabled,
    ...metricWiring('fxa-content-server'),
    METRIC_HOST: statsdHost(''),
    METRIC_PORT: { from: 'global', key: 'statsd.port' },
    // the feature-flag client's password variable has no FEATURE_FLAGS_ prefix upstream
    FEATURE_FLAGS_REDIS_HOST: { from: 'global', key: 'redis.host' },
    FEATURE_FLAGS_REDIS_PORT: { from: 'global', key: 'redis.port' },
    REDIS_PASSWORD,
    // set, not left to defaults that moved between releases (PAGE_TEMPLATE_SUBDIRECTORY was "src"): the built app
    STATIC_DIRECTORY: { from: 'literal', value: 'dist' },
    PAGE_TEMPLATE_SUBDIRECTORY: { from: 'literal', value: 'dist' },
    CSP_ENABLED: { from: 'literal', value: 'true' },
    GLEAN_LOG_PINGS: { from: 'literal', value: 'false' },
    LOG_LEVEL: { from: 'literal', value: 'info' },
    // the React flows: without them sign-in from Firefox does not turn Sync on (working install); the reset-password
    // switch is read by both releases only (schema/releases.ts)
    ...Object.fromEntries(REACT_ROUTES.map((n) => [n, { from: 'literal' as const, value: 'true' }])),
  },
});
