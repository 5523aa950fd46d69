/**
 * Fuzzing the chart with valid values: FXA_FUZZ_RUNS (default 1,000) random value sets on top of
 * values/dev.yaml must pass our validator, render with Helm without template errors, and give objects
 * the embedded API server accepts (server-side dry run, strict field validation, Pod Security
 * `restricted` without warnings). Seeded; the seed is in the test name and printed on failure.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { HELM_YAML } from '../../scripts/lib/helm-yaml.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { line } from '../../scripts/validate/messages.ts';
import { dryRunServer } from '../helpers/cluster.ts';
import { useNamespace } from '../helpers/namespace.ts';
import { CHART, valuesFile } from '../helpers/helm.ts';
import { helmAsync, pool } from '../helpers/async-helm.ts';
import { validOverrides } from '../helpers/values-gen.ts';

const RUNS = Number(process.env.FXA_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FXA_FUZZ_SEED ?? Date.now() % 2 ** 31);
const BATCH = 250;
/** Value sets rendered per test: about a minute on two cores, far inside the test timeout. */
const SLICE = 200;

describe(`valid random values render to objects the API server accepts (seed ${SEED})`, () => {
  const ns = useNamespace('fuzz');
  const dir = mkdtempSync(join(tmpdir(), 'fxa-fuzz-'));
  const samples = fc.sample(validOverrides(), { numRuns: RUNS, seed: SEED });
  /** unique rendered objects (by content) -> the first case that produced each */
  const unique = new Map<string, { doc: string; caseIndex: number }>();
  const failures: string[] = [];


  // rendering is the slow part (a Helm process per set): it runs in slices, each a test of its own, so
  // no single test's timeout depends on how many sets there are; the dry run then checks them all
  const validator = createValidator();
  for (let from = 0; from < samples.length; from += SLICE) {
    const slice = samples.slice(from, from + SLICE);
    it(`value sets ${from + 1}-${from + slice.length} of ${RUNS} pass validation and render with Helm`, async () => {
      await pool(slice, 2, async (overrides, j) => {
        const i = from + j;
        const file = join(dir, `case-${i}.yaml`);
        writeFileSync(file, stringify(overrides, HELM_YAML));
        const { problems } = validator.validate(userValues([valuesFile('dev'), file], []));
        if (problems.length) {
          failures.push(`case ${i} (seed ${SEED}) rejected by the validator: ${problems.map(line).join('; ')}\n${stringify(overrides)}`);
          return;
        }
        const r = await helmAsync('helm', ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile('dev'), '-f', file]);
        if (r.code !== 0) {
          failures.push(`case ${i} (seed ${SEED}) failed to render: ${r.stderr.trim()}\n${stringify(overrides)}`);
          return;
        }
        for (const d of parseAllDocuments(r.stdout)) {
          const obj = d.toJS() as unknown;
          if (obj === null) continue;
          const text = JSON.stringify(obj);
          const key = createHash('sha1').update(text).digest('hex');
          if (!unique.has(key)) unique.set(key, { doc: text, caseIndex: i });
        }
      });
      expect(failures.slice(0, 3).join('\n\n')).toBe('');
    });
  }

  it(`every distinct object of the ${RUNS} renders passes a server-side dry run without warnings`, async () => {
    expect(unique.size).toBeGreaterThan(0);
    const all = [...unique.values()];
    for (let start = 0; start < all.length; start += BATCH) {
      // let the worker's event loop turn between batches: vitest's own messages time out after 60 s of blocking
      await new Promise((resolve) => setImmediate(resolve));
      const batch = all.slice(start, start + BATCH);
      const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: batch.map((b) => JSON.parse(b.doc) as unknown) });
      let out = '';
      try {
        out = dryRunServer(list, ns());
      } catch (e) {
        throw new Error(`seed ${SEED}, cases ${[...new Set(batch.map((b) => b.caseIndex))].join(',')}: ${(e as Error).message.slice(0, 2000)}`);
      }
      expect(out, `seed ${SEED}`).not.toMatch(/warning/i);
    }
  });
});
