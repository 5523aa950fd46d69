/**
 * NetworkPolicies rendered by the real Helm: a few servers against a call graph written out by hand from what
 * each FxA server talks to, then every server against the catalog's calls graph (callsOf), pair by pair.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { callsOf } from '../../scripts/gen/runtime-spec.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Peer { podSelector?: { matchLabels?: Record<string, string> } }
interface Rule { from?: Peer[]; to?: Peer[]; ports?: { port: number; protocol?: string }[] }
interface Policy { metadata: { name: string }; spec: { podSelector: { matchLabels: Record<string, string> }; ingress?: Rule[]; egress?: Rule[]; policyTypes: string[] } }

const peerNames = (rules: Rule[] | undefined, side: 'from' | 'to'): Set<string> =>
  new Set((rules ?? []).flatMap((r) => r[side] ?? []).map((p) => p.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? ''));

/**
 * Which pods serve the services (MySQL, Redis, StatsD, SMTP) in each example environment, read off
 * values/*.yaml by hand: dev keeps all four in the release (SMTP is the Mailpit catcher), prod has an
 * external MySQL and SMTP relay (reached by port, not by pod). With each service's port and protocol.
 */
const SERVED_BY: Record<string, Record<string, string | undefined>> = {
  dev: { mysql: 'mysql', redis: 'redis', statsd: 'statsd', smtp: 'mailpit' },
  prod: { mysql: undefined, redis: 'redis', statsd: 'statsd', smtp: undefined },
};
const SERVICE_PORTS: Record<string, Record<string, { port: number; protocol: string }>> = {
  dev: { mysql: { port: 3306, protocol: 'TCP' }, redis: { port: 6379, protocol: 'TCP' }, statsd: { port: 8125, protocol: 'UDP' }, smtp: { port: 1025, protocol: 'TCP' } },
  prod: { mysql: { port: 3306, protocol: 'TCP' }, redis: { port: 6379, protocol: 'TCP' }, statsd: { port: 8125, protocol: 'UDP' }, smtp: { port: 587, protocol: 'TCP' } },
};

/**
 * Written by hand, not read from the catalog: the pods each of these reaches in values/dev.yaml, as `pod:port`
 * (DNS and the egress to :443 every server gets aside). The content server proxies the auth API, reads profiles
 * and keeps sessions in Redis; the profile worker stores avatars' metadata in MySQL and checks tokens with auth;
 * Sync's storage checks OAuth tokens with auth and keeps data in MySQL; the event broker reads auth's events;
 * payments calls auth, content and profile; every Node server but the profile ones sends statsd metrics.
 */
const DEV_EGRESS: Record<string, string[]> = {
  'fxa-content-server': ['fxa-auth-server:9000', 'fxa-profile-server:1111', 'redis:6379', 'statsd:8125'],
  'fxa-profile-worker': ['fxa-auth-server:9000', 'mysql:3306', 'redis:6379'],
  'fxa-profile-server': ['fxa-auth-server:9000', 'fxa-profile-worker:1113', 'mysql:3306', 'redis:6379'],
  syncstorage: ['fxa-auth-server:9000', 'mysql:3306', 'statsd:8125'],
  'fxa-event-broker': ['fxa-auth-server:9000', 'statsd:8125'],
  'fxa-payments-server': ['fxa-auth-server:9000', 'fxa-content-server:3030', 'fxa-profile-server:1111', 'statsd:8125'],
  'fxa-auth-server': ['fxa-profile-server:1111', 'mysql:3306', 'redis:6379', 'mailpit:1025', 'statsd:8125', 'syncstorage:8000'],
};
/** Who may reach these pods in values/dev.yaml, by hand: the profile worker only from the profile servers, MySQL only from its users. */
const DEV_INGRESS: Record<string, string[]> = {
  'fxa-profile-worker': ['fxa-profile-server', 'fxa-profile-static'],
  mysql: ['db-migrations', 'fxa-admin-server', 'fxa-auth-server', 'fxa-auth-server-prune-oauth-codes', 'fxa-auth-server-prune-tokens', 'fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker', 'syncstorage'],
  syncstorage: ['fxa-auth-server', 'fxa-auth-server-prune-oauth-codes', 'fxa-auth-server-prune-tokens'],
};

describe('NetworkPolicies of values/dev.yaml against a hand-written call graph', () => {
  const policies = render('helm', ['-f', valuesFile('dev')]).filter((o) => o.kind === 'NetworkPolicy') as unknown as Policy[];
  const policyOf = (server: string): Policy => policies.find((p) => p.spec.podSelector.matchLabels['app.kubernetes.io/name'] === server)!;
  const podPorts = (rules: Rule[] | undefined, side: 'from' | 'to'): string[] =>
    (rules ?? []).flatMap((r) => (r[side] ?? []).flatMap((p) => (r.ports ?? []).map((port) => `${p.podSelector?.matchLabels?.['app.kubernetes.io/name']}:${port.port}`)));

  it.each(Object.entries(DEV_EGRESS))('%s reaches exactly its peers, on their ports', (server, peers) => {
    expect(podPorts(policyOf(server).spec.egress, 'to').sort()).toEqual([...peers].sort());
  });

  it.each(Object.entries(DEV_INGRESS))('%s admits exactly its clients', (server, clients) => {
    const from = (policyOf(server).spec.ingress ?? []).flatMap((r) => r.from ?? []);
    expect(from.every((p) => p.podSelector?.matchLabels?.['app.kubernetes.io/name']), `${server} admits only named pods`).toBe(true);
    expect(from.map((p) => p.podSelector!.matchLabels!['app.kubernetes.io/name']).sort()).toEqual([...clients].sort());
  });
});

describe.each(['dev', 'prod'])('NetworkPolicies of values/%s.yaml', (env) => {
  const objects = render('helm', ['-f', valuesFile(env)]);
  const policies = objects.filter((o): o is K8sObject & Policy => o.kind === 'NetworkPolicy') as unknown as Policy[];
  const deployed = new Set(objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job').map((o) => o.metadata.labels?.['app.kubernetes.io/name'] ?? ''));
  // a server's CronJob pods carry <server>-<job> and call what the server calls
  // the periodic jobs rendered (an integration's job only while it is on)
  const crons = new Set(objects.filter((o) => o.kind === 'CronJob').map((o) => o.metadata.name));
  const jobPods = CATALOG.flatMap((s) => (deployed.has(s.name) ? (s.cronJobs ?? []).map((j) => ({ pod: `${s.name}-${j.name}`, of: s })).filter((j) => crons.has(j.pod)) : []));
  const policyOf = (server: string): Policy | undefined => policies.find((p) => p.spec.podSelector.matchLabels['app.kubernetes.io/name'] === server);

  it('denies everything of the release by default, then has one policy per deployed server', () => {
    const deny = policies.find((p) => !p.spec.podSelector.matchLabels['app.kubernetes.io/name'])!;
    expect(deny.spec).toEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'fxa' } }, policyTypes: ['Ingress', 'Egress'] });
    expect(policies.length).toBe(deployed.size + jobPods.length + 1);
    for (const s of [...deployed, ...jobPods.map((j) => j.pod)]) expect(policyOf(s), s).toBeDefined();
  });

  it('lets each server reach exactly the in-cluster servers it calls, and be reached by exactly its callers', () => {
    let pairs = 0;
    for (const s of CATALOG.filter((x) => deployed.has(x.name))) {
      const egressTo = peerNames(policyOf(s.name)!.spec.egress, 'to');
      const peers = callsOf(s).map((c) => (c in SERVED_BY[env]! ? SERVED_BY[env]![c] : c)).filter((c): c is string => Boolean(c));
      const expected = [...new Set(peers)].filter((c) => deployed.has(c) && CATALOG.find((x) => x.name === c)!.ports.length);
      expect([...egressTo].sort(), `${s.name} egress`).toEqual(expected.sort());
      for (const c of expected) {
        expect(peerNames(policyOf(c)!.spec.ingress, 'from').has(s.name), `${c} admits ${s.name}`).toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(20);
  });

  it('reaches each service it uses on the service\'s port and protocol only, at its pods when in the release', () => {
    let checked = 0;
    for (const s of CATALOG.filter((x) => deployed.has(x.name))) {
      const egress = policyOf(s.name)!.spec.egress ?? [];
      for (const service of callsOf(s).filter((c) => c in SERVED_BY[env]!)) {
        const pod = SERVED_BY[env]![service];
        const rule = egress.find((r) => (pod ? r.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/name'] === pod : !r.to && r.ports?.[0]?.port === SERVICE_PORTS[env]![service]!.port));
        expect(rule, `${s.name} -> ${service}`).toBeDefined();
        expect(rule!.ports, `${s.name} -> ${service}`).toEqual([SERVICE_PORTS[env]![service]]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps Redis closed to everything but its clients', () => {
    const redis = policyOf('redis')!;
    expect(redis.spec.ingress!.every((r) => r.from?.length)).toBe(true);
    const clients = CATALOG.filter((s) => deployed.has(s.name) && callsOf(s).includes('redis')).map((s) => s.name);
    const jobClients = jobPods.filter((j) => callsOf(j.of).includes('redis')).map((j) => j.pod);
    expect([...peerNames(redis.spec.ingress, 'from')].sort()).toEqual([...clients, ...jobClients].sort());
  });

  it('opens public servers on their HTTP port to the router, and DNS to everyone', () => {
    const content = policyOf('fxa-content-server')!;
    expect(content.spec.ingress).toContainEqual({ ports: [{ port: 3030 }] });
    for (const p of policies.slice(1)) expect(p.spec.egress![0], p.metadata.name).toEqual({ ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] });
  });
});

it('restricts the public servers to the router when ingressFrom names it', () => {
  const from = [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } }];
  const objects = render('helm', ['-f', valuesFile('prod'), '--set-json', `global.networkPolicy.ingressFrom=${JSON.stringify(from)}`]);
  const content = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'fxa-content-server') as unknown as Policy;
  expect(content.spec.ingress).toContainEqual({ ports: [{ port: 3030 }], from });
});
