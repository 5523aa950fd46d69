/**
 * Every in-cluster host name the servers are given: read from what Kubernetes holds (the `-env` ConfigMaps
 * and the env values of every container of every workload), not from the catalog's wiring, so a host the
 * chart composes wrongly is caught however it was composed. A host is in-cluster when it has no dot
 * (public names, managed databases and relays do) and is not the pod's own loopback.
 */
import { getJson } from './cluster.ts';
import type { K8sObject } from './helm.ts';

export interface GivenHost {
  /** The ConfigMap or workload/container the value was read from. */
  readonly where: string;
  readonly variable: string;
  readonly host: string;
}

const LOOPBACK = new Set(['localhost', '0.0.0.0', '127.0.0.1']);

/** Host names in one value: those of URLs anywhere in it, and the value itself for a variable named ..._HOST or HOST. */
export function hostsInValue(variable: string, value: string): string[] {
  const out: string[] = [];
  for (const token of value.split(/[\s,;]+/)) {
    if (token.includes('://')) {
      try {
        out.push(new URL(token).hostname);
      } catch {
        // not a URL after all (a fragment of a larger text)
      }
    } else if (/(^|_)HOST$/i.test(variable) && token) {
      out.push(token);
    }
  }
  return out.filter((h) => !h.includes('.') && !LOOPBACK.has(h));
}

type Container = { name: string; env?: { name: string; value?: string }[] };
type PodSpec = { containers: Container[]; initContainers?: Container[] };

function podSpecOf(o: K8sObject): PodSpec | undefined {
  const spec = (o as { spec?: Record<string, unknown> }).spec;
  if (o.kind === 'CronJob') return (spec?.jobTemplate as { spec: { template: { spec: PodSpec } } } | undefined)?.spec.template.spec;
  return (spec?.template as { spec?: PodSpec } | undefined)?.spec;
}

/** Every in-cluster host given to a server in these objects, with where it was read. */
export function givenHosts(objects: readonly K8sObject[]): GivenHost[] {
  const out: GivenHost[] = [];
  for (const o of objects) {
    if (o.kind === 'ConfigMap' && o.metadata.name.endsWith('-env')) {
      for (const [variable, value] of Object.entries((o as { data?: Record<string, string> }).data ?? {})) {
        for (const host of hostsInValue(variable, value)) out.push({ where: o.metadata.name, variable, host });
      }
    }
    const pod = podSpecOf(o);
    for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      for (const e of c.env ?? []) {
        for (const host of hostsInValue(e.name, e.value ?? '')) out.push({ where: `${o.kind}/${o.metadata.name}/${c.name}`, variable: e.name, host });
      }
    }
  }
  return out;
}

/** The hosts given to the servers of a namespace, and the Services that exist there. */
export function clusterHosts(namespace: string): { hosts: GivenHost[]; services: string[] } {
  const items = (kinds: string): K8sObject[] => getJson<{ items: K8sObject[] }>(['get', kinds, '-n', namespace]).items;
  const hosts = givenHosts(items('configmaps,deployments,statefulsets,jobs,cronjobs'));
  return { hosts, services: items('services').map((s) => s.metadata.name) };
}
