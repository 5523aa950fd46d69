/**
 * The external checkers the lint step drives (scripts/lib/ct.ts, scripts/lib/policy.ts), run for real on small
 * inputs: chart-testing lints a throw-away copy of the chart; kube-score and checkov score one bare Pod.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCt } from '../../scripts/lib/ct.ts';
import { checkov, kubeScore, loadIgnores } from '../../scripts/lib/policy.ts';

// the copies and scratch files go to a temporary directory of this file's own, to see that none is left behind
const scratch = mkdtempSync(join(tmpdir(), 'fxa-lib-tools-'));
let tmpBefore: string | undefined;
beforeEach(() => {
  tmpBefore = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
});
afterEach(() => {
  if (tmpBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpBefore;
  const left = readdirSync(scratch);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  expect(left.filter((f) => f.startsWith('fxa-'))).toEqual([]);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// the chart is whatever the checkout holds (others regenerate it): the tests look at what ct did, and that its verdict is the exit status
const linted = (r: { ok: boolean; output: string }): void => {
  expect(r.output).toContain('Validating charts/fxa/Chart.yaml...');
  expect(r.output).toContain('Linting chart with values file "charts/fxa/ci/');
  expect(r.ok).toBe(!r.output.includes('Error: failed linting charts'));
};

describe('chart-testing on a copy', () => {
  it('runCt lints the chart with the project\'s ct configuration and tools', async () => {
    linted(await runCt(['lint', '--charts', 'charts/fxa']));
  });

  it('runCt passes the environment given (ct reads CT_* settings from it)', async () => {
    linted(await runCt(['lint'], { CT_CHARTS: 'charts/fxa' }));
  });

  it('runCt runs in a git repository of its own, which has no target branch to compare with', async () => {
    const r = await runCt(['lint']);
    expect(r.ok).toBe(false);
    expect(r.output.startsWith('Linting charts...')).toBe(true); // ct's stdout; the error below is its stderr
    expect(r.output).toContain("Error: failed linting charts: failed identifying charts to process: targetBranch 'origin/main' does not exist");
  });
});

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
const none = { 'kube-score': {}, checkov: {} };

describe('kubeScore', () => {
  it('returns the CRITICAL findings only', async () => {
    const found = await kubeScore(pod, none);
    expect(found).toContain('[CRITICAL] p v1/Pod: (c) CPU limit is not set');
    expect(found).toContain('[CRITICAL] p v1/Pod: (c) Image with latest tag');
    expect(found.every((l) => l.startsWith('[CRITICAL] p v1/Pod: '))).toBe(true);
  });

  it('skips the tests ci/policy-ignore.yaml lists, the CPU limit by its own flag', async () => {
    const found = await kubeScore(pod, { 'kube-score': { 'container-cpu-limit': 'why', 'container-image-tag': 'why' }, checkov: {} });
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain('[CRITICAL] p v1/Pod: (c) CPU limit is not set');
    expect(found).not.toContain('[CRITICAL] p v1/Pod: (c) Image with latest tag');
    expect(found).toContain('[CRITICAL] p v1/Pod: (c) Container has no configured security context');
    expect(await kubeScore(pod)).not.toContain('[CRITICAL] p v1/Pod: (c) CPU limit is not set');
  });
});

describe('checkov', () => {
  it('returns the failed checks as "ID name: resource", minus the skipped ones', async () => {
    const found = await checkov(pod, none);
    expect(found).toContain('CKV_K8S_12 Memory requests should be set: Pod.default.p');
    expect(found).toContain('CKV_K8S_11 CPU limits should be set: Pod.default.p');
    const skipped = await checkov(pod, { 'kube-score': {}, checkov: { CKV_K8S_12: 'why', CKV_K8S_11: 'why' } });
    expect(skipped.length).toBe(found.length - 2);
    expect(skipped.join('\n')).not.toMatch(/CKV_K8S_1[12] /);
    expect(await checkov(pod)).not.toContain('CKV_K8S_11 CPU limits should be set: Pod.default.p');
  });

  it('finds nothing in a file with no Kubernetes objects', async () => {
    expect(await checkov('foo: bar\n', none)).toEqual([]);
  });
});

it('the exceptions name kube-score tests and checkov checks', () => {
  const ignores = loadIgnores();
  expect(Object.keys(ignores['kube-score'])).toContain('container-cpu-limit');
  expect(Object.keys(ignores.checkov).every((id) => /^CKV2?_K8S_\d+$/.test(id))).toBe(true);
});
