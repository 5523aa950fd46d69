import { defineEnv, defineServer } from '../types.ts';

/** Mailpit's runtime options as environment (mailpit.axllent.org/docs/configuration/runtime-options). */
const env = defineEnv([
  { name: 'MP_SMTP_AUTH_ACCEPT_ANY', type: 'boolean', default: false, key: '--smtp-auth-accept-any', doc: 'Accept any SMTP username and password, so a relay configured with credentials still delivers here' },
  { name: 'MP_SMTP_AUTH_ALLOW_INSECURE', type: 'boolean', default: false, key: '--smtp-auth-allow-insecure', doc: 'Allow SMTP authentication without TLS' },
  { name: 'MP_WEBROOT', type: 'string', default: '/', key: '--webroot', doc: 'Path the web UI and API are served under' },
  { name: 'MP_MAX_MESSAGES', type: 'integer', default: 500, key: '--max', doc: 'Messages kept; older ones are deleted' },
  { name: 'MP_UI_BIND_ADDR', type: 'string', default: '[::]:8025', key: '--listen', doc: 'Address of the web UI and API' },
  { name: 'MP_SMTP_BIND_ADDR', type: 'string', default: '[::]:1025', key: '--smtp', doc: 'Address of the SMTP server' },
]);

/**
 * Development mail catcher: the auth server's mail (verification codes, sign-in confirmations) lands here
 * and is read in Mailpit's web UI instead of leaving the cluster. Never part of a production install.
 */
export const mailpit = defineServer({
  name: 'mailpit',
  description: 'Development mail catcher (Mailpit): the auth server sends here and its web UI shows every message, verification codes included',
  origin: 'infra',
  image: {
    repository: 'axllent/mailpit',
    tag: 'v1.31.3',
    published: [
      {
        kind: 'release-workflow',
        repository: 'axllent/mailpit',
        path: '.github/workflows/build-docker.yml',
        commit: '408b30d59709e3f2ed69c7748d900a2208cfbf9b',
        note: 'every created release is pushed as axllent/mailpit:<tag>; the stored tree ends at v1.30.5, so v1.31.3 itself rests on public files pinning axllent/mailpit:v1.31.3@sha256:ed9b00c609e77e99c79b93f1178255ebc271868920f2c69a8d166bd5634ed10d (read through the code index, which names no repository)',
      },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: false,
  production: false,
  command: ['/mailpit'],
  ports: [{ name: 'http', port: 8025 }, { name: 'smtp', port: 1025 }],
  probe: { path: '/livez' },
  resourcesPreset: 'nano',
  publicPath: '/mailpit',
  subdomain: 'mail',
  // the UI, its API and /livez all sit under MP_WEBROOT
  routesUnderPublicPath: true,
  calls: [],
  // the image runs as root by default; Mailpit needs no privilege (ports above 1024, messages in /tmp)
  runAsUser: 10002,
  env,
  wiring: {
    MP_SMTP_AUTH_ACCEPT_ANY: { from: 'literal', value: 'true' },
    MP_SMTP_AUTH_ALLOW_INSECURE: { from: 'literal', value: 'true' },
    MP_WEBROOT: { from: 'literal', value: '/mailpit/' },
  },
  sources: [{ file: 'axllent/mailpit runtime options (docs/configuration/runtime-options)', commit: 'v1.31.3' }],
});
