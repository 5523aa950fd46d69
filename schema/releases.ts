/**
 * The FxA releases the chart runs, as data: which servers each has, the settings it reads that the
 * catalog's (newer) sources no longer declare, the defaults that moved between them, and which
 * compatibility fixes (schema/fixes.ts) it needs. `global.fxaRelease` picks one; the pinned one is the
 * default and the chart's appVersion. Adding a release is a new entry here plus `npm run import` output.
 *
 * Evidence that a release works comes from jackyzy823/fxa-selfhosting (a docker-compose install that
 * pins `fxa_version` and is run by its users): the `develop` branch runs v1.330.6, `master` v1.316.4.
 */
import type { EnvVar, PlainWire, ServerName, SourceRef } from './types.ts';

/** Every release the chart has a profile for; the first is the pinned default. */
export const RELEASE_TAGS = ['v1.330.6', 'v1.316.4'] as const;
export type ReleaseTag = (typeof RELEASE_TAGS)[number];
export const PINNED_RELEASE: ReleaseTag = RELEASE_TAGS[0];

/** A working deployment that runs this release, at the commit that was read. */
export interface Evidence {
  readonly repository: string;
  readonly commit: string;
  readonly branch: string;
  /** The file that pins the release and sets every server's environment. */
  readonly file: string;
  readonly note: string;
}

/** A setting a release reads that the catalog's sources (read later) no longer declare, with how the chart sets it. */
export interface ReleaseSetting {
  readonly server: ServerName;
  readonly env: EnvVar;
  readonly wire: PlainWire;
  /** Where the release's config declares it. */
  readonly source: SourceRef;
  readonly why: string;
}

/** A default that differs between releases: the chart wires the variable, so neither default matters. */
export interface ChangedDefault {
  readonly server: ServerName;
  readonly name: string;
  readonly was: string;
  readonly now: string;
  readonly source: string;
}

export interface ReleaseProfile {
  readonly tag: ReleaseTag;
  /** Mozilla's image of this release: published per tag to Docker Hub by mozilla/fxa's docker workflow. */
  readonly image: { readonly repository: 'mozilla/fxa-mono'; readonly tag: ReleaseTag };
  readonly evidence: Evidence;
  /** FxA servers of the catalog this release does not have: never rendered under it. */
  readonly absent: readonly ServerName[];
  /** Roughly when the release was cut, and how that is known (no tool here maps tags to commits). */
  readonly cut: string;
}

const SELFHOST = 'jackyzy823/fxa-selfhosting';

export const RELEASES: Readonly<Record<ReleaseTag, ReleaseProfile>> = {
  'v1.330.6': {
    tag: 'v1.330.6',
    image: { repository: 'mozilla/fxa-mono', tag: 'v1.330.6' },
    evidence: {
      repository: SELFHOST,
      commit: 'c89be0f6b682f36cb6027749376b65a9f8f2f384',
      branch: 'develop',
      file: 'docker-compose.tmpl.yml',
      note: 'commit ec8273b "update to 1.330.6" pins fxa_version v1.330.6 and pulls mozilla/fxa-mono:v1.330.6; fea95a0 removes fxa-graphql-api ("no fxa-graphql-api from v1.330.0", config.yml.sample)',
    },
    absent: ['fxa-graphql-api'],
    cut: 'about March 2026: trains are two weeks apart (train 285 in May 2024, 318 in September 2025); the nearest stored mozilla/fxa tree is 2dd112e1 (after PR #19915 of 2026-01-21, before PR #20547 of 2026-05-08)',
  },
  'v1.316.4': {
    tag: 'v1.316.4',
    image: { repository: 'mozilla/fxa-mono', tag: 'v1.316.4' },
    evidence: {
      repository: SELFHOST,
      commit: '20fd00f8261b2b6249144959f464b4a223d6b85d',
      branch: 'develop (master 05bb887 renders the same apart from the channelserver image)',
      file: 'docker-compose.tmpl.yml',
      note: 'commit b66553c "update to v1.316.4" (2025-08-17) pins fxa_version v1.316.4 and pulls mozilla/fxa-mono:v1.316.4',
    },
    absent: [],
    cut: 'about August 2025 (the working install moved to it on 2025-08-17)',
  },
};

/** Auth's config at the nearest stored tree of v1.330.6, which still declares what later sources dropped. */
const AUTH_CONFIG_2026: SourceRef = { file: 'packages/fxa-auth-server/config/index.ts', commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', release: 'v1.330.6 (nearest stored tree)' };

/**
 * Settings the releases read that the catalog's sources no longer declare. Each applies to the releases
 * it lists; the chart renders it only under those.
 */
export const RELEASE_SETTINGS: readonly (ReleaseSetting & { readonly releases: readonly ReleaseTag[] })[] = [
  {
    server: 'fxa-auth-server',
    releases: ['v1.330.6', 'v1.316.4'],
    env: { name: 'CUSTOMS_SERVER_URL', type: 'string', default: 'http://localhost:7000', url: 'internal', key: 'customsUrl', doc: 'URL of the customs (abuse-checking) server; "none" turns the HTTP checks off' },
    wire: { from: 'literal', value: 'none' },
    source: AUTH_CONFIG_2026,
    why: 'there is no customs server in the image or the chart, and its default is localhost: "none" skips the HTTP calls (lib/customs.js@2dd112e1) while the in-process, Redis-backed rate limits (rateLimit.rules) still apply; the setting and the server were removed upstream only by PR #21276 (2026-09)',
  },
  {
    server: 'fxa-content-server',
    releases: ['v1.330.6', 'v1.316.4'],
    env: { name: 'REACT_CONVERSION_RESET_PASSWORD_ROUTES', type: 'boolean', default: false, key: 'showReactApp.resetPasswordRoutes', doc: 'Enable users to visit the React version of "reset_password" routes' },
    wire: { from: 'literal', value: 'true' },
    source: { file: 'packages/fxa-content-server/server/lib/configuration.js', commit: 'unrecorded (the stored 2025 version, with the recovery-phone settings)', release: 'v1.316.4' },
    why: 'the React password reset goes with the other React flows the chart turns on; the switch is gone from the catalog\'s sources (b663333e), where the React flow is the only one',
  },
];

/** Defaults that moved between the releases' configs; the chart wires each, so an install never depends on one. */
export const CHANGED_DEFAULTS: readonly ChangedDefault[] = [
  {
    server: 'fxa-content-server',
    name: 'PAGE_TEMPLATE_SUBDIRECTORY',
    was: 'src',
    now: 'dist',
    source: 'packages/fxa-content-server/server/lib/configuration.js: "src" at 75d777a8 (2020), "dist" at b663333e (2026)',
  },
];

/** Releases that have a server (all, unless a profile lists it absent). */
export const releasesWith = (server: ServerName): ReleaseTag[] => RELEASE_TAGS.filter((t) => !RELEASES[t].absent.includes(server));

/** Orders release tags numerically (v1.318.0 < v1.330.6). */
export function compareTags(a: string, b: string): number {
  const parts = (t: string) => t.replace(/^v/, '').split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Whether a release (the pinned one unless named) has a server. */
export const inRelease = (server: ServerName, tag: ReleaseTag = PINNED_RELEASE): boolean => !RELEASES[tag].absent.includes(server);
