import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-admin-server.ts';
import { keyFile, mysql, redis, REDIS_SECTIONS } from './wiring.ts';
import { authMailAndLinks, statsdHost } from './production.ts';

export const adminServer = defineServer({
  name: 'fxa-admin-server',
  description: 'GraphQL API of the admin panel; internal only, behind SSO',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: true,
  ...RUN['fxa-admin-server'],
  ports: [{ name: 'http', port: 8095 }],
  probe: { path: '/__lbheartbeat__' },
  calls: ['fxa-auth-server', 'fxa-profile-server', 'mysql', 'redis'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  // declared by its config with defaults inside its own package, as in the auth server: give it the same keys
  keyFiles: ['secret-key.json', 'public-key.json'],
  env,
  sources,
  wiring: {
    PORT: { from: 'listenPort' },
    SECRET_KEY_FILE: keyFile('secret-key.json'),
    PUBLIC_KEY_FILE: keyFile('public-key.json'),
    AUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
    PROFILE_SERVER_URL: { from: 'internalUrl', server: 'fxa-profile-server', path: '/v1' },
    PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN: { from: 'sharedSecret', key: 'profileServerAuthSecretBearerToken' },
    IP_HMAC_KEY: { from: 'sharedSecret', key: 'ipHmacKey' },
    SUBSCRIPTIONS_SHARED_SECRET: { from: 'sharedSecret', key: 'subscriptionsSharedSecret' },
    ...authMailAndLinks,
    // links in the mails it sends
    ACCOUNT_RESET_URL: { from: 'publicUrl', server: 'fxa-content-server', path: '/reset_password' },
    ACCOUNT_SETTINGS_URL: { from: 'publicUrl', server: 'fxa-content-server', path: '/settings' },
    METRIC_HOST: statsdHost(''),
    METRIC_PORT: { from: 'global', key: 'statsd.port' },
    ...mysql('AUTH_'),
    ...mysql('PROFILE_'),
    ...mysql('OAUTH_'),
    ...redis(...REDIS_SECTIONS),
  },
});
