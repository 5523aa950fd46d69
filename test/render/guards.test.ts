/**
 * The template guards the template-mutation harness (test/mutation) found untested: each case here
 * fails when its guard in the library chart is removed.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { directory } from '../../scripts/gen/runtime-spec.ts';
import { helm, render, CHART, valuesFile, type K8sObject } from '../helpers/helm.ts';

type Obj = K8sObject & { data?: Record<string, string>; stringData?: Record<string, string>; spec?: Record<string, unknown> };
const component = (o: K8sObject): string | undefined => o.metadata.labels?.['app.kubernetes.io/name'];

describe('an inline secretEnv value (development)', () => {
  const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
  const variable = auth.env.find((v) => v.secret && !auth.wiring[v.name])!.name;
  const value = 'inline-secret-from-the-guards-test';
  const objects = render('helm', ['-f', valuesFile('dev'), '--set-string', `fxa-auth-server.secretEnv.${variable}.value=${value}`]) as Obj[];

  it('goes into the server\'s own Secret and into no ConfigMap', () => {
    for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) {
      expect(Object.keys(cm.data ?? {}), cm.metadata.name).not.toContain(variable);
      expect(Object.values(cm.data ?? {}).join('\n'), cm.metadata.name).not.toContain(value);
    }
    const secrets = objects.filter((o) => o.kind === 'Secret' && component(o) === 'fxa-auth-server');
    const held = secrets.flatMap((s) => [...Object.values(s.stringData ?? {}), ...Object.values(s.data ?? {}).map((b) => Buffer.from(b, 'base64').toString())]);
    expect(held).toContain(value);
  });
});

describe('HTTP probes of servers that route under their public path (paths layout)', () => {
  const dir = directory() as Record<string, { publicPath: string | null; routesUnderPublicPath: boolean }>;
  const objects = render('helm', ['-f', valuesFile('dev')]);
  const prefixed = Object.entries(dir).filter(([, e]) => e.routesUnderPublicPath && e.publicPath);

  it.each(prefixed)('%s probes under its public path', (name, entry) => {
    const d = objects.find((o) => o.kind === 'Deployment' && component(o) === name) as Obj | undefined;
    if (!d) return expect(CATALOG.find((s) => s.name === name)?.workload.kind).not.toBe('Deployment');
    const c = (d.spec as { template: { spec: { containers: { readinessProbe?: { httpGet?: { path: string } } }[] } } }).template.spec.containers[0]!;
    expect(c.readinessProbe?.httpGet?.path, name).toMatch(new RegExp(`^${entry.publicPath}/`));
  });

  it('covers at least the auth server', () => {
    expect(prefixed.map(([n]) => n)).toContain('fxa-auth-server');
  });
});

describe('Services', () => {
  const objects = render('helm', ['-f', valuesFile('dev')]) as Obj[];

  it('listen on exactly the catalog\'s ports, each to the container port of the same name', () => {
    let checked = 0;
    for (const svc of objects.filter((o) => o.kind === 'Service')) {
      const spec = CATALOG.find((s) => s.name === component(svc));
      if (!spec) continue;
      const ports = (svc.spec as { ports: { name: string; port: number; targetPort: string; protocol: string }[] }).ports.filter((p) => p.protocol === 'TCP');
      expect(ports.map((p) => [p.name, p.port, p.targetPort]), svc.metadata.name).toEqual(spec.ports.map((p) => [p.name, p.port, p.name]));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

describe('a singleton with two replicas', () => {
  const singleton = CATALOG.find((s) => s.scaling === 'singleton' && s.workload.kind === 'Deployment')!;

  it('is refused by the template itself when Helm is told to skip the schema', () => {
    const r = helm('helm', ['template', 'fxa', CHART, '-f', valuesFile('dev'), '--set', `${singleton.name}.replicaCount=2`, '--skip-schema-validation']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${singleton.name}.replicaCount: 2 is not allowed; ${singleton.name} is a singleton (0 or 1)`);
  });
});
