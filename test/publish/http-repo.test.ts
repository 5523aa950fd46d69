/**
 * A static Helm repository on loopback: publish adds the chart and merges index.yaml, an operator's
 * Helm (its own config and cache) adds the repository, finds the chart, and pulls it with its signature
 * verified. Re-publishing the same content changes nothing; different content under a published version is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_VERSION, FXA_RELEASE } from '../../schema/index.ts';
import { fileDigest } from '../../scripts/release/archive.ts';
import { publishToRepo } from '../../scripts/release/http-repo.ts';
import type { Packaged } from '../../scripts/release/package.ts';
import { HELMS, helm } from '../helpers/helm.ts';
import { makeSigningKey, type TestKey } from '../helpers/pgp.ts';
import { operatorHelm, packageCurrent, packageVariant } from '../helpers/release.ts';
import { serveDir, type Served } from '../helpers/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-http-repo-'));
const repoDir = join(work, 'repo');
const quiet = (): void => undefined;
let served: Served;
let key: TestKey;
let current: Packaged;
let older: Packaged;

beforeAll(async () => {
  mkdirSync(repoDir, { recursive: true });
  served = await serveDir(repoDir);
  mkdirSync(join(work, 'keys'));
  key = await makeSigningKey(join(work, 'keys'));
  older = await packageVariant(join(work, 'older'), { version: '0.0.1' });
  current = await packageCurrent(join(work, 'dist'), { key: key.name, keyring: key.secring, passphraseFile: key.passphraseFile });
  // an older version first, so the current one is merged into an index that already exists
  publishToRepo({ pkg: older.file, repoDir, url: `${served.url}/`, log: quiet });
  publishToRepo({ pkg: current.file, repoDir, url: served.url, log: quiet });
});
afterAll(async () => {
  await served.close();
  rmSync(work, { recursive: true, force: true });
});

type Index = { entries: Record<string, { version: string; appVersion?: string; urls: string[]; digest: string }[]> };
const index = (): Index => parse(readFileSync(join(repoDir, 'index.yaml'), 'utf8')) as Index;

describe('the repository directory', () => {
  it('lists both versions with their served URLs and archive digests, and holds the signature', () => {
    const entries = index().entries.fxa!;
    expect(entries.map((e) => e.version).sort()).toEqual(['0.0.1', CHART_VERSION].sort());
    const cur = entries.find((e) => e.version === CHART_VERSION)!;
    expect(cur.urls).toEqual([`${served.url}/fxa-${CHART_VERSION}.tgz`]);
    expect(cur.digest).toBe(fileDigest(current.file));
    expect(cur.appVersion).toBe(FXA_RELEASE.tag);
    expect(existsSync(join(repoDir, `fxa-${CHART_VERSION}.tgz.prov`))).toBe(true);
  });

  it('publishing the same content again (a new package, other bytes) changes nothing', async () => {
    const before = readFileSync(join(repoDir, 'index.yaml'));
    const archive = readFileSync(join(repoDir, `fxa-${CHART_VERSION}.tgz`));
    const again = await packageCurrent(join(work, 'again'));
    expect(publishToRepo({ pkg: again.file, repoDir, url: served.url, log: quiet }).changed).toBe(false);
    expect(readFileSync(join(repoDir, 'index.yaml')).equals(before)).toBe(true);
    expect(readFileSync(join(repoDir, `fxa-${CHART_VERSION}.tgz`)).equals(archive)).toBe(true);
  });

  it('adds the signature to content published unsigned, and an unsigned re-publish never takes it away', async () => {
    const plain = join(work, 'plain-repo');
    const unsigned = await packageCurrent(join(work, 'unsigned'));
    expect(publishToRepo({ pkg: unsigned.file, repoDir: plain, url: served.url, log: quiet }).changed).toBe(true);
    expect(existsSync(join(plain, `fxa-${CHART_VERSION}.tgz.prov`))).toBe(false);

    expect(publishToRepo({ pkg: current.file, repoDir: plain, url: served.url, log: quiet }).changed).toBe(true);
    const archive = join(plain, `fxa-${CHART_VERSION}.tgz`);
    expect(readFileSync(`${archive}.prov`).equals(readFileSync(`${current.file}.prov`))).toBe(true);
    expect(fileDigest(archive)).toBe(fileDigest(current.file));
    const entry = (parse(readFileSync(join(plain, 'index.yaml'), 'utf8')) as Index).entries.fxa!.find((e) => e.version === CHART_VERSION)!;
    expect(entry.digest).toBe(fileDigest(current.file));
    const verified = helm('helm', ['verify', archive, '--keyring', key.pubring]);
    expect(verified.code, verified.stderr).toBe(0);

    const before = readFileSync(join(plain, 'index.yaml'));
    expect(publishToRepo({ pkg: unsigned.file, repoDir: plain, url: served.url, log: quiet }).changed).toBe(false);
    expect(existsSync(`${archive}.prov`)).toBe(true);
    expect(fileDigest(archive)).toBe(fileDigest(current.file));
    expect(readFileSync(join(plain, 'index.yaml')).equals(before)).toBe(true);
  });

  it('refuses other content under a published version, and leaves the repository as it was', async () => {
    const before = readFileSync(join(repoDir, 'index.yaml'));
    const changed = await packageVariant(join(work, 'changed'), { appendTo: 'values.yaml' });
    expect(() => publishToRepo({ pkg: changed.file, repoDir, url: served.url, log: quiet })).toThrow(`fxa ${CHART_VERSION} is already published with different content`);
    expect(readFileSync(join(repoDir, 'index.yaml')).equals(before)).toBe(true);
    expect(fileDigest(join(repoDir, `fxa-${CHART_VERSION}.tgz`))).toBe(fileDigest(current.file));
  });

  it('refuses other content under a version whose archive is kept elsewhere (judged by the recorded digest)', async () => {
    const elsewhere = join(work, 'elsewhere');
    publishToRepo({ pkg: older.file, repoDir: elsewhere, url: 'https://charts.example.org', log: quiet });
    rmSync(join(elsewhere, 'fxa-0.0.1.tgz'));
    const other = await packageVariant(join(work, 'other-older'), { version: '0.0.1', appendTo: 'values.yaml' });
    expect(() => publishToRepo({ pkg: other.file, repoDir: elsewhere, url: 'https://charts.example.org', log: quiet })).toThrow('already published with different content');
  });
});

describe.each(HELMS)('an operator\'s %s', (bin) => {
  const run = operatorHelm(join(work, `home-${bin}`));

  it('adds the repository, finds both versions, and pulls the chart with its provenance verified', async () => {
    expect((await run(bin, ['repo', 'add', 'fxa', served.url])).code).toBe(0);
    const search = await run(bin, ['search', 'repo', 'fxa/fxa', '--versions', '-o', 'json']);
    expect(search.code, search.stderr).toBe(0);
    const found = JSON.parse(search.stdout) as { name: string; version: string; app_version: string }[];
    expect(found.map((f) => f.version)).toEqual([CHART_VERSION, '0.0.1']);
    expect(found[0]).toMatchObject({ name: 'fxa/fxa', app_version: FXA_RELEASE.tag });

    const dest = join(work, `pulled-${bin}`);
    mkdirSync(dest);
    const pull = await run(bin, ['pull', 'fxa/fxa', '--version', CHART_VERSION, '--verify', '--keyring', key.pubring, '--destination', dest]);
    expect(pull.code, pull.stderr).toBe(0);
    expect(fileDigest(join(dest, `fxa-${CHART_VERSION}.tgz`))).toBe(fileDigest(current.file));
    expect(served.requests).toContain(`/fxa-${CHART_VERSION}.tgz.prov`);
  });

  it('refuses a pull whose signature does not match the operator\'s keyring', async () => {
    const stranger = await makeSigningKey(join(work, 'keys'), `stranger ${bin}`);
    const dest = join(work, `refused-${bin}`);
    mkdirSync(dest);
    const pull = await run(bin, ['pull', 'fxa/fxa', '--version', CHART_VERSION, '--verify', '--keyring', stranger.pubring, '--destination', dest]);
    expect(pull.code).not.toBe(0);
    expect(pull.stderr).toMatch(/openpgp|signature|key/i);
  });
});
