import { defineServer } from '../types.ts';
import { env, sources } from '../env/fxa-graphql-api.ts';
import { mysql, redis } from './wiring.ts';

export const graphqlApi = defineServer({
  name: 'fxa-graphql-api',
  description: 'GraphQL API behind the account settings UI',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  workingDir: '/app',
  command: ['node', 'dist/packages/fxa-graphql-api/src/main.js'],
  ports: [{ name: 'http', port: 8290 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/graphql',
  calls: ['fxa-auth-server', 'fxa-profile-server', 'mysql', 'redis'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    PORT: { from: 'listenPort' },
    AUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
    PROFILE_SERVER_URL: { from: 'internalUrl', server: 'fxa-profile-server', path: '/v1' },
    SETTINGS_SERVER_URL: { from: 'publicUrl', server: 'fxa-content-server' },
    PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN: { from: 'sharedSecret', key: 'profileServerAuthSecretBearerToken' },
    ...mysql('AUTH_'),
    ...mysql('PROFILE_'),
    ...mysql('OAUTH_'),
    ...redis('ACCESS_TOKEN_', 'RATELIMIT_'),
  },
});
