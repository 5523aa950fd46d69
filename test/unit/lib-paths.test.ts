/**
 * Where the project finds its root, tools and caches (scripts/lib/paths.ts), read afresh under stubbed
 * environments; and the atomic, optional cache writes (scripts/lib/cache.ts) on real files.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeCacheFile } from '../../scripts/lib/cache.ts';

type Paths = typeof import('../../scripts/lib/paths.ts');
const fresh = async (env: Record<string, string | undefined>): Promise<Paths> => {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  return import('../../scripts/lib/paths.ts');
};
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const checkout = resolve(import.meta.dirname, '..', '..');

describe('paths', () => {
  it('the root is the checkout the sources are in, the tools under its .tools/bin', async () => {
    const p = await fresh({ FXA_HELM_ROOT: undefined, FXA_TOOLS_BIN: undefined });
    expect(p.ROOT).toBe(checkout);
    expect(p.TOOLS_BIN).toBe(join(checkout, '.tools', 'bin'));
    expect(p.CHARTS_DIR).toBe(join(checkout, 'charts'));
    expect(p.UMBRELLA_DIR).toBe(join(checkout, 'charts', 'fxa'));
    expect(p.VALUES_DIR).toBe(join(checkout, 'values'));
    expect(p.toolPath('helm')).toBe(join(checkout, '.tools', 'bin', 'helm'));
  });

  it('the compiled CLI names its root, and a mutation sandbox its tools', async () => {
    const p = await fresh({ FXA_HELM_ROOT: '/opt/fxa-helm', FXA_TOOLS_BIN: '/opt/tools' });
    expect([p.ROOT, p.TOOLS_BIN, p.CHARTS_DIR, p.UMBRELLA_DIR, p.VALUES_DIR]).toEqual(['/opt/fxa-helm', '/opt/tools', '/opt/fxa-helm/charts', '/opt/fxa-helm/charts/fxa', '/opt/fxa-helm/values']);
    expect(p.toolPath('kubectl')).toBe('/opt/tools/kubectl');
    const q = await fresh({ FXA_HELM_ROOT: '/opt/fxa-helm', FXA_TOOLS_BIN: undefined });
    expect(q.TOOLS_BIN).toBe('/opt/fxa-helm/.tools/bin');
  });

  it.each([
    [{ FXA_HELM_CACHE: '/c/own', XDG_CACHE_HOME: '/xdg' }, '/c/own'],
    [{ FXA_HELM_CACHE: undefined, XDG_CACHE_HOME: '/xdg' }, '/xdg/fxa-helm'],
    [{ FXA_HELM_CACHE: undefined, XDG_CACHE_HOME: undefined }, join(homedir(), '.cache', 'fxa-helm')],
  ])('the download cache with %j is %s', async (env, dir) => {
    expect((await fresh(env)).CACHE_DIR).toBe(dir);
  });

  it('toolCommand is the project\'s tool where it installed one, else the name for PATH', async () => {
    const tools = mkdtempSync(join(tmpdir(), 'fxa-tools-'));
    writeFileSync(join(tools, 'helm'), '');
    const p = await fresh({ FXA_TOOLS_BIN: tools });
    expect(p.toolCommand('helm')).toBe(join(tools, 'helm'));
    expect(p.toolCommand('kubectl')).toBe('kubectl');
    rmSync(tools, { recursive: true, force: true });
  });
});

describe('writeCacheFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fxa-cache-'));
  afterAll(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes text or bytes, making the directories, and leaves no partial file', () => {
    const file = join(dir, 'a', 'b', 'c.json');
    writeCacheFile(file, '{"x":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"x":1}');
    writeCacheFile(file, new Uint8Array([104, 105]));
    expect(readFileSync(file, 'utf8')).toBe('hi');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['c.json']);
  });

  it('ignores a place it cannot write to (a read-only checkout recomputes)', () => {
    writeFileSync(join(dir, 'plain-file'), 'x');
    expect(() => writeCacheFile(join(dir, 'plain-file', 'below.json'), 'x')).not.toThrow();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const canWrite = (() => {
      try {
        writeFileSync(join(ro, 'probe'), '');
        return true;
      } catch {
        return false;
      }
    })();
    writeCacheFile(join(ro, 'c.json'), 'x');
    // root ignores permissions; the read-only case only means something for other users
    expect(readdirSync(ro).includes('c.json')).toBe(canWrite);
  });
});
