/**
 * Publishing to a static Helm repository: a directory served over HTTP(S) with its index.yaml. The new
 * version is indexed on its own and merged into the existing index, so older versions stay listed even
 * when their archives live elsewhere. A published version never changes: the same content again is a
 * no-op, different content under the same version is refused. One exception keeps provenance from being lost:
 * a signed package of content the repository holds unsigned replaces that archive (same content, the bytes
 * its signature covers) and adds the .prov; an unsigned one never removes a signature.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../lib/errors.ts';
import { changedVersionError, chartMeta, contentDigest, fileDigest } from './archive.ts';
import { helm, helmError } from './helm.ts';

interface IndexEntry { version: string; digest?: string; urls?: string[] }
interface RepoIndex { entries?: Record<string, IndexEntry[]> }

export interface RepoPublish {
  /** Whether the repository changed (false: this exact content was already published). */
  changed: boolean;
  index: string;
  archive: string;
}

const readIndex = (file: string): RepoIndex => (existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as RepoIndex | null) ?? {}) : {});

/** Throws when `version` is already in the repository with other content; true when it is there with the same content. */
function alreadyPublished(pkg: string, target: string, entry: IndexEntry | undefined, label: string): boolean {
  if (!entry && !existsSync(target)) return false;
  // the archive on disk is compared by content (Helm's archives differ in bytes); an archive kept elsewhere by its recorded digest
  const same = existsSync(target) ? contentDigest(target) === contentDigest(pkg) : entry?.digest === fileDigest(pkg);
  if (!same) throw changedVersionError(label);
  return true;
}

export function publishToRepo(opts: { pkg: string; repoDir: string; url: string; log?: (line: string) => void }): RepoPublish {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  if (!/^(https?|file):\/\//.test(opts.url)) throw new UserError(`publish: --url must be the repository's http(s) base URL, got "${opts.url}"`);
  const repoDir = resolve(opts.repoDir);
  const { name, version } = chartMeta(opts.pkg);
  const label = `${name} ${version}`;
  const index = join(repoDir, 'index.yaml');
  const archive = join(repoDir, basename(opts.pkg));
  const entry = readIndex(index).entries?.[name]?.find((e) => e.version === version);
  if (alreadyPublished(opts.pkg, archive, entry, label)) {
    // a .prov signs an archive's bytes: adding one means serving the archive it was made for
    const signs = existsSync(`${opts.pkg}.prov`) && existsSync(archive) && !existsSync(`${archive}.prov`);
    if (!signs) {
      log(`publish: ${label} is already in ${repoDir} with the same content; nothing changed`);
      return { changed: false, index, archive };
    }
    log(`publish: ${label} is in ${repoDir} unsigned with the same content; replacing it with the signed package`);
  }
  mkdirSync(repoDir, { recursive: true });
  // staged inside the repository directory so the renames below are atomic; index.yaml moves last
  const stage = mkdtempSync(join(repoDir, '.publish-'));
  try {
    const files = [opts.pkg, ...(existsSync(`${opts.pkg}.prov`) ? [`${opts.pkg}.prov`] : [])];
    for (const f of files) copyFileSync(f, join(stage, basename(f)));
    const r = helm(['repo', 'index', stage, '--url', opts.url.replace(/\/+$/, ''), ...(existsSync(index) ? ['--merge', index] : [])]);
    if (!r.ok) throw new UserError(`publish: helm repo index: ${helmError(r)}`);
    for (const f of files) renameSync(join(stage, basename(f)), join(repoDir, basename(f)));
    renameSync(join(stage, 'index.yaml'), index);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  log(`publish: ${label} added to ${index} (${opts.url})`);
  return { changed: true, index, archive };
}
