/** The `package` and `publish` commands. */
import { existsSync } from 'node:fs';
import { CHART_VERSION } from '../../schema/index.ts';
import { UserError } from '../lib/errors.ts';
import { ROOT } from '../lib/paths.ts';
import { chartMeta } from './archive.ts';
import { publishToRepo } from './http-repo.ts';
import { publishToOci } from './oci.ts';
import { DIST_DIR, packageChart, packagePath } from './package.ts';
import { packCli } from './cli-package.ts';
import { tagRelease } from './versions.ts';

export interface PackageCliOptions { destination?: string; checks?: boolean; sign?: boolean; key?: string; keyring?: string; passphraseFile?: string }

export async function runPackage(o: PackageCliOptions): Promise<number> {
  if (o.sign && (!o.key || !o.keyring)) throw new UserError('package: --sign needs --key <name> and --keyring <secret keyring>');
  await packageChart({
    ...(o.destination ? { destination: o.destination } : {}),
    checks: o.checks !== false,
    ...(o.sign ? { sign: { key: o.key!, keyring: o.keyring!, ...(o.passphraseFile ? { passphraseFile: o.passphraseFile } : {}) } } : {}),
  });
  // the CLI operators run without a checkout, beside the chart (published with `npm publish <tarball>`)
  const cli = await packCli(o.destination ?? DIST_DIR);
  process.stderr.write(`package: ${cli} (the CLI: npx fxa-helm@${CHART_VERSION} secrets|validate|config)\n`);
  return 0;
}

export interface PublishCliOptions { package?: string; repoDir?: string; url?: string; oci?: string; plainHttp?: boolean; gitTag?: boolean }

export function runPublish(o: PublishCliOptions): number {
  const pkg = o.package ?? packagePath();
  if (!existsSync(pkg)) throw new UserError(`publish: ${pkg} does not exist; run \`npm run package\` first`);
  if (!o.repoDir && !o.oci) throw new UserError('publish: say where: --repo-dir <dir> --url <base-url>, and/or --oci oci://host/path');
  if (o.repoDir && !o.url) throw new UserError('publish: --repo-dir needs --url, the base URL the directory is served at');
  if (o.repoDir) publishToRepo({ pkg, repoDir: o.repoDir, url: o.url! });
  if (o.oci) publishToOci({ pkg, registry: o.oci, ...(o.plainHttp ? { plainHttp: true } : {}) });
  if (o.gitTag) {
    const { name, version } = chartMeta(pkg);
    if (version !== CHART_VERSION) throw new UserError(`publish: ${pkg} is ${version}, this checkout is ${CHART_VERSION}: not tagging`);
    process.stderr.write(`publish: tagged ${tagRelease(ROOT, name, version)}\n`);
  }
  return 0;
}
