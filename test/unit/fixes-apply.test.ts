/**
 * The fixing script the init container runs (scripts/fixes/apply.mjs), run by a real Node process against
 * files written here in the shape of each release's compiled code, and each fix of schema/fixes.ts against them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXES, type Fix } from '../../schema/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-fixes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The script as the init container sees it: a ConfigMap volume's file, a symlink through ..data into a timestamped directory. */
const SCRIPT = ((): string => {
  const volume = join(work, 'configmap');
  mkdirSync(join(volume, '..2026_12_05_00_00_00.000000001'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts', 'fixes', 'apply.mjs'), join(volume, '..2026_12_05_00_00_00.000000001', 'apply.mjs'));
  symlinkSync('..2026_12_05_00_00_00.000000001', join(volume, '..data'));
  symlinkSync(join('..data', 'apply.mjs'), join(volume, 'apply.mjs'));
  return join(volume, 'apply.mjs');
})();

/** Writes files under a fresh image root, points the fixes at it, runs the script; returns the out dir and the run. */
function run(files: Record<string, string>, fixes: (Omit<Fix, 'target'> & { target: string })[], env: Record<string, string> = {}) {
  const root = mkdtempSync(join(work, 'image-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const out = join(root, '..', `${root.split('/').pop()}-out`);
  const spec = join(root, '..', `${root.split('/').pop()}.json`);
  writeFileSync(spec, JSON.stringify(fixes.map((f) => ({ ...f, target: join(root, f.target) }))));
  const r = spawnSync('node', [SCRIPT, spec, out], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { root, out, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fix = (id: string): Fix => FIXES.find((f) => f.id === id)!;
const at = (f: Fix, target: string): Fix => ({ ...f, target });

describe('each fix against a file shaped like its release\'s code', () => {
  it('auth-cms-optional makes the CMS manager optional, whatever the compiled module aliases', () => {
    const r = run({ 'cms.js': 'class CMSHandler {\n    constructor() {\n        this.cmsManager = typedi_2.Container.get(cms_3.RelyingPartyConfigurationManager);\n    }\n}\n' }, [at(fix('auth-cms-optional'), 'cms.js')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.out, '0'), 'utf8')).toContain('this.cmsManager = (typedi_2.Container.has(cms_3.RelyingPartyConfigurationManager) ? typedi_2.Container.get(cms_3.RelyingPartyConfigurationManager) : null);');
    // the image's file is never written
    expect(readFileSync(join(r.root, 'cms.js'), 'utf8')).toContain('= typedi_2.Container.get(');
    // and the fixed copy still parses as JavaScript
    execFileSync('node', ['--check', join(r.out, '0')]);
  });

  it('auth-statsd-mock-histogram adds histogram() to the no-op StatsD, formatted as tsc emits it or not', () => {
    const compiled = 'statsd = {\n        increment: () => { },\n        timing: () => { },\n        close: () => { },\n    };\n';
    const r = run({ 'key_server.js': `let statsd;\nif (!enabled) {\n    ${compiled}}\n` }, [at(fix('auth-statsd-mock-histogram'), 'key_server.js')]);
    expect(r.code, r.stderr).toBe(0);
    const fixed = readFileSync(join(r.out, '0'), 'utf8');
    expect(fixed).toContain('histogram: () => {}');
    const mock = new Function(`${fixed.replace('let statsd;', 'var statsd;').replace('if (!enabled)', 'if (true)')}; return statsd;`)() as Record<string, () => void>;
    expect(Object.keys(mock).sort()).toEqual(['close', 'histogram', 'increment', 'timing']);
  });

  it('profile-monogram-check narrows the monogram test to the avatar route', () => {
    const r = run({ 'profile.js': 'function nextAvatar(result) {\n  if (!result.avatar || result.avatar.startsWith(monogramUrl)) {\n    return fallback;\n  }\n}\n' }, [at(fix('profile-monogram-check'), 'profile.js')]);
    expect(r.code, r.stderr).toBe(0);
    const fixed = readFileSync(join(r.out, '0'), 'utf8');
    expect(fixed).toContain('result.avatar.startsWith(`${monogramUrl}/v1/avatar/`)');
    execFileSync('node', ['--check', join(r.out, '0')]);
  });

  it('content-settings-cdn points the settings app at the content server, in every file it names, and copies the rest', () => {
    const cdn = 'https://cdn.accounts.firefox.com';
    const r = run(
      {
        'prod/asset-manifest.json': `{"files":{"main.js":"${cdn}/settings/static/js/main.abc123.js"}}`,
        'prod/index.html': `<script src="${cdn}/settings/static/js/main.abc123.js"></script>`,
        'prod/static/js/main.abc123.js': `var base="${cdn}/settings/";`,
        'prod/static/js/other.js': `var untouched="${cdn}";`,
        'prod/locales/en/app.ftl': 'hello = Hello',
      },
      [at(fix('content-settings-cdn'), 'prod')],
      { PUBLIC_URL: 'https://accounts.example.com' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.out, '0', 'index.html'), 'utf8')).toBe('<script src="https://accounts.example.com/settings/static/js/main.abc123.js"></script>');
    expect(readFileSync(join(r.out, '0', 'asset-manifest.json'), 'utf8')).not.toContain(cdn);
    expect(readFileSync(join(r.out, '0', 'static/js/main.abc123.js'), 'utf8')).toBe('var base="https://accounts.example.com/settings/";');
    expect(readFileSync(join(r.out, '0', 'static/js/other.js'), 'utf8')).toContain(cdn);
    expect(readFileSync(join(r.out, '0', 'locales/en/app.ftl'), 'utf8')).toBe('hello = Hello');
    expect(r.stdout).toContain('fix content-settings-cdn: 3 changes');
  });
});

describe('apply.mjs refuses to leave a file unfixed', () => {
  it('fails, naming the fix and its text, when the text is absent (another release\'s file)', () => {
    const r = run({ 'cms.js': 'this.cmsManager = null;\n' }, [at(fix('auth-cms-optional'), 'cms.js')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fix auth-cms-optional: .*RelyingPartyConfigurationManager.* matches nothing in .*cms\.js; this image is not the release the fix was written for/);
  });

  it('fails when a variable the replacement uses is unset, and leaves "$" in a value literal', () => {
    const files = { 'prod/index.html': 'https://cdn.accounts.firefox.com/x' };
    const unset = run(files, [at(fix('content-settings-cdn'), 'prod')]);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('fix content-settings-cdn: the variable PUBLIC_URL it uses is not set');
    const dollar = run(files, [at(fix('content-settings-cdn'), 'prod')], { PUBLIC_URL: 'https://a$1b.example' });
    expect(dollar.code, dollar.stderr).toBe(0);
    expect(readFileSync(join(dollar.out, '0', 'index.html'), 'utf8')).toBe('https://a$1b.example/x');
  });

  it('fails when the target does not exist', () => {
    const r = run({}, [at(fix('profile-monogram-check'), 'missing.js')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file/i);
  });
});
