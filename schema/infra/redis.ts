import { defineEnv, defineServer } from '../types.ts';
import { REDIS_PASSWORD } from '../servers/wiring.ts';

/** The official image takes its settings as arguments; the password reaches them through the environment. */
const env = defineEnv([
  { name: 'REDIS_PASSWORD', type: 'string', default: '', secret: true, key: '--requirepass', doc: 'Password clients must send (AUTH); empty: none' },
]);

export const redis = defineServer({
  name: 'redis',
  description: 'In-cluster Redis for sessions, rate limiting and caches (point global.redis.host elsewhere to use a managed one)',
  origin: 'infra',
  image: { repository: 'redis', tag: '7.4-alpine' },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: true,
  production: true,
  // a shell, so an empty password means no --requirepass at all, and the password never appears in the pod spec
  command: ['sh', '-c', 'exec redis-server --save "" --appendonly no ${REDIS_PASSWORD:+--requirepass "$REDIS_PASSWORD"}'],
  ports: [{ name: 'redis', port: 6379 }],
  probe: {},
  calls: [],
  runAsUser: 999,
  env,
  wiring: { REDIS_PASSWORD },
  sources: [{ file: 'docker-library/redis (official image)', commit: '7.4-alpine' }],
});
