/**
 * Routes rendered by the real Helm for both layouts and both kinds: every public URL a server is given
 * (its own and the ones other servers hand to browsers) is exactly a route to that server, the well-known
 * documents Firefox fetches land on the content server, and an Ingress that cannot strip paths is refused
 * by our validator and by Helm alike.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { helm, render, CHART, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Route { host: string; path: string; service: string; strip: boolean }

/** Where refused paths go: an HTTPRoute rule with no backend, or the Ingresses' Service with no pods. */
const NOWHERE = '(no backend)';
const REFUSED = new Set([NOWHERE, 'fxa-refused']);

function routesOf(objects: K8sObject[]): Route[] {
  const out: Route[] = [];
  for (const o of objects) {
    if (o.kind === 'Ingress') {
      const strip = (o.metadata.annotations ?? {})['nginx.ingress.kubernetes.io/rewrite-target'] === '/$2';
      const spec = (o as unknown as { spec: { rules: { host: string; http: { paths: { path: string; backend: { service: { name: string } } }[] } }[] } }).spec;
      for (const r of spec.rules) {
        for (const p of r.http.paths) out.push({ host: r.host, path: strip ? p.path.replace('(/|$)(.*)', '') : p.path, service: p.backend.service.name, strip });
      }
    } else if (o.kind === 'HTTPRoute') {
      const spec = (o as unknown as { spec: { hostnames: string[]; rules: { matches: { path: { value: string } }[]; filters?: unknown[]; backendRefs?: { name: string }[] }[] } }).spec;
      // a rule without backends forwards nowhere (Gateway API HTTPRouteRule.backendRefs): the Gateway answers 503
      for (const r of spec.rules) out.push({ host: spec.hostnames[0]!, path: r.matches[0]!.path.value, service: r.backendRefs?.[0]?.name ?? NOWHERE, strip: Boolean(r.filters?.length) });
    }
  }
  return out;
}

/** Where a request goes: the longest matching path prefix on its host. */
function resolve(routes: Route[], url: string): Route | undefined {
  const u = new URL(url);
  return routes
    .filter((r) => r.host === u.hostname && (r.path === '/' || u.pathname === r.path || u.pathname.startsWith(`${r.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

const SCENARIOS = {
  'prod: subdomains over Ingress': ['-f', valuesFile('prod')],
  'dev: paths over Ingress (nginx strips)': ['-f', valuesFile('dev')],
  'prod: subdomains over HTTPRoute': ['-f', valuesFile('prod'), '--set', 'global.routes.kind=httpRoute', '--set', 'global.routes.httpRoute.parentRefs[0].name=gw'],
  'dev: paths over HTTPRoute (URLRewrite strips)': ['-f', valuesFile('dev'), '--set', 'global.routes.kind=httpRoute'],
} as const;

describe.each(Object.entries(SCENARIOS))('%s', (_name, args) => {
  const objects = render('helm', [...args]);
  const routes = routesOf(objects);
  const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, (o as unknown as { data?: Record<string, string> }).data ?? {}]));
  const deployed = new Set(objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.labels?.['app.kubernetes.io/name']));

  it('routes every deployed server with a public path, and nothing else', () => {
    const expected = CATALOG.filter((s) => s.publicPath !== undefined && deployed.has(s.name)).map((s) => `fxa-${s.name.replace(/^fxa-/, '')}`).sort();
    expect([...new Set(routes.map((r) => r.service).filter((s) => !REFUSED.has(s)))].sort()).toEqual(expected);
  });

  it("refuses auth's task and scheduler callbacks, whatever follows them, and forwards the rest of its API", () => {
    const auth = new URL(configMaps.get('fxa-auth-server-env')!.PUBLIC_URL!);
    const at = (p: string): string | undefined => resolve(routes, `${auth.origin}${auth.pathname.replace(/\/$/, '')}${p}`)?.service;
    for (const p of ['/v1/cloud-tasks/accounts/delete', '/v1/cloud-tasks/emails/notify-inactive', '/v1/cloud-scheduler/accounts/deleteUnverified', '/v1/cloud-tasks']) {
      expect(REFUSED.has(at(p) ?? ''), `${p} -> ${at(p)}`).toBe(true);
    }
    for (const p of ['/v1/account/status', '/v1/oauth/token', '/v1/cloud-tasksx', '/__lbheartbeat__']) expect(at(p), p).toBe('fxa-auth-server');
  });

  it('every public URL a server is given reaches exactly that server, with the path it serves', () => {
    let checked = 0;
    for (const s of CATALOG) {
      const data = configMaps.get(`fxa-${s.name.replace(/^fxa-/, '')}-env`);
      if (!data) continue;
      for (const [variable, wire] of Object.entries(s.wiring)) {
        if (wire.from !== 'publicUrl' || !deployed.has(wire.server) || data[variable] === undefined) continue;
        const url = data[variable]!;
        const route = resolve(routes, url);
        expect(route?.service, `${s.name} ${variable}=${url}`).toBe(`fxa-${wire.server.replace(/^fxa-/, '')}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('serves the documents Firefox looks for from the content server at the public URL', () => {
    const publicUrl = configMaps.get('fxa-content-server-env')!.PUBLIC_URL!;
    for (const doc of ['/.well-known/fxa-client-configuration', '/.well-known/openid-configuration']) {
      expect(resolve(routes, `${publicUrl.replace(/\/$/, '')}${doc}`)?.service, doc).toBe('fxa-content-server');
    }
  });

  it('strips the path only for servers that serve at their root', () => {
    for (const r of routes.filter((x) => !REFUSED.has(x.service))) {
      const server = CATALOG.find((s) => `fxa-${s.name.replace(/^fxa-/, '')}` === r.service)!;
      expect(r.strip, `${r.service} ${r.host}${r.path}`).toBe(r.path !== '/' && !server.routesUnderPublicPath);
    }
  });
});

describe('TLS and refusals', () => {
  it('puts every host under one certificate that cert-manager makes', () => {
    const ingress = render('helm', ['-f', valuesFile('prod')]).find((o) => o.kind === 'Ingress')! as unknown as { metadata: { annotations: Record<string, string> }; spec: { tls: { hosts: string[]; secretName: string }[]; rules: { host: string }[] } };
    expect(ingress.metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt');
    expect(ingress.spec.tls[0]!.hosts.sort()).toEqual(ingress.spec.rules.map((r) => r.host).sort());
    expect(ingress.spec.tls[0]!.secretName).toBe('fxa-tls');
  });

  it('refuses paths over an Ingress that cannot strip, before Helm runs and in Helm, naming the value', () => {
    const sets = ['global.routes.ingress.stripPrefix=none'];
    const { problems } = createValidator().validate(userValues([valuesFile('dev')], sets));
    expect(problems.map((p) => p.path)).toEqual(['global.routes.ingress.stripPrefix']);
    const r = helm('helm', ['template', 'fxa', CHART, '-f', valuesFile('dev'), '--set', sets[0]!]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/global\.routes: .*fxa-profile-server.* serve at their root/);
  });

  it('names global.publicUrl, not the layout, when the subdomains layout gets a public URL with a path', () => {
    const sets = ['global.routes.layout=subdomains', 'global.routes.ingress.stripPrefix=none', 'global.publicUrl=https://accounts.example.com/fxa'];
    const { problems } = createValidator().validate(userValues([valuesFile('prod')], sets));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('global.publicUrl');
    expect(problems[0]!.message).toMatch(/^has a path, under which fxa-content-server would be served.*give global\.publicUrl \(and global\.publicUrls\) no path/);
    expect(problems[0]!.message).not.toContain('layout=subdomains');
    const r = helm('helm', ['template', 'fxa', CHART, '-f', valuesFile('prod'), ...sets.flatMap((s) => ['--set', s])]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`global.publicUrl: ${problems[0]!.message}`);
  });
});
