/**
 * spec.json: what the library chart needs at render time about one server (how it runs, which variables
 * are secret, how each wired variable is computed) plus the address book of every server for URLs.
 */
import type { ServerSpec } from '../../schema/types.ts';
import { CATALOG } from '../../schema/index.ts';
import { FIREFOX_CLIENTS } from '../../schema/servers/oauth-clients.ts';
import { CLIENT_ENDPOINTS, SERVICES, serviceOfHost } from '../../schema/services.ts';
import { wiresIn } from '../../schema/wires.ts';
import { isOptional } from './optional.ts';
import { probeTimings } from '../../schema/probes.ts';
import { RELEASE_TAGS, releasesWith, type ReleaseTag } from '../../schema/releases.ts';
import { fixesOf } from '../../schema/fixes.ts';
import { URL_USES } from '../../schema/calls.ts';
import type { Wire } from '../../schema/types.ts';

/**
 * Whom a server talks to: the calls the catalog declares plus every server its wiring points at (in-cluster
 * URLs and hosts) and every service (schema/services.ts) whose host it is configured with.
 * NetworkPolicies are built from this, so a new wire is a new allowed connection without a hand-kept list.
 */
export function callsOf(s: ServerSpec): string[] {
  const out = new Set<string>(s.calls);
  for (const w of Object.values(s.wiring).flatMap(wiresIn)) {
    if (w.from === 'internalUrl' || w.from === 'internalHost') out.add(w.server);
    if (w.from === 'global') {
      const service = serviceOfHost(w.key);
      if (service) out.add(service);
    }
  }
  out.delete(s.name);
  return [...out].sort();
}

/** The values keys that turn a server on: its own switch where it has one. */
const switchesOf = (s: ServerSpec): string[] => (isOptional(s) ? [`${s.name}.enabled`] : []);

/** What every chart needs to know about one server to reach it and to guard it. */
function entry(s: ServerSpec): Record<string, unknown> {
  return {
    port: s.ports[0]?.port ?? 0,
    publicPath: s.publicPath ?? null,
    routesUnderPublicPath: Boolean(s.routesUnderPublicPath),
    subdomain: s.subdomain ?? null,
    // the values keys that must all be true for it to run (none: always deployed), and whom it calls: for routes and NetworkPolicies
    enabledBy: switchesOf(s),
    calls: callsOf(s),
    // it requests public URLs itself (schema/calls.ts): its NetworkPolicy lets it out to the router
    fetchesPublic: Object.values(URL_USES[s.name] ?? {}).some((u) => u.use === 'fetch-public'),
    // paths under its public URL every route refuses (fxa-common.routes)
    privatePaths: s.privatePaths ?? [],
    // the releases (global.fxaRelease) that have it: under any other it is not rendered, and nothing points at it
    releases: releasesWith(s.name),
    // udp: callers send over UDP; scrape: open to any source, for Prometheus
    ports: s.ports.map((p) => ({ name: p.name, port: p.port, ...(p.udp ? { udp: true } : {}), ...(p.scrape ? { scrape: true } : {}) })),
    origin: s.origin,
  };
}

export function directory(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  return Object.fromEntries([
    ...catalog.map((s) => [s.name, entry(s)]),
    // a server's periodic jobs are pods of their own: they call what the server calls and listen to nothing; each
    // runs while its server does, its own switch is on and, for an integration's job, that integration is
    ...catalog.flatMap((s) => (s.cronJobs ?? []).map((j) => [`${s.name}-${j.name}`, {
      ...entry(s),
      enabledBy: [...switchesOf(s), `${s.name}.cronJobs.${j.name}.enabled`, ...(j.when ? [`global.${j.when}`] : [])],
      port: 0, publicPath: null, subdomain: null, ports: [],
    }])),
  ]);
}

/**
 * services.json: the services servers reach through global values (schema/services.ts), and the
 * endpoints NOTES hands to Firefox clients; templates read them instead of naming a service or port.
 */
export function servicesData(): Record<string, unknown> {
  return { services: SERVICES, endpoints: CLIENT_ENDPOINTS };
}

/** The one server a wire points at by URL or host (multi-server wires drop absent servers at render time). */
const targetsOf = (w: Wire): string[] =>
  wiresIn(w).flatMap((x) => ('server' in x ? [x.server] : []));

/**
 * What differs per release for one server: the variables it must not set (read only by other releases, or
 * pointing at a server the release does not have) and the compatibility fixes its pod applies.
 */
export function releaseView(s: ServerSpec): Record<ReleaseTag, { unset: string[]; fixes: unknown[] }> {
  const fixes = fixesOf(s.name);
  return Object.fromEntries(
    RELEASE_TAGS.map((tag) => {
      const unset = Object.entries(s.wiring)
        .filter(([name, w]) => {
          const only = s.env.find((v) => v.name === name)?.releases;
          return (only && !only.includes(tag)) || targetsOf(w).some((t) => !releasesWith(t as ServerSpec['name']).includes(tag));
        })
        .map(([name]) => name)
        .sort();
      return [tag, { unset, fixes: (fixes[tag] ?? []).map(({ id, target, kind, edits, env }) => ({ id, target, kind, edits, env: env ?? [] })) }];
    }),
  ) as Record<ReleaseTag, { unset: string[]; fixes: unknown[] }>;
}

export function runtimeSpec(s: ServerSpec, dir: Record<string, unknown> = directory()): Record<string, unknown> {
  return {
    name: s.name,
    component: s.origin === 'infra' ? 'infra' : s.workload.kind === 'Job' ? 'job' : 'server',
    workload: s.workload,
    scaling: s.scaling,
    image: s.image ?? null,
    workingDir: s.workingDir ?? null,
    command: s.command,
    ports: s.ports,
    // the checks with their timings resolved (fxa-common.pod.probes; values.probes overrides them)
    probe: s.probe ? { ...s.probe, timings: probeTimings(s.probe) } : null,
    resourcesPreset: s.resourcesPreset ?? 'small',
    writablePaths: s.writablePaths ?? ['/tmp'],
    nodeEnv: s.nodeEnv ?? null,
    runAsUser: s.runAsUser,
    envNames: s.env.map((v) => v.name).sort(),
    secretNames: s.env.filter((v) => v.secret).map((v) => v.name).sort(),
    wiring: Object.fromEntries(Object.entries(s.wiring).sort(([a], [b]) => a.localeCompare(b))),
    configFiles: s.configFiles ?? [],
    keyFiles: s.keyFiles ?? [],
    // with the servers that mount the same claim: pods sharing a ReadWriteOnce volume are scheduled together
    sharedVolume: s.sharedVolume ? { ...s.sharedVolume, servers: CATALOG.filter((x) => x.sharedVolume?.claim === s.sharedVolume!.claim).map((x) => x.name) } : null,
    cronJobs: s.cronJobs ?? [],
    sidecars: s.sidecars ?? [],
    releases: releaseView(s),
    // the Firefox clients the OAuth clients file registers (read by fxa-common.oauth.clientsFile)
    ...(s.configFiles?.some((f) => f.template === 'fxa-common.oauth.clientsFile') ? { firefoxClients: FIREFOX_CLIENTS } : {}),
    directory: dir,
    services: SERVICES,
  };
}
