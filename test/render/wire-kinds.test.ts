/**
 * One variable of every wire kind, rendered by the real Helm through the library chart: the env a container
 * gets, its config checksum, the chart's and the validator's "missing secret" verdicts and the values docs
 * must agree for each kind. The table is a Record over every kind, so a new kind does not compile until it
 * has a row here. Expected values are written by hand from values/dev.yaml (release "fxa", paths layout at
 * http://fxa.localhost), not computed by the code under test.
 *
 * The test server is a copy of the chart whose 123done subchart carries a made-up spec.json (and a periodic
 * job), so the catalog itself stays untouched.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, type EnvVar, type ServerSpec, type Wire } from '../../schema/index.ts';
import { describeWire } from '../../schema/wires.ts';
import { emitSubchart } from '../../scripts/gen/emit-subchart.ts';
import { emitUmbrella } from '../../scripts/gen/emit-umbrella.ts';
import { directory, runtimeSpec } from '../../scripts/gen/runtime-spec.ts';
import { missingSharedSecrets } from '../../scripts/validate/rules.ts';
import { CHART, helm, valuesFile, type K8sObject } from '../helpers/helm.ts';

type Kind = Wire['from'];
interface Row {
  readonly wire: Wire;
  readonly secret?: boolean;
  /** The container's value: plain text, a reference to a Secret key, or nothing at all. */
  readonly env: { readonly value: string } | { readonly ref: { readonly name: string; readonly key: string } } | 'absent';
  /** What the values docs must name as its source. */
  readonly words: string;
  /** For secret kinds: the shared-secret key the variable reads in dev, whose change must roll the pod. */
  readonly reads?: string;
}

const ROWS: Record<Kind, Row> = {
  publicUrl: { wire: { from: 'publicUrl', server: 'fxa-auth-server', path: '/v1' }, env: { value: 'http://fxa.localhost/auth/v1' }, words: 'the public URL of fxa-auth-server + /v1' },
  publicOrigin: { wire: { from: 'publicOrigin', servers: ['fxa-content-server', 'fxa-auth-server'] }, env: { value: 'http://fxa.localhost' }, words: 'the public origins of fxa-content-server, fxa-auth-server' },
  publicHost: { wire: { from: 'publicHost', servers: ['fxa-profile-server'] }, env: { value: 'fxa.localhost' }, words: 'the public host names of fxa-profile-server' },
  publicUrlPattern: { wire: { from: 'publicUrlPattern', server: 'fxa-content-server', path: '/x', suffix: '(/.*)?$' }, env: { value: '^http://fxa\\.localhost/x(/.*)?$' }, words: 'a pattern matching the public URL of fxa-content-server + /x' },
  internalUrl: { wire: { from: 'internalUrl', server: 'fxa-auth-server', path: '/v1' }, env: { value: 'http://fxa-auth-server:9000/auth/v1' }, words: 'the in-cluster URL of fxa-auth-server + /v1' },
  internalHost: { wire: { from: 'internalHost', server: 'fxa-profile-server' }, env: { value: 'fxa-profile-server' }, words: 'the in-cluster host of fxa-profile-server' },
  // 123done serves at its root: no mount path between the port and the path
  loopbackUrl: { wire: { from: 'loopbackUrl', path: '/v1/x' }, env: { value: 'http://127.0.0.1:8080/v1/x' }, words: "the server's own URL on the pod's loopback + /v1/x" },
  // an empty mysql.host is the in-cluster MySQL of the release
  global: { wire: { from: 'global', key: 'mysql.host' }, env: { value: 'fxa-mysql' }, words: 'global.mysql.host' },
  listenPort: { wire: { from: 'listenPort' }, env: { value: '8080' }, words: 'the container port' },
  literal: { wire: { from: 'literal', value: 'plain words' }, env: { value: 'plain words' }, words: '"plain words"' },
  compose: { wire: { from: 'compose', parts: ['smtp://', { from: 'global', key: 'smtp.host' }, ':', { from: 'global', key: 'smtp.port' }] }, env: { value: 'smtp://fxa-mailpit:1025' }, words: '"smtp://" + global.smtp.host + ":" + global.smtp.port' },
  // dev leaves Sentry off: the off side is rendered
  switch: { wire: { from: 'switch', when: 'integrations.sentry.enabled', on: { from: 'literal', value: 'yes' }, off: { from: 'literal', value: 'no' } }, env: { value: 'no' }, words: '"yes" while global.integrations.sentry.enabled is on, else "no"' },
  sharedSecret: { wire: { from: 'sharedSecret', key: 'flowIdKey' }, secret: true, env: { ref: { name: 'fxa-secrets', key: 'flowIdKey' } }, words: 'global.secrets flowIdKey', reads: 'flowIdKey' },
};

/** Variants of the secret kind: read only under a switch (off in dev), and inside a larger value. */
const SECRET_VARIANTS: Record<string, Row> = {
  SWITCHED_SECRET: { wire: { from: 'sharedSecret', key: 'smtpPassword', when: 'smtp.user' }, secret: true, env: 'absent', words: 'global.secrets smtpPassword (while global.smtp.user is set)' },
  EMBEDDED_SECRET: {
    wire: { from: 'sharedSecret', key: 'mysqlPassword', embed: { before: ['mysql://', { from: 'global', key: 'mysql.user' }, ':'], after: ['@', { from: 'global', key: 'mysql.host' }] } },
    secret: true,
    env: { value: 'mysql://root:$(FXA_HELM_SECRET_mysqlPassword)@fxa-mysql' },
    words: '"mysql://" + global.mysql.user + ":" + global.secrets mysqlPassword + "@" + global.mysql.host',
    reads: 'mysqlPassword',
  },
};

/** A host written as url.parse(...).host writes it (FxA compares auth's ISSUER with that): with the public URL's port. */
const HOST_VARIANTS: Record<string, Row> = {
  HOST_WITH_PORT: { wire: { from: 'publicHost', servers: ['fxa-auth-server'], port: true }, env: { value: 'fxa.localhost' }, words: 'the public host names of fxa-auth-server (with the port the public URL names)' },
};

const variable = (kind: string): string => `WIRE_${kind.toUpperCase()}`;
const rows: [string, Row][] = [...Object.entries(ROWS).map(([k, r]): [string, Row] => [variable(k), r]), ...Object.entries(SECRET_VARIANTS), ...Object.entries(HOST_VARIANTS)];

const base = CATALOG.find((s) => s.name === '123done')!;
const env: EnvVar[] = rows.map(([name, r]) => ({ name, type: 'string', default: null, key: name.toLowerCase(), doc: `the ${name} test variable`, ...(r.secret ? { secret: true } : {}) }));
const server: ServerSpec = {
  ...base,
  env,
  wiring: Object.fromEntries(rows.map(([name, r]) => [name, r.wire])),
  // a periodic job of an optional server: its pods need a NetworkPolicy too
  cronJobs: [{ name: 'tick', schedule: '@daily', command: ['node', 'tick.js'], description: 'A test job', source: { file: 'packages/123done/tick.js', commit: 'unrecorded', why: 'a made-up job for the wire-kinds render test' } }],
};
const catalog = CATALOG.map((s) => (s.name === server.name ? server : s));

const work = mkdtempSync(join(tmpdir(), 'fxa-wire-kinds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const chart = join(work, 'fxa');
cpSync(CHART, chart, { recursive: true });
const dir = directory(catalog);
// the generator's own output for the changed catalog: the test server's spec, values and schema, and the umbrella's
for (const f of [...emitUmbrella(catalog), ...emitSubchart(server, dir)].filter((f) => f.path.startsWith('charts/fxa/'))) {
  writeFileSync(join(work, f.path.slice('charts/'.length)), f.content);
}

function template(args: string[]): { code: number; objects: K8sObject[]; stderr: string } {
  const r = helm('helm', ['template', 'fxa', chart, '--namespace', 'fxa', '-f', valuesFile('dev'), '--set', `${server.name}.cronJobs.tick.enabled=true`, ...args]);
  const objects = r.code === 0 ? parseAllDocuments(r.stdout).map((d) => d.toJS() as K8sObject | null).filter((o): o is K8sObject => o !== null) : [];
  return { code: r.code, objects, stderr: r.stderr };
}

interface Container { env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[] }
interface PodOwner { spec: { template: { metadata: { annotations: Record<string, string> }; spec: { containers: Container[] } } } }

const deployment = (objects: K8sObject[]): PodOwner => objects.find((o) => o.kind === 'Deployment' && o.metadata.name === `fxa-${server.name}`) as unknown as PodOwner;
const checksum = (objects: K8sObject[]): string => deployment(objects).spec.template.metadata.annotations['checksum/config']!;

const dev = template([]);

describe('every wire kind, rendered', () => {
  it('renders the dev values with the test server', () => {
    expect(dev.code, dev.stderr).toBe(0);
  });

  const configMap = (dev.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `fxa-${server.name}-env`) as { data?: Record<string, string> } | undefined)?.data ?? {};
  const containerEnv = dev.code === 0 ? deployment(dev.objects).spec.template.spec.containers[0]!.env ?? [] : [];

  it.each(rows)('%s: the container gets the expected value', (name, row) => {
    const entry = containerEnv.find((e) => e.name === name);
    if (row.env === 'absent') {
      expect(entry, name).toBeUndefined();
      expect(configMap[name], name).toBeUndefined();
    } else if ('ref' in row.env) {
      expect(entry?.valueFrom?.secretKeyRef, name).toEqual(row.env.ref);
      expect(configMap[name], `${name} never in the ConfigMap`).toBeUndefined();
    } else {
      expect(row.secret ? entry?.value : configMap[name], name).toBe(row.env.value);
    }
  });

  it('a public URL with a port: host names drop it, a host with port keeps it as Node\'s URL parser writes the host', () => {
    const publicUrl = 'https://fxa.localhost:8443';
    const r = template(['--set', `global.publicUrl=${publicUrl}`]);
    expect(r.code, r.stderr).toBe(0);
    const data = (r.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `fxa-${server.name}-env`) as unknown as { data: Record<string, string> }).data;
    expect(data.WIRE_PUBLICHOST).toBe('fxa.localhost');
    expect(data.HOST_WITH_PORT).toBe(new URL(publicUrl).host);
    expect(data.HOST_WITH_PORT).toBe('fxa.localhost:8443');
  });

  it('composes an embedded secret from one reference to the shared Secret, listed before its reader', () => {
    const at = containerEnv.findIndex((e) => e.name === 'FXA_HELM_SECRET_mysqlPassword');
    expect(containerEnv[at]?.valueFrom?.secretKeyRef).toEqual({ name: 'fxa-secrets', key: 'mysqlPassword' });
    expect(at).toBeLessThan(containerEnv.findIndex((e) => e.name === 'EMBEDDED_SECRET'));
  });

  it.each(rows)('%s: the values docs name its source', (name, row) => {
    expect(describeWire(row.wire)).toBe(row.words);
  });

  it.each(['flowIdKey', 'mysqlPassword', 'smtpPassword', 'ipHmacKey'])('changing %s rolls the pod exactly when a variable reads it', (key) => {
    const changed = template(['--set', `global.secrets.values.${key}=changed-for-the-test`]);
    expect(changed.code, changed.stderr).toBe(0);
    const reads = rows.some(([, r]) => r.reads === key);
    expect(checksum(changed.objects) !== checksum(dev.objects), `${key} read: ${reads}`).toBe(reads);
  });

  it.each(['flowIdKey', 'mysqlPassword', 'smtpPassword'])('without %s, the chart and the validator agree whether it is missing', (key) => {
    const reads = rows.some(([, r]) => r.reads === key);
    const without = template(['--set', `global.secrets.values.${key}=`]);
    // other servers read flowIdKey and mysqlPassword too; the verdict about this server is what counts
    const chartNamesIt = without.code !== 0 && without.stderr.includes(`global.secrets.values.${key}`);
    expect(chartNamesIt, without.stderr).toBe(reads);
    const missing = missingSharedSecrets({ name: server.name, values: {}, spec: runtimeSpec(server, dir) as never }, { global: { secrets: { values: {} } } });
    expect(missing.has(key), key).toBe(reads);
  });

  it('gives the periodic job of an optional server a NetworkPolicy while the server is on, none while off', () => {
    const policies = (objects: K8sObject[]): string[] => objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name);
    expect(policies(dev.objects)).toContain(`fxa-${server.name}-tick`);
    const off = template(['--set', `${server.name}.enabled=false`]);
    expect(off.code, off.stderr).toBe(0);
    expect(policies(off.objects)).not.toContain(`fxa-${server.name}-tick`);
    expect(policies(off.objects)).not.toContain(`fxa-${server.name}`);
  });
});
