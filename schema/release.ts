/**
 * The one FxA source the catalog is pinned to. Every variable in schema/env was read from mozilla/fxa
 * files at the commits listed in their `sources`; the primary one (auth-server config) is this commit.
 * The default image tag follows it: the image built by docker/ from this source is tagged with it.
 */
export const FXA_RELEASE = {
  repository: 'mozilla/fxa',
  commit: '0034dde8473772dd94be617e98fc3e5915a31752',
} as const;

export const DEFAULT_IMAGE = {
  repository: 'fxa-helm/fxa',
  tag: FXA_RELEASE.commit.slice(0, 12),
} as const;

/** Version of the generated chart; bump when the generated output changes (chart-testing checks it). */
export const CHART_VERSION = '0.1.0';
