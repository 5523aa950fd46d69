/**
 * Rendered with the real Helm: key files mounted where their variables point, Redis's password used on both
 * ends and its optional volume, Mailpit in development, Sync's database URLs composed without a copy of the
 * password, database names from values, and the pod extension points.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, inRelease } from '../../schema/index.ts';
import { KEYS_DIR } from '../../schema/keys.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface EnvVar { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }
interface Container { name: string; command?: string[]; env?: EnvVar[]; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[]; readinessProbe?: { httpGet?: { path: string } }; startupProbe?: unknown }
interface Volume { name: string; secret?: { secretName: string; items: { key: string }[] }; persistentVolumeClaim?: { claimName: string }; emptyDir?: unknown }
interface PodSpec { containers: Container[]; initContainers?: Container[]; volumes?: Volume[]; serviceAccountName?: string; priorityClassName?: string; terminationGracePeriodSeconds?: number; topologySpreadConstraints?: { labelSelector?: unknown }[] }

const name = (o: K8sObject): string => o.metadata.labels?.['app.kubernetes.io/name'] ?? o.metadata.name;
const pod = (objects: K8sObject[], server: string): PodSpec =>
  (objects.find((o) => (o.kind === 'Deployment' || o.kind === 'Job') && name(o) === server) as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
const config = (objects: K8sObject[], server: string): Record<string, string> =>
  (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `fxa-${server.replace(/^fxa-/, '')}-env`) as unknown as { data: Record<string, string> }).data;

const dev = render('helm', ['-f', valuesFile('dev')]);
const prod = render('helm', ['-f', valuesFile('prod')]);

describe('key files', () => {
  it.each(CATALOG.filter((s) => s.keyFiles?.length).map((s) => [s.name, s] as const))('%s mounts exactly its key files, read-only, where its variables point', (server, s) => {
    const spec = pod(dev, server);
    const keys = spec.volumes?.find((v) => v.name === 'keys')?.secret;
    expect(keys?.secretName).toBe('fxa-keys');
    expect(keys?.items.map((i) => i.key).sort()).toEqual([...s.keyFiles!].sort());
    expect(spec.containers[0]!.volumeMounts).toContainEqual({ name: 'keys', mountPath: KEYS_DIR, readOnly: true });
    const pointing = Object.entries(config(dev, server)).filter(([, v]) => v.startsWith(`${KEYS_DIR}/`));
    expect(pointing.map(([, v]) => v.slice(KEYS_DIR.length + 1)).sort()).toEqual([...s.keyFiles!].sort());
  });

  it('global.keys.existingSecret names another Secret', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'global.keys.existingSecret=my-keys']);
    expect(pod(objects, 'fxa-auth-server').volumes?.find((v) => v.name === 'keys')?.secret?.secretName).toBe('my-keys');
  });
});

describe('Redis', () => {
  it('every Redis client of every server sends the shared redisPassword, and the in-cluster Redis requires it', () => {
    let clients = 0;
    for (const s of CATALOG.filter((x) => inRelease(x.name))) {
      if (!pod(dev, s.name)) continue;
      for (const e of pod(dev, s.name).containers[0]!.env ?? []) {
        if (!/REDIS_PASSWORD$/.test(e.name)) continue;
        expect(e.valueFrom?.secretKeyRef, `${s.name} ${e.name}`).toEqual({ name: 'fxa-secrets', key: 'redisPassword' });
        clients++;
      }
    }
    expect(clients).toBeGreaterThan(20);
    const redis = pod(dev, 'redis').containers[0]!;
    expect(redis.command?.join(' ')).toContain('--requirepass "$REDIS_PASSWORD"');
    expect(redis.env?.find((e) => e.name === 'REDIS_PASSWORD')?.valueFrom?.secretKeyRef?.key).toBe('redisPassword');
  });

  it('keeps data in memory by default, on a claim with persistence on (prod)', () => {
    expect(pod(dev, 'redis').volumes?.find((v) => v.name === 'redis')?.emptyDir).toEqual({});
    expect(config(dev, 'redis').REDIS_APPENDONLY).toBe('no');
    expect(dev.some((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'fxa-fxa-redis')).toBe(false);
    expect(pod(prod, 'redis').volumes?.find((v) => v.name === 'redis')?.persistentVolumeClaim?.claimName).toBe('fxa-fxa-redis');
    expect(config(prod, 'redis').REDIS_APPENDONLY).toBe('yes');
    expect(prod.some((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'fxa-fxa-redis')).toBe(true);
  });
});

describe('mail', () => {
  it('development sends to the in-cluster Mailpit, whose UI and health check sit under /mailpit', () => {
    expect(config(dev, 'fxa-auth-server')).toMatchObject({ SMTP_HOST: 'fxa-mailpit', SMTP_PORT: '1025' });
    const mailpit = pod(dev, 'mailpit').containers[0]!;
    expect(mailpit.readinessProbe?.httpGet?.path).toBe('/mailpit/livez');
    expect(dev.find((o) => o.kind === 'Service' && o.metadata.name === 'fxa-mailpit')).toBeDefined();
  });

  it('production has no mail catcher and sends to its relay', () => {
    expect(prod.some((o) => name(o) === 'mailpit')).toBe(false);
    expect(config(prod, 'fxa-auth-server').SMTP_HOST).toBe('email-smtp.us-east-1.amazonaws.com');
  });
});

describe('data', () => {
  it('Sync\'s database URLs are composed by Kubernetes from global.mysql and the shared password', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--set', 'global.mysql.databases.syncstorage=sync_store']);
    const env = pod(objects, 'syncstorage').containers[0]!.env ?? [];
    expect(env.find((e) => e.name === 'FXA_HELM_SECRET_mysqlPassword')?.valueFrom?.secretKeyRef).toEqual({ name: 'fxa-shared-secrets', key: 'mysqlPassword' });
    const helperAt = env.findIndex((e) => e.name === 'FXA_HELM_SECRET_mysqlPassword');
    const url = env.findIndex((e) => e.name === 'SYNC_SYNCSTORAGE__DATABASE_URL');
    expect(helperAt).toBeLessThan(url); // Kubernetes only expands variables defined earlier
    expect(env[url]!.value).toBe('mysql://fxa:$(FXA_HELM_SECRET_mysqlPassword)@fxa.cluster-example.us-east-1.rds.amazonaws.com:3306/sync_store');
    expect(env.find((e) => e.name === 'SYNC_TOKENSERVER__DATABASE_URL')?.value).toMatch(/\/tokenserver$/);
  });

  it('every server reads the database names from global.mysql.databases', () => {
    const objects = render('helm', ['-f', valuesFile('dev'), '--set', 'global.mysql.databases.fxa=accounts', '--set', 'global.mysql.databases.profile=profiles']);
    expect(config(objects, 'fxa-auth-server').AUTH_MYSQL_DATABASE).toBe('accounts');
    expect(config(objects, 'fxa-profile-server').MYSQL_DATABASE).toBe('profiles');
    const migrations = pod(objects, 'db-migrations').containers[0]!.env ?? [];
    expect(migrations.find((e) => e.name === 'AUTH_MYSQL_DATABASE')?.value).toBe('accounts');
    expect(migrations.find((e) => e.name === 'PROFILE_MYSQL_DATABASE')?.value).toBe('profiles');
  });
});

describe('pod extension points', () => {
  it('passes volumes, mounts, init containers, service account, spread, priority, grace period and a startup probe through', () => {
    const s = 'fxa-content-server';
    const objects = render('helm', ['-f', valuesFile('prod'),
      '--set', `${s}.extraVolumes[0].name=cache`, '--set', `${s}.extraVolumes[0].emptyDir.sizeLimit=1Gi`,
      '--set', `${s}.extraVolumeMounts[0].name=cache`, '--set', `${s}.extraVolumeMounts[0].mountPath=/cache`,
      '--set', `${s}.initContainers[0].name=wait`, '--set', `${s}.initContainers[0].image=busybox:1.36`,
      '--set', `${s}.serviceAccountName=fxa-content`, '--set', `${s}.priorityClassName=fxa-high`,
      '--set', `${s}.terminationGracePeriodSeconds=45`,
      '--set', `${s}.topologySpreadConstraints[0].maxSkew=1`, '--set', `${s}.topologySpreadConstraints[0].topologyKey=topology.kubernetes.io/zone`, '--set', `${s}.topologySpreadConstraints[0].whenUnsatisfiable=ScheduleAnyway`,
      '--set', `${s}.startupProbe.httpGet.path=/__lbheartbeat__`, '--set', `${s}.startupProbe.httpGet.port=http`]);
    const spec = pod(objects, s);
    expect(spec.volumes).toContainEqual({ name: 'cache', emptyDir: { sizeLimit: '1Gi' } });
    expect(spec.containers[0]!.volumeMounts).toContainEqual({ name: 'cache', mountPath: '/cache' });
    // the release's compatibility fixes come first, then the operator's own
    expect(spec.initContainers?.map((c) => c.name)).toEqual(['fixes', 'wait']);
    expect(spec).toMatchObject({ serviceAccountName: 'fxa-content', priorityClassName: 'fxa-high', terminationGracePeriodSeconds: 45 });
    expect(spec.topologySpreadConstraints?.[0]?.labelSelector).toEqual({ matchLabels: { 'app.kubernetes.io/instance': 'fxa', 'app.kubernetes.io/name': s } });
    expect(spec.containers[0]!.startupProbe).toEqual({ httpGet: { path: '/__lbheartbeat__', port: 'http' } });
  });

  it('refuses a mount without a path before Helm runs, naming it', () => {
    const values = mergeValues(userValues([valuesFile('prod')], []), { 'fxa-auth-server': { extraVolumeMounts: [{ name: 'x' }] } });
    const { problems } = createValidator().validate(values);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['fxa-auth-server.extraVolumeMounts.0.mountPath: is required']);
  });
});
