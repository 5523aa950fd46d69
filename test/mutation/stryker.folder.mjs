// @ts-check
/**
 * One folder's mutation run while writing its tests, beside the full run and without touching its files:
 *   FXA_MUTATE=scripts/import FXA_STRYKER_TESTS=test/import/import.test.ts npx stryker run test/mutation/stryker.folder.mjs
 * Results go to .cache/stryker-<folder>/ (report.json for test/mutation/report.ts, the survivors in clear text on stdout).
 */
import base from '../../stryker.config.mjs';

const folder = process.env.FXA_MUTATE;
if (!folder) throw new Error('set FXA_MUTATE to the folder (or file) to mutate, e.g. scripts/import');
const slug = folder.replace(/[^a-z0-9]+/gi, '-');
const out = `.cache/stryker-${slug}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: folder.endsWith('.ts') ? [folder] : [`${folder}/**/*.ts`],
  incrementalFile: `${out}/incremental.json`,
  tempDirName: `${out}/tmp`,
  reporters: ['clear-text', 'json'],
  jsonReporter: { fileName: `${out}/report.json` },
  thresholds: { ...base.thresholds, break: null },
};
