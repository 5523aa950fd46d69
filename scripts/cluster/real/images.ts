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
import { AUTH_DIST } from '../../../schema/fixes.ts';
import { CLOUD_TASKS_EMULATOR } from '../../../schema/cloud-tasks.ts';
import { CATALOG } from '../../../schema/index.ts';
import { AVATAR_DIR } from '../../../schema/servers/fxa-profile-server.ts';
import { CACHE_DIR, ROOT } from '../../lib/paths.ts';
import { buildGo, type GoSource } from '../../setup/go-build.ts';
import { imageIdOf, packImage, type ImageConfig, type Packed } from './oci.ts';

const SUITE = 'bookworm';
const MIRRORS = [
  `deb http://deb.debian.org/debian ${SUITE} main`,
  `deb http://deb.debian.org/debian ${SUITE}-updates main`,
  `deb http://deb.debian.org/debian-security ${SUITE}-security main`,
];
/** Image timestamps and mmdebstrap's file times: fixed, so a rebuild of the same pins gives the same layer. */
const EPOCH = 1_735_689_600; // 2025-01-01T00:00:00Z
const CREATED = new Date(EPOCH * 1000).toISOString();

interface Base {
  /** The chart section whose pods run this image on the real node. */
  server: string;
  /** A helper container of those pods (values: <server>.sidecars.<name>.image) instead of the server's own. */
  sidecar?: string;
  repository: string;
  uid: number;
}
interface DebianImage extends Base {
  kind: 'debian';
  /** Packages at pinned versions (Debian's archive keeps only a suite's newest: a stale pin fails, naming itself). */
  packages: Record<string, string>;
  /** Files of this project copied into the image, image path -> project path. */
  files?: Record<string, string>;
  /** Extra lines written to a file in the image, image path -> content. */
  text?: Record<string, string>;
}
interface GoImage extends Base {
  kind: 'go';
  source: GoSource;
  /** Where the binary sits in the image (the chart's command names it). */
  path: string;
}
export type ImageSpec = DebianImage | GoImage;

/** bookworm's Node 18 (from its security suite): older than Mozilla's image's, so the fixing script is held to it. */
const NODE_VERSION = '18.20.4+dfsg-1~deb12u3';

const go = (module: string, version: string, pkg: string, binary: string): GoSource => ({ kind: 'go', module, version, pkg, binary });

const PROFILE_DIR = '/fxa/packages/fxa-profile-server';
const PROFILE_SERVERS = ['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker'] as const;
/** The profile processes' stand-in, one image per server (each run by its own Deployment): the catalog's ports and the avatars directory. */
const profileStandin = (server: (typeof PROFILE_SERVERS)[number]): DebianImage => ({
  kind: 'debian',
  server,
  repository: 'fxa-helm.local/fxa-profile-standin',
  uid: 10001,
  // nc: the chart probes fxa-profile-static's liveness with `nc -z`, as netcat is in Mozilla's image
  packages: { nodejs: NODE_VERSION, 'netcat-openbsd': '1.219-1' },
  files: {
    ...Object.fromEntries(['server.js', '_static.js', 'worker.js', 'standin.js'].map((f) => [`${PROFILE_DIR}/bin/${f}`, `docker/real-node/fxa-profile-standin/${f}`])),
    [`${PROFILE_DIR}/lib/routes/profile.js`]: 'docker/real-node/fxa-profile-standin/profile.js',
  },
  text: {
    [`${PROFILE_DIR}/bin/standin.json`]: JSON.stringify(
      Object.fromEntries(PROFILE_SERVERS.map((s) => [s, { port: CATALOG.find((x) => x.name === s)!.ports[0]!.port, probePaths: ['/__heartbeat__', '/__lbheartbeat__'], avatarDir: AVATAR_DIR }])),
    ),
  },
});

export const IMAGES: readonly ImageSpec[] = [
  { kind: 'debian', server: 'redis', repository: 'fxa-helm.local/redis', uid: 10999, packages: { 'redis-server': '5:7.0.15-1~deb12u10', 'redis-tools': '5:7.0.15-1~deb12u10' } },
  {
    kind: 'debian',
    server: 'mysql',
    repository: 'fxa-helm.local/mariadb',
    uid: 10999,
    packages: { 'mariadb-server': '1:10.11.19-0+deb12u1', 'mariadb-client': '1:10.11.19-0+deb12u1' },
    files: { '/usr/local/bin/docker-entrypoint.sh': 'docker/real-node/mariadb-entrypoint.sh' },
    // Debian's server listens on loopback only; in a pod it must take the Service's connections
    text: { '/etc/mysql/mariadb.conf.d/99-fxa-helm.cnf': '[mysqld]\nbind-address = 0.0.0.0\nskip-name-resolve\n' },
  },
  {
    kind: 'debian',
    server: 'fxa-auth-server',
    repository: 'fxa-helm.local/fxa-auth-standin',
    uid: 10001,
    packages: { nodejs: NODE_VERSION },
    files: {
      [`${AUTH_DIST}/bin/key_server.js`]: 'docker/real-node/fxa-auth-standin/key_server.js',
      [`${AUTH_DIST}/lib/routes/cms.js`]: 'docker/real-node/fxa-auth-standin/cms.js',
      [`${AUTH_DIST}/lib/container.js`]: 'docker/real-node/fxa-auth-standin/container.js',
    },
  },
  ...PROFILE_SERVERS.map(profileStandin),
  // auth's Cloud Tasks emulator, at the version the chart pins, where its image keeps it (the chart runs /emulator)
  { kind: 'go', server: 'fxa-auth-server', sidecar: CLOUD_TASKS_EMULATOR.name, repository: 'fxa-helm.local/cloud-tasks-emulator', uid: 10001, source: go(CLOUD_TASKS_EMULATOR.module.path, CLOUD_TASKS_EMULATOR.module.version, CLOUD_TASKS_EMULATOR.module.path, 'cloud-tasks-emulator'), path: '/emulator' },
  { kind: 'go', server: 'statsd', repository: 'fxa-helm.local/statsd-exporter', uid: 65534, source: go('github.com/prometheus/statsd_exporter', 'v0.28.0', 'github.com/prometheus/statsd_exporter', 'statsd_exporter'), path: '/bin/statsd_exporter' },
  // the chart's Mailpit (v1.31.3) is not served by the module proxy here; v1.33.1 is
  { kind: 'go', server: 'mailpit', repository: 'fxa-helm.local/mailpit', uid: 10002, source: go('github.com/axllent/mailpit', 'v1.33.1', 'github.com/axllent/mailpit', 'mailpit'), path: '/mailpit' },
];

/** containerd's sandbox image. */
export const PAUSE_REF = 'fxa-helm.local/pause:1';

const tagOf = (spec: ImageSpec): string => {
  const version = spec.kind === 'debian' ? Object.values(spec.packages)[0]! : spec.source.version;
  // a tag allows [A-Za-z0-9_.-]: drop the Debian epoch, spell ~ and + as -
  return version.replace(/^\d+:/, '').replace(/[~+]/g, '-').replace(/^v/, '');
};
export const refOf = (spec: ImageSpec): string => `${spec.repository}:${tagOf(spec)}`;
/** Which container of the chart runs an image: the server's own, or one of its sidecars. */
export const keyOf = (spec: ImageSpec): string => (spec.sidecar ? `${spec.server}/${spec.sidecar}` : spec.server);

/** What makes an image's content: a change to any of it builds a new archive. */
function fingerprint(spec: ImageSpec): string {
  const h = createHash('sha256').update(JSON.stringify(spec));
  if (spec.kind === 'debian') for (const f of Object.values(spec.files ?? {})) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 12);
}

const IMAGE_CACHE = join(CACHE_DIR, 'images');

/** The minimal accounts every image carries, so `id` and logs show a name, not a bare uid. */
const passwd = (uid: number): string => `root:x:0:0:root:/root:/usr/sbin/nologin\nfxa:x:${uid}:${uid}:fxa-helm:/nonexistent:/usr/sbin/nologin\n`;
const group = (uid: number): string => `root:x:0:\nfxa:x:${uid}:\n`;

/** mmdebstrap runs for minutes: asynchronously, so a test worker that builds an image stays responsive. */
async function debianLayer(spec: DebianImage, out: string, work: string): Promise<void> {
  const hooks: string[] = [
    `echo 'fxa:x:${spec.uid}:${spec.uid}:fxa-helm:/nonexistent:/usr/sbin/nologin' >> "$1/etc/passwd"`,
    `echo 'fxa:x:${spec.uid}:' >> "$1/etc/group"`,
    'rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*',
  ];
  for (const [to, from] of Object.entries(spec.files ?? {})) {
    hooks.push(`mkdir -p "$1$(dirname ${to})" && cp ${join(ROOT, from)} "$1${to}" && chmod 755 "$1${to}"`);
  }
  for (const [to, content] of Object.entries(spec.text ?? {})) {
    const file = join(work, createHash('sha256').update(to).digest('hex').slice(0, 8));
    writeFileSync(file, content);
    hooks.push(`mkdir -p "$1$(dirname ${to})" && cp ${file} "$1${to}" && chmod 644 "$1${to}"`);
  }
  await promisify(execFile)('mmdebstrap', [
    '--quiet',
    '--variant=minbase',
    `--include=${Object.entries(spec.packages).map(([p, v]) => `${p}=${v}`).join(',')}`,
    '--dpkgopt=path-exclude=/usr/share/doc/*',
    '--dpkgopt=path-exclude=/usr/share/man/*',
    '--dpkgopt=path-exclude=/usr/share/locale/*',
    ...hooks.map((h) => `--customize-hook=${h}`),
    SUITE,
    out,
    ...MIRRORS,
  ], { env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, maxBuffer: 64 << 20 });
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

/** A layer tar of `dir` that depends only on its content: sorted, root-owned, fixed times. */
function tarDir(dir: string, out: string): void {
  execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${EPOCH}`, '-cf', out, '-C', dir, '.']);
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

/** Values that run the infrastructure servers and the auth stand-in on the real node, from the images built here. */
export function realNodeValues(images: Record<string, Packed>): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const spec of IMAGES) {
    const packed = images[keyOf(spec)];
    if (!packed) continue;
    const image = { repository: spec.repository, tag: packed.ref.slice(spec.repository.length + 1), pullPolicy: 'Never' };
    const section = (out[spec.server] ??= {
      nodeSelector: { [REAL_LABEL]: 'real' },
      tolerations: [{ key: REAL_TAINT, operator: 'Exists', effect: 'NoSchedule' }],
    });
    if (spec.sidecar) section.sidecars = { ...(section.sidecars as object | undefined), [spec.sidecar]: { image } };
    else section.image = image;
  }
  return out;
}

/** The label that marks the real node, and the taint that keeps every other pod off it. */
export const REAL_LABEL = 'fxa-helm/node';
export const REAL_TAINT = 'fxa-helm/real-node';
