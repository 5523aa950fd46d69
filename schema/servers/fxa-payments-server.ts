import { defineServer } from '../types.ts';
import { env, sources } from '../env/fxa-payments-server.ts';

export const paymentsServer = defineServer({
  name: 'fxa-payments-server',
  description: 'Subscription management UI (Stripe/PayPal); optional',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: true,
  workingDir: '/app/packages/fxa-payments-server',
  command: ['node', 'server/bin/fxa-payments-server.js'],
  ports: [{ name: 'http', port: 3031 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/subscriptions',
  calls: ['fxa-auth-server', 'fxa-profile-server', 'fxa-content-server'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    IP_ADDRESS: { from: 'literal', value: '0.0.0.0' },
    PORT: { from: 'listenPort' },
    PUBLIC_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
    // read by the browser bundle, so public
    AUTH_SERVER_URL: { from: 'publicUrl', server: 'fxa-auth-server' },
    OAUTH_SERVER_URL: { from: 'publicUrl', server: 'fxa-auth-server' },
    PROFILE_SERVER_URL: { from: 'publicUrl', server: 'fxa-profile-server' },
    CONTENT_SERVER_URL: { from: 'publicUrl', server: 'fxa-content-server' },
    FXA_PROFILE_IMAGES_URL: { from: 'publicUrl', server: 'fxa-profile-static' },
  },
});
