import { defineServer } from '../types.ts';
import { env, sources } from '../env/fxa-content-server.ts';
import { redis } from './wiring.ts';

export const contentServer = defineServer({
  name: 'fxa-content-server',
  description: 'The web UI; serves /.well-known/fxa-client-configuration that Firefox reads, so it must sit at the public root',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  workingDir: '/app/packages/fxa-content-server',
  command: ['node', 'server/bin/fxa-content-server.js'],
  ports: [{ name: 'http', port: 3030 }],
  probe: { path: '/__lbheartbeat__' },
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
    ...redis('FEATURE_FLAGS_'),
  },
});
