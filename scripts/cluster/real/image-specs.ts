/**
 * Which images the real node runs and how each is built, as data and argument lists: the specs, their
 * references, the mmdebstrap and tar command lines, and the values that put the infrastructure on the
 * real node. images.ts runs the builds.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AUTH_DIST } from '../../../schema/fixes.ts';
import { CLOUD_TASKS_EMULATOR } from '../../../schema/cloud-tasks.ts';
import { CATALOG } from '../../../schema/index.ts';
import { STATSD_EXPORTER_MODULE } from '../../../schema/infra/statsd.ts';
import { AVATAR_DIR } from '../../../schema/servers/fxa-profile-server.ts';
import type { GoSource } from '../../setup/go-build.ts';
import type { Packed } from './oci.ts';

export const SUITE = 'bookworm';
export const MIRRORS = [
  `deb http://deb.debian.org/debian ${SUITE} main`,
  `deb http://deb.debian.org/debian ${SUITE}-updates main`,
  `deb http://deb.debian.org/debian-security ${SUITE}-security main`,
];
/** Image timestamps and mmdebstrap's file times: fixed, so a rebuild of the same pins gives the same layer. */
export const EPOCH = 1_735_689_600; // 2025-01-01T00:00:00Z
export const CREATED = new Date(EPOCH * 1000).toISOString();

interface Base {
  /** The chart section whose pods run this image on the real node. */
  server: string;
  /** A helper container of those pods (values: <server>.sidecars.<name>.image) instead of the server's own. */
  sidecar?: string;
  repository: string;
  uid: number;
}
export interface DebianImage extends Base {
  kind: 'debian';
  /** Packages at pinned versions (Debian's archive keeps only a suite's newest: a stale pin fails, naming itself). */
  packages: Record<string, string>;
  /** Files of this project copied into the image, image path -> project path. */
  files?: Record<string, string>;
  /** Extra lines written to a file in the image, image path -> content. */
  text?: Record<string, string>;
}
export interface GoImage extends Base {
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
  { kind: 'go', server: 'statsd', repository: 'fxa-helm.local/statsd-exporter', uid: 65534, source: go(STATSD_EXPORTER_MODULE.path, STATSD_EXPORTER_MODULE.version, STATSD_EXPORTER_MODULE.path, 'statsd_exporter'), path: '/bin/statsd_exporter' },
  // the chart's Mailpit (v1.31.3) is not served by the module proxy here; v1.33.1 is
  { kind: 'go', server: 'mailpit', repository: 'fxa-helm.local/mailpit', uid: 10002, source: go('github.com/axllent/mailpit', 'v1.33.1', 'github.com/axllent/mailpit', 'mailpit'), path: '/mailpit' },
];

/** containerd's sandbox image. */
export const PAUSE_REF = 'fxa-helm.local/pause:1';

export const tagOf = (spec: ImageSpec): string => {
  const version = spec.kind === 'debian' ? Object.values(spec.packages)[0]! : spec.source.version;
  // a tag allows [A-Za-z0-9_.-]: drop the Debian epoch, spell ~ and + as -
  return version.replace(/^\d+:/, '').replace(/[~+]/g, '-').replace(/^v/, '');
};
export const refOf = (spec: ImageSpec): string => `${spec.repository}:${tagOf(spec)}`;
/** Which container of the chart runs an image: the server's own, or one of its sidecars. */
export const keyOf = (spec: ImageSpec): string => (spec.sidecar ? `${spec.server}/${spec.sidecar}` : spec.server);

/** The minimal accounts every image carries, so `id` and logs show a name, not a bare uid. */
export const passwd = (uid: number): string => `root:x:0:0:root:/root:/usr/sbin/nologin\nfxa:x:${uid}:${uid}:fxa-helm:/nonexistent:/usr/sbin/nologin\n`;
export const group = (uid: number): string => `root:x:0:\nfxa:x:${uid}:\n`;

/** Where a text entry of an image is staged in the build's work directory: a name that depends only on its image path. */
export const textFileName = (to: string): string => createHash('sha256').update(to).digest('hex').slice(0, 8);

/**
 * mmdebstrap's arguments for a Debian image: its pinned packages, no documentation, and hooks that add
 * the chart's user, drop apt's caches and logs, and copy the project's files (executable) and the staged
 * text entries (`work`/textFileName, read-only) into the root.
 */
export function mmdebstrapArgs(spec: DebianImage, root: string, work: string, out: string): string[] {
  const hooks: string[] = [
    `echo 'fxa:x:${spec.uid}:${spec.uid}:fxa-helm:/nonexistent:/usr/sbin/nologin' >> "$1/etc/passwd"`,
    `echo 'fxa:x:${spec.uid}:' >> "$1/etc/group"`,
    'rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*',
  ];
  for (const [to, from] of Object.entries(spec.files ?? {})) {
    hooks.push(`mkdir -p "$1$(dirname ${to})" && cp ${join(root, from)} "$1${to}" && chmod 755 "$1${to}"`);
  }
  for (const to of Object.keys(spec.text ?? {})) {
    hooks.push(`mkdir -p "$1$(dirname ${to})" && cp ${join(work, textFileName(to))} "$1${to}" && chmod 644 "$1${to}"`);
  }
  return [
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
  ];
}

/** tar's arguments for a layer of `dir` that depends only on its content: sorted, root-owned, fixed times. */
export const tarLayerArgs = (dir: string, out: string): string[] => ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${EPOCH}`, '-cf', out, '-C', dir, '.'];

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
