// @ts-check
/**
 * `npm run mutate`: mutation testing of the generator, the validator and the value rules (Stryker).
 * The score is the share of deliberate bugs the tests catch; below `break` the run fails.
 * The incremental file keeps each mutant's result keyed by its code and tests, so a later run only
 * tests what changed (CI runs it that way; `npm run mutate -- --force` runs everything).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ['scripts/gen/**/*.ts', 'scripts/validate/**/*.ts', 'schema/rules.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.stryker.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
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
  timeoutMS: 60_000,
};
