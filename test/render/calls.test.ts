/**
 * Server-to-server URLs (schema/calls.ts, docs/calls.md) against the real render: a server's own requests go
 * to a Service of the release, what browsers or other parties see is public, the auth server's OAuth issuer is
 * the host FxA derives from its public URL, and a server that requests public URLs may leave for the router.
 */
import { describe, expect, it } from 'vitest';
import { callRows } from '../../scripts/gen/emit-calls.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

const configOf = (objects: K8sObject[], server: string): Record<string, string> | undefined =>
  (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `fxa-${server}-env`.replace('fxa-fxa-', 'fxa-')) as unknown as { data?: Record<string, string> } | undefined)?.data;

describe.each(['dev', 'prod'])('server-to-server URLs in the render of values/%s.yaml', (env) => {
  const objects = render('helm', ['-f', valuesFile(env), '--set', '123done.enabled=true']);
  const services = new Set(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name));
  const publicHost = new URL(configOf(objects, 'fxa-content-server')!.PUBLIC_URL!).hostname;
  const domain = publicHost.split('.').slice(-2).join('.');
  const rendered = callRows().flatMap((r) => {
    const value = configOf(objects, r.server)?.[r.variable];
    return value === undefined ? [] : [{ ...r, value }];
  });

  it("sends each server's own requests to a Service of the release", () => {
    const calls = rendered.filter((r) => r.use.use === 'call');
    expect(calls.length).toBeGreaterThan(env === 'dev' ? 10 : 6);
    for (const r of calls) {
      const host = new URL(r.value).hostname;
      // a helper in the server's own pod calls it back over the loopback (auth's Cloud Tasks emulator)
      if (r.wire.from === 'loopbackUrl') expect(host, `${r.server} ${r.variable}`).toBe('127.0.0.1');
      else expect(services.has(host), `${r.server} ${r.variable} = ${r.value}`).toBe(true);
    }
  });

  it('gives browsers, relying parties and string comparisons the public names only', () => {
    const outward = rendered.filter((r) => ['browser', 'identity', 'fetch-public'].includes(r.use.use) && !(r.use.use === 'browser' && r.use.gap));
    expect(outward.length).toBeGreaterThan(30);
    for (const r of outward) {
      // a pattern escapes its dots
      const value = r.value.replace(/\\\./g, '.');
      expect(value, `${r.server} ${r.variable}`).toContain(domain);
      for (const name of value.split(/[^a-z0-9.-]+/)) expect(services.has(name), `${r.server} ${r.variable} names the Service ${name}`).toBe(false);
    }
  });

  it("sets auth's OAuth issuer to the host FxA takes from its public URL (url.parse(publicUrl).host)", () => {
    const auth = configOf(objects, 'fxa-auth-server')!;
    expect(auth.ISSUER).toBe(new URL(auth.PUBLIC_URL!).host);
  });
});

it("keeps auth's OAuth issuer equal to its public URL's host when that URL names a port", () => {
  const auth = configOf(render('helm', ['-f', valuesFile('dev'), '--set', 'global.publicUrl=https://accounts.example.test:8443']), 'fxa-auth-server')!;
  expect(auth.PUBLIC_URL).toBe('https://accounts.example.test:8443/auth');
  expect(auth.ISSUER).toBe('accounts.example.test:8443');
});

describe('a server that requests public URLs may leave for the router', () => {
  interface Rule { to?: unknown[]; ports?: { port: number; protocol?: string }[] }
  const egressOf = (objects: K8sObject[], name: string): Rule[] =>
    ((objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === name) as unknown as { spec: { egress: Rule[] } }).spec.egress);
  const portsOnly = (rules: Rule[]): number[] => rules.filter((r) => !r.to).flatMap((r) => (r.ports ?? []).map((p) => p.port)).filter((p) => p !== 53).sort();
  const router = [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }];

  it("on the public URL's port, to the router's peers, while no other server gets that rule", () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', '123done.enabled=true', '--set', 'global.networkPolicy.egressHttps=false', '--set-json', `global.networkPolicy.ingressFrom=${JSON.stringify(router)}`]);
    const rp = egressOf(objects, 'fxa-123done');
    expect(rp.filter((r) => JSON.stringify(r.to) === JSON.stringify(router)).flatMap((r) => r.ports)).toEqual([{ port: 443, protocol: 'TCP' }]);
    for (const p of objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.name !== 'fxa-123done' && o.metadata.name !== 'fxa-fxa-default-deny')) {
      const rules = (p as unknown as { spec: { egress?: Rule[] } }).spec.egress ?? [];
      expect(rules.some((r) => JSON.stringify(r.to) === JSON.stringify(router)), p.metadata.name).toBe(false);
    }
  });

  it('on the port the public URL names, to any address when no router peers are given', () => {
    const objects = render('helm', ['-f', valuesFile('dev'), '--set', '123done.enabled=true', '--set', 'global.networkPolicy.egressHttps=false', '--set', 'global.publicUrl=http://fxa.localhost:8080']);
    expect(portsOnly(egressOf(objects, 'fxa-123done'))).toEqual([8080]);
    expect(portsOnly(egressOf(objects, 'fxa-profile-server'))).toEqual([]);
  });
});

it("the event broker sends auth's subscriptions secret for client capabilities, and needs them only with subscriptions on", () => {
  const off = render('helm', ['-f', valuesFile('dev')]);
  const envOf = (objects: K8sObject[], server: string, name: string): unknown =>
    ((objects.find((o) => o.kind === 'Deployment' && o.metadata.name === server) as unknown as { spec: { template: { spec: { containers: { env?: { name: string; valueFrom?: unknown }[] }[] } } } }).spec.template.spec.containers[0]!.env ?? []).find((e) => e.name === name)?.valueFrom;
  expect(envOf(off, 'fxa-event-broker', 'CAPABILITY_AUTH_TOKEN')).toEqual(envOf(off, 'fxa-auth-server', 'SUBSCRIPTIONS_SHARED_SECRET'));
  expect(envOf(off, 'fxa-event-broker', 'CAPABILITY_AUTH_TOKEN')).toBeDefined();
  expect(configOf(off, 'fxa-event-broker')!.CAPABILITY_FAIL_ON_START).toBe('false');
  const on = render('helm', ['-f', valuesFile('dev'), '--set', 'global.integrations.subscriptions.enabled=true', '--set', 'fxa-payments-server.enabled=true', '--set', 'global.secrets.values.stripeApiKey=sk_test_x', '--set', 'global.secrets.values.stripeWebhookSecret=whsec_x', '--set', 'global.secrets.values.stripePublishableKey=pk_test_x', '--set', 'global.fxaRelease=v1.316.4']);
  expect(configOf(on, 'fxa-event-broker')!.CAPABILITY_FAIL_ON_START).toBe('true');
});
