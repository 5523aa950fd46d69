/**
 * The release guards, on a scratch checkout (a copy of charts/fxa in its own git repository, FXA_HELM_ROOT
 * pointing at it): `package` refuses a generated Chart.yaml whose version or appVersion is not the catalog's,
 * and `publish --git-tag` refuses to tag a package of another version. Real helm and git throughout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHART_VERSION, FXA_RELEASE } from '../../schema/index.ts';
import { TOOLS_BIN, UMBRELLA_DIR } from '../../scripts/lib/paths.ts';
import { startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { makeSigningKey, type TestKey } from '../helpers/pgp.ts';

type PackageModule = typeof import('../../scripts/release/package.ts');
type IndexModule = typeof import('../../scripts/release/index.ts');
/** The scratch checkout's modules are fresh instances: its UserError is the class they throw. */
let UserError: typeof import('../../scripts/lib/errors.ts').UserError;

const work = mkdtempSync(join(tmpdir(), 'fxa-guards-'));
const root = join(work, 'checkout');
const chartYaml = join(root, 'charts', 'fxa', 'Chart.yaml');
const quiet = (): void => undefined;
const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd: root, encoding: 'utf8' }).trim();
let original = '';
let pkgMod: PackageModule;
let registry: Registry;
let key: TestKey;
let indexMod: IndexModule;

/** Runs `body` with the scratch chart's Chart.yaml edited, then puts it back byte for byte (the tag tests need a clean charts/). */
async function withChartYaml<T>(edit: (text: string) => string, body: () => Promise<T>): Promise<T> {
  writeFileSync(chartYaml, edit(original));
  try {
    return await body();
  } finally {
    writeFileSync(chartYaml, original);
  }
}

beforeAll(async () => {
  cpSync(UMBRELLA_DIR, join(root, 'charts', 'fxa'), { recursive: true });
  // the catalog's versions, as `npm run gen` writes them, whatever state others leave the checkout's chart in
  original = readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, `version: ${CHART_VERSION}`).replace(/^appVersion: .*$/m, `appVersion: ${FXA_RELEASE.tag}`);
  writeFileSync(chartYaml, original);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'chart');
  // what the CLI package is built from, as in the checkout (outside charts/, so tagging still sees a clean tree)
  const checkout = join(import.meta.dirname, '..', '..');
  for (const d of ['scripts', 'schema', 'node_modules', 'package.json']) symlinkSync(join(checkout, d), join(root, d));
  registry = await startRegistry();
  mkdirSync(join(work, 'keys'));
  key = await makeSigningKey(join(work, 'keys'));
  vi.stubEnv('FXA_HELM_ROOT', root);
  vi.stubEnv('FXA_TOOLS_BIN', TOOLS_BIN);
  vi.resetModules();
  pkgMod = await import('../../scripts/release/package.ts');
  // what `package` loads for its gen --check, loaded here: module-level code run inside a test would count as
  // run by that test, and the mutation run would judge the generator's data by it
  await import('../../scripts/gen/index.ts');
  indexMod = await import('../../scripts/release/index.ts');
  ({ UserError } = await import('../../scripts/lib/errors.ts'));
});
afterAll(() => {
  registry?.stop();
  vi.unstubAllEnvs();
  vi.resetModules();
  rmSync(work, { recursive: true, force: true });
});

describe('packaging the generated chart', () => {
  it('the scratch checkout is what is packaged, into its own dist/ by default', async () => {
    const dest = join(root, 'dist');
    expect(pkgMod.DIST_DIR).toBe(dest);
    expect(pkgMod.packagePath()).toBe(join(dest, `fxa-${CHART_VERSION}.tgz`));
    const lines: string[] = [];
    const p = await pkgMod.packageChart({ checks: false, log: (l) => lines.push(l) });
    expect(p).toEqual({ file: join(dest, `fxa-${CHART_VERSION}.tgz`), version: CHART_VERSION, appVersion: FXA_RELEASE.tag });
    expect(lines).toEqual([`package: helm package ${join(root, 'charts', 'fxa')}`, `package: ${p.file} (fxa ${CHART_VERSION}, FxA ${FXA_RELEASE.tag})`]);
    rmSync(dest, { recursive: true, force: true });
  });

  it('refuses a Chart.yaml whose version is not the catalog\'s', async () => {
    const dest = join(work, 'stale-version');
    await withChartYaml((t) => t.replace(/^version: .*$/m, 'version: 0.0.1'), async () => {
      await expect(pkgMod.packageChart({ destination: dest, checks: false, log: quiet })).rejects.toThrow(
        `package: ${join(dest, 'fxa-0.0.1.tgz')} is 0.0.1 (app ${FXA_RELEASE.tag}), the catalog says ${CHART_VERSION} (app ${FXA_RELEASE.tag}): run \`npm run gen\``,
      );
    });
  });

  it('refuses a Chart.yaml whose appVersion is not the pinned FxA release', async () => {
    await withChartYaml((t) => t.replace(/^appVersion: .*$/m, 'appVersion: v0.0.0-stale'), async () => {
      await expect(pkgMod.packageChart({ destination: join(work, 'stale-app'), checks: false, log: quiet })).rejects.toThrow(
        `is ${CHART_VERSION} (app v0.0.0-stale), the catalog says ${CHART_VERSION} (app ${FXA_RELEASE.tag})`,
      );
    });
  });

  it('packages another chart directory as it is, whatever its version (the publish tests\' variants)', async () => {
    const dir = join(mkdtempSync(join(work, 'variant-')), 'fxa');
    cpSync(join(root, 'charts', 'fxa'), dir, { recursive: true });
    writeFileSync(join(dir, 'Chart.yaml'), original.replace(/^version: .*$/m, 'version: 0.0.1').replace(/^appVersion: .*$/m, 'appVersion: v0.0.0-other'));
    const p = await pkgMod.packageChart({ destination: join(work, 'variant'), checks: false, chartDir: dir, log: quiet });
    expect(p).toEqual({ file: join(work, 'variant', 'fxa-0.0.1.tgz'), version: '0.0.1', appVersion: 'v0.0.0-other' });
  });

  it('refuses a keyring or passphrase file that does not exist, naming it', async () => {
    const missing = join(work, 'no-such.gpg');
    await expect(pkgMod.packageChart({ destination: join(work, 'unsigned'), checks: false, log: quiet, sign: { key: 'k', keyring: missing } })).rejects.toThrow(`package: the keyring ${missing} does not exist`);
    const keyring = join(work, 'exists.gpg');
    writeFileSync(keyring, '');
    await expect(pkgMod.packageChart({ destination: join(work, 'unsigned'), checks: false, log: quiet, sign: { key: 'k', keyring, passphraseFile: missing } })).rejects.toThrow(`package: the passphrase file ${missing} does not exist`);
  });

  it('reports Helm\'s own error when it cannot package', async () => {
    const p = pkgMod.packageChart({ destination: join(work, 'none'), checks: false, chartDir: join(work, 'no-chart-here'), log: quiet });
    await expect(p).rejects.toThrow(UserError);
    await expect(p).rejects.toThrow(/^package: .*no-chart-here/);
  });
});

describe('publish --git-tag', () => {
  // packaged inside the tests, not in a hook: a mutation run attributes code run in hooks to no test
  const packages = async (): Promise<{ current: string; stale: string }> => {
    const current = (await pkgMod.packageChart({ destination: join(work, 'current'), checks: false, log: quiet })).file;
    const stale = await withChartYaml((t) => t.replace(/^version: .*$/m, 'version: 0.0.1'), async () =>
      (await pkgMod.packageChart({ destination: join(work, 'old'), checks: false, chartDir: join(root, 'charts', 'fxa'), log: quiet })).file);
    expect(git('status', '--porcelain', '--', 'charts')).toBe('');
    return { current, stale };
  };

  it('refuses to tag a package of another version than the checkout\'s, and tags nothing', async () => {
    const { stale } = await packages();
    const repoDir = join(work, 'repo-stale');
    expect(() => indexMod.runPublish({ package: stale, repoDir, url: 'https://charts.example.org', gitTag: true })).toThrow(
      new UserError(`publish: ${stale} is 0.0.1, this checkout is ${CHART_VERSION}: not tagging`),
    );
    expect(git('tag', '--list')).toBe('');
  });

  it('publishes without tagging unless asked', async () => {
    const { current } = await packages();
    expect(indexMod.runPublish({ package: current, repoDir: join(work, 'repo-untagged'), url: 'https://charts.example.org' })).toBe(0);
    expect(existsSync(join(work, 'repo-untagged', `fxa-${CHART_VERSION}.tgz`))).toBe(true);
    expect(git('tag', '--list')).toBe('');
  });

  it('tags the scratch checkout fxa-<version> for a package of its own version', async () => {
    const { current } = await packages();
    expect(indexMod.runPublish({ package: current, repoDir: join(work, 'repo-tagged'), url: 'https://charts.example.org', gitTag: true })).toBe(0);
    expect(git('tag', '--list')).toBe(`fxa-${CHART_VERSION}`);
  });
});

describe('publish refuses an unclear request before touching anything', () => {
  it('names the default package (this checkout\'s dist/) when it was not built', () => {
    expect(() => indexMod.runPublish({ repoDir: join(work, 'r'), url: 'https://x' })).toThrow(
      new UserError(`publish: ${join(root, 'dist', `fxa-${CHART_VERSION}.tgz`)} does not exist; run \`npm run package\` first`),
    );
  });

  it.each([
    [{}, 'publish: say where: --repo-dir <dir> --url <base-url>, and/or --oci oci://host/path'],
    [{ repoDir: 'REPO' }, 'publish: --repo-dir needs --url, the base URL the directory is served at'],
  ])('%j', (o, message) => {
    const pkg = join(work, 'some.tgz');
    writeFileSync(pkg, '');
    const repoDir = join(work, 'untouched');
    expect(() => indexMod.runPublish({ package: pkg, ...('repoDir' in o ? { repoDir } : {}) })).toThrow(new UserError(message));
    expect(existsSync(repoDir)).toBe(false);
  });

  it('package --sign needs both a key and a keyring', async () => {
    const message = 'package: --sign needs --key <name> and --keyring <secret keyring>';
    await expect(indexMod.runPackage({ sign: true, key: 'k' })).rejects.toThrow(new UserError(message));
    await expect(indexMod.runPackage({ sign: true, keyring: join(work, 'k.gpg') })).rejects.toThrow(new UserError(message));
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('publish --oci', () => {
  it('reaches the registry named (here one that refuses connections)', async () => {
    mkdirSync(join(work, 'oci'), { recursive: true });
    const pkg = (await pkgMod.packageChart({ destination: join(work, 'oci'), checks: false, log: quiet })).file;
    expect(() => indexMod.runPublish({ package: pkg, oci: 'oci://127.0.0.1:9/charts', plainHttp: true })).toThrow(/^publish: cannot read oci:\/\/127\.0\.0\.1:9\/charts\/fxa: /);
  });
});

describe('package (the command)', () => {
  it('runs gen --check first unless told not to, and refuses a checkout whose generated files are stale', async () => {
    const lines: string[] = [];
    // the scratch checkout holds the chart only: the generated types and docs are missing, so stale
    await expect(pkgMod.packageChart({ destination: join(work, 'checked'), log: (l) => lines.push(l) })).rejects.toThrow(
      new UserError('package: generated files are stale; run `npm run gen` and commit'),
    );
    expect(lines).toEqual(['package: gen --check']);
    expect(existsSync(join(work, 'checked'))).toBe(false);
  });

  it('packages the chart, signed when asked, and the CLI beside it', async () => {
    const dest = join(work, 'cmd-signed');
    expect(await indexMod.runPackage({ destination: dest, checks: false, sign: true, key: key.name, keyring: key.secring, passphraseFile: key.passphraseFile })).toBe(0);
    expect(existsSync(join(dest, `fxa-${CHART_VERSION}.tgz.prov`))).toBe(true);
    expect(existsSync(join(dest, `fxa-helm-${CHART_VERSION}.tgz`))).toBe(true);
    const plain = join(work, 'cmd-plain');
    expect(await indexMod.runPackage({ destination: plain, checks: false, key: key.name })).toBe(0);
    expect(existsSync(join(plain, `fxa-${CHART_VERSION}.tgz`))).toBe(true);
    expect(existsSync(join(plain, `fxa-${CHART_VERSION}.tgz.prov`))).toBe(false);
    expect(existsSync(join(plain, `fxa-helm-${CHART_VERSION}.tgz`))).toBe(true);
  });

  it('writes both into the checkout\'s dist/ by default', async () => {
    expect(await indexMod.runPackage({ checks: false })).toBe(0);
    expect(existsSync(join(root, 'dist', `fxa-${CHART_VERSION}.tgz`))).toBe(true);
    expect(existsSync(join(root, 'dist', `fxa-helm-${CHART_VERSION}.tgz`))).toBe(true);
    rmSync(join(root, 'dist'), { recursive: true, force: true });
  });
});

describe('publish --oci to a registry on plain HTTP', () => {
  it('pushes with --plain-http, and cannot reach it over TLS without', async () => {
    const pkg = (await pkgMod.packageChart({ destination: join(work, 'oci-plain'), checks: false, log: quiet })).file;
    const base = `oci://${registry.host}/charts`;
    expect(() => indexMod.runPublish({ package: pkg, oci: base })).toThrow(/HTTP response to HTTPS client/);
    expect(indexMod.runPublish({ package: pkg, oci: base, plainHttp: true })).toBe(0);
    expect(() => indexMod.runPublish({ package: pkg, oci: base })).toThrow(/HTTP response to HTTPS client/);
  });
});
