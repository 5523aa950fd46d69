/**
 * The tests Stryker runs against each mutant: the ones that exercise the mutated code (stryker.config.mjs
 * `mutate`) in this process. Tests that drive Helm or the compiled CLI in a child process cannot see a
 * mutant (Stryker switches mutants by a global of this process), and tests that do their work while
 * being collected (import.test.ts) or in beforeAll over a real archive or registry (package, http-repo,
 * oci) would repeat it for every mutant: they are left out here and run in the full suite instead.
 */
import { defineConfig } from 'vitest/config';

/** `FXA_STRYKER_TESTS=a.test.ts,b.test.ts npx stryker run --mutate 'scripts/x/**' ...` narrows a run to one folder's tests while working on it. */
const only = process.env.FXA_STRYKER_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? [
      'test/unit/gen.test.ts', 'test/unit/claims.test.ts', 'test/unit/monitoring-gen.test.ts', 'test/unit/statsd-mapping.test.ts', 'test/unit/calls.test.ts', 'test/unit/conformance.test.ts', 'test/unit/periodic-jobs.test.ts', 'test/unit/secrets-hook-bundle.test.ts', 'test/unit/gen-index.test.ts', 'test/unit/types.test.ts', 'test/validate/**/*.test.ts', 'test/fuzz/invalid.test.ts',
      // scripts/config
      'test/production/effective.test.ts', 'test/production/config-command.test.ts', 'test/production/config-report.test.ts',
      // scripts/secrets
      'test/secrets/*.test.ts',
      // scripts/import
      'test/import/classify.test.ts', 'test/import/env-module.test.ts', 'test/import/import-run.test.ts', 'test/import/parse-convict.test.ts', 'test/import/release-diff.test.ts', 'test/import/to-env.test.ts', 'test/import/edges.test.ts',
      // scripts/lib
      'test/unit/lib-*.test.ts',
      // scripts/release: the tests on tiny charts and scratch repositories (package.test.ts, http-repo and oci use the real chart in beforeAll)
      'test/publish/guards.test.ts', 'test/publish/publish-logic.test.ts', 'test/publish/cli-package.test.ts', 'test/publish/archive.test.ts', 'test/publish/versions.test.ts',
      // scripts/cluster: its pure parts
      'test/unit/cluster-*.test.ts', 'test/unit/real-node-images.test.ts',
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { FXA_NO_CLUSTER: '1', FXA_FUZZ_RUNS: '150', FXA_FUZZ_SEED: '20261202' },
    pool: 'forks',
  },
});
