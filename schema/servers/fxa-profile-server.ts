import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-profile-server.ts';
import { mysql, redis } from './wiring.ts';
import { CONTENT_ORIGIN_PATTERN } from './production.ts';

/** Where avatars live: written by the worker, served by profile-static (one claim mounted by both). */
export const AVATAR_DIR = '/fxa-helm/avatars';

/** The web, static and worker processes run from one image and one config; they differ in command and port. */
const common = {
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  enabledByDefault: true,
  production: true,
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  // the worker writes avatars, _static serves them, and every process's config checks the directory exists
  sharedVolume: { claim: 'avatars', mountPath: AVATAR_DIR },
  env,
  sources,
} as const;

const wiring = {
  HOST: { from: 'literal', value: '0.0.0.0' },
  WORKER_HOST: { from: 'literal', value: '0.0.0.0' },
  PUBLIC_URL: { from: 'publicUrl', server: 'fxa-profile-server' },
  AUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
  OAUTH_SERVER_URL: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' },
  WORKER_URL: { from: 'internalUrl', server: 'fxa-profile-worker' },
  // browsers fetch avatars here; the server only accepts avatar URLs its provider pattern matches
  IMG_URL: { from: 'publicUrl', server: 'fxa-profile-static', path: '/a/{id}' },
  IMG_PROVIDERS_FXA: { from: 'publicUrlPattern', server: 'fxa-profile-static', path: '/a/', suffix: '[0-9a-f]{32}$' },
  // upstream defaults keep profiles in memory and avatars in an S3 bucket named BUCKET_NAME
  DB: { from: 'literal', value: 'mysql' },
  IMG: { from: 'literal', value: 'local' },
  IMG_UPLOADS_DEST_PUBLIC: { from: 'literal', value: AVATAR_DIR },
  TRACING_CORS_URLS: CONTENT_ORIGIN_PATTERN,
  AUTH_SECRET_BEARER_TOKEN: { from: 'sharedSecret', key: 'profileServerAuthSecretBearerToken' },
  ...mysql('', 'profile'),
  ...redis(''),
} as const;

export const profileServer = defineServer({
  ...common,
  name: 'fxa-profile-server',
  description: 'Profile API (display name, avatar) for browsers and relying parties',
  scaling: 'scalable',
  ...RUN['fxa-profile-server'],
  ports: [{ name: 'http', port: 1111 }],
  probe: { path: '/__lbheartbeat__' },
  publicPath: '/profile',
  subdomain: 'profile',
  calls: ['fxa-auth-server', 'fxa-profile-worker', 'mysql', 'redis'],
  // profile-change events go to SQS/Pub/Sub, which a self-hosted install does not have (working install)
  wiring: { ...wiring, PORT: { from: 'listenPort' }, EVENTS_ENABLED: { from: 'literal', value: 'false' } },
});

export const profileStatic = defineServer({
  ...common,
  name: 'fxa-profile-static',
  description: 'Serves uploaded avatar images (profile server static process)',
  scaling: 'scalable',
  ...RUN['fxa-profile-static'],
  ports: [{ name: 'http', port: 1112 }],
  // _static serves only images, with no heartbeat route: readiness is a TCP connect, liveness the same check
  // from inside (netcat is in mozilla/fxa-mono's runtime stage, _dev/docker/mono/Dockerfile)
  probe: { liveness: { exec: ['nc', '-z', '127.0.0.1', '1112'] } },
  publicPath: '/profile-images',
  subdomain: 'avatars',
  calls: [],
  // _static listens on the web port + 1 (upstream), so PORT is set one below the static port
  wiring: { ...wiring, PORT: { from: 'literal', value: '1111' } },
});

export const profileWorker = defineServer({
  ...common,
  name: 'fxa-profile-worker',
  description: 'Resizes uploaded avatars for the profile server',
  scaling: 'scalable',
  ...RUN['fxa-profile-worker'],
  ports: [{ name: 'http', port: 1113 }],
  probe: { path: '/__heartbeat__' },
  calls: [],
  wiring: { ...wiring, WORKER_PORT: { from: 'listenPort' } },
});
