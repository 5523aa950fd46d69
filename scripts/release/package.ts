/**
 * `npm run package`: the generated chart must be current and lint clean, then `helm package` writes
 * dist/fxa-<version>.tgz (and, signed, its .prov). The version comes from schema/changelog.ts, the
 * appVersion from schema/release.ts, both through the generated Chart.yaml.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHART_VERSION, FXA_RELEASE } from '../../schema/index.ts';
import { UserError } from '../lib/errors.ts';
import { ROOT, UMBRELLA_DIR } from '../lib/paths.ts';
import { chartMeta } from './archive.ts';
import { helm, helmError } from './helm.ts';

export const DIST_DIR = join(ROOT, 'dist');
export const packagePath = (dir = DIST_DIR, version = CHART_VERSION): string => join(dir, `fxa-${version}.tgz`);

export interface SignOptions {
  /** The signing key's name (user id) in the keyring, as `helm package --key` takes it. */
  key: string;
  /** An OpenPGP secret keyring in binary (legacy `secring.gpg`) form: `gpg --export-secret-keys > secring.gpg`. */
  keyring: string;
  /** A file holding the key's passphrase; without it an encrypted key makes Helm prompt. */
  passphraseFile?: string;
}

export interface PackageOptions {
  destination?: string;
  /** Run `gen --check` and `lint` first (the default); tests that already ran them package only. */
  checks?: boolean;
  sign?: SignOptions;
  chartDir?: string;
  log?: (line: string) => void;
}

export interface Packaged { file: string; prov?: string; version: string; appVersion?: string }

async function preflight(log: (line: string) => void): Promise<void> {
  log('package: gen --check');
  // Stryker disable next-line StringLiteral: the packed CLI bundles this module with esbuild, which must resolve the specifier even in a mutation run
  if ((await (await import('../gen/index.ts')).runGen({ check: true })) !== 0) throw new UserError('package: generated files are stale; run `npm run gen` and commit');
  log('package: lint');
  // Stryker disable next-line StringLiteral: as above
  if ((await (await import('../lint.ts')).runLint()) !== 0) throw new UserError('package: lint failed (see above)');
}

export async function packageChart(opts: PackageOptions = {}): Promise<Packaged> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const dest = resolve(opts.destination ?? DIST_DIR);
  if (opts.checks !== false) await preflight(log);
  mkdirSync(dest, { recursive: true });
  const args = ['package', opts.chartDir ?? UMBRELLA_DIR, '--destination', dest];
  if (opts.sign) {
    for (const [what, file] of [['keyring', opts.sign.keyring], ['passphrase file', opts.sign.passphraseFile]] as const) {
      if (file && !existsSync(file)) throw new UserError(`package: the ${what} ${file} does not exist`);
    }
    args.push('--sign', '--key', opts.sign.key, '--keyring', resolve(opts.sign.keyring));
    if (opts.sign.passphraseFile) args.push('--passphrase-file', resolve(opts.sign.passphraseFile));
  }
  log(`package: helm ${args.slice(0, 2).join(' ')}${opts.sign ? ` (signed by "${opts.sign.key}")` : ''}`);
  const r = helm(args);
  if (!r.ok) throw new UserError(`package: ${helmError(r)}`);
  const file = /saved it to: (.+\.tgz)\s*$/m.exec(r.stdout)?.[1]?.trim();
  if (!file || !existsSync(file)) throw new Error(`package: helm did not say where it saved the chart:\n${r.stdout}${r.stderr}`);
  if (!opts.sign) rmSync(`${file}.prov`, { force: true }); // a signature of an earlier package would not verify
  const meta = chartMeta(file);
  if (!opts.chartDir && (meta.version !== CHART_VERSION || meta.appVersion !== FXA_RELEASE.tag)) {
    throw new Error(`package: ${file} is ${meta.version} (app ${meta.appVersion}), the catalog says ${CHART_VERSION} (app ${FXA_RELEASE.tag}): run \`npm run gen\``);
  }
  const prov = existsSync(`${file}.prov`) ? `${file}.prov` : undefined;
  log(`package: ${file}${prov ? ` and ${prov}` : ''} (fxa ${meta.version}, FxA ${meta.appVersion})`);
  return { file, ...(prov ? { prov } : {}), version: meta.version, ...(meta.appVersion ? { appVersion: meta.appVersion } : {}) };
}
