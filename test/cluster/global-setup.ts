/**
 * Starts the embedded cluster once, before any test worker (unless FXA_NO_CLUSTER=1, as in
 * `npm run test:unit`), and stops it after the run if this run started it; a cluster someone else
 * started stays up.
 */
import { down } from '../../scripts/cluster/index.ts';
import { clearMarker, ensureCluster, startedByTests } from '../helpers/cluster.ts';

export async function setup(): Promise<void> {
  clearMarker();
  if (process.env.FXA_NO_CLUSTER !== '1') await ensureCluster();
}

export async function teardown(): Promise<void> {
  if (startedByTests()) {
    await down({ quiet: true });
    clearMarker();
  }
}
