/**
 * Publishing to an OCI registry with `helm push` (a .prov beside the archive is pushed with it). Before
 * pushing, the version is pulled with its provenance: present with the same content is a no-op, unless the
 * package is signed and the registry's copy is not (the push then adds the provenance layer); present with
 * other content is refused, as for the HTTP repository.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../lib/errors.ts';
import { changedVersionError, chartMeta, contentDigest } from './archive.ts';
import { helm, helmError } from './helm.ts';

export interface OciPublish { changed: boolean; ref: string; digest: string }

const digestOf = (out: string): string | undefined => /^Digest: (sha256:[0-9a-f]{64})/m.exec(out)?.[1];

export function publishToOci(opts: { pkg: string; registry: string; plainHttp?: boolean; log?: (line: string) => void }): OciPublish {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  if (!/^oci:\/\/[^/]+/.test(opts.registry)) throw new UserError(`publish: --oci must look like oci://host[:port]/path, got "${opts.registry}"`);
  const base = opts.registry.replace(/\/+$/, '');
  const { name, version } = chartMeta(opts.pkg);
  const ref = `${base}/${name}:${version}`;
  const http = opts.plainHttp ? ['--plain-http'] : [];
  const dir = mkdtempSync(join(tmpdir(), 'fxa-oci-'));
  try {
    // --prov writes the .prov only when the registry's manifest has a provenance layer
    const pulled = helm(['pull', `${base}/${name}`, '--version', version, '--prov', '--destination', dir, ...http]);
    if (pulled.ok) {
      const archive = join(dir, `${name}-${version}.tgz`);
      if (contentDigest(archive) !== contentDigest(opts.pkg)) {
        throw changedVersionError(ref);
      }
      if (!existsSync(`${opts.pkg}.prov`) || existsSync(`${archive}.prov`)) {
        log(`publish: ${ref} is already published with the same content; nothing pushed`);
        return { changed: false, ref, digest: digestOf(`${pulled.stdout}${pulled.stderr}`) ?? '' };
      }
      log(`publish: ${ref} is published unsigned with the same content; pushing the signed package adds its provenance`);
    } else if (!/not found|manifest unknown|name unknown/i.test(pulled.stderr)) {
      throw new UserError(`publish: cannot read ${base}/${name}: ${helmError(pulled)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pushed = helm(['push', opts.pkg, base, ...http]);
  if (!pushed.ok) throw new UserError(`publish: helm push to ${base}: ${helmError(pushed)}`);
  const digest = digestOf(`${pushed.stdout}${pushed.stderr}`);
  if (!digest) throw new Error(`publish: helm push did not report a digest:\n${pushed.stdout}${pushed.stderr}`);
  log(`publish: pushed ${ref} (${digest})`);
  return { changed: true, ref, digest };
}
