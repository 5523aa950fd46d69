/**
 * The chart's infrastructure servers in real containers (`cluster up --real`): Redis, the dev MySQL
 * (MariaDB from Debian), Mailpit and statsd_exporter run on the real node from locally built images, and
 * so does a stand-in for the auth server that starts only on files the release's fixes changed, beside the
 * Cloud Tasks emulator built from its Go module, which delivers account-deletion tasks to it; the other
 * FxA servers stay simulated on the kwok nodes. What kwok cannot show is checked here against the running
 * processes: passwords, credentials, persistence, probes, security contexts, Services, fixes.
 * Skipped, with the kernel's reason in the test name, where this machine cannot run containers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTS } from '../../scripts/cluster/paths.ts';
import { ensureNodeAddress } from '../../scripts/cluster/real/address.ts';
import { REAL_NODE } from '../../scripts/cluster/pki.ts';
import { downReal, REAL_VALUES, realNodeRefusal, realNodeRunning } from '../../scripts/cluster/real/index.ts';
import { IMAGES, keyOf, REAL_LABEL, REAL_TAINT } from '../../scripts/cluster/real/images.ts';
import { FIXES, fixApplies } from '../../schema/fixes.ts';
import { CloudTasksClient } from '@google-cloud/tasks';
import { grpc } from 'google-gax';
import { randomBytes } from 'node:crypto';
import { parse } from 'yaml';
import { KEY_FILES } from '../../schema/keys.ts';
import { plan } from '../../scripts/secrets/plan.ts';
import { userValues } from '../../scripts/validate/index.ts';
import { PINNED_RELEASE } from '../../schema/releases.ts';
import { sleep } from '../../scripts/cluster/processes.ts';
import { cliAsync } from '../helpers/cli.ts';
import { FXA_PACKETS, hasSample, parseExposition } from '../helpers/fxa-packets.ts';
import { createNamespace, deleteNamespace, ensureRealNode, getJson, helmIn, KUBECONFIG, kubectl } from '../helpers/cluster.ts';
import { CHART, valuesFile } from '../helpers/helm.ts';
import { redisCommand, smtpSend, tcpAccepts, udpSend, httpGet } from '../helpers/wire.ts';

interface Pod {
  metadata: { name: string; labels?: Record<string, string> };
  spec: { nodeName?: string };
  status: {
    podIP?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: { name: string; imageID: string; restartCount: number; ready: boolean }[];
  };
}
interface Service { spec: { clusterIP: string; ports: { name?: string; port: number; protocol: string }[] } }
interface List<T> { items: T[] }

const refusal = realNodeRefusal();
const INFRA = [...new Set(IMAGES.map((i) => i.server))];
const RELEASE = 'fxa';
const AUTH = 'fxa-auth-server';
/** The auth server's fixes under the release values/dev.yaml runs (the pinned one), in the order the chart applies them. */
const AUTH_FIXES = FIXES.filter((f) => f.server === AUTH && fixApplies(f, PINNED_RELEASE));

describe.skipIf(refusal !== undefined)(`the real node${refusal ? ` (skipped: ${refusal})` : ''}`, () => {
  let ns = '';
  /** Each server's image ID (its config's digest), which containerd reports for an image without a registry digest. */
  let ids: Record<string, string> = {};
  /** The machine's IPv4 forwarding before the node started: the bridge plugin turns it on, `down` must put it back. */
  let forwardBefore = '';

  const pods = (): Pod[] => getJson<List<Pod>>(['get', 'pods', '-n', ns]).items;
  const podOf = (server: string): Pod => {
    const p = pods().find((x) => x.metadata.labels?.['app.kubernetes.io/name'] === server && x.status.podIP);
    if (!p) throw new Error(`no running pod of ${server}`);
    return p;
  };
  const service = (server: string): Service => getJson<Service>(['get', 'service', `${RELEASE}-${server}`, '-n', ns]);
  const portOf = (server: string, name: string): number => service(server).spec.ports.find((p) => p.name === name)!.port;
  const exec = (server: string, script: string): string => kubectl(['exec', '-n', ns, podOf(server).metadata.name, '--', 'sh', '-c', script]);
  /** The variables a server's container reads from its ConfigMap, as rendered. */
  const configMapOf = (server: string): Record<string, string> => {
    const d = getJson<List<{ spec: { template: { spec: { containers: { envFrom?: { configMapRef?: { name: string } }[] }[] } } } }>>(['get', 'deployments', '-n', ns, '-l', `app.kubernetes.io/name=${server}`]).items[0]!;
    const name = d.spec.template.spec.containers[0]!.envFrom!.find((e) => e.configMapRef)!.configMapRef!.name;
    return getJson<{ data: Record<string, string> }>(['get', 'configmap', name, '-n', ns]).data;
  };
  const envFromSecret = (server: string, variable: string): string => {
    // the value the pod really gets: follow its env entry to the Secret the chart rendered
    const d = getJson<{ spec: { template: { spec: { containers: { env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[] }[] } } } }>(['get', 'deployment', `${RELEASE}-${server}`, '-n', ns]);
    const ref = d.spec.template.spec.containers[0]!.env?.find((e) => e.name === variable)?.valueFrom?.secretKeyRef;
    if (!ref) throw new Error(`${server} has no ${variable} from a Secret`);
    const secret = getJson<{ data: Record<string, string> }>(['get', 'secret', ref.name, '-n', ns]);
    return Buffer.from(secret.data[ref.key]!, 'base64').toString('utf8');
  };

  beforeAll(async () => {
    if (!realNodeRunning()) forwardBefore = readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8');
    const node = await ensureRealNode();
    ids = Object.fromEntries(Object.entries(node.images).map(([server, p]) => [server, p.id]));
    ns = createNamespace('real');
    // the auth stand-in mounts the keys Secret, which only `secrets init` makes (the dev values keep the shared secrets inline)
    const init = await cliAsync(['secrets', 'init', '-f', valuesFile('dev'), '-n', ns, '--kubeconfig', KUBECONFIG], { timeout: 120_000 });
    expect(init.status, init.stderr).toBe(0);
    // MySQL on a claim, so that its data outlives its pod
    const r = await helmIn('helm', ['install', RELEASE, CHART, '-n', ns, '-f', valuesFile('dev'), '-f', REAL_VALUES, '--set', 'global.persistence.mysql.enabled=true', '--wait', '--timeout', '8m']);
    expect(r.code, r.stderr).toBe(0);
    // Ready pods are not yet routed: kube-proxy programs each Service's rules after its endpoints change
    for (const server of INFRA) {
      const svc = getJson<List<Service>>(['get', 'services', '-n', ns, '-l', `app.kubernetes.io/name=${server}`]).items[0]!;
      const tcp = svc.spec.ports.find((p) => p.protocol === 'TCP')!;
      await waitUntil(`the ${server} Service routed by kube-proxy`, () => tcpAccepts(svc.spec.clusterIP, tcp.port));
    }
  }, 45 * 60_000);

  afterAll(async () => {
    if (!ns) return;
    await helmIn('helm', ['uninstall', RELEASE, '-n', ns, '--wait']);
    deleteNamespace(ns);
  });

  it('runs the infrastructure and the auth stand-in in real containers on the real node, from the local images, and the other FxA servers on kwok', () => {
    const all = pods();
    for (const spec of IMAGES) {
      const p = podOf(spec.server);
      expect(p.spec.nodeName, spec.server).toBe(REAL_NODE);
      // the kubelet reports the digest of the image containerd really ran, for the server's container or its sidecar
      const status = p.status.containerStatuses?.find((c) => c.name === (spec.sidecar ?? spec.server));
      expect(status?.imageID, keyOf(spec)).toBe(ids[keyOf(spec)]);
    }
    const fxa = all.filter((p) => p.metadata.labels?.['app.kubernetes.io/name']?.startsWith('fxa-') && !INFRA.includes(p.metadata.labels['app.kubernetes.io/name']));
    // the FxA servers without a stand-in: the content server, the event broker, the admin tools, ...
    expect(new Set(fxa.map((p) => p.metadata.labels!['app.kubernetes.io/name']))).toContain('fxa-content-server');
    expect(fxa.length).toBeGreaterThan(3);
    for (const p of fxa) expect(p.spec.nodeName, p.metadata.name).not.toBe(REAL_NODE);
  });

  it('puts the node on an address of its own, on a device the project made, and the API server reaches the kubelet there', () => {
    const ip = '10.246.255.1';
    const addresses = getJson<{ status: { addresses: { type: string; address: string }[] } }>(['get', 'node', REAL_NODE]).status.addresses;
    expect(addresses.filter((a) => a.type === 'InternalIP').map((a) => a.address)).toEqual([ip]);
    // the address is on fxanode0 and on no other device of the machine
    const holders = execFileSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(` ${ip}/`));
    expect(holders.map((l) => l.split(/\s+/)[1])).toEqual(['fxanode0']);
    expect(execFileSync('ip', ['-o', 'link', 'show', 'dev', 'fxanode0'], { encoding: 'utf8' })).toMatch(/<[^>]*\bUP\b[^>]*>/);
    // local to the machine: the kernel delivers to it over loopback, no packet leaves on a real interface
    expect(execFileSync('ip', ['route', 'get', ip], { encoding: 'utf8' })).toMatch(new RegExp(`^local ${ip.replace(/\./g, '\\.')} dev lo `));
    // the kubelet listens there and nowhere else
    const listening = execFileSync('ss', ['-Hltn', `sport = :${PORTS.kubelet}`], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split(/\s+/)[3]);
    expect(listening).toEqual([`${ip}:${PORTS.kubelet}`]);
    // logs come from the kubelet through the API server
    expect(kubectl(['logs', '-n', ns, podOf('redis').metadata.name, '--tail=1']).length).toBeGreaterThan(0);
    // a second `up` leaves the device as it is
    const index = (): string => execFileSync('ip', ['-o', 'link', 'show', 'dev', 'fxanode0'], { encoding: 'utf8' }).split(':')[0]!;
    const before = index();
    ensureNodeAddress();
    expect(index()).toBe(before);
  });

  it('Redis refuses a client without the shared password and serves one with it, through its ClusterIP Service', async () => {
    const ip = service('redis').spec.clusterIP;
    const port = portOf('redis', 'redis');
    expect(await redisCommand(ip, port, [['PING']])).toEqual([expect.stringMatching(/^-NOAUTH/)]);
    expect(await redisCommand(ip, port, [['AUTH', 'not-the-password'], ['PING']])).toEqual([expect.stringMatching(/^-(WRONGPASS|ERR)/), expect.stringMatching(/^-NOAUTH/)]);
    const password = envFromSecret('redis', 'REDIS_PASSWORD');
    expect(await redisCommand(ip, port, [['AUTH', password], ['SET', 'fxa-helm', 'real'], ['GET', 'fxa-helm']])).toEqual(['+OK', '+OK', '$4 real']);
  });

  it('MySQL accepts the rendered credentials, refuses others, and keeps a row on its claim when its pod is deleted and replaced', async () => {
    const sql = (q: string, password = '"$MYSQL_ROOT_PASSWORD"'): string => exec('mysql', `mariadb -h 127.0.0.1 -uroot -p${password} -N -e '${q}'`).trim();
    sql('CREATE DATABASE IF NOT EXISTS realnode; CREATE TABLE IF NOT EXISTS realnode.t (v VARCHAR(20)); INSERT INTO realnode.t VALUES ("kept")');
    expect(() => sql('SELECT 1', 'wrong-password')).toThrow(/Access denied/);
    // the data directory is a claim bound to a hostPath volume: the database is a directory on this machine
    const claim = getJson<{ spec: { volumeName: string }; status: { phase: string } }>(['get', 'pvc', `${RELEASE}-fxa-mysql`, '-n', ns]);
    expect(claim.status.phase).toBe('Bound');
    const dir = getJson<{ spec: { hostPath: { path: string } } }>(['get', 'pv', claim.spec.volumeName]).spec.hostPath.path;
    expect(existsSync(join(dir, 'realnode')), `${dir}/realnode`).toBe(true);
    const before = podOf('mysql').metadata.name;
    kubectl(['delete', 'pod', before, '-n', ns, '--wait']);
    await waitUntil('a new mysql pod Ready', () => {
      const p = pods().find((x) => x.metadata.labels?.['app.kubernetes.io/name'] === 'mysql' && x.metadata.name !== before);
      return p?.status.containerStatuses?.[0]?.ready === true;
    });
    // Ready is the probe's verdict; the server may still refuse a client for a moment: read until it answers
    let read = '';
    await waitUntil('the row read back from the new pod', () => {
      read = sql('SELECT v FROM realnode.t'); // throws (and is tried again) while the server refuses clients
      return true;
    });
    expect(read).toBe('kept');
  });

  it('holds the restricted security context in the real images: non-root uid, read-only root, no capabilities, no new privileges', () => {
    for (const server of ['redis', 'mysql', AUTH]) {
      const out = exec(server, 'id -u; touch /fxa-helm-probe 2>&1 || true; grep -E "^(CapEff|NoNewPrivs)" /proc/self/status');
      const spec = IMAGES.find((i) => i.server === server)!;
      expect(out, server).toContain(`${spec.uid}\n`);
      expect(out, server).toMatch(/Read-only file system/);
      expect(out, server).toMatch(/CapEff:\s+0000000000000000/);
      expect(out, server).toMatch(/NoNewPrivs:\s+1/);
    }
  });

  it('statsd receives a UDP packet on its Service and exposes it as a metric', async () => {
    const ip = service('statsd').spec.clusterIP;
    const metrics = `${ip}:${portOf('statsd', 'metrics')}`;
    await waitUntil('the counter in statsd_exporter', async () => {
      await udpSend(ip, portOf('statsd', 'statsd'), 'fxa_helm_real_node:1|c');
      return /^fxa_helm_real_node(_total)? [1-9]/m.test((await httpGet(`http://${metrics}/metrics`)).body);
    });
  });

  it("statsd turns FxA-shaped packets into the series the dashboards and alerts query, through the chart's mapping", async () => {
    const ip = service('statsd').spec.clusterIP;
    const metrics = `http://${ip}:${portOf('statsd', 'metrics')}/metrics`;
    const last = FXA_PACKETS.filter((p) => p.expect).at(-1)!.expect!;
    let samples: ReturnType<typeof parseExposition> = [];
    await waitUntil('the last FxA packet as its series', async () => {
      for (const p of FXA_PACKETS) await udpSend(ip, portOf('statsd', 'statsd'), p.line);
      samples = parseExposition((await httpGet(metrics)).body);
      return hasSample(samples, last);
    });
    for (const p of FXA_PACKETS) if (p.expect) expect(hasSample(samples, p.expect), p.line).toBe(true);
    expect(samples.filter((s) => /Agent_(free)?[sS]ockets/.test(s.series))).toEqual([]);
  });

  it('Mailpit receives a message sent with the SMTP settings the chart renders for the auth server', async () => {
    const cm = configMapOf('fxa-auth-server');
    const host = cm.SMTP_HOST!;
    const port = Number(cm.SMTP_PORT);
    // the test process is outside the cluster's DNS: the rendered host is the Service's name in this namespace
    const ip = getJson<Service>(['get', 'service', host, '-n', ns]).spec.clusterIP;
    const subject = `real node ${Date.now()}`;
    await smtpSend(ip, port, { from: 'no-reply@fxa.localhost', to: 'someone@example.com', subject, body: 'sent through the rendered SMTP settings' });
    const webroot = (configMapOf('mailpit').MP_WEBROOT ?? '/').replace(/\/?$/, '/');
    const api = `http://${service('mailpit').spec.clusterIP}:${portOf('mailpit', 'http')}${webroot}api/v1/messages`;
    await waitUntil('the message in Mailpit', async () => (await httpGet(api)).body.includes(subject));
  });

  it('probes turn the real pods Ready, and a broken probe keeps a pod unready', async () => {
    for (const server of INFRA) expect(podOf(server).status.conditions?.find((c) => c.type === 'Ready')?.status, server).toBe('True');
    const deployment = `${RELEASE}-statsd`;
    // statsd_exporter answers every path with its landing page, so the probe is broken by its port: nothing listens on 9999
    kubectl(['patch', 'deployment', deployment, '-n', ns, '--type=json', '-p', JSON.stringify([{ op: 'replace', path: '/spec/template/spec/containers/0/readinessProbe/httpGet/port', value: 9999 }])]);
    await waitUntil('a statsd pod failing its readiness probe', () => {
      const events = kubectl(['get', 'events', '-n', ns, '--field-selector', 'reason=Unhealthy', '-o', 'jsonpath={range .items[*]}{.involvedObject.name} {.message}{"\\n"}{end}']);
      return /statsd\S* Readiness probe failed: .*:9999\/-\/ready.*connection refused/.test(events);
    });
    const broken = pods().filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === 'statsd' && p.status.containerStatuses?.[0]?.ready === false);
    expect(broken.length).toBe(1);
  });

  it("applies the release's fixes in the auth pod's init container, mounts the copies read-only over the image's files, and the server starts on them", async () => {
    expect(AUTH_FIXES.map((f) => f.id)).toEqual(['auth-cms-optional', 'auth-statsd-mock-histogram']);
    const pod = podOf(AUTH);
    const logs = kubectl(['logs', '-n', ns, pod.metadata.name, '-c', 'fixes']);
    for (const fix of AUTH_FIXES) expect(logs).toContain(`fix ${fix.id}: 1 change in ${fix.target}`);
    // the stand-in throws at start unless both edits took effect; its heartbeat reports what it loaded
    const svc = getJson<Service>(['get', 'service', AUTH, '-n', ns]);
    const port = svc.spec.ports.find((p) => p.name === 'http')!.port;
    const beat = await httpGet(`http://${svc.spec.clusterIP}:${port}/auth/__heartbeat__`);
    expect(JSON.parse(beat.body)).toEqual({ cms: 'optional', histogram: true });
    const [cms, keyServer] = AUTH_FIXES.map((f) => f.target);
    const out = exec(AUTH, `grep -c 'Container.has(' ${cms}; grep -c 'histogram: () => {}' ${keyServer}; touch ${cms} 2>&1 || true; grep -E ' (${cms}|${keyServer}) ' /proc/self/mountinfo`);
    expect(out).toMatch(/^1\n1\n/);
    expect(out).toMatch(/Read-only file system/);
    const mounts = out.split('\n').filter((l) => l.includes(' /fxa/'));
    expect(mounts).toHaveLength(2);
    for (const m of mounts) expect(m.split(' ')[5]!.split(','), m).toContain('ro');
  });

  it("delivers a task enqueued through the Cloud Tasks API, as FxA's client builds it, to the auth container at the URL, method and queue the chart configured", async () => {
    const cm = configMapOf(AUTH);
    const pod = podOf(AUTH);
    const emulator = getJson<{ spec: { containers: { name: string; ports?: { containerPort: number }[] }[] } }>(['get', 'pod', pod.metadata.name, '-n', ns]).spec.containers.find((c) => c.name === 'cloud-tasks-emulator')!;
    // FxA's factory (cloud-tasks.factories.ts) points the same client at localhost:8123 without TLS; from outside the pod, its address
    const client = new CloudTasksClient({ servicePath: pod.status.podIP!, port: emulator.ports![0]!.containerPort, sslCreds: grpc.credentials.createInsecure() });
    const uid = randomBytes(16).toString('hex');
    const payload = { uid, reason: 'fxa_user_requested_account_delete' };
    try {
      await client.createTask({
        parent: client.queuePath(cm.AUTH_CLOUDTASKS_PROJECT_ID!, cm.AUTH_CLOUDTASKS_LOCATION_ID!, cm.AUTH_CLOUDTASKS_DEL_ACCT_QUEUENAME!),
        task: {
          httpRequest: {
            url: cm.AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL!,
            httpMethod: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: Buffer.from(JSON.stringify(payload)).toString('base64'),
            oidcToken: { audience: cm.AUTH_CLOUDTASKS_OIDC_AUD ?? '', serviceAccountEmail: cm.AUTH_CLOUDTASKS_OIDC_EMAIL ?? '' },
          },
        },
      });
    } finally {
      await client.close();
    }
    const svc = getJson<Service>(['get', 'service', AUTH, '-n', ns]);
    const tasks = `http://${svc.spec.clusterIP}:${svc.spec.ports.find((p) => p.name === 'http')!.port}/auth/__tasks__`;
    type Delivered = { method: string; path: string; headers: Record<string, string>; body: string };
    let got: Delivered | undefined;
    await waitUntil('the task delivered to the auth container', async () => {
      got = (JSON.parse((await httpGet(tasks)).body) as Delivered[]).find((t) => t.body.includes(uid));
      return got !== undefined;
    }, 60_000);
    expect(got!.method).toBe('POST');
    expect(got!.path).toBe(new URL(cm.AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL!).pathname);
    expect(got!.path).toBe('/auth/v1/cloud-tasks/accounts/delete');
    // the header auth's callback checks against its queue setting (lib/routes/cloud-tasks.ts)
    expect(got!.headers['x-cloudtasks-queuename']).toBe(cm.AUTH_CLOUDTASKS_DEL_ACCT_QUEUENAME);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(got!.body)).toEqual(payload);
  });

  it('binds the default ReadWriteOnce avatar claim, and the three profile processes share it on one node', async () => {
    const claims = getJson<List<{ metadata: { name: string }; spec: { accessModes: string[] }; status: { phase: string } }>>(['get', 'pvc', '-n', ns]).items.filter((c) => c.metadata.name.endsWith('avatars'));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(claims[0]!.status.phase).toBe('Bound');
    const profile = ['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker'];
    const pods = Object.fromEntries(profile.map((s) => [s, podOf(s)]));
    expect(new Set(Object.values(pods).map((p) => p.spec.nodeName))).toEqual(new Set([REAL_NODE]));
    // each process wrote a file named after itself holding its pod's name; each must see all three
    for (const server of profile) {
      const svc = getJson<Service>(['get', 'service', server, '-n', ns]);
      const seen = JSON.parse((await httpGet(`http://${svc.spec.clusterIP}:${svc.spec.ports[0]!.port}/__avatars__`)).body) as Record<string, string>;
      expect(seen, server).toMatchObject(Object.fromEntries(profile.map((s) => [s, pods[s]!.metadata.name])));
    }
  });

  it('a fix whose text the image lacks stops the new pod at its init container, naming the fix, while the old pod keeps serving', async () => {
    const name = `${AUTH}-fixes`;
    const original = getJson<{ data: Record<string, string> }>(['get', 'configmap', name, '-n', ns]);
    const fixes = JSON.parse(original.data['fixes.json']!) as { id: string; edits: { find: string }[] }[];
    fixes[0]!.edits[0]!.find = 'RelyingPartyConfigurationManager\\.notInThisImage';
    const patch = (data: string): string => kubectl(['patch', 'configmap', name, '-n', ns, '--type=merge', '-p', JSON.stringify({ data: { 'fixes.json': data } })]);
    const before = podOf(AUTH).metadata.name;
    patch(JSON.stringify(fixes));
    kubectl(['rollout', 'restart', `deployment/${AUTH}`, '-n', ns]);
    try {
      let failed = '';
      await waitUntil('the new auth pod failing its fixes init container', () => {
        const p = getJson<List<Pod & { status: { initContainerStatuses?: { state: { terminated?: { exitCode: number } }; lastState: { terminated?: { exitCode: number } } }[] } }>>(['get', 'pods', '-n', ns, '-l', `app.kubernetes.io/name=${AUTH}`]).items.find((x) => x.metadata.name !== before);
        const init = p?.status.initContainerStatuses?.[0];
        if ((init?.state.terminated?.exitCode ?? init?.lastState.terminated?.exitCode) !== 1) return false;
        failed = p!.metadata.name;
        return true;
      });
      // the failed run's output: the current instance's, or the previous one's once the kubelet restarted it
      const FAILED = /fix auth-cms-optional: \/RelyingPartyConfigurationManager\\\.notInThisImage\/ matches nothing in \S+cms\.js; this image is not the release/;
      let logs = '';
      await waitUntil('the init container\'s message about the fix', () => {
        for (const extra of [[], ['--previous']]) {
          try {
            logs = kubectl(['logs', '-n', ns, failed, '-c', 'fixes', ...extra]);
            if (FAILED.test(logs)) return true;
          } catch {
            // no such instance yet
          }
        }
        return false;
      }, 60_000);
      expect(logs).toMatch(FAILED);
      const pod = getJson<Pod & { status: { containerStatuses?: { state: { waiting?: { reason: string } } }[] } }>(['get', 'pod', failed, '-n', ns]);
      expect(pod.status.containerStatuses?.[0]?.state.waiting?.reason).toBe('PodInitializing');
      expect(pods().find((p) => p.metadata.name === before)?.status.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    } finally {
      patch(original.data['fixes.json']!);
      kubectl(['rollout', 'undo', `deployment/${AUTH}`, '-n', ns]);
    }
  });

  it("makes the keys and shared secrets in the install hook, run by the FxA image's Node in a pod on the real node, from values/prod.yaml with only the operator's passwords given, and no upgrade, rollback or re-install changes them", async () => {
    const hookNs = createNamespace('hook');
    try {
      // what an operator gives before `helm install -f values/prod.yaml`: the passwords only they know (README, Install)
      kubectl(['create', 'secret', 'generic', 'fxa-shared-secrets', '-n', hookNs, '--from-literal=mysqlPassword=rds-password', '--from-literal=smtpPassword=ses-password']);
      // the FxA image's stand-in (Debian's Node) runs the hook, on the real node; the servers stay simulated
      const standin = (parse(readFileSync(REAL_VALUES, 'utf8')) as Record<string, { image?: { repository: string; tag: string } }>)[AUTH]!.image!;
      const sets = [`global.image.repository=${standin.repository}`, `global.image.tag=${standin.tag}`, 'global.image.pullPolicy=Never'];
      const placement = { nodeSelector: { [REAL_LABEL]: 'real' }, tolerations: [{ key: REAL_TAINT, operator: 'Exists', effect: 'NoSchedule' }] };
      const args = ['-n', hookNs, '-f', valuesFile('prod'), ...sets.flatMap((x) => ['--set', x]), '--set-json', `global.secrets.hook=${JSON.stringify(placement)}`, '--timeout', '5m'];
      const secretsNow = (): Record<string, unknown> =>
        Object.fromEntries(['fxa-keys', 'fxa-shared-secrets'].map((n) => [n, getJson<{ data: Record<string, string>; metadata: { resourceVersion: string; labels?: Record<string, string> } }>(['get', 'secret', n, '-n', hookNs])]).map(([n, o]) => {
          const s = o as { data: Record<string, string>; metadata: { resourceVersion: string; labels?: Record<string, string> } };
          return [n, { data: s.data, version: s.metadata.resourceVersion, managedBy: s.metadata.labels?.['app.kubernetes.io/managed-by'] }];
        }));
      const install = await helmIn('helm', ['install', RELEASE, CHART, ...args]);
      expect(install.code, install.stderr).toBe(0);
      const made = secretsNow() as Record<string, { data: Record<string, string>; managedBy?: string }>;
      // the keys made by the hook's pod (nothing else wrote them), not owned by Helm; the operator's Secret completed
      expect(made['fxa-keys']!.managedBy).toBe('fxa-helm-secrets');
      expect(Object.keys(made['fxa-keys']!.data).sort()).toEqual(Object.keys(KEY_FILES).sort());
      const p = plan(userValues([valuesFile('prod')], sets), RELEASE);
      expect(p.given.map((g) => g.key).sort()).toEqual(['mysqlPassword', 'smtpPassword']);
      expect(Object.keys(made['fxa-shared-secrets']!.data).sort()).toEqual([...new Set([...p.generated, 'mysqlPassword', 'smtpPassword'])].sort());
      expect(Buffer.from(made['fxa-shared-secrets']!.data.smtpPassword!, 'base64').toString('utf8')).toBe('ses-password');
      const same = (): void => expect(secretsNow()).toEqual(made);
      const upgrade = await helmIn('helm', ['upgrade', RELEASE, CHART, ...args]);
      expect(upgrade.code, upgrade.stderr).toBe(0);
      same();
      const rollback = await helmIn('helm', ['rollback', RELEASE, '1', '-n', hookNs, '--timeout', '5m']);
      expect(rollback.code, rollback.stderr).toBe(0);
      same();
      expect((await helmIn('helm', ['uninstall', RELEASE, '-n', hookNs, '--wait'])).code).toBe(0);
      const again = await helmIn('helm', ['install', RELEASE, CHART, ...args]);
      expect(again.code, again.stderr).toBe(0);
      same();
      await helmIn('helm', ['uninstall', RELEASE, '-n', hookNs, '--wait']);
    } finally {
      deleteNamespace(hookNs);
    }
  });

  it('stops cleanly: no process, container, shim, mount, bridge, node device, iptables rule or cgroup of the node is left', async () => {
    await helmIn('helm', ['uninstall', RELEASE, '-n', ns, '--wait']);
    deleteNamespace(ns);
    ns = '';
    await downReal(kubectl); // throws naming whatever it could not remove
    // Judged by what the machine shows, under the real names: not by the cleanup's own lists, constants or pid files.
    // Processes: any whose command line names the node's directories, or is one of the node's programs.
    const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
      try {
        return [{ pid, argv: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean) }];
      } catch {
        return []; // gone while we looked
      }
    });
    const ours = procs.filter(({ argv }) => argv.some((a) => a.includes('/.cluster/real') || a.startsWith('/run/fxa-helm-') || a.endsWith('api-relay.mjs'))
      || /(^|\/)(kubelet|kube-proxy|containerd-shim-runc-v2|containerd)$/.test(argv[0] ?? ''));
    expect(ours.map((p) => `${p.pid} ${p.argv.join(' ')}`)).toEqual([]);
    // Mounts: nothing under the node's state or run directory, no pod volume, no pinned network namespace
    const mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n').filter((l) => /\/\.cluster\/real\/|\/run\/fxa-helm-|kubernetes\.io~|\/netns\/cni-/.test(l));
    expect(mounts).toEqual([]);
    // Network: the node's devices and the CNI bridge, by their names
    expect(execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' })).not.toMatch(/\b(fxanode[01]|fxacni0)\b/);
    // iptables: kube-proxy's chains (KUBE-*), the CNI plugins' (CNI-*), and the bridge plugin's rules, which carry the network's name
    const saved = execFileSync('iptables-save', { encoding: 'utf8' });
    expect(saved.split('\n').filter((l) => /^:(KUBE|CNI)-/.test(l) || l.includes('fxa-helm'))).toEqual([]);
    // cgroups: the pods' root in every hierarchy
    expect(readdirSync('/sys/fs/cgroup').filter((h) => existsSync(join('/sys/fs/cgroup', h, 'fxa-helm')))).toEqual([]);
    expect(() => kubectl(['get', 'node', REAL_NODE])).toThrow(/not found/);
    if (forwardBefore) expect(readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8')).toBe(forwardBefore);
  });
});

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, ms = 180_000): Promise<void> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await sleep(1000);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
