import { metricWiring } from '../metrics.ts';
import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-auth-server.ts';
import { keyFile, mysql, redis, REDIS_SECTIONS } from './wiring.ts';
import { authMailAndLinks, statsdEnabled, statsdHost } from './production.ts';
import { AUTH_PRIVATE_PATHS, CLOUD_TASKS_CALLBACKS, CLOUD_TASKS_EMULATOR, CLOUD_TASKS_LOCATION, CLOUD_TASKS_PROJECT, CLOUD_TASKS_QUEUES } from '../cloud-tasks.ts';
import type { BaseWire, PlainWire } from '../types.ts';

const literal = (value: string): BaseWire => ({ from: 'literal', value });

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
  resourcesPreset: 'medium',
  // oauthServer.clients is a list of objects: convict splits Array env values on commas, so it comes as a file
  configFiles: [{ name: 'oauth-clients.json', template: 'fxa-common.oauth.clientsFile' }],
  // account deletion's second half, and the callbacks no router may forward (schema/cloud-tasks.ts)
  sidecars: [CLOUD_TASKS_EMULATOR],
  privatePaths: AUTH_PRIVATE_PATHS,
  // every periodic job of the release that can run here (schema/periodic-jobs.ts says what the others are)
  cronJobs: [
    {
      name: 'prune-tokens',
      schedule: '17 3 * * *',
      command: ['node', 'dist/packages/fxa-auth-server/scripts/prune-tokens.js', '--maxTokenAge=30-days', '--maxCodeAge=30-days', '--maxSessions=1000', '--maxSessionsBatchSize=1', '--wait=500'],
      description: 'Deletes tokens and codes older than 30 days (device sessions kept), trims accounts with over 1000 sessions, cleans orphaned sessions from Redis',
      source: { file: 'packages/fxa-auth-server/scripts/prune-tokens.ts', commit: '1e77381a', why: 'its flags default to 0 (nothing pruned); the values are the example run in the ecosystem docs; tsc emits it under dist/packages/fxa-auth-server/scripts' },
    },
    {
      name: 'prune-oauth-codes',
      schedule: '*/30 * * * *',
      command: ['node', 'dist/packages/fxa-auth-server/scripts/prune-oauth-authorization-codes.js'],
      description: 'Deletes up to 10,000 expired OAuth authorization codes per run (older than 15 minutes)',
      source: { file: 'packages/fxa-auth-server/scripts/prune-oauth-authorization-codes.ts', commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', why: 'a script added to run as a cronjob (mozilla/fxa#9395); --ttl defaults to 15 minutes' },
    },
    {
      name: 'subscription-reminders',
      schedule: '41 4 * * *',
      // the script's own defaults, given explicitly (it ignores options it does not know, so a release that renamed one keeps running)
      command: ['node', 'dist/packages/fxa-auth-server/scripts/subscription-reminders.js', '--plan-length=28', '--monthly-renewal-reminder-length=7', '--yearly-renewal-reminder-length=15'],
      description: 'Emails subscribers of plans longer than 28 days before a renewal charge (7 days ahead for monthly plans, 15 for yearly)',
      source: { file: 'packages/fxa-auth-server/scripts/subscription-reminders.ts', commit: '01f2c8f046a0f7d732b0532092b4a946a6a65d01', why: 'one pass of SubscriptionReminders.sendReminders per run (allowUnknownOption); a package.json script at 2dd112e1, compiled to dist like prune-tokens' },
      when: 'integrations.subscriptions.enabled',
    },
  ],
  keyFiles: ['secret-key.json', 'public-key.json', 'openid-key.json', 'openid-newkey.json', 'openid-oldkey.json', 'vapid-keys.json'],
  publicPath: '/auth',
  subdomain: 'api',
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
    // compared with the issuer of the assertions auth signs for its own OAuth routes, which is its `domain`:
    // url.parse(PUBLIC_URL).host (config/index.ts; lib/oauth/assertion.js ALLOWED_ISSUER); a mismatch fails
    // every OAuth authorization by session token. The working install sets the auth host (compose line 306, c89be0f)
    ISSUER: { from: 'publicHost', servers: ['fxa-auth-server'], port: true },
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
    ...metricWiring('fxa-auth-server'),
    DD_AGENT_HOST: statsdHost(''),
    DD_DOGSTATSD_PORT: { from: 'global', key: 'statsd.port' },
    CONFIG_FILES: { from: 'literal', value: '/fxa-helm/config/oauth-clients.json' },
    // the content server's browser app calls auth with credentials, which a "*" origin forbids (working install, v1.330.6)
    CORS_ORIGIN: { from: 'publicOrigin', servers: ['fxa-content-server'] },
    // set, not left to defaults (docs/conformance.md): the OAuth store, and the clients file written to it at start
    DB: { from: 'literal', value: 'mysql' },
    DB_AUTO_UPDATE_CLIENTS: { from: 'literal', value: 'true' },
    // send-tab and device commands keep their messages in the pushbox database db-migrations creates
    PUSHBOX_ENABLED: { from: 'literal', value: 'true' },
    // account events are written to Firestore, which a self-hosted install does not have
    ACCOUNT_EVENTS_ENABLED: { from: 'literal', value: 'false' },
    // a sampled lastAccessTime leaves it unset on some sessions and /account/devices then fails (mozilla/fxa#12373)
    LASTACCESSTIME_UPDATES_SAMPLE_RATE: { from: 'literal', value: '1' },
    LOG_LEVEL: { from: 'literal', value: 'info' },
    // Cloud Tasks through the emulator beside auth (schema/cloud-tasks.ts): off, the client would call Google
    AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR: { from: 'switch', when: 'accountDeletion.enabled', on: literal('true'), off: literal('false') },
    AUTH_CLOUDTASKS_PROJECT_ID: literal(CLOUD_TASKS_PROJECT),
    AUTH_CLOUDTASKS_LOCATION_ID: literal(CLOUD_TASKS_LOCATION),
    ...Object.fromEntries(Object.entries(CLOUD_TASKS_QUEUES).map(([name, queue]) => [name, literal(queue)])),
    ...Object.fromEntries(Object.entries(CLOUD_TASKS_CALLBACKS).map(([name, path]) => [name, { from: 'loopbackUrl', path } as PlainWire])),
    SECRET_KEY_FILE: keyFile('secret-key.json'),
    PUBLIC_KEY_FILE: keyFile('public-key.json'),
    FXA_OPENID_KEYFILE: keyFile('openid-key.json'),
    FXA_OPENID_NEWKEYFILE: keyFile('openid-newkey.json'),
    FXA_OPENID_OLDKEYFILE: keyFile('openid-oldkey.json'),
    VAPID_KEYS_FILE: keyFile('vapid-keys.json'),
    ...mysql('', 'oauth'),
    ...mysql('AUTH_'),
    ...mysql('PUSHBOX_'),
    ...redis(...REDIS_SECTIONS),
  },
});
