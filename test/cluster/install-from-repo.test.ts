/**
 * What operators run: `helm repo add` a repository served over HTTP, then `helm install fxa/fxa` onto the
 * embedded cluster. The release records the published chart version and FxA release, and its servers come up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CATALOG, CHART_VERSION, FXA_RELEASE, inRelease } from '../../schema/index.ts';
import { publishToRepo } from '../../scripts/release/http-repo.ts';
import { KUBECONFIG, getJson, notAvailable } from '../helpers/cluster.ts';
import { valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';
import { operatorHelm, packageCurrent } from '../helpers/release.ts';
import { serveDir, type Served } from '../helpers/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-repo-install-'));
const run = operatorHelm(join(work, 'home'));
const ns = useNamespace('from-repo');
let served: Served;

beforeAll(async () => {
  served = await serveDir(join(work, 'repo'));
  const pkg = await packageCurrent(join(work, 'dist'));
  publishToRepo({ pkg: pkg.file, repoDir: join(work, 'repo'), url: served.url, log: () => undefined });
  expect((await run('helm', ['repo', 'add', 'fxa', served.url])).code).toBe(0);
});
afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

it('helm install fxa fxa/fxa -f values/dev.yaml --wait: the published version is deployed and every server is Available', async () => {
  const kube = ['--kubeconfig', KUBECONFIG, '-n', ns()];
  const install = await run('helm', ['install', 'fxa', 'fxa/fxa', '--version', CHART_VERSION, '-f', valuesFile('dev'), '--wait', '--timeout', '5m', ...kube]);
  expect(install.code, install.stderr).toBe(0);
  const [release] = JSON.parse((await run('helm', ['list', '-o', 'json', ...kube])).stdout) as { chart: string; app_version: string; status: string }[];
  expect(release).toMatchObject({ chart: `fxa-${CHART_VERSION}`, app_version: FXA_RELEASE.tag, status: 'deployed' });

  const deployments = getJson<{ items: unknown[] }>(['get', 'deployments', '-n', ns()]).items;
  expect(deployments.length).toBe(CATALOG.filter((s) => s.workload.kind === 'Deployment' && inRelease(s.name)).length);
  expect(await notAvailable(ns())).toEqual([]);
  expect((await run('helm', ['uninstall', 'fxa', '--wait', ...kube])).code).toBe(0);
});
