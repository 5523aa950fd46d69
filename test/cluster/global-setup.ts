/**
 * Starts the embedded cluster once, before any test worker (unless FXA_NO_CLUSTER=1, as in
 * `npm run test:unit`), and stops it after the run if this run started it; a cluster someone else
 * started stays up.
 */
import { down } from '../../scripts/cluster/index.ts';
import { clearMarker, clearStaleMarker, ensureCluster, startedByTests } from '../helpers/cluster.ts';

const noCluster = (): boolean => process.env.FXA_NO_CLUSTER === '1';

export async function setup(): Promise<void> {
  if (noCluster()) return; // not even the marker: another run's cluster is none of this run's business
  // a concurrent run's marker stays: that run stops the cluster it started when it ends
  clearStaleMarker();
  await ensureCluster();
}

export async function teardown(): Promise<void> {
  if (!noCluster() && startedByTests()) {
    await down({ quiet: true });
    clearMarker();
  }
}
