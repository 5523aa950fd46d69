/** `fxa-helm publish` through the real command line: it publishes, and refuses unclear or conflicting requests in one line. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHART_VERSION } from '../../schema/index.ts';
import type { Packaged } from '../../scripts/release/package.ts';
import { cli } from '../helpers/cli.ts';
import { packageCurrent, packageVariant } from '../helpers/release.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-publish-cli-'));
let pkg: Packaged;
beforeAll(async () => {
  pkg = await packageCurrent(join(work, 'dist'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('publishes a package into a repository directory, then refuses other content under the same version with exit 1', async () => {
  const repo = join(work, 'repo');
  const ok = cli(['publish', '--package', pkg.file, '--repo-dir', repo, '--url', 'https://charts.example.org/fxa']);
  expect(ok.status, ok.stderr).toBe(0);
  expect(ok.stderr).toContain(`publish: fxa ${CHART_VERSION} added to ${join(repo, 'index.yaml')}`);
  expect(existsSync(join(repo, `fxa-${CHART_VERSION}.tgz`))).toBe(true);

  const changed = await packageVariant(join(work, 'changed'), { appendTo: 'values.yaml' });
  const refused = cli(['publish', '--package', changed.file, '--repo-dir', repo, '--url', 'https://charts.example.org/fxa']);
  expect(refused.status).toBe(1);
  expect(refused.stderr.trim()).toBe(`error: publish: fxa ${CHART_VERSION} is already published with different content; a published version never changes: add a new version to schema/changelog.ts`);
});

it.each([
  [['publish', '--package', 'PKG'], 'error: publish: say where: --repo-dir <dir> --url <base-url>, and/or --oci oci://host/path'],
  [['publish', '--package', 'PKG', '--repo-dir', 'x'], 'error: publish: --repo-dir needs --url, the base URL the directory is served at'],
  [['publish', '--package', 'PKG', '--oci', 'registry.example.org/charts'], 'error: publish: --oci must look like oci://host[:port]/path, got "registry.example.org/charts"'],
  [['publish', '--package', '/nonexistent/fxa.tgz', '--oci', 'oci://r/c'], 'error: publish: /nonexistent/fxa.tgz does not exist; run `npm run package` first'],
  [['package', '--sign'], 'error: package: --sign needs --key <name> and --keyring <secret keyring>'],
])('%j is refused in one line', (args, message) => {
  const r = cli(args.map((a) => (a === 'PKG' ? pkg.file : a)));
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toBe(message);
});
