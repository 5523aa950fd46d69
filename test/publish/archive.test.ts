/**
 * What the publish steps read from an archive (its Chart.yaml, its digests) and from Helm (its error line),
 * on small archives made here with tar and the real Helm.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { changedVersionError, chartMeta, contentDigest, fileDigest } from '../../scripts/release/archive.ts';
import { helm, helmError } from '../../scripts/release/helm.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-archive-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A gzipped tar of `files` (path -> text) in the order given, with the given modification time. */
function tarball(name: string, files: Record<string, string>, mtime = '2020-01-01'): string {
  const src = mkdtempSync(join(work, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(src, path, '..'), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  const out = join(work, name);
  execFileSync('tar', ['-czf', out, '-C', src, `--mtime=${mtime}`, '--no-recursion', ...Object.keys(files)]);
  return out;
}

describe('chartMeta', () => {
  it('reads name, version and appVersion from <name>/Chart.yaml, as strings', () => {
    const f = tarball('a.tgz', { 'demo/values.yaml': 'a: 1\n', 'demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: 2.0\n' });
    expect(chartMeta(f)).toEqual({ name: 'demo', version: '1.2.3', appVersion: '2' });
  });

  it('has no appVersion key when the chart has none (helm package of a chart made here)', () => {
    const dir = join(work, 'plain-chart', 'plain');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: plain\nversion: 0.3.0\n');
    const r = helm(['package', dir, '--destination', work]);
    expect(r.ok, r.stderr).toBe(true);
    expect(chartMeta(join(work, 'plain-0.3.0.tgz'))).toStrictEqual({ name: 'plain', version: '0.3.0' });
  });

  it.each([
    ['only a subchart\'s Chart.yaml', { 'x/charts/sub/Chart.yaml': 'name: sub\nversion: 1.0.0\n' }],
    ['a file merely named like it', { 'x/Chart.yaml.orig': 'name: x\nversion: 1.0.0\n' }],
    ['a Chart.yaml at the top', { 'Chart.yaml': 'name: x\nversion: 1.0.0\n' }],
  ])('refuses an archive with %s', (_, files) => {
    const f = tarball('not-a-chart.tgz', files);
    expect(() => chartMeta(f)).toThrow(`${f} is not a chart archive: it has no <name>/Chart.yaml`);
  });
});

describe('digests', () => {
  it('fileDigest is the sha256 of the bytes, as sha256sum prints it', () => {
    const f = tarball('d.tgz', { 'c/Chart.yaml': 'name: c\n' });
    expect(fileDigest(f)).toBe(execFileSync('sha256sum', [f], { encoding: 'utf8' }).split(' ')[0]);
  });

  it('contentDigest ignores timestamps and entry order, and sees every path and every byte', () => {
    const files = { 'c/Chart.yaml': 'name: c\n', 'c/values.yaml': 'a: 1\n' };
    const d = contentDigest(tarball('one.tgz', files, '2020-01-01'));
    const reordered = tarball('two.tgz', { 'c/values.yaml': 'a: 1\n', 'c/Chart.yaml': 'name: c\n' }, '2024-06-30');
    expect(fileDigest(reordered)).not.toBe(fileDigest(join(work, 'one.tgz')));
    expect(contentDigest(reordered)).toBe(d);
    expect(contentDigest(tarball('bytes.tgz', { 'c/Chart.yaml': 'name: c\n', 'c/values.yaml': 'a: 2\n' }))).not.toBe(d);
    expect(contentDigest(tarball('path.tgz', { 'c/Chart.yaml': 'name: c\n', 'c/other.yaml': 'a: 1\n' }))).not.toBe(d);
    expect(contentDigest(tarball('more.tgz', { ...files, 'c/README.md': '' }))).not.toBe(d);
    // the same bytes under each other's names
    expect(contentDigest(tarball('swap.tgz', { 'c/Chart.yaml': 'a: 1\n', 'c/values.yaml': 'name: c\n' }))).not.toBe(d);
    expect(d).toMatch(/^[0-9a-f]{64}$/);
  });

  it('contentDigest leaves nothing behind in the temporary directory', () => {
    const f = tarball('clean.tgz', { 'c/Chart.yaml': 'name: c\n' });
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      contentDigest(f);
      expect(() => contentDigest(join(work, 'missing.tgz'))).toThrow();
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });
});

it('changedVersionError is a UserError naming the version and the way out', () => {
  const e = changedVersionError('fxa 1.0.0');
  expect(e).toBeInstanceOf(UserError);
  expect(e.message).toBe('publish: fxa 1.0.0 is already published with different content; a published version never changes: add a new version to schema/changelog.ts');
});

describe('helm', () => {
  it('runs the project\'s Helm 4 with the environment given', () => {
    const v = helm(['version', '--short']);
    expect(v).toMatchObject({ ok: true, stderr: '' });
    expect(v.stdout).toMatch(/^v4\./);
    const env = helm(['env'], { ...process.env, HELM_CACHE_HOME: join(work, 'helm-cache') });
    expect(env.stdout).toContain(`HELM_CACHE_HOME="${join(work, 'helm-cache')}"`);
  });

  it('reports failure with Helm\'s error line', () => {
    const r = helm(['show', 'chart', join(work, 'no-such-chart')]);
    expect(r.ok).toBe(false);
    expect(helmError(r)).toMatch(/no-such-chart/);
    expect(helmError(r)).not.toMatch(/^Error/);
  });

  it.each([
    ['warning: x\nError: the cause\nUsage: ...\n', 'the cause'],
    ['Error:   padded  \n', 'padded'],
    ['see Error: not at the start\nthe last line  \n', 'the last line'],
    ['one\ntwo', 'two'],
  ])('helmError(%j) is %j', (stderr, line) => {
    expect(helmError({ ok: false, stdout: 'Error: not stdout', stderr })).toBe(line);
  });
});
