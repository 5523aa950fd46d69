/**
 * The FxA release the chart runs by default, and how it relates to the sources the catalog was read from.
 *
 * Why this tag: Mozilla publishes one image per release tag, `mozilla/fxa-mono:vX.Y.Z`, built from
 * `_dev/docker/mono/Dockerfile` by `.github/workflows/docker.yml` (run by hand per tag, pushed to Google's
 * registry and Docker Hub). v1.316.4 is the newest release with public evidence of being pulled and run
 * by self-hosters (the working deployments listed in shared/DESIGN.md, and issue 9). A default image
 * must exist: a guessed newer tag would leave every pod in ImagePullBackOff.
 *
 * How it relates to the catalog: the variables in schema/env were read at newer commits (primary:
 * auth-server config at 0034dde, committed between 2026-09-17 and 2026-11-25, i.e. release trains of
 * about v1.345 to v1.350; no tool on this machine resolves tags to commits, so the exact train is not
 * known). Convict reads only the variables a release declares, so settings this release does not know
 * are inert; the chart only wires hosts, ports, URLs, secrets and on/off switches, whose names and
 * formats have been stable across those trains. Set `global.image.tag` to run another release; the
 * per-server commands below hold for releases built with the nx layout (2023 onwards).
 */
export const FXA_RELEASE = {
  repository: 'mozilla/fxa',
  /** The release tag the default image is (and the chart's appVersion). */
  tag: 'v1.316.4',
  /** The commit the primary catalog source was read at (see schema/env/*.ts `sources` for the rest). */
  commit: '0034dde8473772dd94be617e98fc3e5915a31752',
  matchedBy:
    'newest release with public evidence of a published mozilla/fxa-mono image; catalog sources are newer (0034dde, about trains 345-350), and their newer settings are ignored by this release',
} as const;

/** Mozilla's published image for every FxA server; it has no launcher, so the chart gives each server its command. */
export const DEFAULT_IMAGE = {
  repository: 'mozilla/fxa-mono',
  tag: FXA_RELEASE.tag,
} as const;

/** Where FxA sits inside mozilla/fxa-mono: the build stage copies the checkout to /fxa (_dev/docker/mono/Dockerfile). */
export const FXA_HOME = '/fxa';

/** The optional launcher image docker/ builds FROM the default image (`npm run docker:build`). */
export const LAUNCHER_IMAGE = {
  repository: 'fxa-helm/fxa',
  tag: FXA_RELEASE.tag,
} as const;
