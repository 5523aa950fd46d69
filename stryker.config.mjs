// @ts-check
import { resolve } from 'node:path';
/**
 * `npm run mutate`: mutation testing (Stryker) of the code tests can reach in-process: the generator, the
 * validator, the value rules, the config report, secrets, the importer, the shared library, and the
 * decisions of the local cluster (its PKI, components and the real node's plans), and the release code
 * (packaging guards, publishing to a directory and a registry on a tiny chart); the parts of scripts/cluster
 * that only a running cluster exercises are left to the cluster tests, and the process supervisor
 * (scripts/cluster/processes.ts, whose tests wait on real processes: a mutated wait loop only times out)
 * to the full suite.
 * The score is the share of deliberate bugs the tests catch; below `break` the run fails.
 * The incremental file keeps each mutant's result keyed by its code and tests, so a later run only
 * tests what changed (CI runs it that way; `npm run mutate -- --force` runs everything).
 */

// the sandbox is a copy without .tools: tests that run helm there use the checkout's (scripts/lib/paths.ts)
process.env.FXA_TOOLS_BIN ??= resolve('.tools', 'bin');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'scripts/gen/**/*.ts', 'scripts/validate/**/*.ts', 'schema/rules.ts',
    'scripts/config/**/*.ts', 'scripts/secrets/**/*.ts', 'scripts/import/**/*.ts', 'scripts/lib/**/*.ts', 'scripts/release/**/*.ts',
    // the library's wrappers of ct and the policy tools are judged by those tools' tests (test/render/policy.test.ts)
    '!scripts/lib/ct.ts', '!scripts/lib/policy.ts',
    'scripts/cluster/pki.ts', 'scripts/cluster/components.ts', 'scripts/cluster/kwok-objects.ts',
    'scripts/cluster/real/cleanup-plan.ts', 'scripts/cluster/real/node-config.ts', 'scripts/cluster/real/image-specs.ts',
  ],
  testRunner: 'vitest',
  // the tests are named in that file (each exercises mutated code), so vitest need not find them through the imports
  vitest: { configFile: 'test/mutation/vitest.stryker.ts', related: false },
  // no TypeScript checker: it took a core of the two for the whole run and made it about three times slower; a
  // mutant that would not type-check is run anyway, and its result counts like any other
  checkers: [],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Static mutants (module-level data: host lists, tables, patterns) cannot be traced to the tests that read them,
  // so each runs every test: on the full set, 18% of the mutants and 84% of the run. They are left out of the score
  // (reported as Ignored); SURVIVORS.md says which data known-answer tests check instead.
  ignoreStatic: true,
  // vitest does not type-check, and generated .d.ts files must stay byte-identical for the gen tests
  disableTypeChecks: false,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.cache/stryker-tmp',
  ignorePatterns: ['.cache', '.cluster', '.tools', 'dist', 'reports'],
  // beyond the covering tests' own time (x1.5): a mutant that makes a wait loop spin is cut off soon
  timeoutMS: 15_000,
};
