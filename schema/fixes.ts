/**
 * Compatibility fixes: files of Mozilla's image that a release must have changed before its server works
 * outside Mozilla's cloud. The root filesystem stays read-only: an init container (the FxA image's own
 * Node running scripts/fixes/apply.mjs) copies each target into an emptyDir, edits the copy, and the
 * server's container mounts the copy over the original. An edit whose text is absent fails the init
 * container, so a pod never starts on a file that was silently left unfixed.
 *
 * Each fix is data: the releases it belongs to, the file, what it changes, why, and the upstream links.
 * The working install (jackyzy823/fxa-selfhosting) applies the same changes with sed at every start.
 */
import type { ServerName } from './types.ts';
import { RELEASE_TAGS, compareTags, type ReleaseTag } from './releases.ts';

export interface FixEdit {
  /** Files under the target to edit: '' for the target file itself, else paths under the target directory (`*` within a name). */
  readonly files: readonly string[];
  /** A JavaScript regular expression (source), matched globally. */
  readonly find: string;
  /** The replacement (`$1`, `$&` as in String.replace); `${NAME}` is the container's variable NAME (listed in `env`). */
  readonly replace: string;
}

export interface Fix {
  readonly id: string;
  readonly server: ServerName;
  /** Absolute path in the image: a file, or a directory copied whole. */
  readonly target: string;
  readonly kind: 'file' | 'directory';
  readonly edits: readonly FixEdit[];
  /** Variables of the server's (non-secret) environment the replacements use. */
  readonly env?: readonly string[];
  /** The first release that needs it (absent: every release the chart has). */
  readonly since?: string;
  /** The first release that no longer needs it (absent: not known to be fixed in any release the chart has). */
  readonly until?: string;
  readonly why: string;
  readonly links: readonly string[];
}

/** Where Mozilla's image keeps the auth server's compiled files. */
export const AUTH_DIST = '/fxa/packages/fxa-auth-server/dist/packages/fxa-auth-server';

export const FIXES: readonly Fix[] = [
  {
    id: 'auth-cms-optional',
    server: 'fxa-auth-server',
    target: `${AUTH_DIST}/lib/routes/cms.js`,
    kind: 'file',
    // the compiled module aliases (typedi_1, cms_1) are matched, not assumed
    edits: [{ files: [''], find: '(\\w+)\\.Container\\.get\\((\\w+)\\.RelyingPartyConfigurationManager\\)', replace: '($1.Container.has($2.RelyingPartyConfigurationManager) ? $1.Container.get($2.RelyingPartyConfigurationManager) : null)' }],
    since: 'v1.318.0',
    why: 'from v1.318.0 the CMS route handler takes the relying-party configuration manager from the container unconditionally; it is registered only when Mozilla\'s CMS (Strapi) is configured, so key_server.js stops at start without it. The fix makes it optional again, as it was before',
    links: ['https://github.com/mozilla/fxa/commit/dbb0e7e372b296d61eb2f37aa77407520db7bb18', 'https://github.com/jackyzy823/fxa-selfhosting/blob/develop/docker-compose.tmpl.yml'],
  },
  {
    id: 'auth-statsd-mock-histogram',
    server: 'fxa-auth-server',
    target: `${AUTH_DIST}/bin/key_server.js`,
    kind: 'file',
    edits: [{ files: [''], find: 'increment\\s*:\\s*\\(\\)\\s*=>\\s*\\{\\s*\\}\\s*,?', replace: 'increment: () => {}, histogram: () => {},' }],
    why: 'with StatsD off (STATSD_ENABLE=false: global.statsd.enabled off), key_server.js installs a no-op StatsD without histogram(), which the Redis code calls: requests fail. Fixed upstream by PR #20799 (2026-06-28), in a release later than every profile here',
    links: ['https://github.com/mozilla/fxa/issues/16491', 'https://github.com/mozilla/fxa/pull/20799'],
  },
  {
    id: 'profile-monogram-check',
    server: 'fxa-profile-server',
    target: '/fxa/packages/fxa-profile-server/lib/routes/profile.js',
    kind: 'file',
    edits: [{ files: [''], find: 'result\\.avatar\\.startsWith\\(monogramUrl\\)', replace: 'result.avatar.startsWith(`${monogramUrl}/v1/avatar/`)' }],
    why: 'the profile server takes any avatar under its own public URL for the generated monogram and replaces it; with uploaded images served from the same origin (the path layout, or profile-static on the profile host) a new avatar never shows. The fix narrows the check to the monogram route. Still unfixed at 2dd112e1; reworked by PR #21047 (2026-08)',
    links: ['https://github.com/mozilla/fxa/issues/12426', 'https://github.com/mozilla/fxa/pull/7972'],
  },
  {
    id: 'content-settings-cdn',
    server: 'fxa-content-server',
    target: '/fxa/packages/fxa-content-server/dist/settings/prod',
    kind: 'directory',
    env: ['PUBLIC_URL'],
    edits: [{ files: ['asset-manifest.json', 'index.html', 'static/js/main.*.js'], find: 'https://cdn\\.accounts\\.firefox\\.com', replace: '${PUBLIC_URL}' }],
    why: 'the image\'s settings app is built for Mozilla\'s CDN (PR #17422, 2024-08): its page and scripts load from https://cdn.accounts.firefox.com, which the content server\'s Content-Security-Policy does not allow and a self-hosted install should not depend on. The fix points them at the content server, which serves the same files',
    links: ['https://github.com/mozilla/fxa/pull/17422', 'https://github.com/mozilla/fxa/pull/17523'],
  },
];

/** Whether a fix belongs to a release: at or after `since`, before `until`. */
export const fixApplies = (fix: Fix, tag: string): boolean =>
  (!fix.since || compareTags(tag, fix.since) >= 0) && (!fix.until || compareTags(tag, fix.until) < 0);

/** A server's fixes under each release of the chart (only releases with at least one). */
export function fixesOf(server: ServerName): Partial<Record<ReleaseTag, Fix[]>> {
  const out: Partial<Record<ReleaseTag, Fix[]>> = {};
  for (const tag of RELEASE_TAGS) {
    const fixes = FIXES.filter((f) => f.server === server && fixApplies(f, tag));
    if (fixes.length) out[tag] = fixes;
  }
  return out;
}
