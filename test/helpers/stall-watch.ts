/**
 * Reports a test that holds its worker's event loop for long. A worker blocked for 60 s misses vitest's
 * fixed RPC deadline ("Timeout calling onTaskUpdate") and the run fails with no test named; this line
 * names the test in the log well before that (slow children belong in scripts/lib/spawn.ts's spawnAsync).
 */
import { expect } from 'vitest';

const REPORT_AFTER_MS = 20_000;
const TICK_MS = 1_000;

let last = performance.now();
setInterval(() => {
  const now = performance.now();
  const stalled = now - last - TICK_MS;
  if (stalled > REPORT_AFTER_MS) {
    const test = expect.getState().currentTestName ?? '(between tests)';
    process.stderr.write(`stall-watch: the event loop was blocked for ${(stalled / 1000).toFixed(0)}s in ${expect.getState().testPath ?? ''} > ${test}\n`);
  }
  last = now;
}, TICK_MS).unref();
