import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-graphql-api.ts';
import { mysql, redis } from './wiring.ts';
import { CONTENT_ORIGIN_PATTERN, statsdHost } from './production.ts';

export const graphqlApi = defineServer({
  name: 'fxa-graphql-api',
  description: 'GraphQL API behind the account settings UI',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  ...RUN['fxa-graphql-api'],
  ports: [{ name: 'http', port: 8290 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/graphql',
  subdomain: 'graphql',
  calls: ['fxa-auth-server', 'fxa-profile-server', 'mysql', 'redis'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    PORT: { from: 'listenPort' },
    // Hawk-signed session-token calls, yet internal is right: auth has not checked Hawk signatures (nor the host
    // they cover) since PR #16643 (2024-04; lib/routes/auth-schemes/hawk-fxa-token.js@6db984e9 only reads the id)
    AUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
    // with no SNS topic the notifier needs an endpoint to start at all (working install, v1.316.4)
    SNS_TOPIC_ENDPOINT: { from: 'switch', when: 'integrations.accountEvents.enabled', off: { from: 'literal', value: 'disabled' } },
    PROFILE_SERVER_URL: { from: 'internalUrl', server: 'fxa-profile-server', path: '/v1' },
    SETTINGS_SERVER_URL: { from: 'publicUrl', server: 'fxa-content-server' },
    // the settings app in the browser calls it from the content origin
    CORS_ORIGIN: { from: 'publicOrigin', servers: ['fxa-content-server'] },
    // legal documents the settings app shows, fetched from the content server
    SETTINGS_LEGAL_DOCS_URL: { from: 'internalUrl', server: 'fxa-content-server', path: '/settings/legal-docs' },
    // the customs server was merged into auth; "none" is graphql-api's documented off (in-process rules still apply)
    CUSTOMS_SERVER_URL: { from: 'literal', value: 'none' },
    TRACING_CORS_URLS: CONTENT_ORIGIN_PATTERN,
    METRIC_HOST: statsdHost(''),
    METRIC_PORT: { from: 'global', key: 'statsd.port' },
    PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN: { from: 'sharedSecret', key: 'profileServerAuthSecretBearerToken' },
    ...mysql('AUTH_'),
    ...mysql('PROFILE_'),
    ...mysql('OAUTH_'),
    ...redis('ACCESS_TOKEN_', 'RATELIMIT_'),
  },
});
