/**
 * Fuzzing the chart with valid values: FXA_FUZZ_RUNS (default 1,000) random value sets on top of
 * values/dev.yaml must pass our validator, render with Helm 4 or Helm 3 (alternately) without template errors, and give objects
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
const DRY_RUN_PARTS = 3;
/** Value sets rendered per test: about a minute on two cores (two minutes under CI's load at 200), far inside the timeout. */
const SLICE = 125;

describe(`valid random values render to objects the API server accepts (seed ${SEED})`, () => {
  const ns = useNamespace('fuzz');
  const dir = mkdtempSync(join(tmpdir(), 'fxa-fuzz-'));
  // the embedded API server has no Gateway API CRDs: HTTPRoutes are rendered and checked by test/render/routes.test.ts
  const samples = fc.sample(validOverrides(['none', 'ingress']), { numRuns: RUNS, seed: SEED });
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
        // both Helms, alternately: each renders half of the sets
        const r = await helmAsync(i % 2 ? 'helm3' : 'helm', ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile('dev'), '-f', file]);
        if (r.code !== 0) {
          failures.push(`case ${i} (seed ${SEED}) failed to render with ${i % 2 ? 'helm3' : 'helm'}: ${r.stderr.trim()}\n${stringify(overrides)}`);
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

  // the dry runs grow with the variety of objects: they too run as several tests, each a share of the objects
  for (let part = 0; part < DRY_RUN_PARTS; part++) {
    it(`distinct objects of the ${RUNS} renders, part ${part + 1} of ${DRY_RUN_PARTS}, pass a server-side dry run without warnings`, async () => {
      expect(unique.size).toBeGreaterThan(0);
      const all = [...unique.values()].filter((_, i) => i % DRY_RUN_PARTS === part);
      for (let start = 0; start < all.length; start += BATCH) {
        // let the worker's event loop turn between batches: vitest's own messages time out after 60 s of blocking
        await new Promise((resolve) => setImmediate(resolve));
        const batch = all.slice(start, start + BATCH);
        const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: batch.map((b) => JSON.parse(b.doc) as unknown) });
        let out = '';
        try {
          out = dryRunServer(list, ns());
        } catch (e) {
          // the server's refusals first: kubectl prints every accepted object of the batch too
          const refusals = (e as Error).message.split('\n').filter((l) => !/ (created|configured|unchanged) \(server dry run\)$/.test(l)).join('\n');
          throw new Error(`seed ${SEED}, cases ${[...new Set(batch.map((b) => b.caseIndex))].join(',')}: ${refusals.slice(0, 3000)}`);
        }
        expect(out, `seed ${SEED}`).not.toMatch(/warning/i);
      }
    });
  }
});
