/** The catalog: every server the chart deploys, in the order they appear in charts and docs. */
import type { ServerName, ServerSpec } from './types.ts';
import { authServer } from './servers/fxa-auth-server.ts';
import { contentServer } from './servers/fxa-content-server.ts';
import { profileServer, profileStatic, profileWorker } from './servers/fxa-profile-server.ts';
import { graphqlApi } from './servers/fxa-graphql-api.ts';
import { eventBroker } from './servers/fxa-event-broker.ts';
import { adminServer } from './servers/fxa-admin-server.ts';
import { adminPanel } from './servers/fxa-admin-panel.ts';
import { paymentsServer } from './servers/fxa-payments-server.ts';
import { dbMigrations } from './servers/db-migrations.ts';
import { rp123done, rp321done } from './servers/example-rps.ts';
import { redis } from './infra/redis.ts';
import { mysql } from './infra/mysql.ts';
import { syncstorage } from './infra/syncstorage.ts';
import { statsd } from './infra/statsd.ts';
import { mailpit } from './infra/mailpit.ts';

import { integrationWiring } from './integrations.ts';
import { RELEASE_SETTINGS } from './releases.ts';

export * from './types.ts';
export { INTEGRATIONS, INTEGRATION_VARS, type IntegrationName } from './integrations.ts';
export { FXA_RELEASE, DEFAULT_IMAGE, LAUNCHER_IMAGE, FXA_HOME } from './release.ts';
export { RELEASES, RELEASE_TAGS, PINNED_RELEASE, RELEASE_SETTINGS, CHANGED_DEFAULTS, releasesWith, inRelease, type ReleaseTag, type ReleaseProfile } from './releases.ts';
export { FIXES, fixesOf, fixApplies, type Fix } from './fixes.ts';
export { CHANGELOG, CHART_VERSION, type ChartRelease, type Change, type ChangeKind } from './changelog.ts';

/** A server with its integration switches wired in (schema/integrations.ts); a variable wired twice is a catalog error. */
function withIntegrations(spec: ServerSpec): ServerSpec {
  const switched = integrationWiring(spec.name);
  const twice = Object.keys(switched).filter((v) => v in spec.wiring);
  if (twice.length) throw new Error(`${spec.name}: ${twice.join(', ')} wired by the server and by an integration`);
  return { ...spec, wiring: { ...spec.wiring, ...switched } };
}

/** A server with the settings its releases read beyond the catalog's sources (schema/releases.ts), each marked with its releases. */
function withReleaseSettings(spec: ServerSpec): ServerSpec {
  const extra = RELEASE_SETTINGS.filter((r) => r.server === spec.name);
  const twice = extra.filter((r) => spec.env.some((v) => v.name === r.env.name));
  if (twice.length) throw new Error(`${spec.name}: ${twice.map((r) => r.env.name).join(', ')} in the catalog and in a release profile`);
  return {
    ...spec,
    env: [...spec.env, ...extra.map((r) => ({ ...r.env, releases: r.releases }))],
    wiring: { ...spec.wiring, ...Object.fromEntries(extra.map((r) => [r.env.name, r.wire])) },
  };
}


export const CATALOG: readonly ServerSpec[] = [
  authServer,
  contentServer,
  profileServer,
  profileStatic,
  profileWorker,
  graphqlApi,
  eventBroker,
  adminServer,
  adminPanel,
  paymentsServer,
  dbMigrations,
  rp123done,
  rp321done,
  redis,
  mysql,
  syncstorage,
  statsd,
  mailpit,
].map(withIntegrations).map(withReleaseSettings);

export function server(name: ServerName): ServerSpec {
  const found = CATALOG.find((s) => s.name === name);
  if (!found) throw new Error(`no server ${name} in the catalog`);
  return found;
}
