/**
 * Where a service (schema/services.ts) is for the values the generator writes: its default port, and the
 * in-cluster server's name and port for a given release. Example environments and docs take them from here
 * instead of naming a server or a port.
 */
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { SERVICES, type ServiceName } from '../../schema/services.ts';
import { fullname } from '../lib/k8s-names.ts';

/** The port the release's own server provides the service on. */
export function inClusterPort(name: ServiceName, catalog: readonly ServerSpec[] = CATALOG): number {
  const service = SERVICES[name];
  const port = catalog.find((s) => s.name === service.server)?.ports.find((p) => p.name === service.serverPort);
  if (!port) throw new Error(`services.${name}: ${service.server} has no port named ${service.serverPort}`);
  return port.port;
}

/** The in-cluster server's Service name and port, as a release of that name renders them. */
export function inClusterAddress(name: ServiceName, release: string, catalog: readonly ServerSpec[] = CATALOG): { host: string; port: number } {
  return { host: fullname(release, SERVICES[name].server), port: inClusterPort(name, catalog) };
}

export const defaultPort = (name: ServiceName): number => SERVICES[name].defaultPort;

/** How to open the in-cluster mail catcher's web UI (its first port, under its public path) for a release. */
export function mailCatcherUi(release: string, catalog: readonly ServerSpec[] = CATALOG): { command: string; url: string } {
  const server = catalog.find((s) => s.name === SERVICES.smtp.server);
  const port = server?.ports[0]?.port;
  if (!server || !port) throw new Error(`services.smtp: ${SERVICES.smtp.server} has no web port`);
  return { command: `kubectl port-forward svc/${fullname(release, server.name)} ${port}`, url: `http://localhost:${port}${server.publicPath ?? ''}/` };
}
