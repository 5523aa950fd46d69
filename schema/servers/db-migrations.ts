import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/db-migrations.ts';
import { mysql } from './wiring.ts';

export const dbMigrations = defineServer({
  name: 'db-migrations',
  description: 'Forward-only schema patcher for the fxa, fxa_oauth, fxa_profile and pushbox databases; runs once per install/upgrade before the servers',
  origin: 'fxa',
  // a stuck migration (a lock held elsewhere) fails the upgrade after 30 minutes instead of hanging it
  workload: { kind: 'Job', hook: 'pre-install,pre-upgrade', backoffLimit: 2, activeDeadlineSeconds: 1800 },
  scaling: 'singleton',
  enabledByDefault: true,
  production: true,
  ...RUN['db-migrations'],
  ports: [],
  calls: ['mysql'],
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    ...mysql('AUTH_'),
    ...mysql('PROFILE_'),
    ...mysql('OAUTH_'),
    ...mysql('PUSHBOX_'),
  },
});
