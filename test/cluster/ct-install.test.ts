/** chart-testing installs the chart once per file in charts/fxa/ci/ into a namespace of its own, waits, and removes it. */
import { beforeAll, expect, it } from 'vitest';
import { runCt } from '../../scripts/lib/ct.ts';
import { KUBECONFIG, ensureCluster } from '../helpers/cluster.ts';

beforeAll(ensureCluster);

it('ct install --all against the embedded cluster', async () => {
  const { ok, output } = await runCt(['install', '--all'], { KUBECONFIG });
  expect(ok, output.slice(-3000)).toBe(true);
  expect(output).toContain('All charts installed successfully');
  expect(output.match(/Installing chart with values file "charts\/fxa\/ci\/[a-z]+-values\.yaml"/g)?.length).toBe(2);
});
