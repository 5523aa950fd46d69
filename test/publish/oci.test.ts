/**
 * A real OCI registry (CNCF Distribution, built by setup) on loopback: publish pushes the signed chart,
 * both Helms pull it back by the same manifest digest and the same archive bytes, verify its provenance
 * and render it from oci://. Re-pushing the same content is a no-op; other content under the version is refused.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_VERSION, FXA_RELEASE } from '../../schema/index.ts';
import { fileDigest } from '../../scripts/release/archive.ts';
import { publishToOci, type OciPublish } from '../../scripts/release/oci.ts';
import type { Packaged } from '../../scripts/release/package.ts';
import { HELMS, valuesFile } from '../helpers/helm.ts';
import { startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { makeSigningKey, type TestKey } from '../helpers/pgp.ts';
import { operatorHelm, packageCurrent, packageVariant } from '../helpers/release.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-oci-'));
const quiet = (): void => undefined;
let registry: Registry;
let key: TestKey;
let pkg: Packaged;
let pushed: OciPublish;
const base = (): string => `oci://${registry.host}/charts`;

beforeAll(async () => {
  registry = await startRegistry();
  mkdirSync(join(work, 'keys'));
  key = await makeSigningKey(join(work, 'keys'));
  pkg = await packageCurrent(join(work, 'dist'), { key: key.name, keyring: key.secring, passphraseFile: key.passphraseFile });
  pushed = publishToOci({ pkg: pkg.file, registry: base(), plainHttp: true, log: quiet });
});
afterAll(() => {
  registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

it('pushes fxa:<version> and reports the manifest digest', () => {
  expect(pushed.changed).toBe(true);
  expect(pushed.ref).toBe(`${base()}/fxa:${CHART_VERSION}`);
  expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
});

describe.each(HELMS)('%s', (bin) => {
  const run = operatorHelm(join(work, `home-${bin}`));

  it('pulls the same manifest digest and the same archive bytes, with its provenance verified', async () => {
    const dest = join(work, `pulled-${bin}`);
    mkdirSync(dest);
    const r = await run(bin, ['pull', `${base()}/fxa`, '--version', CHART_VERSION, '--plain-http', '--verify', '--keyring', key.pubring, '--destination', dest]);
    expect(r.code, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain(`Digest: ${pushed.digest}`);
    expect(fileDigest(join(dest, `fxa-${CHART_VERSION}.tgz`))).toBe(fileDigest(pkg.file));
  });

  it('shows the chart and renders it straight from oci://', async () => {
    const show = await run(bin, ['show', 'chart', `${base()}/fxa`, '--version', CHART_VERSION, '--plain-http']);
    expect(show.code, show.stderr).toBe(0);
    expect(parse(show.stdout)).toMatchObject({ name: 'fxa', version: CHART_VERSION, appVersion: FXA_RELEASE.tag });
    const t = await run(bin, ['template', 'fxa', `${base()}/fxa`, '--version', CHART_VERSION, '--plain-http', '-n', 'fxa', '-f', valuesFile('dev')]);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain(`image: "${'mozilla/fxa-mono'}:${FXA_RELEASE.tag}"`);
  });
});

it('publishing the same content again pushes nothing', async () => {
  const again = await packageCurrent(join(work, 'again'));
  const r = publishToOci({ pkg: again.file, registry: base(), plainHttp: true, log: quiet });
  expect(r).toMatchObject({ changed: false, digest: pushed.digest });
});

it('refuses other content under the published version, and the registry keeps serving the original', async () => {
  const changed = await packageVariant(join(work, 'changed'), { appendTo: 'values.yaml' });
  expect(() => publishToOci({ pkg: changed.file, registry: base(), plainHttp: true, log: quiet })).toThrow(`fxa:${CHART_VERSION} is already published with different content`);
  const show = await operatorHelm(join(work, 'home-check'))('helm', ['pull', `${base()}/fxa`, '--version', CHART_VERSION, '--plain-http', '--destination', mkdtempSync(join(work, 'check-'))]);
  expect(`${show.stdout}${show.stderr}`).toContain(`Digest: ${pushed.digest}`);
});

it('adds the signature to content pushed unsigned, and an unsigned re-push never takes it away', async () => {
  const plain = `oci://${registry.host}/plain`;
  const unsigned = await packageCurrent(join(work, 'unsigned'));
  expect(publishToOci({ pkg: unsigned.file, registry: plain, plainHttp: true, log: quiet }).changed).toBe(true);
  const verify = async (): Promise<{ code: number | null; stderr: string }> =>
    operatorHelm(join(work, 'home-verify'))('helm', ['pull', `${plain}/fxa`, '--version', CHART_VERSION, '--plain-http', '--verify', '--keyring', key.pubring, '--destination', mkdtempSync(join(work, 'verify-'))]);
  expect((await verify()).code).not.toBe(0);
  // the signed package of the same content: pushed, so the registry's copy now carries its provenance
  const signed = publishToOci({ pkg: pkg.file, registry: plain, plainHttp: true, log: quiet });
  expect(signed.changed).toBe(true);
  const v = await verify();
  expect(v.code, v.stderr).toBe(0);
  // pushing the unsigned one again changes nothing: the signature stays
  expect(publishToOci({ pkg: unsigned.file, registry: plain, plainHttp: true, log: quiet })).toMatchObject({ changed: false, digest: signed.digest });
  expect((await verify()).code).toBe(0);
});

it('names the problem when the registry cannot be reached', () => {
  expect(() => publishToOci({ pkg: pkg.file, registry: 'oci://127.0.0.1:9/charts', plainHttp: true, log: quiet })).toThrow(/cannot read oci:\/\/127\.0\.0\.1:9\/charts\/fxa: .*connect/);
});
