/**
 * The route rule the library chart enforces in fxa-common.routes (it needs every server's public path, so
 * no schema holds it): Ingress with the paths layout can only reach servers that serve at their root when
 * the controller strips the prefix.
 */
import { getPath, isTable, type Values } from './merge.ts';
import type { Problem } from './messages.ts';

export interface DirectoryEntry {
  publicPath: string | null;
  routesUnderPublicPath: boolean;
  subdomain: string | null;
}

/** The path of a server's public URL, as fxa-common.urls.public computes it. */
function publicPath(global: Values, name: string, e: DirectoryEntry): string {
  const override = getPath(global, `publicUrls.${name}`);
  if (typeof override === 'string' && override) return new URL(override).pathname.replace(/\/$/, '');
  if (getPath(global, 'routes.layout') === 'subdomains' && e.subdomain) return e.routesUnderPublicPath ? e.publicPath ?? '' : '';
  return new URL(String(getPath(global, 'publicUrl'))).pathname.replace(/\/$/, '') + (e.publicPath ?? '');
}

export function checkRoutes(top: Values, enabled: string[], directory: Record<string, DirectoryEntry>): Problem[] {
  const global = isTable(top.global) ? top.global : {};
  if (getPath(global, 'routes.kind') !== 'ingress' || getPath(global, 'routes.ingress.stripPrefix') === 'nginx') return [];
  let stripped: string[];
  try {
    stripped = enabled.filter((n) => {
      const e = directory[n];
      return e && e.publicPath !== null && !e.routesUnderPublicPath && publicPath(global, n, e) !== '';
    });
  } catch {
    return []; // an unparsable URL is the schema's to report
  }
  if (!stripped.length) return [];
  const names = stripped.sort().join(', ');
  // under subdomains the path comes from a public URL given with one: name that value, not the layout it already has
  if (getPath(global, 'routes.layout') === 'subdomains') {
    return [{
      path: 'global.publicUrl',
      message: `has a path, under which ${names} would be served, yet they serve at their root and an Ingress strips no path: give global.publicUrl (and global.publicUrls) no path, or set global.routes.ingress.stripPrefix=nginx, or use global.routes.kind=httpRoute`,
    }];
  }
  return [{
    path: 'global.routes.ingress.stripPrefix',
    message: `${names} serve at their root, so the paths layout needs the router to strip their path: set nginx, or use global.routes.layout=subdomains or global.routes.kind=httpRoute`,
  }];
}
