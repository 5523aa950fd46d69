/**
 * Account deletion without Google Cloud, rendered by the real Helm: the Cloud Tasks emulator beside auth in
 * each auth pod, auth's task settings pointing at it and back at the auth container, its port opened by no
 * Service or NetworkPolicy. test/render/routes.test.ts resolves the callbacks against every route kind and layout.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Probe { tcpSocket?: { port: number | string } }
interface Container { name: string; image: string; command?: string[]; ports?: { name: string; containerPort: number }[]; startupProbe?: Probe; readinessProbe?: Probe; livenessProbe?: Probe; securityContext?: Record<string, unknown>; resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }
type Workload = K8sObject & { spec: { template: { spec: { containers: Container[] } }; jobTemplate?: { spec: { template: { spec: { containers: Container[] } } } } } };

const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
const emulator = auth.sidecars![0]!;
const deployment = (objects: K8sObject[]): Workload => objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'fxa-auth-server') as Workload;
const config = (objects: K8sObject[]): Record<string, string> => (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'fxa-auth-server-env') as unknown as { data: Record<string, string> }).data;
/** The emulator's `-queue` flags, as it reads them. */
const queuesOf = (c: Container): string[] => (c.command ?? []).flatMap((a, i, all) => (a === '-queue' ? [all[i + 1]!] : []));

describe('values/prod.yaml', () => {
  const objects = render('helm', ['-f', valuesFile('prod')]);
  const pod = deployment(objects).spec.template.spec;
  const sidecar = pod.containers.find((c) => c.name === 'cloud-tasks-emulator')!;
  const env = config(objects);

  it('runs the emulator beside auth, from its pinned image, restricted, probed and sized', () => {
    expect(pod.containers.map((c) => c.name)).toEqual(['fxa-auth-server', 'cloud-tasks-emulator']);
    expect(sidecar.image).toBe('ghcr.io/aertje/cloud-tasks-emulator:1.2.0');
    expect(sidecar.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(sidecar.ports).toEqual([{ name: 'cloud-tasks', containerPort: 8123, protocol: 'TCP' }]);
    expect(sidecar.startupProbe?.tcpSocket?.port).toBe('cloud-tasks');
    expect(sidecar.livenessProbe?.tcpSocket?.port).toBe('cloud-tasks');
    // ready while the server it delivers to accepts connections (the auth container's port, by number)
    expect(sidecar.readinessProbe?.tcpSocket?.port).toBe(9000);
    expect(sidecar.resources?.requests).toMatchObject({ cpu: '10m', memory: '64Mi' });
    expect(sidecar.resources?.limits).toMatchObject({ memory: '256Mi' });
  });

  it('listens on the port FxA\'s client is fixed to, with a queue for every queue auth names', () => {
    // cloud-tasks.factories.ts@2dd112e1: with the emulator flag the client goes to localhost:8123
    expect(sidecar.command?.slice(0, 5)).toEqual(['/emulator', '-host', '0.0.0.0', '-port', '8123']);
    expect(env.AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR).toBe('true');
    const project = env.AUTH_CLOUDTASKS_PROJECT_ID!;
    const location = env.AUTH_CLOUDTASKS_LOCATION_ID!;
    const named = Object.entries(env).filter(([k]) => /^AUTH_CLOUDTASKS_.*_QUEUENAME$/.test(k)).map(([, q]) => `projects/${project}/locations/${location}/queues/${q}`);
    expect(named).toHaveLength(4);
    expect(queuesOf(sidecar).sort()).toEqual(named.sort());
  });

  it('delivers the tasks to the auth container over the loopback, under the path auth mounts its routes at', () => {
    const mount = new URL(env.PUBLIC_URL!).pathname.replace(/\/$/, '');
    expect(mount).toBe('/auth');
    expect(env.AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL).toBe(`http://127.0.0.1:9000${mount}/v1/cloud-tasks/accounts/delete`);
    expect(env.AUTH_CLOUDTASKS_NOTIFICATION_EMAILS_TASK_URL).toBe(`http://127.0.0.1:9000${mount}/v1/cloud-tasks/emails/notify-inactive`);
  });

  it('adds the emulator to auth\'s own pods only, not to its CronJobs', () => {
    const jobs = objects.filter((o) => o.kind === 'CronJob') as Workload[];
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) expect(j.spec.jobTemplate!.spec.template.spec.containers.map((c) => c.name), j.metadata.name).not.toContain('cloud-tasks-emulator');
  });

  it('opens the emulator\'s port in no Service and no NetworkPolicy', () => {
    for (const s of objects.filter((o) => o.kind === 'Service')) {
      const ports = (s as unknown as { spec: { ports: { port: number; targetPort?: number | string }[] } }).spec.ports;
      for (const p of ports) expect([p.port, p.targetPort], s.metadata.name).not.toContain(8123);
    }
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    expect(policies.length).toBeGreaterThan(5);
    expect(JSON.stringify(policies)).not.toContain('8123');
    expect(JSON.stringify(policies)).not.toContain('cloud-tasks');
  });
});

describe('global.accountDeletion.enabled=false', () => {
  const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'global.accountDeletion.enabled=false']);

  it('runs no emulator and leaves auth on Google Cloud Tasks', () => {
    expect(deployment(objects).spec.template.spec.containers.map((c) => c.name)).toEqual(['fxa-auth-server']);
    expect(config(objects).AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR).toBe('false');
  });
});

it('takes an image override for the emulator, field by field', () => {
  const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'fxa-auth-server.sidecars.cloud-tasks-emulator.image.repository=registry.example.test/emulator', '--set', 'fxa-auth-server.sidecars.cloud-tasks-emulator.image.pullPolicy=Never']);
  const c = deployment(objects).spec.template.spec.containers.find((x) => x.name === emulator.name)! as Container & { imagePullPolicy: string };
  expect(c.image).toBe(`registry.example.test/emulator:${emulator.image.tag}`);
  expect(c.imagePullPolicy).toBe('Never');
});

it('points refused Ingress paths at a Service with no pods behind it, rendered only where an Ingress refuses a path', () => {
  const refusedService = (objects: K8sObject[]): { spec: { selector?: unknown; ports: { port: number }[] } } | undefined =>
    objects.find((o) => o.kind === 'Service' && o.metadata.name === 'fxa-refused') as unknown as { spec: { selector?: unknown; ports: { port: number }[] } } | undefined;
  const ingress = refusedService(render('helm', ['-f', valuesFile('prod'), '--set', 'global.routes.kind=ingress', '--set', 'global.routes.ingress.stripPrefix=nginx']));
  expect(ingress?.spec.selector).toBeUndefined();
  expect(ingress?.spec.ports.map((p) => p.port)).toEqual([80]);
  expect(refusedService(render('helm', ['-f', valuesFile('prod'), '--set', 'global.routes.kind=httpRoute']))).toBeUndefined();
  expect(refusedService(render('helm', ['-f', valuesFile('prod'), '--set', 'global.routes.kind=none']))).toBeUndefined();
});
