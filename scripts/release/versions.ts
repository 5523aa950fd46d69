/**
 * Version discipline, as chart-testing's check-version-increment applies it: a published version never
 * changes. Published versions are the git tags `<chart>-<version>` (chart-releaser's convention) that
 * `npm run publish -- --git-tag` makes. Against the newest one, the chart under charts/ must either be
 * unchanged or carry a greater version.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { UserError } from '../lib/errors.ts';

const git = (root: string, args: string[]): { ok: boolean; out: string } => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
};

export const releaseTag = (name: string, version: string): string => `${name}-${version}`;

export interface VersionCheck { ok: boolean; output: string }

/** `chartDir` is relative to the git checkout `root`; the chart's name and version come from its Chart.yaml. */
export function checkVersionIncrement(root: string, chartDir = 'charts/fxa', watched = 'charts'): VersionCheck {
  const { name, version } = parse(readFileSync(join(root, chartDir, 'Chart.yaml'), 'utf8')) as { name: string; version: string };
  if (!git(root, ['rev-parse', '--git-dir']).ok) return { ok: true, output: 'not a git checkout: no published version to compare with' };
  const published = git(root, ['tag', '--list', `${name}-*`]).out.split('\n')
    .map((t) => t.slice(name.length + 1))
    .filter((v) => semver.valid(v) !== null)
    .sort(semver.rcompare);
  const latest = published[0];
  if (!latest) return { ok: true, output: `${name} ${version}: no version published yet (no ${name}-<version> tag)` };
  if (semver.lt(version, latest)) return { ok: false, output: `${name} ${version} is older than the published ${latest}: the next version must be greater` };
  if (semver.gt(version, latest)) return { ok: true, output: `${name} ${version} follows the published ${latest}` };
  const tag = releaseTag(name, latest);
  const changed = [
    ...git(root, ['diff', '--name-only', tag, '--', watched]).out.split('\n'),
    ...git(root, ['ls-files', '--others', '--exclude-standard', '--', watched]).out.split('\n'),
  ].filter(Boolean);
  if (changed.length === 0) return { ok: true, output: `${name} ${version} is the published version, unchanged since ${tag}` };
  return {
    ok: false,
    output: `${watched}/ changed since ${name} ${version} was published (tag ${tag}): add a new version to schema/changelog.ts and run \`npm run gen\`. Changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, and ${changed.length - 5} more` : ''}`,
  };
}

/** Tag HEAD as the published `version`; refuses when charts/ has uncommitted changes (the tag would not be what was published). */
export function tagRelease(root: string, name: string, version: string, watched = 'charts'): string {
  const dirty = git(root, ['status', '--porcelain', '--', watched]).out;
  if (dirty) throw new UserError(`publish: ${watched}/ has uncommitted changes; commit them before tagging ${releaseTag(name, version)}`);
  const tag = releaseTag(name, version);
  const existing = git(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`]);
  if (existing.ok) {
    if (git(root, ['diff', '--quiet', tag, 'HEAD', '--', watched]).ok) return tag;
    throw new UserError(`publish: tag ${tag} already exists on a commit with other ${watched}/ content`);
  }
  const r = git(root, ['tag', '-a', tag, '-m', `${name} ${version}`]);
  if (!r.ok) throw new UserError(`publish: git tag ${tag}: ${r.out}`);
  return tag;
}
