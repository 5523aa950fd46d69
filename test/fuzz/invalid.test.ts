/**
 * Fuzzing the validator with broken values: every one of FXA_FUZZ_RUNS (default 1,000) mutations of
 * values/dev.yaml must be rejected, naming the path that was broken. Seeded; the seed is printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { line } from '../../scripts/validate/messages.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { valuesFile } from '../helpers/helm.ts';
import { mutation } from '../helpers/values-gen.ts';

const RUNS = Number(process.env.FXA_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FXA_FUZZ_SEED ?? Date.now() % 2 ** 31);

describe(`invalid values are rejected with their path (seed ${SEED})`, () => {
  const validator = createValidator();
  const base = userValues([valuesFile('dev')], []);

  it(`${RUNS} mutations of values/dev.yaml`, () => {
    fc.assert(
      fc.property(mutation(), (m) => {
        const { problems } = validator.validate(mergeValues(base, m.overrides));
        const lines = problems.map(line);
        expect(lines.length, `${m.what}: nothing reported`).toBeGreaterThan(0);
        const named = lines.filter((l) => l.startsWith(`${m.path}:`));
        expect(named.length > 0, `${m.what}: ${m.path} not named in:\n${lines.join('\n')}`).toBe(true);
        if (m.message) expect(named.some((l) => l.includes(m.message!)), `${m.what}: "${m.message}" not said for ${m.path}:\n${named.join('\n')}`).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
