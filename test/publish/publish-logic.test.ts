/**
 * The publish decisions on a tiny chart made here (fast enough for the mutation run, which needs the work inside
 * the tests): a static repository directory and a real OCI registry take a new version, keep an identical one
 * as it is, refuse other content under it, and take a signature for content they hold unsigned.
 * http-repo.test.ts and oci.test.ts do the same with the real chart and operators' Helms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../scripts/lib/errors.ts';
import { toolPath } from '../../scripts/lib/paths.ts';
import { publishToRepo } from '../../scripts/release/http-repo.ts';
import { publishToOci } from '../../scripts/release/oci.ts';
import { packageChart } from '../../scripts/release/package.ts';
import { startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { makeSigningKey, type TestKey } from '../helpers/pgp.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-publish-logic-'));
let key: TestKey;
let registry: Registry;
let n = 0;

/** `helm package` (run directly, not through the code under test) of a tiny chart; `extra` changes its content. */
function tiny(version = '1.0.0', opts: { extra?: string; sign?: boolean } = {}): string {
  const src = join(work, `src-${++n}`, 'demo');
  mkdirSync(join(src, 'templates'), { recursive: true });
  writeFileSync(join(src, 'Chart.yaml'), `apiVersion: v2\nname: demo\nversion: ${version}\nappVersion: "1"\n`);
  writeFileSync(join(src, 'values.yaml'), `a: 1\n${opts.extra ?? ''}`);
  const dest = join(work, `pkg-${n}`);
  const sign = opts.sign ? ['--sign', '--key', key.name, '--keyring', key.secring, '--passphrase-file', key.passphraseFile] : [];
  execFileSync(toolPath('helm'), ['package', src, '--destination', dest, ...sign], { stdio: 'ignore' });
  return join(dest, `demo-${version}.tgz`);
}
const logger = (): { lines: string[]; log: (l: string) => void } => {
  const lines: string[] = [];
  return { lines, log: (l) => lines.push(l) };
};

beforeAll(async () => {
  mkdirSync(join(work, 'keys'));
  key = await makeSigningKey(join(work, 'keys'));
  registry = await startRegistry();
});
afterAll(() => {
  registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

type Index = { entries: Record<string, { version: string; urls: string[]; digest: string }[]> };
const readIndex = (dir: string): Index => parse(readFileSync(join(dir, 'index.yaml'), 'utf8')) as Index;
const sha = (f: string): string => execFileSync('sha256sum', [f], { encoding: 'utf8' }).split(' ')[0]!;

describe('publishToRepo', () => {
  it.each(['charts.example.org', 'ftp://charts.example.org', 'oci://r/c', ' https://x'])('refuses the URL %j', (url) => {
    const repoDir = join(work, 'never');
    expect(() => publishToRepo({ pkg: join(work, 'none.tgz'), repoDir, url, log: () => undefined })).toThrow(
      new UserError(`publish: --url must be the repository's http(s) base URL, got "${url}"`),
    );
    expect(existsSync(repoDir)).toBe(false);
  });

  it('adds versions to the index with their URLs and digests, merging, and stages nothing visible', () => {
    const repoDir = join(work, 'repo-add');
    const one = tiny('1.0.0');
    const two = tiny('2.0.0');
    const a = logger();
    expect(publishToRepo({ pkg: one, repoDir, url: 'https://charts.example.org/x//', log: a.log })).toEqual({ changed: true, index: join(repoDir, 'index.yaml'), archive: join(repoDir, 'demo-1.0.0.tgz') });
    expect(a.lines).toEqual([`publish: demo 1.0.0 added to ${join(repoDir, 'index.yaml')} (https://charts.example.org/x//)`]);
    expect(publishToRepo({ pkg: two, repoDir, url: 'file:///srv/charts', log: () => undefined }).changed).toBe(true);
    const entries = readIndex(repoDir).entries.demo!;
    expect(entries.map((e) => [e.version, e.urls, e.digest])).toEqual([
      ['2.0.0', ['file:///srv/charts/demo-2.0.0.tgz'], sha(two)],
      ['1.0.0', ['https://charts.example.org/x/demo-1.0.0.tgz'], sha(one)],
    ]);
    expect(readdirSync(repoDir).sort()).toEqual(['demo-1.0.0.tgz', 'demo-2.0.0.tgz', 'index.yaml']);
    expect(sha(join(repoDir, 'demo-1.0.0.tgz'))).toBe(sha(one));
    expect(publishToRepo({ pkg: tiny('3.0.0'), repoDir, url: 'http://charts.example.org', log: () => undefined }).changed).toBe(true);
  });

  it('keeps an identical version as it is, refuses other content under it, on disk or kept elsewhere', () => {
    const repoDir = join(work, 'repo-same');
    const url = 'https://charts.example.org';
    const one = tiny('1.0.0');
    publishToRepo({ pkg: one, repoDir, url, log: () => undefined });
    const before = readFileSync(join(repoDir, 'index.yaml'));
    const again = tiny('1.0.0');
    const a = logger();
    expect(publishToRepo({ pkg: again, repoDir, url, log: a.log }).changed).toBe(false);
    expect(a.lines).toEqual([`publish: demo 1.0.0 is already in ${repoDir} with the same content; nothing changed`]);
    const other = tiny('1.0.0', { extra: 'b: 2\n' });
    expect(() => publishToRepo({ pkg: other, repoDir, url, log: () => undefined })).toThrow('publish: demo 1.0.0 is already published with different content');
    expect(readFileSync(join(repoDir, 'index.yaml')).equals(before)).toBe(true);
    expect(sha(join(repoDir, 'demo-1.0.0.tgz'))).toBe(sha(one));
    // the archive served from elsewhere: only the recorded digest is left to compare with
    rmSync(join(repoDir, 'demo-1.0.0.tgz'));
    expect(() => publishToRepo({ pkg: other, repoDir, url, log: () => undefined })).toThrow('already published with different content');
    expect(publishToRepo({ pkg: one, repoDir, url, log: () => undefined }).changed).toBe(false);
    expect(existsSync(join(repoDir, 'demo-1.0.0.tgz'))).toBe(false);
    // an archive on disk the index does not list yet is compared too
    const stray = join(work, 'repo-stray');
    mkdirSync(stray);
    writeFileSync(join(stray, 'demo-1.0.0.tgz'), readFileSync(one));
    expect(() => publishToRepo({ pkg: other, repoDir: stray, url, log: () => undefined })).toThrow('already published with different content');
  });

  it('takes the signed package of content it holds unsigned, and never drops a signature', () => {
    const repoDir = join(work, 'repo-signed');
    const url = 'https://charts.example.org';
    const unsigned = tiny('1.0.0');
    const signed = tiny('1.0.0', { sign: true });
    publishToRepo({ pkg: unsigned, repoDir, url, log: () => undefined });
    const a = logger();
    expect(publishToRepo({ pkg: signed, repoDir, url, log: a.log }).changed).toBe(true);
    expect(a.lines[0]).toBe(`publish: demo 1.0.0 is in ${repoDir} unsigned with the same content; replacing it with the signed package`);
    expect(readFileSync(join(repoDir, 'demo-1.0.0.tgz.prov')).equals(readFileSync(`${signed}.prov`))).toBe(true);
    expect(sha(join(repoDir, 'demo-1.0.0.tgz'))).toBe(sha(signed));
    expect(readIndex(repoDir).entries.demo!.map((e) => e.digest)).toEqual([sha(signed)]);
    expect(publishToRepo({ pkg: unsigned, repoDir, url, log: () => undefined }).changed).toBe(false);
    expect(publishToRepo({ pkg: signed, repoDir, url, log: () => undefined }).changed).toBe(false);
    expect(existsSync(join(repoDir, 'demo-1.0.0.tgz.prov'))).toBe(true);
    expect(sha(join(repoDir, 'demo-1.0.0.tgz'))).toBe(sha(signed));
    // an archive kept elsewhere: a signature is not added where the archive it signs is not served
    rmSync(join(repoDir, 'demo-1.0.0.tgz'));
    rmSync(join(repoDir, 'demo-1.0.0.tgz.prov'));
    expect(publishToRepo({ pkg: signed, repoDir, url, log: () => undefined }).changed).toBe(false);
    expect(existsSync(join(repoDir, 'demo-1.0.0.tgz.prov'))).toBe(false);
  });

  it('reports Helm\'s error when it cannot index, and leaves nothing staged', () => {
    const repoDir = join(work, 'repo-broken');
    mkdirSync(repoDir);
    writeFileSync(join(repoDir, 'index.yaml'), 'entries: [1, 2]\n');
    expect(() => publishToRepo({ pkg: tiny('1.0.0'), repoDir, url: 'https://x', log: () => undefined })).toThrow(/^publish: helm repo index: \S/);
    expect(readdirSync(repoDir)).toEqual(['index.yaml']);
  });
});

describe('publishToOci', () => {
  const base = (path: string): string => `oci://${registry.host}/${path}`;

  it.each(['registry.example.org/charts', 'https://r/c', 'oci://', 'oci:///c', 'see oci://r/c'])('refuses the registry %j', (r) => {
    expect(() => publishToOci({ pkg: join(work, 'none.tgz'), registry: r, log: () => undefined })).toThrow(
      new UserError(`publish: --oci must look like oci://host[:port]/path, got "${r}"`),
    );
  });

  it('pushes a new version, keeps an identical one, and refuses other content under it, leaving no pulled copy behind', () => {
    const one = tiny('1.0.0');
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const a = logger();
    const pushed = publishToOci({ pkg: one, registry: `${base('same')}//`, plainHttp: true, log: a.log });
    expect(pushed.changed).toBe(true);
    expect(pushed.ref).toBe(`${base('same')}/demo:1.0.0`);
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.lines).toEqual([`publish: pushed ${pushed.ref} (${pushed.digest})`]);
    const b = logger();
    expect(publishToOci({ pkg: tiny('1.0.0'), registry: base('same'), plainHttp: true, log: b.log })).toEqual({ changed: false, ref: pushed.ref, digest: pushed.digest });
    expect(b.lines).toEqual([`publish: ${pushed.ref} is already published with the same content; nothing pushed`]);
    expect(() => publishToOci({ pkg: tiny('1.0.0', { extra: 'b: 2\n' }), registry: base('same'), plainHttp: true, log: () => undefined })).toThrow(
      `publish: ${pushed.ref} is already published with different content`,
    );
    // another version beside it is new
    expect(publishToOci({ pkg: tiny('1.0.1'), registry: base('same'), plainHttp: true, log: () => undefined }).changed).toBe(true);
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('adds the provenance to a version pushed unsigned, and an unsigned push never removes it', () => {
    const unsigned = tiny('1.0.0');
    const signed = tiny('1.0.0', { sign: true });
    expect(publishToOci({ pkg: unsigned, registry: base('signed'), plainHttp: true, log: () => undefined }).changed).toBe(true);
    const a = logger();
    const withProv = publishToOci({ pkg: signed, registry: base('signed'), plainHttp: true, log: a.log });
    expect(withProv.changed).toBe(true);
    expect(a.lines[0]).toBe(`publish: ${base('signed')}/demo:1.0.0 is published unsigned with the same content; pushing the signed package adds its provenance`);
    expect(publishToOci({ pkg: unsigned, registry: base('signed'), plainHttp: true, log: () => undefined })).toMatchObject({ changed: false, digest: withProv.digest });
    expect(publishToOci({ pkg: signed, registry: base('signed'), plainHttp: true, log: () => undefined })).toMatchObject({ changed: false, digest: withProv.digest });
    const pulled = mkdtempSync(join(work, 'pulled-'));
    execFileSync(toolPath('helm'), ['pull', `${base('signed')}/demo`, '--version', '1.0.0', '--plain-http', '--verify', '--keyring', key.pubring, '--destination', pulled], { stdio: 'ignore' });
    expect(sha(join(pulled, 'demo-1.0.0.tgz'))).toBe(sha(signed));
  });

  it('speaks TLS unless told the registry is plain HTTP', () => {
    expect(() => publishToOci({ pkg: tiny('1.0.0'), registry: base('tls'), log: () => undefined })).toThrow(new RegExp(`^publish: cannot read ${base('tls')}/demo: .*HTTP response to HTTPS client`));
  });
});

describe('packageChart signs', () => {
  it('with the key given, and an unsigned package again drops the signature', async () => {
    const src = join(work, 'sign-src', 'demo');
    mkdirSync(join(src, 'templates'), { recursive: true });
    writeFileSync(join(src, 'Chart.yaml'), 'apiVersion: v2\nname: demo\nversion: 3.0.0\n');
    const dest = join(work, 'signed-out');
    const a = logger();
    const p = await packageChart({ chartDir: src, destination: dest, checks: false, sign: { key: key.name, keyring: key.secring, passphraseFile: key.passphraseFile }, log: a.log });
    expect(p).toEqual({ file: join(dest, 'demo-3.0.0.tgz'), prov: join(dest, 'demo-3.0.0.tgz.prov'), version: '3.0.0' });
    expect(a.lines).toEqual([`package: helm package ${src} (signed by "${key.name}")`, `package: ${p.file} and ${p.prov} (fxa 3.0.0, FxA undefined)`]);
    execFileSync(toolPath('helm'), ['verify', p.file, '--keyring', key.pubring], { stdio: 'ignore' });
    const again = await packageChart({ chartDir: src, destination: dest, checks: false, log: () => undefined });
    expect(again).toEqual({ file: p.file, version: '3.0.0' });
    expect(existsSync(`${p.file}.prov`)).toBe(false);
  });

  it('refuses a wrong passphrase with Helm\'s reason', async () => {
    const src = join(work, 'sign-src', 'demo');
    const wrong = join(work, 'wrong.pass');
    writeFileSync(wrong, 'not the passphrase\n');
    await expect(packageChart({ chartDir: src, destination: join(work, 'wrong-out'), checks: false, sign: { key: key.name, keyring: key.secring, passphraseFile: wrong }, log: () => undefined })).rejects.toThrow(/^package: \S/);
  });
});
