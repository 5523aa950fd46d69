/**
 * spec.json: what the library chart needs at render time about one server (how it runs, which variables
 * are secret, how each wired variable is computed) plus the address book of every server for URLs.
 */
import type { ServerSpec } from '../../schema/types.ts';
import { CATALOG } from '../../schema/index.ts';
import { FIREFOX_CLIENTS } from '../../schema/servers/oauth-clients.ts';
import { isOptional } from './optional.ts';

export function directory(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  return Object.fromEntries(
    catalog.map((s) => [
      s.name,
      {
        port: s.ports[0]?.port ?? 0,
        publicPath: s.publicPath ?? null,
        routesUnderPublicPath: Boolean(s.routesUnderPublicPath),
        subdomain: s.subdomain ?? null,
        // the values key that turns it on (null: always deployed), and whom it calls: for routes and NetworkPolicies
        enabledBy: isOptional(s) ? `${s.name}.enabled` : null,
        calls: s.calls,
        ports: s.ports.map((p) => p.port),
      },
    ]),
  );
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
    probe: s.probe ?? null,
    nodeEnv: s.nodeEnv ?? null,
    runAsUser: s.runAsUser,
    envNames: s.env.map((v) => v.name).sort(),
    secretNames: s.env.filter((v) => v.secret).map((v) => v.name).sort(),
    wiring: Object.fromEntries(Object.entries(s.wiring).sort(([a], [b]) => a.localeCompare(b))),
    configFiles: s.configFiles ?? [],
    keyFiles: s.keyFiles ?? [],
    sharedVolume: s.sharedVolume ?? null,
    // the Firefox clients the OAuth clients file registers (read by fxa-common.oauth.clientsFile)
    ...(s.configFiles?.some((f) => f.template === 'fxa-common.oauth.clientsFile') ? { firefoxClients: FIREFOX_CLIENTS } : {}),
    directory: dir,
  };
}
