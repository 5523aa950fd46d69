/** NetworkPolicies rendered by the real Helm, checked against the catalog's calls graph (callsOf), pair by pair. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { callsOf } from '../../scripts/gen/runtime-spec.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Peer { podSelector?: { matchLabels?: Record<string, string> } }
interface Rule { from?: Peer[]; to?: Peer[]; ports?: { port: number; protocol?: string }[] }
interface Policy { metadata: { name: string }; spec: { podSelector: { matchLabels: Record<string, string> }; ingress?: Rule[]; egress?: Rule[]; policyTypes: string[] } }

const peerNames = (rules: Rule[] | undefined, side: 'from' | 'to'): Set<string> =>
  new Set((rules ?? []).flatMap((r) => r[side] ?? []).map((p) => p.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? ''));

describe.each(['dev', 'prod'])('NetworkPolicies of values/%s.yaml', (env) => {
  const objects = render('helm', ['-f', valuesFile(env)]);
  const policies = objects.filter((o): o is K8sObject & Policy => o.kind === 'NetworkPolicy') as unknown as Policy[];
  const deployed = new Set(objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job').map((o) => o.metadata.labels?.['app.kubernetes.io/name'] ?? ''));
  // a server's CronJob pods carry <server>-<job> and call what the server calls
  const jobPods = CATALOG.flatMap((s) => (deployed.has(s.name) ? (s.cronJobs ?? []).map((j) => ({ pod: `${s.name}-${j.name}`, of: s })) : []));
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
      const inCluster = callsOf(s).filter((c) => deployed.has(c) && CATALOG.find((x) => x.name === c)!.ports.length);
      // an external MySQL (prod) is reached by port, not by pod
      const expected = inCluster.filter((c) => !(env === 'prod' && c === 'mysql'));
      expect([...egressTo].sort(), `${s.name} egress`).toEqual(expected.sort());
      for (const c of expected) {
        expect(peerNames(policyOf(c)!.spec.ingress, 'from').has(s.name), `${c} admits ${s.name}`).toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(20);
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
