/**
 * `npm run demo`: the main job on the embedded default. Checks the generated chart, validates
 * values/dev.yaml, brings up the project's own cluster, installs FxA with Helm, waits until every
 * workload is ready and prints what runs. Leaves the cluster running and says how to use and stop it.
 */
import { join } from 'node:path';
import { CATALOG } from '../schema/index.ts';
import { kubectl, restrictedNamespace, up } from './cluster/index.ts';
import { KUBECONFIG } from './cluster/paths.ts';
import { REAL_NODE } from './cluster/pki.ts';
import { REAL_VALUES, realNodeRunning } from './cluster/real/index.ts';
import { runGen } from './gen/index.ts';
import { UserError } from './lib/errors.ts';
import { ROOT, UMBRELLA_DIR, toolPath } from './lib/paths.ts';
import { execFileSync } from 'node:child_process';
import { createValidator, userValues } from './validate/index.ts';
import { line } from './validate/messages.ts';
import { runSecretsInit } from './secrets/index.ts';

const NAMESPACE = 'fxa';
const RELEASE = 'fxa';

interface Item { metadata: { name: string; labels?: Record<string, string> }; spec?: { replicas?: number; ports?: { port: number }[]; nodeName?: string }; status?: { readyReplicas?: number; succeeded?: number; failed?: number } }

export async function runDemo(valuesName = 'dev', opts: { real?: boolean } = {}): Promise<void> {
  const values = join(ROOT, 'values', `${valuesName}.yaml`);
  const step = (s: string): boolean => process.stderr.write(`demo: ${s}\n`);
  step('1/6 generated files are current');
  if ((await runGen({ check: true })) !== 0) throw new UserError('generated files are stale: run `npm run gen`');
  step(`2/6 validating values/${valuesName}.yaml`);
  const user = userValues([values], []);
  const { problems } = createValidator().validate(user);
  if (problems.length) throw new UserError(`values/${valuesName}.yaml: ${problems.map(line).join('; ')}`);
  step(`3/6 starting the embedded cluster${opts.real ? ' with its real node' : ''}`);
  await up({ real: opts.real });
  // a real node started earlier (`cluster up --real`) is used as well
  const real = realNodeRunning();
  restrictedNamespace(NAMESPACE);
  step('4/6 keys and shared secrets, made once (fxa-helm secrets init)');
  await runSecretsInit({ values: [values], set: [], secret: [], namespace: NAMESPACE, release: RELEASE, kubeconfig: KUBECONFIG });
  step(`5/6 helm upgrade --install ${RELEASE} charts/fxa --wait`);
  const t = Date.now();
  const valueFiles = ['-f', values, ...(real ? ['-f', REAL_VALUES] : [])];
  execFileSync(toolPath('helm'), ['upgrade', '--install', RELEASE, UMBRELLA_DIR, '-n', NAMESPACE, ...valueFiles, '--wait', '--timeout', '10m', '--kubeconfig', KUBECONFIG], { stdio: ['ignore', 'ignore', 'inherit'] });
  step(`6/6 installed and ready in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  printTable(String((user.global as { publicUrl?: string } | undefined)?.publicUrl ?? ''));
  process.stdout.write(
    [
      '',
      `The cluster keeps running. Reach it with:`,
      `  export KUBECONFIG=${KUBECONFIG}`,
      `  .tools/bin/kubectl -n ${NAMESPACE} get pods -o wide   # on kwok nodes pods are simulated: no container runs`,
      `  .tools/bin/helm -n ${NAMESPACE} status ${RELEASE}`,
      `Stop it with: npm run cluster -- down`,
      '',
      `On a real cluster with a router in front, Firefox would use it through about:config:`,
      `  identity.fxaccounts.autoconfig.uri = ${String((user.global as { publicUrl?: string } | undefined)?.publicUrl ?? '')}`,
      `  identity.fxaccounts.allowHttp = true     (only for a plain-http URL such as this development one)`,
      `(docs/guides/firefox.md; helm status prints every public URL and the Android settings).`,
      '',
    ].join('\n'),
  );
}

function printTable(publicUrl: string): void {
  const list = (kind: string): Item[] => (JSON.parse(kubectl(['get', kind, '-n', NAMESPACE, '-l', `app.kubernetes.io/instance=${RELEASE}`, '-o', 'json'])) as { items: Item[] }).items;
  const services = list('services');
  const pods = list('pods');
  const base = publicUrl.replace(/\/$/, '');
  /** Where a server's pods run: in real containers on the real node, or simulated by kwok. */
  const runsOn = (name: string): string => {
    const nodes = new Set(pods.filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === name).map((p) => p.spec?.nodeName ?? ''));
    if (nodes.size === 0) return '-';
    return [...nodes].every((n) => n === REAL_NODE) ? 'real containers' : 'simulated (kwok)';
  };
  const rows = [...list('deployments'), ...list('jobs')].map((w) => {
    const name = w.metadata.labels?.['app.kubernetes.io/name'] ?? w.metadata.name;
    const svc = services.find((s) => s.metadata.labels?.['app.kubernetes.io/name'] === name);
    const path = CATALOG.find((s) => s.name === name)?.publicPath;
    const ready = w.spec?.replicas !== undefined ? `${w.status?.readyReplicas ?? 0}/${w.spec.replicas}` : w.status?.succeeded ? 'completed' : 'not completed';
    return [name, ready, runsOn(name), svc ? `${svc.metadata.name}:${svc.spec?.ports?.map((p) => p.port).join(',')}` : '-', path === undefined ? '' : `${base}${path}`];
  });
  const header = ['server', 'ready', 'runs as', 'service', 'public URL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write(`\n${fmt(header)}\n${rows.sort((a, b) => a[0]!.localeCompare(b[0]!)).map(fmt).join('\n')}\n`);
}
