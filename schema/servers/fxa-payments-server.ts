import { defineServer } from '../types.ts';
import { metricWiring } from '../metrics.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-payments-server.ts';
import { statsdEnabled, statsdHost } from './production.ts';

export const paymentsServer = defineServer({
  name: 'fxa-payments-server',
  description: 'Subscription management UI (Stripe/PayPal); optional',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: true,
  ...RUN['fxa-payments-server'],
  ports: [{ name: 'http', port: 3031 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/subscriptions',
  subdomain: 'payments',
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
    // format url: its own origin serves the static assets (upstream: Mozilla's CDN)
    STATIC_RESOURCE_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
    FXA_STATIC_CDN_URL: { from: 'publicUrl', server: 'fxa-payments-server' },
    // /legal-docs only redirects to this host; legal documents are served by the content server
    PAYMENT_LEGAL_DOWNLOAD_FQDN: { from: 'publicHost', servers: ['fxa-content-server'] },
    // CSP reports go to the content server's report endpoint, as upstream's accounts.firefox.com default does
    CSP_REPORT_URI: { from: 'publicUrl', server: 'fxa-content-server', path: '/_/csp-violation' },
    CSP_REPORT_ONLY_URI: { from: 'publicUrl', server: 'fxa-content-server', path: '/_/csp-violation-report-only' },
    // upstream maps Mozilla's test products to Mozilla's hosts; an install has no products until it adds some
    PRODUCT_REDIRECT_URLS: { from: 'literal', value: '{}' },
    STATSD_ENABLE: statsdEnabled,
    ...metricWiring('fxa-payments-server'),
    DD_AGENT_HOST: statsdHost(''),
    DD_DOGSTATSD_PORT: { from: 'global', key: 'statsd.port' },
  },
});
