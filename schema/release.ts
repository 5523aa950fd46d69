/**
 * The FxA release the chart runs by default, and how it relates to the sources the catalog was read from.
 *
 * Why this tag: v1.330.6 is the newest release with evidence of a working install (schema/releases.ts:
 * jackyzy823/fxa-selfhosting's develop branch, c89be0f, runs mozilla/fxa-mono:v1.330.6). Mozilla publishes
 * one image per release tag, `mozilla/fxa-mono:vX.Y.Z`, built from `_dev/docker/mono/Dockerfile` by
 * `.github/workflows/docker.yml` and pushed to Docker Hub; that install pulls it, which is the evidence it
 * is published (nothing here can reach Docker Hub to check). A guessed newer tag would leave every pod in
 * ImagePullBackOff.
 *
 * How it relates to the catalog: the variables in schema/env were read at newer commits (primary: auth's
 * config at 0034dde, committed between 2026-09-17 and 2026-11-25, about trains v1.345 to v1.350; no tool
 * here resolves tags to commits). They are not the same: settings a release reads that those sources
 * dropped, servers a release lacks, and defaults that moved are each release's profile in
 * schema/releases.ts, and what a release's files need changed is schema/fixes.ts. docs/conformance.md
 * compares both profiles with the working install, name by name.
 */
import { PINNED_RELEASE, RELEASES } from './releases.ts';

export const FXA_RELEASE = {
  repository: 'mozilla/fxa',
  /** The release tag the default image is (and the chart's appVersion). */
  tag: PINNED_RELEASE,
  /** The commit the primary catalog source was read at (see schema/env/*.ts `sources` for the rest). */
  commit: '0034dde8473772dd94be617e98fc3e5915a31752',
  matchedBy: `newest release with a working install (${RELEASES[PINNED_RELEASE].evidence.repository}@${RELEASES[PINNED_RELEASE].evidence.commit.slice(0, 7)}) that pulls Mozilla's published image; the catalog's sources are newer, and what differs is the release profile (schema/releases.ts)`,
} as const;

/** Mozilla's published image for every FxA server; it has no launcher, so the chart gives each server its command. */
export const DEFAULT_IMAGE = RELEASES[PINNED_RELEASE].image;

/** Where FxA sits inside mozilla/fxa-mono: the build stage copies the checkout to /fxa (_dev/docker/mono/Dockerfile). */
export const FXA_HOME = '/fxa';

/** The optional launcher image docker/ builds FROM the default image (`npm run docker:build`). */
export const LAUNCHER_IMAGE = {
  repository: 'fxa-helm/fxa',
  tag: FXA_RELEASE.tag,
} as const;
