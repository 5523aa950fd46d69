/**
 * The real node's image plumbing without a container runtime: an OCI archive's digests match its
 * content, and the values that move the infrastructure onto the real node are values the chart accepts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { IMAGES, REAL_LABEL, REAL_TAINT, keyOf, refOf, realNodeValues } from '../../scripts/cluster/real/images.ts';
import { imageIdOf, packImage, type Packed } from '../../scripts/cluster/real/oci.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { CATALOG, FIXES, fixApplies, PINNED_RELEASE } from '../../schema/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { valuesFile } from '../helpers/helm.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-oci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

it('packs an OCI layout whose index, manifest, config and layer are addressed by their own digests', async () => {
  mkdirSync(join(work, 'root', 'bin'), { recursive: true });
  writeFileSync(join(work, 'root', 'bin', 'hello'), 'hello');
  execFileSync('tar', ['-cf', join(work, 'layer.tar'), '-C', join(work, 'root'), '.']);
  const layer = readFileSync(join(work, 'layer.tar'));
  const p = await packImage('fxa-helm.local/test:1.0', join(work, 'layer.tar'), { user: '10999', entrypoint: ['/bin/hello'] }, join(work, 'test.oci.tar'), '2025-01-01T00:00:00.000Z');
  const out = join(work, 'unpacked');
  mkdirSync(out);
  execFileSync('tar', ['-xf', p.archive, '-C', out]);
  const blob = (digest: string): Buffer => readFileSync(join(out, 'blobs', 'sha256', digest.replace('sha256:', '')));
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { manifests: { digest: string; annotations: Record<string, string> }[] };
  expect(index.manifests).toHaveLength(1);
  expect(index.manifests[0]!.digest).toBe(p.digest);
  expect(index.manifests[0]!.annotations['io.containerd.image.name']).toBe('fxa-helm.local/test:1.0');
  const manifestBytes = blob(p.digest);
  expect(`sha256:${sha(manifestBytes)}`).toBe(p.digest);
  const manifest = JSON.parse(manifestBytes.toString()) as { config: { digest: string }; layers: { digest: string; size: number }[] };
  expect(manifest.layers).toEqual([{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${sha(layer)}`, size: layer.length }]);
  const config = JSON.parse(blob(manifest.config.digest).toString()) as { config: { User: string; Entrypoint: string[] }; rootfs: { diff_ids: string[] } };
  expect(`sha256:${sha(blob(manifest.config.digest))}`).toBe(manifest.config.digest);
  expect(p.id).toBe(manifest.config.digest);
  expect(imageIdOf(p.archive, p.digest)).toBe(p.id);
  expect(config.config).toMatchObject({ User: '10999', Entrypoint: ['/bin/hello'] });
  expect(config.rootfs.diff_ids).toEqual([`sha256:${sha(layer)}`]);
});

it('each real-node image runs as the uid the chart gives its server, and the real-node values pass validation with values/dev.yaml', () => {
  for (const spec of IMAGES) {
    const server = CATALOG.find((s) => s.name === spec.server);
    expect(server, spec.server).toBeDefined();
    expect(spec.uid, spec.server).toBe(server!.runAsUser);
    expect(refOf(spec)).toMatch(/^fxa-helm\.local\/[a-z0-9-]+:[A-Za-z0-9_][A-Za-z0-9_.-]*$/);
  }
  const images: Record<string, Packed> = Object.fromEntries(IMAGES.map((s) => [keyOf(s), { ref: refOf(s), digest: `sha256:${'0'.repeat(64)}`, id: `sha256:${'1'.repeat(64)}`, archive: '' }]));
  const values = realNodeValues(images);
  for (const spec of IMAGES) {
    const image = { repository: spec.repository, tag: refOf(spec).slice(spec.repository.length + 1), pullPolicy: 'Never' };
    expect(values[spec.server]).toMatchObject({
      ...(spec.sidecar ? { sidecars: { [spec.sidecar]: { image } } } : { image }),
      nodeSelector: { [REAL_LABEL]: 'real' },
      tolerations: [{ key: REAL_TAINT, operator: 'Exists', effect: 'NoSchedule' }],
    });
  }
  // the emulator the real node runs is the module version the chart's image pins
  const emulator = IMAGES.find((s) => s.sidecar === 'cloud-tasks-emulator');
  const pinned = CATALOG.find((s) => s.name === 'fxa-auth-server')!.sidecars!.find((c) => c.name === 'cloud-tasks-emulator')!;
  expect(emulator?.kind === 'go' && emulator.source.version).toBe(pinned.module.version);
  expect(pinned.image.tag).toBe(pinned.module.version.replace(/^v/, ''));
  expect(emulator?.kind === 'go' && emulator.path).toBe(pinned.command[0]);
  const merged = mergeValues(userValues([valuesFile('dev')], []), values);
  expect(createValidator().validate(merged).problems).toEqual([]);
});

it("each FxA stand-in holds a file at the path the catalog's command runs and at every target of its server's fixes under the pinned release", () => {
  const standins = IMAGES.filter((i) => CATALOG.find((s) => s.name === i.server)?.origin === 'fxa' && !i.sidecar);
  expect(standins.map((i) => i.server).sort()).toEqual(['fxa-auth-server', 'fxa-profile-server', 'fxa-profile-static', 'fxa-profile-worker']);
  for (const standin of standins) {
    if (standin.kind !== 'debian') throw new Error(`${standin.server}: a stand-in is a Debian image`);
    const server = CATALOG.find((s) => s.name === standin.server)!;
    const paths = Object.keys(standin.files ?? {});
    expect(server.command[0], server.name).toBe('node');
    expect(paths, server.name).toContain(join(server.workingDir!, server.command[1]!));
    // each stand-in file is this project's, and holds the text its fix edits
    for (const f of FIXES.filter((x) => x.server === server.name && fixApplies(x, PINNED_RELEASE))) {
      expect(paths, f.id).toContain(f.target);
      const text = readFileSync(join(ROOT, standin.files![f.target]!), 'utf8');
      for (const e of f.edits) expect(text, f.id).toMatch(new RegExp(e.find));
    }
  }
});
