/** Stops the embedded cluster after the run if this run started it; a cluster someone else started stays up. */
import { down } from '../../scripts/cluster/index.ts';
import { clearMarker, startedByTests } from '../helpers/cluster.ts';

export function setup(): void {
  clearMarker();
}

export async function teardown(): Promise<void> {
  if (startedByTests()) {
    await down({ quiet: true });
    clearMarker();
  }
}
