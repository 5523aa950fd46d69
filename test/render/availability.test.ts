/**
 * Availability and hardening, rendered by the real Helm: a PodDisruptionBudget (and, asked for, an HPA) for
 * every scalable server and none for singletons, rollouts that never drop capacity, read-only root
 * filesystems with writable emptyDirs, probes that differ, resources everywhere, the release's own
 * ServiceAccount, the migrations Job's deadline, and StatsD reachable over UDP through its Service.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { PROBE_TIMINGS, probeTimings } from '../../schema/probes.ts';
import { CHART, helm, render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Container { name: string; securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } }; readinessProbe?: unknown; livenessProbe?: unknown; startupProbe?: unknown; resources?: { requests?: Record<string, string>; limits?: Record<string, string> }; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }
interface PodSpec { securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } }; serviceAccountName?: string; automountServiceAccountToken?: boolean; containers: Container[]; initContainers?: Container[]; volumes?: { name: string; emptyDir?: unknown }[] }
type Workload = K8sObject & { spec: { replicas?: number; strategy?: { type: string; rollingUpdate?: { maxUnavailable: number } }; activeDeadlineSeconds?: number; template: { spec: PodSpec } } };

const name = (o: K8sObject): string => o.metadata.labels?.['app.kubernetes.io/name'] ?? o.metadata.name;
/** The install hook that makes the keys and shared secrets (fxa-common.secretsHook): the release's, no server's. */
const HOOK = 'fxa-secrets-hook';

describe.each(['prod', 'dev'])('values/%s.yaml', (env) => {
  const objects = render('helm', ['-f', valuesFile(env)]);
  const workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job') as Workload[];
  const deployments = workloads.filter((o) => o.kind === 'Deployment');
  const spec = (o: K8sObject) => CATALOG.find((s) => s.name === name(o));

  it('gives every scalable Deployment a PodDisruptionBudget, and no singleton one', () => {
    const pdbs = new Set(objects.filter((o) => o.kind === 'PodDisruptionBudget').map(name));
    for (const d of deployments.filter((x) => spec(x))) expect(pdbs.has(name(d)), name(d)).toBe(spec(d)!.scaling === 'scalable');
  });

  it('rolls scalable servers out with a new pod ready before an old one goes, singletons one at a time', () => {
    for (const d of deployments.filter((x) => spec(x))) {
      if (spec(d)!.scaling === 'scalable') expect(d.spec.strategy, name(d)).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
      else expect(d.spec.strategy, name(d)).toEqual({ type: 'Recreate' });
    }
  });

  it('runs every pod as a user other than root, under the runtime\'s seccomp profile, with no capability and no escalation', () => {
    for (const w of workloads) {
      const pod = w.spec.template.spec;
      expect(pod.securityContext?.runAsNonRoot, name(w)).toBe(true);
      expect(pod.securityContext?.runAsUser, name(w)).toBeGreaterThan(0);
      expect(pod.securityContext?.seccompProfile, name(w)).toEqual({ type: 'RuntimeDefault' });
      for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
        expect(c.securityContext?.allowPrivilegeEscalation, `${name(w)} ${c.name}`).toBe(false);
        expect(c.securityContext?.capabilities?.drop, `${name(w)} ${c.name}`).toEqual(['ALL']);
      }
    }
  });

  it('runs every container with a read-only root filesystem, writing only to emptyDirs', () => {
    // the init containers too (the release's fixes): several servers run one
    const inits = workloads.flatMap((w) => (w.spec.template.spec.initContainers ?? []).map((c) => [`${name(w)} ${c.name}`, c.securityContext?.readOnlyRootFilesystem]));
    expect(inits.length).toBeGreaterThan(1);
    for (const [where, readOnly] of inits) expect(readOnly, String(where)).toBe(true);
    for (const w of workloads) {
      const pod = w.spec.template.spec;
      for (const c of pod.containers) {
        expect(c.securityContext?.readOnlyRootFilesystem, name(w)).toBe(true);
        // a sidecar (the Cloud Tasks emulator) keeps everything in memory: it mounts nothing at all
        if (spec(w)?.sidecars?.some((s) => s.name === c.name)) {
          expect(c.volumeMounts, `${name(w)} ${c.name}`).toBeUndefined();
          continue;
        }
        // the secrets hook writes only through the API: its one mount (its program and plan) is read-only
        if (name(w) === HOOK) {
          expect(c.volumeMounts?.map((m) => [m.mountPath, m.readOnly]), name(w)).toEqual([['/fxa-helm/hook', true]]);
          continue;
        }
        const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
        if (name(w) !== 'statsd') expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir, `${name(w)} /tmp`).toEqual({});
      }
    }
  });

  it('probes every long-running server three ways, liveness differing from readiness', () => {
    for (const d of deployments) {
      const c = d.spec.template.spec.containers[0]!;
      if (!spec(d)?.ports.length) continue;
      expect(c.readinessProbe, name(d)).toBeDefined();
      expect(c.startupProbe, name(d)).toBeDefined();
      expect(c.livenessProbe, name(d)).toBeDefined();
      const handler = (p: unknown): string => JSON.stringify(Object.fromEntries(Object.entries(p as object).filter(([k]) => ['httpGet', 'tcpSocket', 'exec'].includes(k))));
      expect(handler(c.livenessProbe), name(d)).not.toBe(handler(c.readinessProbe));
    }
  });

  it('times every probe as the catalog says (spec.json), where no values override it', () => {
    for (const d of deployments) {
      const c = d.spec.template.spec.containers[0]!;
      const s = spec(d);
      if (!s?.probe || !s.ports.length) continue;
      const t = probeTimings(s.probe);
      const timing = (p: unknown): Record<string, unknown> => Object.fromEntries(Object.entries(p as object).filter(([k]) => k.endsWith('Seconds') || k.endsWith('Threshold')));
      expect(timing(c.readinessProbe), name(d)).toEqual(t.readiness);
      expect(timing(c.livenessProbe), name(d)).toEqual(t.liveness);
      expect(timing(c.startupProbe), name(d)).toEqual(t.startup);
    }
  });

  it('requests CPU, memory and ephemeral storage and limits memory for every container', () => {
    for (const w of workloads) {
      const r = w.spec.template.spec.containers[0]!.resources;
      expect(Object.keys(r?.requests ?? {}).sort(), name(w)).toEqual(['cpu', 'ephemeral-storage', 'memory']);
      expect(r?.limits?.memory, name(w)).toBeTruthy();
    }
  });

  it('runs every pod as the release\'s own ServiceAccount without its token, the secrets hook alone with a token of its own', () => {
    const sa = objects.find((o) => o.kind === 'ServiceAccount' && o.metadata.name === 'fxa-servers') as unknown as { metadata: { name: string }; automountServiceAccountToken: boolean };
    expect(sa).toMatchObject({ metadata: { name: 'fxa-servers' }, automountServiceAccountToken: false });
    for (const w of workloads) {
      // the migrations hook runs before the release's objects exist: the namespace's default account, no token either
      const hook = name(w) === HOOK;
      const account = hook ? HOOK : w.kind === 'Job' ? undefined : 'fxa-servers';
      expect(w.spec.template.spec.serviceAccountName, name(w)).toBe(account);
      expect(w.spec.template.spec.automountServiceAccountToken, name(w)).toBe(hook);
    }
    expect(workloads.filter((w) => name(w) === HOOK)).toHaveLength(1);
  });

  it('stops a stuck migrations Job', () => {
    expect(workloads.find((w) => name(w) === 'db-migrations')!.spec.activeDeadlineSeconds).toBe(1800);
  });
});

it('renders an autoscaler on request, without a fixed replica count', () => {
  const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'fxa-auth-server.autoscaling.enabled=true', '--set', 'fxa-auth-server.autoscaling.maxReplicas=6']);
  const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler') as unknown as { spec: { scaleTargetRef: { name: string }; minReplicas: number; maxReplicas: number } };
  expect(hpa.spec).toMatchObject({ scaleTargetRef: { name: 'fxa-auth-server' }, minReplicas: 2, maxReplicas: 6 });
  const auth = objects.find((o) => o.kind === 'Deployment' && name(o) === 'fxa-auth-server') as Workload;
  expect(auth.spec.replicas).toBeUndefined();
  expect(objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')).toHaveLength(1);
});

it('carries StatsD over UDP on its Service and container, as the servers send it', () => {
  const objects = render('helm', ['-f', valuesFile('prod')]);
  const svc = objects.find((o) => o.kind === 'Service' && name(o) === 'statsd') as unknown as { spec: { ports: { name: string; port: number; protocol: string; targetPort: string }[] } };
  expect(svc.spec.ports).toContainEqual({ name: 'statsd-udp', port: 8125, protocol: 'UDP', targetPort: 'statsd-udp' });
});

it('scrapes the StatsD exporter through a ServiceMonitor only where the Prometheus Operator API exists', () => {
  const monitors = (args: string[]): K8sObject[] => render('helm', ['-f', valuesFile('prod'), ...args]).filter((o) => o.kind === 'ServiceMonitor');
  expect(monitors([])).toEqual([]);
  const [m] = monitors(['--api-versions', 'monitoring.coreos.com/v1/ServiceMonitor']) as unknown as { spec: { endpoints: { port: string }[]; selector: { matchLabels: Record<string, string> } } }[];
  expect(m!.spec.endpoints[0]!.port).toBe('metrics');
  expect(m!.spec.selector.matchLabels['app.kubernetes.io/name']).toBe('statsd');
});

describe('periodic maintenance', () => {
  const auth = CATALOG.find((s) => s.name === 'fxa-auth-server')!;
  type Cron = K8sObject & { spec: { schedule: string; concurrencyPolicy: string; jobTemplate: { spec: { template: { metadata: { labels: Record<string, string> }; spec: PodSpec & { containers: (Container & { command: string[]; workingDir: string; envFrom: { configMapRef: { name: string } }[]; ports?: unknown })[] } } } } } };

  // the switch the integration-gated jobs wait for, with what turning it on requires
  const SUBSCRIPTIONS = ['--set', 'global.integrations.subscriptions.enabled=true', '--set', 'fxa-payments-server.enabled=true', '--set', 'global.secrets.values.stripeApiKey=sk_test_x', '--set', 'global.secrets.values.stripeWebhookSecret=whsec_x', '--set', 'global.secrets.values.stripePublishableKey=pk_test_x'];
  const always = auth.cronJobs!.filter((j) => !j.when);

  it('runs each of the auth server\'s jobs one at a time, with its config, secrets and keys, as pods no Service selects', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), ...SUBSCRIPTIONS]);
    const crons = objects.filter((o) => o.kind === 'CronJob') as Cron[];
    expect(crons.map((c) => c.metadata.name).sort()).toEqual(auth.cronJobs!.map((j) => `fxa-auth-server-${j.name}`).sort());
    for (const job of auth.cronJobs!) {
      const c = crons.find((x) => x.metadata.name === `fxa-auth-server-${job.name}`)!;
      expect(c.spec).toMatchObject({ schedule: job.schedule, concurrencyPolicy: 'Forbid' });
      const pod = c.spec.jobTemplate.spec.template;
      const container = pod.spec.containers[0]!;
      expect(container).toMatchObject({ command: [...job.command], workingDir: auth.workingDir, envFrom: [{ configMapRef: { name: 'fxa-auth-server-env' } }] });
      expect(container.ports).toBeUndefined();
      expect(pod.spec.volumes?.map((v) => v.name)).toEqual(expect.arrayContaining(['keys', 'config-files']));
      // its own name label: the auth Service never sends a request to it
      expect(pod.metadata.labels['app.kubernetes.io/name']).toBe(`fxa-auth-server-${job.name}`);
      const policy = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === `fxa-auth-server-${job.name}`) as unknown as { spec: { egress: unknown[]; ingress?: unknown } };
      const authPolicy = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'fxa-auth-server') as unknown as { spec: { egress: unknown[] } };
      expect(policy.spec.egress).toEqual(authPolicy.spec.egress);
      expect(policy.spec.ingress ?? []).toEqual([]);
    }
  });

  it('renders a job for an integration\'s data only while that integration is on', () => {
    const gated = auth.cronJobs!.filter((j) => j.when);
    expect(gated.map((j) => [j.name, j.when])).toEqual([['subscription-reminders', 'integrations.subscriptions.enabled']]);
    // the CronJob and its NetworkPolicy come and go together
    const names = (args: string[]): string[] => {
      const objects = render('helm', ['-f', valuesFile('prod'), ...args]);
      const of = (kind: string): string[] => objects.filter((o) => o.kind === kind && o.metadata.name.startsWith('fxa-auth-server-')).map((o) => o.metadata.name).sort();
      expect(of('NetworkPolicy')).toEqual(of('CronJob'));
      return of('CronJob');
    };
    expect(names([])).toEqual(always.map((j) => `fxa-auth-server-${j.name}`).sort());
    expect(names(SUBSCRIPTIONS)).toContain('fxa-auth-server-subscription-reminders');
    // its own switch still turns it off
    expect(names([...SUBSCRIPTIONS, '--set', 'fxa-auth-server.cronJobs.subscription-reminders.enabled=false'])).toEqual(names([]));
    expect(names(['--set', 'fxa-auth-server.cronJobs.prune-tokens.enabled=false'])).toEqual(['fxa-auth-server-prune-oauth-codes']);
  });

  it('can be rescheduled or turned off in values', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'fxa-auth-server.cronJobs.prune-tokens.schedule=@weekly', '--set', 'fxa-auth-server.cronJobs.prune-oauth-codes.enabled=false']);
    const crons = objects.filter((o) => o.kind === 'CronJob') as Cron[];
    expect(crons.map((c) => [c.metadata.name, c.spec.schedule])).toEqual([['fxa-auth-server-prune-tokens', '@weekly']]);
  });

  it('reads a secret given inline in values from the server\'s own Secret, as the server does', () => {
    const secret = auth.env.find((v) => v.secret)!.name;
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', `fxa-auth-server.secretEnv.${secret}.value=inline`]);
    const ref = (pod: PodSpec): unknown => (pod.containers[0] as { env?: { name: string; valueFrom?: { secretKeyRef?: unknown } }[] }).env?.find((e) => e.name === secret)?.valueFrom?.secretKeyRef;
    const own = { name: 'fxa-auth-server-env', key: secret };
    expect(objects.some((o) => o.kind === 'Secret' && o.metadata.name === own.name)).toBe(true);
    const server = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'fxa-auth-server') as unknown as { spec: { template: { spec: PodSpec } } };
    expect(ref(server.spec.template.spec)).toEqual(own);
    const crons = objects.filter((o) => o.kind === 'CronJob') as Cron[];
    expect(crons).toHaveLength(always.length);
    for (const c of crons) expect(ref(c.spec.jobTemplate.spec.template.spec), c.metadata.name).toEqual(own);
  });
});

describe('probe timings', () => {
  it('values.probes overrides the catalog\'s field by field; startupProbe still replaces the startup probe whole', () => {
    const s = 'fxa-content-server';
    const objects = render('helm', ['-f', valuesFile('prod'),
      '--set', `${s}.probes.readiness.periodSeconds=5`, '--set', `${s}.probes.readiness.timeoutSeconds=2`,
      '--set', `${s}.probes.liveness.failureThreshold=10`, '--set', `${s}.probes.startup.failureThreshold=60`]);
    const c = (objects.find((o) => o.kind === 'Deployment' && name(o) === s) as Workload).spec.template.spec.containers[0]!;
    expect(c.readinessProbe).toMatchObject({ periodSeconds: 5, failureThreshold: PROBE_TIMINGS.readiness.failureThreshold, timeoutSeconds: 2 });
    expect(c.livenessProbe).toMatchObject({ periodSeconds: PROBE_TIMINGS.liveness.periodSeconds, failureThreshold: 10 });
    expect(c.livenessProbe).not.toHaveProperty('timeoutSeconds');
    expect(c.startupProbe).toMatchObject({ periodSeconds: PROBE_TIMINGS.startup.periodSeconds, failureThreshold: 60 });
    const replaced = render('helm', ['-f', valuesFile('prod'), '--set', `${s}.probes.startup.failureThreshold=60`, '--set', `${s}.startupProbe.tcpSocket.port=http`]);
    expect((replaced.find((o) => o.kind === 'Deployment' && name(o) === s) as Workload).spec.template.spec.containers[0]!.startupProbe).toEqual({ tcpSocket: { port: 'http' } });
  });

  it('refuses a timing below one second or one failure', () => {
    const r = helm('helm', ['template', 'fxa', CHART, '--namespace', 'fxa', '-f', valuesFile('prod'), '--set', 'fxa-content-server.probes.readiness.periodSeconds=0']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/probes\/readiness\/periodSeconds/);
  });
});

describe.each(['dev', 'prod'])('the migrations hook of values/%s.yaml', (env) => {
  it('needs nothing the release creates after it: only hook objects or objects made outside the chart', () => {
    const objects = render('helm', ['-f', valuesFile(env)]);
    const hook = (o: K8sObject): boolean => Boolean(o.metadata.annotations?.['helm.sh/hook']);
    const job = objects.find((o) => o.kind === 'Job' && hook(o)) as Workload;
    const pod = job.spec.template.spec as PodSpec & { containers: { env?: { valueFrom?: { secretKeyRef?: { name: string }; configMapKeyRef?: { name: string } } }[]; envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[] }[] };
    const needs: [string, string][] = [];
    if (pod.serviceAccountName) needs.push(['ServiceAccount', pod.serviceAccountName]);
    for (const c of pod.containers) {
      for (const e of c.env ?? []) {
        if (e.valueFrom?.secretKeyRef) needs.push(['Secret', e.valueFrom.secretKeyRef.name]);
        if (e.valueFrom?.configMapKeyRef) needs.push(['ConfigMap', e.valueFrom.configMapKeyRef.name]);
      }
      for (const f of c.envFrom ?? []) needs.push(f.configMapRef ? ['ConfigMap', f.configMapRef.name] : ['Secret', f.secretRef!.name]);
    }
    for (const v of (pod.volumes ?? []) as { configMap?: { name: string }; secret?: { secretName: string }; persistentVolumeClaim?: { claimName: string } }[]) {
      if (v.configMap) needs.push(['ConfigMap', v.configMap.name]);
      if (v.secret) needs.push(['Secret', v.secret.secretName]);
      if (v.persistentVolumeClaim) needs.push(['PersistentVolumeClaim', v.persistentVolumeClaim.claimName]);
    }
    for (const [kind, objectName] of needs) {
      const rendered = objects.find((o) => o.kind === kind && o.metadata.name === objectName);
      expect(!rendered || hook(rendered), `${kind} ${objectName} is created after the hook runs`).toBe(true);
    }
  });
});

describe('the debug pod', () => {
  it('runs as the user of the FxA servers, with the same restricted security contexts', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'debugPod.enabled=true']);
    type Secured = { securityContext: Record<string, unknown>; containers: { securityContext: Record<string, unknown> }[] };
    const podOf = (n: string): Secured => (objects.find((o) => o.kind === 'Deployment' && o.metadata.name === n) as unknown as { spec: { template: { spec: Secured } } }).spec.template.spec;
    const users = new Set(CATALOG.filter((s) => s.origin === 'fxa').map((s) => s.runAsUser));
    expect(users.size).toBe(1);
    const debug = podOf('fxa-debug');
    expect(debug.securityContext.runAsUser).toBe([...users][0]);
    expect(debug.securityContext).toEqual(podOf('fxa-auth-server').securityContext);
    expect(debug.containers[0]!.securityContext).toEqual(podOf('fxa-auth-server').containers[0]!.securityContext);
  });
});
