import { defineEnv, defineServer } from '../types.ts';

/** The official image takes its settings as arguments, not environment; the chart passes none. */
const env = defineEnv([]);

export const redis = defineServer({
  name: 'redis',
  description: 'In-cluster Redis for sessions, rate limiting and caches (point global.redis.host elsewhere to use a managed one)',
  origin: 'infra',
  image: { repository: 'redis', tag: '7.4-alpine' },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: true,
  production: true,
  command: ['redis-server', '--save', '', '--appendonly', 'no'],
  ports: [{ name: 'redis', port: 6379 }],
  probe: {},
  calls: [],
  runAsUser: 999,
  env,
  wiring: {},
  sources: [{ file: 'docker-library/redis (official image)', commit: '7.4-alpine' }],
});
