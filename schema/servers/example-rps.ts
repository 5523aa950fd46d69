import { defineServer } from '../types.ts';
import { RUN } from './commands.ts';
import { env, sources } from '../env/123done.ts';

/** 123done (trusted) and 321done (untrusted) are the same example relying party with different settings. */
const common = {
  origin: 'fxa',
  workload: { kind: 'Deployment' },
  scaling: 'scalable',
  enabledByDefault: false,
  production: false,
  probe: { path: '/' },
  calls: ['fxa-auth-server', 'fxa-content-server'],
  runAsUser: 10001,
  env,
  sources,
} as const;

export const rp123done = defineServer({
  ...common,
  name: '123done',
  ...RUN['123done'],
  description: 'Example trusted OAuth relying party (dev and test only)',
  ports: [{ name: 'http', port: 8080 }],
  publicPath: '/123done',
  subdomain: '123done',
  wiring: {
    PORT: { from: 'listenPort' },
    ISSUER_URI: { from: 'publicUrl', server: 'fxa-content-server' },
    REDIRECT_URI: { from: 'publicUrl', server: '123done', path: '/api/oauth' },
    PKCE_REDIRECT_URI: { from: 'publicUrl', server: '123done', path: '/?oauth_pkce_redirect=1' },
  },
});

export const rp321done = defineServer({
  ...common,
  name: '321done',
  ...RUN['321done'],
  description: 'Example untrusted OAuth relying party (dev and test only)',
  ports: [{ name: 'http', port: 10139 }],
  publicPath: '/321done',
  subdomain: '321done',
  wiring: {
    PORT: { from: 'listenPort' },
    COOKIE_NAME: { from: 'literal', value: '321done' },
    // the untrusted client registered for 321done (content server's OAUTH_CLIENT_IDS names it)
    CLIENT_ID: { from: 'literal', value: '325b4083e32fe8e7' },
    ISSUER_URI: { from: 'publicUrl', server: 'fxa-content-server' },
    REDIRECT_URI: { from: 'publicUrl', server: '321done', path: '/api/oauth' },
    PKCE_REDIRECT_URI: { from: 'publicUrl', server: '321done', path: '/?oauth_pkce_redirect=1' },
  },
});
