import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // stops the embedded cluster at the end when this run started it
    globalSetup: ['test/cluster/global-setup.ts'],
    // names a test that blocks its worker's event loop long enough to endanger vitest's RPC deadline
    setupFiles: ['test/helpers/stall-watch.ts'],
    // helm and the API server are the heavy part; two cores, so two workers
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
