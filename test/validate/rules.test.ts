/**
 * The rules no schema holds (they need the catalog's wiring): shared secrets a server reads, extraEnv
 * that would shadow the chart's variables, and the Ingress paths layout. Small fixtures here; the parity
 * suite checks the same rules against the library chart's `fail`s.
 */
import { describe, expect, it } from 'vitest';
import type { SubchartData } from '../../scripts/validate/chart.ts';
import { checkRoutes, type DirectoryEntry } from '../../scripts/validate/routes.ts';
import { checkExtraEnv, missingSharedSecrets, sharedSecretProblems } from '../../scripts/validate/rules.ts';

const dep: SubchartData = {
  name: 'fxa-auth-server',
  values: {},
  spec: {
    wiring: {
      FLOW_ID_KEY: { from: 'sharedSecret', key: 'flowIdKey' },
      AUTH_SECRET: { from: 'sharedSecret', key: 'authSecret' },
      GOOGLE_SECRET: { from: 'sharedSecret', key: 'googleSecret', when: 'integrations.google.enabled' },
      PUBLIC_URL: { from: 'publicUrl' },
    },
    envNames: ['PORT', 'FLOW_ID_KEY'],
    secretNames: ['AUTH_SECRET', 'FLOW_ID_KEY', 'GOOGLE_SECRET', 'UNWIRED_SECRET'],
  },
};

const lines = (problems: { path: string; message: string }[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
const paths = (section: Record<string, unknown>): string[] => lines([...checkExtraEnv(dep, section), ...sharedSecretProblems([{ server: dep.name, secrets: missingSharedSecrets(dep, section) }])]);

describe('shared secrets a server reads', () => {
  it('names each missing one, sorted by variable, with the server and variable that need it', () => {
    expect(paths({ global: {} })).toEqual([
      'global.secrets.values.authSecret: required by fxa-auth-server (AUTH_SECRET); set it, or name a Secret in global.secrets.existingSecret',
      'global.secrets.values.flowIdKey: required by fxa-auth-server (FLOW_ID_KEY); set it, or name a Secret in global.secrets.existingSecret',
    ]);
  });

  it('is satisfied by a value, by the server\'s own secretEnv, or by an existing Secret for all', () => {
    expect(paths({ global: { secrets: { values: { authSecret: 'a', flowIdKey: 'f' } } } })).toEqual([]);
    expect(paths({ global: { secrets: { values: { authSecret: 'a' } } }, secretEnv: { FLOW_ID_KEY: { existingSecret: 's' } } })).toEqual([]);
    expect(paths({ global: { secrets: { existingSecret: 'fxa-shared' } } })).toEqual([]);
  });

  it('does not count an empty secretEnv entry, an empty value or a secretEnv that is not a map', () => {
    expect(paths({ global: { secrets: { values: { authSecret: 'a', flowIdKey: '' } } }, secretEnv: { FLOW_ID_KEY: {} } })).toHaveLength(1);
    expect(paths({ global: { secrets: { values: { authSecret: 'a' } } }, secretEnv: 'x' })).toHaveLength(1);
  });

  it('asks for a switched secret only while its switch is on', () => {
    const on = { global: { integrations: { google: { enabled: true } }, secrets: { values: { authSecret: 'a', flowIdKey: 'f' } } } };
    expect(paths(on)).toEqual(['global.secrets.values.googleSecret: required by fxa-auth-server (GOOGLE_SECRET); set it, or name a Secret in global.secrets.existingSecret']);
  });

  it('checks nothing for a subchart without a spec', () => {
    const bare = { name: 'redis', values: {} };
    const section = { global: {}, extraEnv: [{ name: 'X' }, { name: 'X' }] };
    expect([...checkExtraEnv(bare, section), ...missingSharedSecrets(bare, section)]).toEqual([]);
  });

  it('groups the readers of one secret into one line, server by server, variables in order', () => {
    const problems = sharedSecretProblems([
      { server: 'fxa-auth-server', secrets: new Map([['redisPassword', ['A_REDIS_PASSWORD', 'REDIS_PASSWORD']], ['flowIdKey', ['FLOW_ID_KEY']]]) },
      { server: 'redis', secrets: new Map([['redisPassword', ['REDIS_PASSWORD']]]) },
      { server: 'statsd', secrets: new Map() },
    ]);
    expect(lines(problems)).toEqual([
      'global.secrets.values.redisPassword: required by fxa-auth-server (A_REDIS_PASSWORD, REDIS_PASSWORD), redis (REDIS_PASSWORD); set it, or name a Secret in global.secrets.existingSecret',
      'global.secrets.values.flowIdKey: required by fxa-auth-server (FLOW_ID_KEY); set it, or name a Secret in global.secrets.existingSecret',
    ]);
  });
});

describe('extraEnv', () => {
  const secrets = { secrets: { existingSecret: 'all' } };

  it('refuses a name the chart already sets, and a name given twice, at its index', () => {
    expect(paths({ global: secrets, extraEnv: [{ name: 'EXTRA' }, { name: 'PORT', value: '1' }, { name: 'EXTRA' }] })).toEqual([
      'fxa-auth-server.extraEnv[1].name: PORT is already set by the chart; use fxa-auth-server.env or fxa-auth-server.secretEnv',
      'fxa-auth-server.extraEnv[2].name: EXTRA is already set by the chart; use fxa-auth-server.env or fxa-auth-server.secretEnv',
    ]);
  });

  it('accepts new names and ignores an extraEnv that is not a list', () => {
    expect(paths({ global: secrets, extraEnv: [{ name: 'A' }, { name: 'B' }] })).toEqual([]);
    expect(paths({ global: secrets, extraEnv: { name: 'PORT' } })).toEqual([]);
  });
});

describe('Ingress paths layout', () => {
  const directory: Record<string, DirectoryEntry> = {
    content: { publicPath: '', routesUnderPublicPath: true, subdomain: null },
    auth: { publicPath: '/auth', routesUnderPublicPath: false, subdomain: 'api' },
    profile: { publicPath: '/profile', routesUnderPublicPath: false, subdomain: 'profile' },
    graphql: { publicPath: '/graphql', routesUnderPublicPath: true, subdomain: 'graphql' },
    internal: { publicPath: null, routesUnderPublicPath: false, subdomain: null },
  };
  const enabled = Object.keys(directory);
  const ingress = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ global: { publicUrl: 'https://accounts.example.com', routes: { kind: 'ingress', ingress: {} }, ...extra } });

  it('names the servers that serve at their root when nothing strips their path', () => {
    expect(checkRoutes(ingress(), enabled, directory)).toEqual([{
      path: 'global.routes.ingress.stripPrefix',
      message: 'auth, profile serve at their root, so the paths layout needs the router to strip their path: set nginx, or use global.routes.layout=subdomains or global.routes.kind=httpRoute',
    }]);
  });

  it('is satisfied by nginx stripping, by HTTPRoutes, or when only servers that route under their path are on', () => {
    expect(checkRoutes({ global: { ...ingress().global as object, routes: { kind: 'ingress', ingress: { stripPrefix: 'nginx' } } } }, enabled, directory)).toEqual([]);
    expect(checkRoutes({ global: { publicUrl: 'https://a.example.com', routes: { kind: 'httpRoute' } } }, enabled, directory)).toEqual([]);
    expect(checkRoutes(ingress(), ['content', 'graphql', 'internal'], directory)).toEqual([]);
  });

  it('with subdomains, a server on its own host serves at its root: nothing to strip', () => {
    expect(checkRoutes(ingress({ routes: { kind: 'ingress', layout: 'subdomains', ingress: {} } }), enabled, directory)).toEqual([]);
  });

  it('a per-server public URL decides that server\'s path', () => {
    const urls = { publicUrls: { auth: 'https://api.example.com/', profile: 'https://profile.example.com/v1/' } };
    expect(checkRoutes(ingress(urls), enabled, directory)[0]?.message).toMatch(/^profile serve at their root/);
  });

  it('a public URL with a path puts every server under it', () => {
    expect(checkRoutes(ingress({ publicUrl: 'https://example.com/accounts' }), ['content'], { content: { publicPath: '', routesUnderPublicPath: false, subdomain: null } })).toHaveLength(1);
    expect(checkRoutes(ingress({ publicUrl: 'https://example.com/' }), ['content'], { content: { publicPath: '', routesUnderPublicPath: false, subdomain: null } })).toEqual([]);
  });

  it('leaves an unparsable URL to the schema', () => {
    expect(checkRoutes(ingress({ publicUrl: 'not a url' }), enabled, directory)).toEqual([]);
  });
});
