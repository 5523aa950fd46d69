/** `npm run package`: the archive carries the catalog's versions and Artifact Hub metadata; a signed one verifies, a tampered one does not. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHANGELOG, CHART_VERSION, DEFAULT_IMAGE, FXA_RELEASE } from '../../schema/index.ts';
import { chartMeta, contentDigest } from '../../scripts/release/archive.ts';
import type { Packaged } from '../../scripts/release/package.ts';
import { helm } from './../helpers/helm.ts';
import { makeSigningKey, type TestKey } from '../helpers/pgp.ts';
import { packageCurrent } from '../helpers/release.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an unsigned package', () => {
  let pkg: Packaged;
  beforeAll(async () => {
    pkg = await packageCurrent(join(work, 'plain'));
  });

  it('is dist-style fxa-<version>.tgz with the catalog\'s chart version and the pinned FxA release as appVersion', () => {
    expect(pkg.file).toBe(join(work, 'plain', `fxa-${CHART_VERSION}.tgz`));
    expect(chartMeta(pkg.file)).toEqual({ name: 'fxa', version: CHART_VERSION, appVersion: FXA_RELEASE.tag });
    expect(pkg.prov).toBeUndefined();
  });

  it('carries Artifact Hub annotations read from the changelog and the catalog', () => {
    const chart = parse(execFileSync('tar', ['-xzOf', pkg.file, 'fxa/Chart.yaml'], { encoding: 'utf8' })) as { annotations: Record<string, string> };
    const a = chart.annotations;
    expect(parse(a['artifacthub.io/changes']!)).toEqual(CHANGELOG[0].changes.map((c) => ({ kind: c.kind, description: c.description })));
    expect(a['artifacthub.io/containsSecurityUpdates']).toBe(String(CHANGELOG[0].changes.some((c) => c.kind === 'security')));
    expect(parse(a['artifacthub.io/images']!)).toContainEqual({ name: 'fxa-mono', image: `${DEFAULT_IMAGE.repository}:${DEFAULT_IMAGE.tag}` });
    expect(a['artifacthub.io/license']).toBe('MPL-2.0');
    for (const link of parse(a['artifacthub.io/links']!) as { url: string }[]) expect(link.url).toMatch(/^https:\/\//);
  });

  it('has the same content when packaged again, whatever order Helm writes the subcharts in', async () => {
    const again = await packageCurrent(join(work, 'again'));
    expect(contentDigest(again.file)).toBe(contentDigest(pkg.file));
  });
});

describe('a signed package (a throwaway key made here)', () => {
  let key: TestKey;
  let pkg: Packaged;
  beforeAll(async () => {
    mkdirSync(join(work, 'keys'), { recursive: true });
    key = await makeSigningKey(join(work, 'keys'));
    pkg = await packageCurrent(join(work, 'signed'), { key: key.name, keyring: key.secring, passphraseFile: key.passphraseFile });
  });

  it.each(['helm', 'helm3'] as const)('writes a .prov that %s verify accepts with the public key', (bin) => {
    expect(pkg.prov).toBe(`${pkg.file}.prov`);
    const r = helm(bin, ['verify', pkg.file, '--keyring', key.pubring]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Signed by: ${key.name}`);
  });

  it('fails verification for an archive changed after signing', () => {
    const tampered = join(work, 'tampered', `fxa-${CHART_VERSION}.tgz`);
    mkdirSync(join(work, 'tampered'), { recursive: true });
    writeFileSync(tampered, Buffer.concat([execFileSync('cat', [pkg.file]), Buffer.from([0])]));
    writeFileSync(`${tampered}.prov`, execFileSync('cat', [pkg.prov!]));
    const r = helm('helm', ['verify', tampered, '--keyring', key.pubring]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/sha256 sum does not match/i);
  });

  it('fails verification against another key', async () => {
    const other = await makeSigningKey(join(work, 'keys'), 'someone else');
    const r = helm('helm', ['verify', pkg.file, '--keyring', other.pubring]);
    expect(r.code).not.toBe(0);
  });

  it('an unsigned package of the same version drops the signature it can no longer match', async () => {
    const again = await packageCurrent(join(work, 'signed'));
    expect(again.file).toBe(pkg.file);
    expect(existsSync(`${pkg.file}.prov`)).toBe(false);
  });
});
