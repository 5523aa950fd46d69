/**
 * spec.json: what the library chart needs at render time about one server (how it runs, which variables
 * are secret, how each wired variable is computed) plus the address book of every server for URLs.
 */
import type { ServerSpec, Wire } from '../../schema/types.ts';
import { CATALOG } from '../../schema/index.ts';
import { FIREFOX_CLIENTS } from '../../schema/servers/oauth-clients.ts';
import { isOptional } from './optional.ts';
import { probeTimings } from '../../schema/probes.ts';

/** Every wire inside a wire: a switch's both sides, a composition's and an embedded secret's parts. */
function wiresIn(w: Wire): Wire[] {
  if (w.from === 'switch') return [w, ...wiresIn(w.on ?? w.off), ...wiresIn(w.off)];
  if (w.from === 'compose') return [w, ...w.parts.flatMap((p) => (typeof p === 'string' ? [] : wiresIn(p)))];
  if (w.from === 'sharedSecret' && w.embed) return [w, ...[...w.embed.before, ...w.embed.after].flatMap((p) => (typeof p === 'string' ? [] : wiresIn(p)))];
  return [w];
}

/**
 * Whom a server talks to: the calls the catalog declares plus every server its wiring points at (in-cluster
 * URLs and hosts, the MySQL, Redis and StatsD it is configured for) and "smtp" when it sends mail.
 * NetworkPolicies are built from this, so a new wire is a new allowed connection without a hand-kept list.
 */
export function callsOf(s: ServerSpec): string[] {
  const out = new Set<string>(s.calls);
  for (const w of Object.values(s.wiring).flatMap(wiresIn)) {
    if (w.from === 'internalUrl' || w.from === 'internalHost') out.add(w.server);
    if (w.from === 'global') {
      const [store, field] = w.key.split('.');
      if (field === 'host' && store && ['mysql', 'redis', 'statsd', 'smtp'].includes(store)) out.add(store);
    }
  }
  out.delete(s.name);
  return [...out].sort();
}

/** What every chart needs to know about one server to reach it and to guard it. */
function entry(s: ServerSpec): Record<string, unknown> {
  return {
    port: s.ports[0]?.port ?? 0,
    publicPath: s.publicPath ?? null,
    routesUnderPublicPath: Boolean(s.routesUnderPublicPath),
    subdomain: s.subdomain ?? null,
    // the values key that turns it on (null: always deployed), and whom it calls: for routes and NetworkPolicies
    enabledBy: isOptional(s) ? `${s.name}.enabled` : null,
    calls: callsOf(s),
    ports: s.ports.map((p) => ({ name: p.name, port: p.port })),
    origin: s.origin,
  };
}

export function directory(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  return Object.fromEntries([
    ...catalog.map((s) => [s.name, entry(s)]),
    // a server's periodic jobs are pods of their own: they call what the server calls and listen to nothing
    ...catalog.flatMap((s) => (s.cronJobs ?? []).map((j) => [`${s.name}-${j.name}`, { ...entry(s), port: 0, publicPath: null, subdomain: null, ports: [] }])),
  ]);
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
    sharedVolume: s.sharedVolume ?? null,
    cronJobs: s.cronJobs ?? [],
    // the Firefox clients the OAuth clients file registers (read by fxa-common.oauth.clientsFile)
    ...(s.configFiles?.some((f) => f.template === 'fxa-common.oauth.clientsFile') ? { firefoxClients: FIREFOX_CLIENTS } : {}),
    directory: dir,
  };
}
