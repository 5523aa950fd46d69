/**
 * The real node's images, built here from registry packages because no image registry is reachable:
 * Debian's packages (mmdebstrap) for Redis and MariaDB, Go modules for statsd_exporter and Mailpit, and
 * the pod sandbox from this project's own pause program. Each is pinned, runs as the chart's uid, and is
 * cached per machine as an OCI archive whose manifest digest is the image's content digest. The chart
 * still renders the upstream images by default; `realNodeValues()` points the infrastructure at these.
 *
 * FxA's own image cannot be pulled here, so the auth server runs a stand-in: Debian's Node and files of
 * this project at the paths of Mozilla's image that the release's compatibility fixes (schema/fixes.ts)
 * edit, written so the server starts only when every fix took effect. The chart's init container, the
 * fixing script and the mounts over the read-only root then run for real.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, ROOT } from '../../lib/paths.ts';
import { buildGo } from '../../setup/go-build.ts';
import { CREATED, EPOCH, PAUSE_REF, group, mmdebstrapArgs, passwd, refOf, tagOf, tarLayerArgs, textFileName, type DebianImage, type GoImage, type ImageSpec } from './image-specs.ts';
import { imageIdOf, packImage, type ImageConfig, type Packed } from './oci.ts';

// the specs and their values moved to image-specs.ts; their importers keep importing them from here
export { IMAGES, PAUSE_REF, REAL_LABEL, REAL_TAINT, keyOf, realNodeValues, refOf, type ImageSpec } from './image-specs.ts';

/** What makes an image's content: a change to any of it builds a new archive. */
function fingerprint(spec: ImageSpec): string {
  const h = createHash('sha256').update(JSON.stringify(spec));
  if (spec.kind === 'debian') for (const f of Object.values(spec.files ?? {})) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 12);
}

const IMAGE_CACHE = join(CACHE_DIR, 'images');

/** mmdebstrap runs for minutes: asynchronously, so a test worker that builds an image stays responsive. */
async function debianLayer(spec: DebianImage, out: string, work: string): Promise<void> {
  for (const [to, content] of Object.entries(spec.text ?? {})) writeFileSync(join(work, textFileName(to)), content);
  await promisify(execFile)('mmdebstrap', mmdebstrapArgs(spec, ROOT, work, out), { env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, maxBuffer: 64 << 20 });
}

async function goLayer(spec: GoImage, out: string, work: string, log: (l: string) => void): Promise<void> {
  const root = join(work, 'rootfs');
  const bin = join(root, spec.path);
  mkdirSync(join(bin, '..'), { recursive: true });
  copyFileSync(await buildGo(spec.source, log), bin);
  chmodSync(bin, 0o755);
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'etc', 'passwd'), passwd(spec.uid));
  writeFileSync(join(root, 'etc', 'group'), group(spec.uid));
  mkdirSync(join(root, 'tmp'), { mode: 0o1777 });
  chmodSync(join(root, 'tmp'), 0o1777);
  tarDir(root, out);
}

function tarDir(dir: string, out: string): void {
  execFileSync('tar', tarLayerArgs(dir, out));
}

async function pauseLayer(out: string, work: string): Promise<void> {
  const root = join(work, 'rootfs');
  mkdirSync(root, { recursive: true });
  execFileSync('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', join(root, 'pause'), '.'], {
    cwd: join(ROOT, 'scripts', 'cluster', 'real', 'pause'),
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  tarDir(root, out);
}

async function cached(id: string, ref: string, config: ImageConfig, layer: (out: string, work: string) => Promise<void> | void): Promise<Packed> {
  mkdirSync(IMAGE_CACHE, { recursive: true });
  const archive = join(IMAGE_CACHE, `${id}.oci.tar`);
  const meta = `${archive}.json`;
  if (existsSync(archive) && existsSync(meta)) {
    const packed = JSON.parse(readFileSync(meta, 'utf8')) as Packed;
    return packed.id ? packed : { ...packed, id: imageIdOf(archive, packed.digest) };
  }
  const work = mkdtempSync(join(IMAGE_CACHE, `.build-${process.pid}-`));
  try {
    const tar = join(work, 'layer.tar');
    await layer(tar, work);
    const packed = await packImage(ref, tar, config, archive, CREATED);
    writeFileSync(meta, JSON.stringify(packed));
    return packed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Build (or take from the cache) one image; returns its reference, digest and archive. */
export function buildImage(spec: ImageSpec, log: (l: string) => void): Promise<Packed> {
  const ref = refOf(spec);
  const id = `${spec.repository.split('/').pop()}-${tagOf(spec)}-${fingerprint(spec)}`;
  return cached(id, ref, { user: String(spec.uid) }, async (out, work) => {
    const t = Date.now();
    log(`image ${ref}: building`);
    if (spec.kind === 'debian') await debianLayer(spec, out, work);
    else await goLayer(spec, out, work, log);
    log(`image ${ref}: built in ${((Date.now() - t) / 1000).toFixed(0)}s`);
  });
}

export function buildPause(): Promise<Packed> {
  const h = createHash('sha256').update(readFileSync(join(ROOT, 'scripts', 'cluster', 'real', 'pause', 'main.go'))).digest('hex').slice(0, 12);
  return cached(`pause-${h}`, PAUSE_REF, { user: '65535', entrypoint: ['/pause'] }, pauseLayer);
}

