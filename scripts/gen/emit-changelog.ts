/** CHANGELOG.md: one section per chart version, from schema/changelog.ts (the same entries Artifact Hub shows). */
import { CHANGELOG, type ChangeKind } from '../../schema/index.ts';
import type { OutputFile } from './output.ts';

const HEADINGS: Record<ChangeKind, string> = { added: 'Added', changed: 'Changed', deprecated: 'Deprecated', removed: 'Removed', fixed: 'Fixed', security: 'Security' };

export function emitChangelog(): OutputFile[] {
  const sections = CHANGELOG.map((release) => {
    const groups = (Object.keys(HEADINGS) as ChangeKind[])
      .map((kind) => [kind, release.changes.filter((c) => c.kind === kind)] as const)
      .filter(([, changes]) => changes.length > 0)
      .map(([kind, changes]) => `### ${HEADINGS[kind]}\n\n${changes.map((c) => `- ${c.description}${(c.links ?? []).map((l) => ` ([${l.name}](${l.url}))`).join('')}`).join('\n')}\n`);
    return `## ${release.version}\n\n${groups.join('\n')}`;
  });
  const intro = [
    '# Changelog',
    '',
    '<!-- Generated from schema/changelog.ts by `npm run gen`. Do not edit. -->',
    '',
    'Versions of the `fxa` chart (its appVersion is the FxA release it runs by default). A version, once published,',
    'never changes: any change under `charts/` needs a new version in `schema/changelog.ts`.',
    '',
  ].join('\n');
  return [{ path: 'CHANGELOG.md', content: `${intro}\n${sections.join('\n')}` }];
}
