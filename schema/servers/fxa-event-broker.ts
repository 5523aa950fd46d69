import { metricWiring } from '../metrics.ts';
import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-event-broker.ts';
import { statsdHost } from './production.ts';
import { keyFile } from './wiring.ts';

export const eventBroker = defineServer({
  name: 'fxa-event-broker',
  description: 'Relays account events to relying parties (webhooks via Google Pub/Sub); optional',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: true,
  ...RUN['fxa-event-broker'],
  ports: [{ name: 'http', port: 8090 }],
  probe: { path: '/__lbheartbeat__' },
  calls: ['fxa-auth-server'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  // signs security event tokens that relying parties verify against the auth server's JWKS: the OpenID key
  keyFiles: ['openid-key.json'],
  env,
  sources,
  wiring: {
    PUBSUB_PROXY_PORT: { from: 'listenPort' },
    OPENID_ISSUER: { from: 'publicUrl', server: 'fxa-content-server' },
    OPENID_KEYFILE: keyFile('openid-key.json'),
    METRIC_HOST: statsdHost(''),
    METRIC_PORT: { from: 'global', key: 'statsd.port' },
    ...metricWiring('fxa-event-broker'),
    CAPABILITY_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1/oauth/subscriptions/clients' },
    // auth serves that route only with subscriptions (Stripe) on, and checks the whole Authorization header
    // against its SUBSCRIPTIONS_SHARED_SECRET (lib/server.js@2dd112e1, subscriptionsSecret); the broker would
    // otherwise stop at start on the 404 (client-capability.service.ts: fetched at bootstrap when required)
    CAPABILITY_AUTH_TOKEN: { from: 'sharedSecret', key: 'subscriptionsSharedSecret' },
    CAPABILITY_FAIL_ON_START: { from: 'switch', when: 'integrations.subscriptions.enabled', on: { from: 'literal', value: 'true' }, off: { from: 'literal', value: 'false' } },
  },
});
