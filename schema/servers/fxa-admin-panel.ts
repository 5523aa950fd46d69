import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/fxa-admin-panel.ts';

export const adminPanel = defineServer({
  name: 'fxa-admin-panel',
  description: 'Admin web UI; internal only, behind SSO',
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: true,
  ...RUN['fxa-admin-panel'],
  ports: [{ name: 'http', port: 8091 }],
  probe: { path: '/__lbheartbeat__' },
  calls: ['fxa-admin-server'],
  nodeEnv: { variable: 'NODE_ENV', development: 'development', production: 'production' },
  runAsUser: 10001,
  env,
  sources,
  wiring: {
    IP_ADDRESS: { from: 'literal', value: '0.0.0.0' },
    PORT: { from: 'listenPort' },
    ADMIN_SERVER_URL: { from: 'internalUrl', server: 'fxa-admin-server' },
  },
});
