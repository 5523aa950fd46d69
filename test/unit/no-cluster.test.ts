/** FXA_NO_CLUSTER=1 means no test starts or touches the embedded cluster: a test that needs one fails saying why. */
import { afterEach, expect, it } from 'vitest';
import { ensureCluster } from '../helpers/cluster.ts';

const before = process.env.FXA_NO_CLUSTER;
afterEach(() => {
  if (before === undefined) delete process.env.FXA_NO_CLUSTER;
  else process.env.FXA_NO_CLUSTER = before;
});

it('ensureCluster refuses under FXA_NO_CLUSTER=1 instead of starting one', async () => {
  process.env.FXA_NO_CLUSTER = '1';
  await expect(ensureCluster()).rejects.toThrow('FXA_NO_CLUSTER=1 says not to start or touch one');
});
