import { defineEnv, defineServer } from '../types.ts';
import { REDIS_PASSWORD } from '../servers/wiring.ts';

/** The official image takes its settings as arguments; the password reaches them through the environment. */
const env = defineEnv([
  { name: 'REDIS_PASSWORD', type: 'string', default: '', secret: true, key: '--requirepass', doc: 'Password clients must send (AUTH); empty: none' },
  { name: 'REDIS_APPENDONLY', type: 'enum', values: ['yes', 'no'], default: 'no', key: '--appendonly', doc: 'Write every change to an append-only file in /data, so data survives a restart' },
]);

export const redis = defineServer({
  name: 'redis',
  description: 'In-cluster Redis for sessions, rate limiting and caches (point global.redis.host elsewhere to use a managed one)',
  origin: 'infra',
  image: {
    repository: 'redis',
    tag: '7.4-alpine',
    published: [
      { kind: 'official-library', repository: 'docker-library/official-images', path: 'library/redis', commit: '37079fb336f572a88700cf32e5e1f6be54a04e8f', note: 'Docker Hub\'s official tags include 7.4-alpine (7.4.11 at that commit; first listed in 5f9d3da4, 2024-07-29); the working install runs redis:6.0-alpine' },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: true,
  production: true,
  // a shell, so an empty password means no --requirepass at all, and the password never appears in the pod spec
  command: ['sh', '-c', 'exec redis-server --dir /data --save "" --appendonly "${REDIS_APPENDONLY:-no}" ${REDIS_PASSWORD:+--requirepass "$REDIS_PASSWORD"}'],
  // /data: a PersistentVolumeClaim while global.persistence.redis.enabled, else an emptyDir
  sharedVolume: { claim: 'redis', mountPath: '/data', optional: true },
  ports: [{ name: 'redis', port: 6379 }],
  // ready once it accepts connections; alive while it answers PING (with the password it requires)
  probe: { liveness: { exec: ['sh', '-c', 'REDISCLI_AUTH="$REDIS_PASSWORD" exec redis-cli ping'] } },
  calls: [],
  // any unprivileged uid works (the image's redis user is 999; /data belongs to the pod's fsGroup)
  runAsUser: 10999,
  env,
  wiring: {
    REDIS_PASSWORD,
    REDIS_APPENDONLY: { from: 'switch', when: 'persistence.redis.enabled', on: { from: 'literal', value: 'yes' }, off: { from: 'literal', value: 'no' } },
  },
  sources: [{ file: 'docker-library/redis (official image)', commit: '7.4-alpine' }],
});
