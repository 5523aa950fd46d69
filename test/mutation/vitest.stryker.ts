/**
 * The tests Stryker runs against each mutant: the ones that exercise scripts/gen, scripts/validate and
 * schema/rules.ts in this process. Tests that drive Helm or the compiled CLI in a child process cannot
 * see a mutant (Stryker switches mutants by a global of this process), so they are left out here and
 * run in the full suite instead.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/gen.test.ts', 'test/unit/calls.test.ts', 'test/unit/conformance.test.ts', 'test/unit/periodic-jobs.test.ts', 'test/unit/secrets-hook-bundle.test.ts', 'test/unit/gen-index.test.ts', 'test/unit/types.test.ts', 'test/validate/**/*.test.ts', 'test/fuzz/invalid.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { FXA_NO_CLUSTER: '1', FXA_FUZZ_RUNS: '150', FXA_FUZZ_SEED: '20261202' },
    pool: 'forks',
  },
});
