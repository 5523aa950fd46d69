/**
 * The install hook that makes the keys and shared secrets (fxa-common.secretsHook), as Helm renders it: on by
 * default, gone when switched off, a hook of every install and upgrade that runs before anything reads the
 * Secrets, and a ConfigMap that carries the plan without any secret value.
 */
import { describe, expect, it } from 'vitest';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

const HOOK = 'fxa-secrets-hook';
type Job = K8sObject & { spec: { template: { spec: { nodeSelector?: Record<string, string>; containers: { image: string; command: string[] }[] } } } };

describe('the secrets hook', () => {
  it('renders its account, Role, binding, plan and Job as hooks that run before the migrations, for every install and upgrade', () => {
    const objects = render('helm', ['-f', valuesFile('prod')]);
    const hook = objects.filter((o) => o.metadata.name === HOOK);
    expect(hook.map((o) => o.kind).sort()).toEqual(['ConfigMap', 'Job', 'NetworkPolicy', 'Role', 'RoleBinding', 'ServiceAccount']);
    const weight = (o: K8sObject): number => Number(o.metadata.annotations?.['helm.sh/hook-weight']);
    for (const o of hook) expect(o.metadata.annotations?.['helm.sh/hook'], o.kind).toBe('pre-install,pre-upgrade');
    const job = hook.find((o) => o.kind === 'Job') as Job;
    // its objects exist before it runs, and it runs before every other hook (the migrations read the Secrets)
    for (const o of hook.filter((x) => x.kind !== 'Job')) expect(weight(o)).toBeLessThan(weight(job));
    const others = objects.filter((o) => o.metadata.annotations?.['helm.sh/hook'] && o.metadata.name !== HOOK);
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(weight(o), `${o.kind}/${o.metadata.name}`).toBeGreaterThan(weight(job));
    // the FxA image's own Node runs the bundled program
    expect(job.spec.template.spec.containers[0]).toMatchObject({ image: 'mozilla/fxa-mono:v1.330.6', command: ['node', '/fxa-helm/hook/secrets-hook.mjs', '/fxa-helm/hook/values.json'] });
  });

  it('may read and update its two Secrets by name, and create Secrets, nothing else', () => {
    const role = render('helm', ['-f', valuesFile('prod')]).find((o) => o.kind === 'Role' && o.metadata.name === HOOK) as K8sObject & { rules: unknown[] };
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], resourceNames: ['fxa-keys', 'fxa-shared-secrets'], verbs: ['get', 'update'] },
      // the API cannot limit a create by name
      { apiGroups: [''], resources: ['secrets'], verbs: ['create'] },
    ]);
  });

  it('carries whether each inline secret is set, never its value', () => {
    const objects = render('helm', ['-f', valuesFile('dev')]);
    const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === HOOK) as K8sObject & { data: Record<string, string> };
    const plan = JSON.parse(cm.data['values.json']!) as { release: string; values: { global: { secrets: { values: Record<string, unknown> } } } };
    expect(plan.release).toBe('fxa');
    const inline = Object.values(plan.values.global.secrets.values);
    expect(inline.length).toBeGreaterThan(5);
    expect(new Set(inline)).toEqual(new Set([true]));
    expect(cm.data['values.json']).not.toContain('dev-only-');
  });

  it('is not rendered when generation is off, and runs where global.secrets.hook places it', () => {
    expect(render('helm', ['-f', valuesFile('prod'), '--set', 'global.secrets.generate=false']).filter((o) => o.metadata.name === HOOK)).toEqual([]);
    const placed = render('helm', ['-f', valuesFile('prod'), '--set', 'global.secrets.hook.nodeSelector.pool=system']).find((o) => o.kind === 'Job' && o.metadata.name === HOOK) as Job;
    expect(placed.spec.template.spec.nodeSelector).toEqual({ pool: 'system' });
  });

  it('every rendered document is an object with an apiVersion and a kind', () => {
    for (const env of ['dev', 'prod']) {
      for (const o of render('helm', ['-f', valuesFile(env)])) expect([o.apiVersion, o.kind], `${o.kind}/${o.metadata?.name}`).toEqual([expect.any(String), expect.any(String)]);
    }
  });
});
