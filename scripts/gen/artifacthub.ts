/**
 * Artifact Hub's annotations on the umbrella Chart.yaml (https://artifacthub.io/docs/topics/annotations/helm/),
 * from the catalog and schema/changelog.ts: what Artifact Hub shows as the images, changes, links and
 * security status of this version.
 */
import { stringify as yaml } from 'yaml';

// Artifact Hub parses each value as YAML of its own; one line per entry reads best on its page
const stringify = (v: unknown): string => yaml(v, { lineWidth: 0 });
import { CHANGELOG, DEFAULT_IMAGE, FXA_RELEASE, type ServerSpec } from '../../schema/index.ts';

const imageRef = (i: { repository: string; tag: string }): string => `${i.repository}:${i.tag}`;

/** Each distinct image once, named after its repository (the FxA image runs every FxA server). */
function images(catalog: readonly ServerSpec[]): { name: string; image: string }[] {
  const refs = new Set([imageRef(DEFAULT_IMAGE), ...catalog.flatMap((s) => (s.image ? [imageRef(s.image)] : []))]);
  return [...refs].map((image) => ({ name: image.split(':')[0]!.split('/').pop()!, image }));
}

export function artifactHubAnnotations(catalog: readonly ServerSpec[]): Record<string, string> {
  const current = CHANGELOG[0];
  return {
    'artifacthub.io/license': 'MPL-2.0',
    'artifacthub.io/prerelease': String(current.version.includes('-')),
    'artifacthub.io/containsSecurityUpdates': String(current.changes.some((c) => c.kind === 'security')),
    'artifacthub.io/changes': stringify(current.changes.map((c) => ({ kind: c.kind, description: c.description, ...(c.links ? { links: c.links } : {}) }))),
    'artifacthub.io/images': stringify(images(catalog)),
    'artifacthub.io/links': stringify([
      { name: `FxA source (catalog commit ${FXA_RELEASE.commit.slice(0, 7)})`, url: `https://github.com/${FXA_RELEASE.repository}/tree/${FXA_RELEASE.commit}` },
      { name: `FxA release ${FXA_RELEASE.tag}`, url: `https://github.com/${FXA_RELEASE.repository}/releases/tag/${FXA_RELEASE.tag}` },
      { name: 'FxA documentation (ecosystem platform)', url: 'https://mozilla.github.io/ecosystem-platform/' },
    ]),
  };
}
