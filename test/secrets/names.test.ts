/**
 * `secrets init` writes the Secrets the chart reads, and the example environments point at the Services
 * the chart makes, by computing the chart's names outside Helm (scripts/lib/k8s-names.ts). Here the real
 * Helm renders under several release names, including the longest Helm allows, so truncation is exercised,
 * and every name the objects carry is compared with the computed one.
 */
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { SERVICE_NAMES } from '../../schema/services.ts';
import { inClusterAddress } from '../../scripts/gen/service-address.ts';
import { fullname } from '../../scripts/lib/k8s-names.ts';
import { plan } from '../../scripts/secrets/plan.ts';
import { CHART, helmPath, valuesFile, type K8sObject } from '../helpers/helm.ts';

/** Helm's own limit for a release name is 53 characters. */
const LONGEST = `r${'e'.repeat(51)}x`;
const RELEASES = ['fxa', 'accounts', 'fxa-prod', LONGEST];

function render(release: string): K8sObject[] {
  const out = execFileSync(helmPath('helm'), ['template', release, CHART, '--namespace', 'fxa', '-f', valuesFile('dev'), '--set', 'statsd.enabled=true'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return parseAllDocuments(out).map((d) => d.toJS() as K8sObject | null).filter((o): o is K8sObject => o !== null);
}

/** Every `"<field>": <string>` in an object tree, e.g. all secretName values of all volumes. */
function collect(node: unknown, field: string, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) collect(n, field, into);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === field && typeof v === 'string') into.add(v);
      else collect(v, field, into);
    }
  }
  return into;
}

describe('names computed outside Helm match what Helm renders', () => {
  it('written by hand for a few: the release prefix, dropped when already there, cut at 63 without a trailing dash', () => {
    expect(fullname('fxa', 'fxa-secrets')).toBe('fxa-secrets');
    expect(fullname('accounts', 'fxa-auth-server')).toBe('accounts-fxa-auth-server');
    expect(fullname('fxa-prod', 'redis')).toBe('fxa-prod-redis');
    expect(fullname(LONGEST, 'fxa-auth-server')).toBe(`${LONGEST}-fxa-auth`); // 63 ends in "-": one shorter
    expect(fullname(LONGEST, 'fxa-content-server')).toBe(`${LONGEST}-fxa-conte`);
  });

  it.each(RELEASES)('release %s', (release) => {
    const objects = render(release);
    const services = new Map(objects.filter((o) => o.kind === 'Service').map((o) => [o.metadata.labels?.['app.kubernetes.io/name'], o.metadata.name]));
    expect(services.size).toBeGreaterThan(8);
    for (const s of CATALOG) if (services.has(s.name)) expect(services.get(s.name), s.name).toBe(fullname(release, s.name));

    // the in-cluster services the example environments and guides address
    for (const name of SERVICE_NAMES) {
      const { host } = inClusterAddress(name, release);
      expect([...services.values()], `${name} at ${host}`).toContain(host);
    }

    // the Secrets `secrets init` writes are the ones the pods read (dev keeps its shared secrets inline)
    const p = plan({}, release);
    expect(collect(objects, 'secretName')).toEqual(new Set([p.keysSecret]));
    const refNames = new Set(objects.flatMap((o) => findRefs(o)));
    expect(refNames).toEqual(new Set([p.sharedSecret]));
    expect(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name)).toContain(p.sharedSecret);
  });
});

/** The Secret names of every env `valueFrom.secretKeyRef`. */
function findRefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(findRefs);
  if (!node || typeof node !== 'object') return [];
  const ref = (node as { secretKeyRef?: { name?: unknown } }).secretKeyRef;
  const own = ref && typeof ref.name === 'string' ? [ref.name] : [];
  return [...own, ...Object.values(node).flatMap(findRefs)];
}
