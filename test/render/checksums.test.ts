/**
 * Config changes roll exactly the pods that read them: setting one plain variable of one server changes
 * the `checksum/config` of that server's workloads (its Deployment or Job and its CronJobs) and of no other.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, CHART_VERSION, inRelease, type ServerSpec } from '../../schema/index.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

type Workload = K8sObject & { spec: { template?: PodTemplate; jobTemplate?: { spec: { template: PodTemplate } } } };
interface PodTemplate { metadata?: { annotations?: Record<string, string> } }

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'Job', 'CronJob']);

/** workload name -> [its chart, its pod template's config checksum] */
function checksums(sets: string[]): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const o of render('helm', ['-f', valuesFile('dev'), ...sets.flatMap((s) => ['--set-string', s])]) as Workload[]) {
    // the secrets hook is recreated by every install and upgrade: nothing to roll
    if (!WORKLOADS.has(o.kind) || o.metadata.labels?.['app.kubernetes.io/name'] === 'fxa-secrets-hook') continue;
    const template = o.spec.template ?? o.spec.jobTemplate?.spec.template;
    out.set(`${o.kind}/${o.metadata.name}`, [o.metadata.labels?.['helm.sh/chart'] ?? '', template?.metadata?.annotations?.['checksum/config'] ?? '']);
  }
  return out;
}

/** A plain string setting the chart neither wires nor derives: the operator's to change. */
const plainSetting = (s: ServerSpec): string | undefined =>
  s.env.find((v) => v.type === 'string' && !v.secret && !v.url && !s.wiring[v.name] && s.nodeEnv?.variable !== v.name)?.name;

const cases = CATALOG.filter((s) => inRelease(s.name)).flatMap((s) => {
  const name = plainSetting(s);
  return name ? [[s.name, name] as const] : [];
});

describe('changing one server\'s value', () => {
  const before = checksums([]);

  it('covers most servers, and every workload carries a checksum', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const [name, [, sum]] of before) expect(sum, name).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(cases)('%s.env.%s changes the checksums of that server\'s workloads only', (server, variable) => {
    const after = checksums([`${server}.env.${variable}=changed-by-test`]);
    const changed = [...after].filter(([name, [, sum]]) => before.get(name)?.[1] !== sum).map(([name]) => name).sort();
    const own = [...before].filter(([, [chart]]) => chart === `${server}-${CHART_VERSION}`).map(([name]) => name).sort();
    expect(own.length).toBeGreaterThan(0);
    expect(changed).toEqual(own);
  });
});

/** workload name -> the secret names and keys its containers read, as the rendered env says (not as the checksum does). */
function secretReaders(key: string): string[] {
  const out: string[] = [];
  for (const o of render('helm', ['-f', valuesFile('dev')]) as (Workload & { spec: { template?: { spec?: PodSpec }; jobTemplate?: { spec: { template: { spec?: PodSpec } } } } })[]) {
    if (!WORKLOADS.has(o.kind)) continue;
    const spec = o.spec.template?.spec ?? o.spec.jobTemplate?.spec.template.spec;
    const env = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].flatMap((c) => c.env ?? []);
    if (env.some((e) => e.valueFrom?.secretKeyRef?.key === key)) out.push(`${o.kind}/${o.metadata.name}`);
  }
  return out.sort();
}
interface PodSpec { containers?: { env?: { valueFrom?: { secretKeyRef?: { key: string } } }[] }[]; initContainers?: PodSpec['containers'] }

describe('changing one inline shared secret', () => {
  it.each(['flowIdKey', 'profileServerAuthSecretBearerToken'])('global.secrets.values.%s rolls exactly the workloads whose env reads it', (key) => {
    const before = checksums([]);
    const after = checksums([`global.secrets.values.${key}=changed-by-test-0123456789`]);
    const changed = [...after].filter(([name, [, sum]]) => before.get(name)?.[1] !== sum).map(([name]) => name).sort();
    const readers = secretReaders(key);
    expect(readers.length).toBeGreaterThan(0);
    expect(changed).toEqual(readers);
  });
});
