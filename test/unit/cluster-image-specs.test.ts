/**
 * The real node's images as data: their tags, the mmdebstrap and tar command lines that build them,
 * the accounts files, and the values that move the infrastructure onto the real node, checked against
 * hand-written expectations (test/unit/real-node-images.test.ts checks the same values against the chart).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREATED, IMAGES, PAUSE_REF, group, keyOf, mmdebstrapArgs, passwd, realNodeValues, refOf, tagOf, tarLayerArgs, textFileName, type DebianImage, type ImageSpec } from '../../scripts/cluster/real/image-specs.ts';
import type { Packed } from '../../scripts/cluster/real/oci.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { mysql } from '../../schema/infra/mysql.ts';
import { redis } from '../../schema/infra/redis.ts';

const debian = (packages: Record<string, string>, extra: Partial<DebianImage> = {}): DebianImage => ({ kind: 'debian', server: 's', repository: 'fxa-helm.local/x', uid: 10999, packages, ...extra });
const goImage = (version: string): ImageSpec => ({ kind: 'go', server: 's', repository: 'fxa-helm.local/g', uid: 1, source: { kind: 'go', module: 'm', version, pkg: 'm', binary: 'b' }, path: '/b' });

describe('tags and references', () => {
  it("tag a Debian image by its first package's version, without epoch, ~ and + spelled as -", () => {
    expect(tagOf(debian({ 'redis-server': '5:7.0.15-1~deb12u10', 'redis-tools': '9:9' }))).toBe('7.0.15-1-deb12u10');
    expect(tagOf(debian({ nodejs: '18.20.4+dfsg-1~deb12u3' }))).toBe('18.20.4-dfsg-1-deb12u3');
    expect(tagOf(debian({ 'mariadb-server': '1:10.11.19-0+deb12u1' }))).toBe('10.11.19-0-deb12u1');
    // only a leading epoch and a leading v go
    expect(tagOf(debian({ p: '1.2:3' }))).toBe('1.2:3');
    expect(tagOf(debian({ p: '12:4.5' }))).toBe('4.5');
    expect(tagOf(debian({ p: '2.0v1' }))).toBe('2.0v1');
  });

  it('tag a Go image by its module version without the v', () => {
    expect(tagOf(goImage('v0.28.0'))).toBe('0.28.0');
    expect(tagOf(goImage('v1.33.1+incompatible'))).toBe('1.33.1-incompatible');
    expect(refOf(goImage('v0.28.0'))).toBe('fxa-helm.local/g:0.28.0');
  });

  it("key an image by its server, or server/sidecar for a sidecar's", () => {
    expect(keyOf(goImage('v1'))).toBe('s');
    expect(keyOf({ ...goImage('v1'), sidecar: 'helper' })).toBe('s/helper');
  });

  it('names the images the real node runs', () => {
    expect(IMAGES.map((i) => `${keyOf(i)} ${refOf(i)} ${i.uid}`)).toEqual([
      'redis fxa-helm.local/redis:7.0.15-1-deb12u10 10999',
      'mysql fxa-helm.local/mariadb:10.11.19-0-deb12u1 10999',
      'fxa-auth-server fxa-helm.local/fxa-auth-standin:18.20.4-dfsg-1-deb12u3 10001',
      'fxa-profile-server fxa-helm.local/fxa-profile-standin:18.20.4-dfsg-1-deb12u3 10001',
      'fxa-profile-static fxa-helm.local/fxa-profile-standin:18.20.4-dfsg-1-deb12u3 10001',
      'fxa-profile-worker fxa-helm.local/fxa-profile-standin:18.20.4-dfsg-1-deb12u3 10001',
      expect.stringMatching(/^fxa-auth-server\/cloud-tasks-emulator fxa-helm\.local\/cloud-tasks-emulator:\S+ 10001$/),
      'statsd fxa-helm.local/statsd-exporter:0.28.0 65534',
      'mailpit fxa-helm.local/mailpit:1.33.1 10002',
    ]);
  });

  it("gives the profile stand-ins each server's port and the avatars directory, in one JSON file", () => {
    const standin = IMAGES.find((i) => i.server === 'fxa-profile-static');
    expect(standin?.kind).toBe('debian');
    const text = standin?.kind === 'debian' ? standin.text! : {};
    expect(Object.keys(text)).toEqual(['/fxa/packages/fxa-profile-server/bin/standin.json']);
    const json = JSON.parse(text['/fxa/packages/fxa-profile-server/bin/standin.json']!) as Record<string, { port: number; probePaths: string[]; avatarDir: string }>;
    expect(Object.keys(json)).toEqual(['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']);
    for (const v of Object.values(json)) expect(v.probePaths).toEqual(['/__heartbeat__', '/__lbheartbeat__']);
    expect(new Set(Object.values(json).map((v) => v.port)).size).toBe(3);
    expect(standin?.kind === 'debian' && standin.packages).toEqual({ nodejs: '18.20.4+dfsg-1~deb12u3', 'netcat-openbsd': '1.219-1' });
  });
});

describe('what goes into each image', () => {
  const spec = (key: string): ImageSpec => IMAGES.find((i) => keyOf(i) === key)!;
  const profileFiles = {
    '/fxa/packages/fxa-profile-server/bin/server.js': 'docker/real-node/fxa-profile-standin/server.js',
    '/fxa/packages/fxa-profile-server/bin/_static.js': 'docker/real-node/fxa-profile-standin/_static.js',
    '/fxa/packages/fxa-profile-server/bin/worker.js': 'docker/real-node/fxa-profile-standin/worker.js',
    '/fxa/packages/fxa-profile-server/bin/standin.js': 'docker/real-node/fxa-profile-standin/standin.js',
    '/fxa/packages/fxa-profile-server/lib/routes/profile.js': 'docker/real-node/fxa-profile-standin/profile.js',
  };

  it('Redis and MariaDB from Debian, as the user the chart runs them as, MariaDB with its entrypoint and listening beyond loopback', () => {
    for (const [key, server, pkgs] of [['redis', redis, ['redis-server', 'redis-tools']], ['mysql', mysql, ['mariadb-server', 'mariadb-client']]] as const) {
      const image = spec(key) as DebianImage;
      expect(image.kind).toBe('debian');
      expect(image.uid, `${key}: the image's user is the catalog's runAsUser`).toBe(server.runAsUser);
      expect(image.repository).toMatch(/^fxa-helm\.local\/[a-z]+$/);
      // the server and its client from one pinned Debian version (epoch:upstream-revision)
      expect(Object.keys(image.packages)).toEqual(pkgs);
      expect(new Set(Object.values(image.packages)).size).toBe(1);
      expect(Object.values(image.packages)[0]).toMatch(/^\d+:[\d.]+-[\w.~+]+$/);
    }
    const mariadb = spec('mysql') as DebianImage;
    // the catalog's command starts docker-entrypoint.sh: the image carries the project's, from the repository
    expect(mysql.command?.[0]).toBe('docker-entrypoint.sh');
    const entrypoint = mariadb.files?.['/usr/local/bin/docker-entrypoint.sh'];
    expect(entrypoint && existsSync(join(ROOT, entrypoint))).toBe(true);
    const cnf = Object.entries(mariadb.text ?? {});
    expect(cnf.map(([path]) => path)).toEqual([expect.stringMatching(/^\/etc\/mysql\/mariadb\.conf\.d\/\d\d-[\w-]+\.cnf$/)]);
    expect(cnf[0]![1].split('\n').filter(Boolean)).toEqual(['[mysqld]', 'bind-address = 0.0.0.0', 'skip-name-resolve']);
  });

  it("the auth stand-in: Debian's Node and the project's files where Mozilla's image keeps the server's", () => {
    const dist = '/fxa/packages/fxa-auth-server/dist/packages/fxa-auth-server';
    expect(spec('fxa-auth-server')).toEqual({
      kind: 'debian',
      server: 'fxa-auth-server',
      repository: 'fxa-helm.local/fxa-auth-standin',
      uid: 10001,
      packages: { nodejs: '18.20.4+dfsg-1~deb12u3' },
      files: {
        [`${dist}/bin/key_server.js`]: 'docker/real-node/fxa-auth-standin/key_server.js',
        [`${dist}/lib/routes/cms.js`]: 'docker/real-node/fxa-auth-standin/cms.js',
        [`${dist}/lib/container.js`]: 'docker/real-node/fxa-auth-standin/container.js',
      },
    });
  });

  it('the profile stand-ins: one image per server with the same files', () => {
    for (const server of ['fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']) {
      expect(spec(server), server).toMatchObject({ kind: 'debian', server, repository: 'fxa-helm.local/fxa-profile-standin', uid: 10001, files: profileFiles });
    }
  });

  it('the Go images: each module built to the path the chart runs', () => {
    expect(spec('statsd')).toEqual({ kind: 'go', server: 'statsd', repository: 'fxa-helm.local/statsd-exporter', uid: 65534, source: { kind: 'go', module: 'github.com/prometheus/statsd_exporter', version: 'v0.28.0', pkg: 'github.com/prometheus/statsd_exporter', binary: 'statsd_exporter' }, path: '/bin/statsd_exporter' });
    expect(spec('mailpit')).toEqual({ kind: 'go', server: 'mailpit', repository: 'fxa-helm.local/mailpit', uid: 10002, source: { kind: 'go', module: 'github.com/axllent/mailpit', version: 'v1.33.1', pkg: 'github.com/axllent/mailpit', binary: 'mailpit' }, path: '/mailpit' });
    expect(spec('fxa-auth-server/cloud-tasks-emulator')).toMatchObject({ kind: 'go', repository: 'fxa-helm.local/cloud-tasks-emulator', uid: 10001, source: { kind: 'go', module: 'github.com/aertje/cloud-tasks-emulator', pkg: 'github.com/aertje/cloud-tasks-emulator', binary: 'cloud-tasks-emulator' }, path: '/emulator' });
  });

  it('every image is stamped 2025-01-01, and the sandbox image has its own name', () => {
    expect(CREATED).toBe('2025-01-01T00:00:00.000Z');
    expect(PAUSE_REF).toBe('fxa-helm.local/pause:1');
  });
});

describe('build command lines', () => {
  it('mmdebstrap: pinned packages, no docs, the user, no apt state, files executable and texts read-only, then suite, output, mirrors', () => {
    const spec = debian({ 'redis-server': '5:7.0.15-1~deb12u10', 'redis-tools': '5:7.0.15-1~deb12u10' }, {
      uid: 4242,
      files: { '/usr/local/bin/entry.sh': 'docker/real-node/entry.sh' },
      text: { '/etc/x/99.cnf': '[mysqld]\n', '/etc/y.conf': 'y' },
    });
    expect(mmdebstrapArgs(spec, '/proj', '/work/tmp', '/out/layer.tar')).toEqual([
      '--quiet',
      '--variant=minbase',
      '--include=redis-server=5:7.0.15-1~deb12u10,redis-tools=5:7.0.15-1~deb12u10',
      '--dpkgopt=path-exclude=/usr/share/doc/*',
      '--dpkgopt=path-exclude=/usr/share/man/*',
      '--dpkgopt=path-exclude=/usr/share/locale/*',
      `--customize-hook=echo 'fxa:x:4242:4242:fxa-helm:/nonexistent:/usr/sbin/nologin' >> "$1/etc/passwd"`,
      `--customize-hook=echo 'fxa:x:4242:' >> "$1/etc/group"`,
      '--customize-hook=rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*',
      '--customize-hook=mkdir -p "$1$(dirname /usr/local/bin/entry.sh)" && cp /proj/docker/real-node/entry.sh "$1/usr/local/bin/entry.sh" && chmod 755 "$1/usr/local/bin/entry.sh"',
      // sha256("/etc/x/99.cnf") and sha256("/etc/y.conf") begin c0023beb and 2f18b442 (`printf %s … | sha256sum`)
      '--customize-hook=mkdir -p "$1$(dirname /etc/x/99.cnf)" && cp /work/tmp/c0023beb "$1/etc/x/99.cnf" && chmod 644 "$1/etc/x/99.cnf"',
      '--customize-hook=mkdir -p "$1$(dirname /etc/y.conf)" && cp /work/tmp/2f18b442 "$1/etc/y.conf" && chmod 644 "$1/etc/y.conf"',
      'bookworm',
      '/out/layer.tar',
      'deb http://deb.debian.org/debian bookworm main',
      'deb http://deb.debian.org/debian bookworm-updates main',
      'deb http://deb.debian.org/debian-security bookworm-security main',
    ]);
    expect(textFileName('/etc/x/99.cnf')).toBe('c0023beb');
  });

  it('mmdebstrap without files or texts has only the three fixed hooks', () => {
    const args = mmdebstrapArgs(debian({ a: '1' }), '/proj', '/w', '/o');
    expect(args.filter((a) => a.startsWith('--customize-hook='))).toHaveLength(3);
    expect(args).toContain('--include=a=1');
  });

  it('tar: a sorted, root-owned layer with the fixed 2025-01-01 time', () => {
    expect(tarLayerArgs('/w/rootfs', '/w/layer.tar')).toEqual(['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mtime=@1735689600', '-cf', '/w/layer.tar', '-C', '/w/rootfs', '.']);
  });

  it('accounts: root and fxa with the image uid, no login', () => {
    expect(passwd(10002)).toBe('root:x:0:0:root:/root:/usr/sbin/nologin\nfxa:x:10002:10002:fxa-helm:/nonexistent:/usr/sbin/nologin\n');
    expect(group(10002)).toBe('root:x:0:\nfxa:x:10002:\n');
  });
});

describe('realNodeValues', () => {
  const packed = (ref: string): Packed => ({ ref, digest: 'sha256:d', id: 'sha256:i', archive: '/a' });
  const placement = { nodeSelector: { 'fxa-helm/node': 'real' }, tolerations: [{ key: 'fxa-helm/real-node', operator: 'Exists', effect: 'NoSchedule' }] };

  it('places each built image on the real node, a sidecar beside its server, never pulling', () => {
    const emulator = IMAGES.find((i) => i.sidecar)!;
    const values = realNodeValues({
      redis: packed('fxa-helm.local/redis:7.0.15-1-deb12u10'),
      'fxa-auth-server': packed('fxa-helm.local/fxa-auth-standin:18.20.4-dfsg-1-deb12u3'),
      [keyOf(emulator)]: packed('fxa-helm.local/cloud-tasks-emulator:1.2.3'),
    });
    expect(values).toEqual({
      redis: { ...placement, image: { repository: 'fxa-helm.local/redis', tag: '7.0.15-1-deb12u10', pullPolicy: 'Never' } },
      'fxa-auth-server': {
        ...placement,
        image: { repository: 'fxa-helm.local/fxa-auth-standin', tag: '18.20.4-dfsg-1-deb12u3', pullPolicy: 'Never' },
        sidecars: { 'cloud-tasks-emulator': { image: { repository: 'fxa-helm.local/cloud-tasks-emulator', tag: '1.2.3', pullPolicy: 'Never' } } },
      },
    });
  });

  it('places nothing for images not built', () => {
    expect(realNodeValues({})).toEqual({});
  });
});
