/**
 * Packs a root filesystem (one uncompressed tar layer) and an image config into an OCI image-layout
 * archive that `ctr image import` reads. The real node has no registry to pull from, so its images are
 * built here and imported; the manifest digest is the image's content digest.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export interface ImageConfig {
  /** The numeric user the image runs as (the chart's runAsUser). */
  user: string;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  workingDir?: string;
}

export interface Packed {
  /** name:tag, as the pod spec names it. */
  ref: string;
  /** sha256 of the manifest: the image's content digest. */
  digest: string;
  /** sha256 of the config: the image ID the kubelet reports for an image that came from no registry. */
  id: string;
  archive: string;
}

const sha256File = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolve(h.digest('hex')));
  });

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Write `archive` (an OCI layout tar) holding one image named `ref` with `layer` as its only layer. */
export async function packImage(ref: string, layer: string, config: ImageConfig, archive: string, created: string): Promise<Packed> {
  const dir = mkdtempSync(`${archive}.layout-`);
  try {
    const blobs = join(dir, 'blobs', 'sha256');
    mkdirSync(blobs, { recursive: true });
    const layerDigest = await sha256File(layer);
    const layerSize = statSync(layer).size;
    renameSync(layer, join(blobs, layerDigest));
    const blob = (json: unknown): { digest: string; size: number } => {
      const text = JSON.stringify(json);
      const digest = sha256(text);
      writeFileSync(join(blobs, digest), text);
      return { digest: `sha256:${digest}`, size: Buffer.byteLength(text) };
    };
    const cfg = blob({
      architecture: 'amd64',
      os: 'linux',
      created,
      config: {
        User: config.user,
        ...(config.entrypoint ? { Entrypoint: config.entrypoint } : {}),
        ...(config.cmd ? { Cmd: config.cmd } : {}),
        Env: config.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        ...(config.workingDir ? { WorkingDir: config.workingDir } : {}),
      },
      rootfs: { type: 'layers', diff_ids: [`sha256:${layerDigest}`] },
      history: [{ created, created_by: 'fxa-helm real-node image build' }],
    });
    const manifest = blob({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...cfg },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${layerDigest}`, size: layerSize }],
    });
    writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const tag = ref.slice(ref.lastIndexOf(':') + 1);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({
      schemaVersion: 2,
      manifests: [{
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        ...manifest,
        annotations: { 'io.containerd.image.name': ref, 'org.opencontainers.image.ref.name': tag },
      }],
    }));
    const partial = `${archive}.partial-${process.pid}`;
    execFileSync('tar', ['-cf', partial, '-C', dir, 'oci-layout', 'index.json', 'blobs']);
    renameSync(partial, archive);
    return { ref, digest: manifest.digest, id: cfg.digest, archive };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The image ID (config digest) of the manifest `digest` inside an OCI archive. */
export function imageIdOf(archive: string, digest: string): string {
  const blob = (d: string): string => execFileSync('tar', ['-xOf', archive, `blobs/sha256/${d.replace('sha256:', '')}`], { encoding: 'utf8' });
  return (JSON.parse(blob(digest)) as { config: { digest: string } }).config.digest;
}
