import { defineServer } from '../types.ts';
import { mysqlUrl } from '../servers/wiring.ts';
import { metricWiring } from '../metrics.ts';
import { statsdHost } from '../servers/production.ts';
import { env, sources } from '../env/syncstorage.ts';

export const syncstorage = defineServer({
  name: 'syncstorage',
  description: 'Firefox Sync storage and token server (syncstorage-rs); Firefox finds it through the content server\'s client configuration',
  origin: 'infra',
  image: {
    repository: 'ghcr.io/mozilla-services/syncstorage-rs/syncserver-mysql',
    tag: '0.23.3',
    published: [
      { kind: 'release-workflow', repository: 'mozilla-services/syncstorage-rs', path: '.github/workflows/mozcloud-publish.yaml', commit: 'f084c3c78f91939a69ff10303f6579f7bf538beb', note: 'the tagged commit 0.23.3 (CHANGELOG 0.23.3, 2026-06-18) pushes ghcr.io/<repository>/syncserver-mysql:<tag> on every tag; no public file pulling it was found, and the working install runs mozilla/syncserver (Python) instead' },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: true,
  production: true,
  command: ['/app/bin/syncserver'],
  ports: [{ name: 'http', port: 8000 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/syncserver',
  subdomain: 'sync',
  calls: ['fxa-auth-server', 'mysql', 'statsd'],
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    SYNC_HOST: { from: 'literal', value: '0.0.0.0' },
    SYNC_PORT: { from: 'listenPort' },
    SYNC_MASTER_SECRET: { from: 'sharedSecret', key: 'syncMasterSecret' },
    SYNC_TOKENSERVER__ENABLED: { from: 'literal', value: 'true' },
    // joined with "v1/jwks" and "v1/verify" (Url::join): the trailing slash keeps auth's /auth prefix
    SYNC_TOKENSERVER__FXA_OAUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/' },
    SYNC_SYNCSTORAGE__DATABASE_URL: mysqlUrl('syncstorage'),
    SYNC_TOKENSERVER__DATABASE_URL: mysqlUrl('tokenserver'),
    // creates its tables, and registers this node for new users (the node row clients are sent to)
    SYNC_TOKENSERVER__RUN_MIGRATIONS: { from: 'literal', value: 'true' },
    SYNC_TOKENSERVER__NODE_TYPE: { from: 'literal', value: 'mysql' },
    SYNC_TOKENSERVER__INIT_NODE_URL: { from: 'publicUrl', server: 'syncstorage' },
    SYNC_STATSD_HOST: statsdHost(''),
    // only a label of users in the token server's database ("<uid>@<domain>"): constant for the install's life
    SYNC_TOKENSERVER__FXA_EMAIL_DOMAIN: { from: 'publicHost', servers: ['fxa-auth-server'] },
    SYNC_STATSD_PORT: { from: 'global', key: 'statsd.port' },
    ...metricWiring('syncstorage'),
  },
});
