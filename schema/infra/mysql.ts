import { defineEnv, defineServer } from '../types.ts';

/** Variables of the official MySQL image's entrypoint (first start only). */
const env = defineEnv([
  { name: 'MYSQL_ROOT_PASSWORD', type: 'string', default: null, secret: true, key: 'entrypoint', doc: 'Password of the root user, set on first start' },
  { name: 'MYSQL_USER', type: 'string', default: null, key: 'entrypoint', doc: 'Additional user created on first start' },
  { name: 'MYSQL_PASSWORD', type: 'string', default: null, secret: true, key: 'entrypoint', doc: 'Password of MYSQL_USER' },
  { name: 'MYSQL_DATABASE', type: 'string', default: null, key: 'entrypoint', doc: 'Database created on first start' },
  { name: 'MYSQL_ALLOW_EMPTY_PASSWORD', type: 'string', default: null, key: 'entrypoint', doc: 'Set to allow root without a password (never in production)' },
  { name: 'MYSQL_RANDOM_ROOT_PASSWORD', type: 'string', default: null, key: 'entrypoint', doc: 'Generate a random root password on first start' },
  { name: 'MYSQL_ONETIME_PASSWORD', type: 'string', default: null, key: 'entrypoint', doc: 'Expire the root password after first start' },
  { name: 'MYSQL_INITDB_SKIP_TZINFO', type: 'string', default: null, key: 'entrypoint', doc: 'Skip loading time zone data on first start' },
]);

export const mysql = defineServer({
  name: 'mysql',
  description: 'In-cluster MySQL for development only; production points global.mysql at a managed database (e.g. RDS)',
  origin: 'infra',
  image: {
    repository: 'mysql',
    tag: '8.4',
    published: [
      { kind: 'working-install', repository: 'jackyzy823/fxa-selfhosting', path: 'docker-compose.tmpl.yml', commit: 'c89be0f6b682f36cb6027749376b65a9f8f2f384', note: 'the working install runs image mysql:8.4 on develop and master (pinned in 1a42ab23 for mysql-native-password)' },
      { kind: 'official-library', repository: 'docker-library/official-images', path: 'library/mysql', commit: '37079fb336f572a88700cf32e5e1f6be54a04e8f', note: 'Docker Hub\'s official tags include 8.4 (8.4.11 at that commit; first listed in 35493c0c, 2024-04-30)' },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: false,
  production: false,
  // FxA's Node servers connect with the mysql (mysqljs) driver, which cannot do MySQL 8.4's default
  // caching_sha2_password: turn the native plugin back on and make it the default for the users the
  // entrypoint creates. A managed MySQL 8.4 needs the same (see docs/secrets-and-data.md).
  command: ['docker-entrypoint.sh', 'mysqld', '--mysql-native-password=ON', '--authentication-policy=mysql_native_password,,'],
  ports: [{ name: 'mysql', port: 3306 }],
  probe: { liveness: { exec: ['sh', '-c', 'exec mysqladmin ping -h 127.0.0.1 -uroot -p"$MYSQL_ROOT_PASSWORD" --silent'] } },
  resourcesPreset: 'medium',
  writablePaths: ['/tmp', '/var/run/mysqld'],
  // the data: a PersistentVolumeClaim while global.persistence.mysql.enabled, else an emptyDir (lost with the pod)
  sharedVolume: { claim: 'mysql', mountPath: '/var/lib/mysql', optional: true },
  calls: [],
  // any unprivileged uid: the entrypoint only chowns when started as root; the data dir belongs to the fsGroup
  runAsUser: 10999,
  env,
  wiring: {
    // root only: the image refuses MYSQL_USER=root on its first start, and the servers connect as
    // root (rule in-cluster-mysql-root); MYSQL_USER and MYSQL_PASSWORD stay unset
    MYSQL_ROOT_PASSWORD: { from: 'sharedSecret', key: 'mysqlPassword' },
  },
  sources: [{ file: 'docker-library/mysql (official image) docker-entrypoint.sh', commit: '8.4' }],
});
