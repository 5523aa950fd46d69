import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-auth-server.ts';
import { mysql, redis, REDIS_SECTIONS } from './wiring.ts';
import { authMailAndLinks, statsdEnabled, statsdHost } from './production.ts';

export const authServer = defineServer({
  name: 'fxa-auth-server',
  description: 'Accounts, sessions, OAuth/OIDC provider, pushbox, rate limiting (customs) and email sending',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  ...RUN['fxa-auth-server'],
  ports: [{ name: 'http', port: 9000 }],
  probe: { path: '/__lbheartbeat__' },
  // oauthServer.clients is a list of objects: convict splits Array env values on commas, so it comes as a file
  configFiles: [{ name: 'oauth-clients.json', template: 'fxa-common.oauth.clientsFile' }],
  publicPath: '/auth',
  routesUnderPublicPath: true,
  calls: ['redis', 'mysql', 'fxa-profile-server', 'syncstorage', 'statsd'],
  nodeEnv: { variable: 'NODE_ENV', development: 'dev', production: 'prod' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    IP_ADDRESS: { from: 'literal', value: '0.0.0.0' },
    HOST: { from: 'literal', value: '0.0.0.0' },
    PORT: { from: 'listenPort' },
    PUBLIC_URL: { from: 'publicUrl', server: 'fxa-auth-server' },
    CONTENT_SERVER_URL: { from: 'publicUrl', server: 'fxa-content-server' },
    CONTENT_URL: { from: 'publicUrl', server: 'fxa-content-server', path: '/oauth/' },
    ISSUER: { from: 'publicUrl', server: 'fxa-content-server' },
    FXA_OPENID_ISSUER: { from: 'publicUrl', server: 'fxa-content-server' },
    OAUTH_URL: { from: 'internalUrl', server: 'fxa-auth-server' },
    AUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
    PROFILE_SERVER_URL: { from: 'internalUrl', server: 'fxa-profile-server', path: '/v1' },
    SYNC_TOKENSERVER_URL: { from: 'publicUrl', server: 'syncstorage' },
    FLOW_ID_KEY: { from: 'sharedSecret', key: 'flowIdKey' },
    SESSION_TOKEN_HANDLE_KEY: { from: 'sharedSecret', key: 'sessionTokenHandleKey' },
    PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN: { from: 'sharedSecret', key: 'profileServerAuthSecretBearerToken' },
    OAUTH_SERVER_SECRET_KEY: { from: 'sharedSecret', key: 'oauthServerSecretKey' },
    AUTH_SERVER_SECRETS: { from: 'sharedSecret', key: 'oauthServerSecretKey' },
    AUTH_SERVER_SHARED_SECRET: { from: 'sharedSecret', key: 'authServerSharedSecret' },
    OAUTH_SERVER_SECRETS: { from: 'sharedSecret', key: 'authServerSharedSecret' },
    IP_HMAC_KEY: { from: 'sharedSecret', key: 'ipHmacKey' },
    SUBSCRIPTIONS_SHARED_SECRET: { from: 'sharedSecret', key: 'subscriptionsSharedSecret' },
    ...authMailAndLinks,
    // the iss of the step-up JWTs auth both signs and verifies: any constant of ours
    MFA__JWT__ISSUER: { from: 'publicHost', servers: ['fxa-content-server'] },
    // WebAuthn: the RP id is the content host, the ceremonies run on its origin
    PASSKEYS__RP_ID: { from: 'publicHost', servers: ['fxa-content-server'] },
    PASSKEYS__ALLOWED_ORIGINS: { from: 'publicOrigin', servers: ['fxa-content-server'] },
    // oauthServer.serverInternal: nothing reads it at the pinned commit; bind-all like the main listener
    HOST_INTERNAL: { from: 'literal', value: '0.0.0.0' },
    STATSD_ENABLE: statsdEnabled,
    DD_AGENT_HOST: statsdHost(''),
    DD_DOGSTATSD_PORT: { from: 'global', key: 'statsd.port' },
    CONFIG_FILES: { from: 'literal', value: '/fxa-helm/config/oauth-clients.json' },
    ...mysql(''),
    ...mysql('AUTH_'),
    ...mysql('PUSHBOX_'),
    ...redis(...REDIS_SECTIONS),
  },
});
