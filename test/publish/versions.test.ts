/**
 * Version discipline on a small git repository made here: once `<chart>-<version>` is tagged (published),
 * any change under charts/ needs a greater version; an older version is refused; tagging needs a clean charts/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkVersionIncrement, tagRelease } from '../../scripts/release/versions.ts';

let repo = '';
const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd: repo, encoding: 'utf8' });
const write = (path: string, text: string): void => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const setVersion = (v: string): void => write('charts/fxa/Chart.yaml', `apiVersion: v2\nname: fxa\nversion: ${v}\n`);
const commitAll = (): void => {
  git('add', '-A');
  git('commit', '-qm', 'change');
};
const tag = (): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'tag', '--list'], { cwd: repo, encoding: 'utf8' }).trim();

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'fxa-versions-'));
  git('init', '-q');
  setVersion('0.1.0');
  write('charts/fxa/templates/a.yaml', 'a: 1\n');
  write('README.md', 'readme\n');
  commitAll();
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

it('passes while nothing is published', () => {
  write('charts/fxa/templates/a.yaml', 'a: 2\n');
  expect(checkVersionIncrement(repo)).toEqual({ ok: true, output: 'fxa 0.1.0: no version published yet (no fxa-<version> tag)' });
});

it('once published, an unchanged chart passes and changes outside charts/ do not count', () => {
  expect(tagRelease(repo, 'fxa', '0.1.0')).toBe('fxa-0.1.0');
  write('README.md', 'changed\n');
  commitAll();
  expect(checkVersionIncrement(repo).ok).toBe(true);
});

it('refuses a changed chart under the published version, naming the changed files (committed, uncommitted or new)', () => {
  tagRelease(repo, 'fxa', '0.1.0');
  write('charts/fxa/templates/a.yaml', 'a: 2\n');
  commitAll();
  write('charts/fxa/templates/b.yaml', 'b: 1\n');
  const r = checkVersionIncrement(repo);
  expect(r.ok).toBe(false);
  expect(r.output).toMatch(/^charts\/ changed since fxa 0\.1\.0 was published \(tag fxa-0\.1\.0\): add a new version to schema\/changelog\.ts/);
  expect(r.output).toContain('charts/fxa/templates/a.yaml');
  expect(r.output).toContain('charts/fxa/templates/b.yaml');
});

it('accepts the change with a greater version, refuses a smaller one', () => {
  tagRelease(repo, 'fxa', '0.1.0');
  write('charts/fxa/templates/a.yaml', 'a: 2\n');
  setVersion('0.2.0');
  expect(checkVersionIncrement(repo)).toEqual({ ok: true, output: 'fxa 0.2.0 follows the published 0.1.0' });
  setVersion('0.0.9');
  expect(checkVersionIncrement(repo)).toEqual({ ok: false, output: 'fxa 0.0.9 is older than the published 0.1.0: the next version must be greater' });
});

it('compares with the newest published version by semantic order, not by tag name', () => {
  tagRelease(repo, 'fxa', '0.1.0');
  setVersion('0.10.0');
  commitAll();
  tagRelease(repo, 'fxa', '0.10.0');
  setVersion('0.9.0');
  expect(checkVersionIncrement(repo).output).toBe('fxa 0.9.0 is older than the published 0.10.0: the next version must be greater');
});

it('tagging refuses uncommitted chart changes, and is idempotent on the same content', () => {
  write('charts/fxa/templates/a.yaml', 'a: 3\n');
  expect(() => tagRelease(repo, 'fxa', '0.1.0')).toThrow('charts/ has uncommitted changes');
  expect(tag()).toBe('');
  commitAll();
  expect(tagRelease(repo, 'fxa', '0.1.0')).toBe('fxa-0.1.0');
  expect(tagRelease(repo, 'fxa', '0.1.0')).toBe('fxa-0.1.0');
  write('charts/fxa/templates/a.yaml', 'a: 4\n');
  commitAll();
  expect(() => tagRelease(repo, 'fxa', '0.1.0')).toThrow('tag fxa-0.1.0 already exists on a commit with other charts/ content');
});


it('outside a git checkout there is nothing published to compare with', () => {
  const plain = mkdtempSync(join(tmpdir(), 'fxa-versions-plain-'));
  mkdirSync(join(plain, 'charts', 'fxa'), { recursive: true });
  writeFileSync(join(plain, 'charts', 'fxa', 'Chart.yaml'), 'apiVersion: v2\nname: fxa\nversion: 0.1.0\n');
  try {
    expect(checkVersionIncrement(plain)).toEqual({ ok: true, output: 'not a git checkout: no published version to compare with' });
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }
});

it('ignores tags that are not <chart>-<semver>, and names five changed files and how many more', () => {
  git('tag', 'fxa-latest');
  git('tag', 'fxa-0.1.0');
  expect(checkVersionIncrement(repo)).toEqual({ ok: true, output: 'fxa 0.1.0 is the published version, unchanged since fxa-0.1.0' });
  for (const f of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) write(`charts/fxa/templates/${f}.yaml`, `${f}: 9\n`);
  expect(checkVersionIncrement(repo).output).toMatch(/Changed: charts\/fxa\/templates\/a\.yaml, (charts\/fxa\/templates\/[b-g]\.yaml, ){4}and 2 more$/);
  write('charts/fxa/templates/f.yaml', 'f: 1\n');
  rmSync(join(repo, 'charts/fxa/templates/f.yaml'));
  rmSync(join(repo, 'charts/fxa/templates/g.yaml'));
  expect(checkVersionIncrement(repo).output).toMatch(/Changed: (charts\/fxa\/templates\/[a-e]\.yaml(, )?){5}$/);
});

it('tags with an annotation naming the version, and reports git\'s reason when it cannot tag', () => {
  expect(tagRelease(repo, 'fxa', '0.1.0')).toBe('fxa-0.1.0');
  expect(git('tag', '-n', '--list', 'fxa-0.1.0').trim()).toMatch(/^fxa-0\.1\.0\s+fxa 0\.1\.0$/);
  expect(() => tagRelease(repo, 'fxa', 'not valid')).toThrow(/^publish: git tag fxa-not valid: fatal: .*not a valid tag name/);
});
