/** `npm run catalog`: the catalog as JSON (machine-readable) or as a short table. */
import { catalogJson } from './gen/emit-catalog.ts';
import { UserError } from './lib/errors.ts';

interface Entry { name: string; workload: string; scaling: string; env: { secret: boolean; url: string | null }[] }

export function printCatalog(opts: { json?: boolean; server?: string }): void {
  const all = catalogJson() as { servers: Entry[] };
  const servers = opts.server ? all.servers.filter((s) => s.name === opts.server) : all.servers;
  if (opts.server && !servers.length) throw new UserError(`no server "${opts.server}"; known: ${all.servers.map((s) => s.name).join(', ')}`);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ...all, servers }, null, 2)}\n`);
    return;
  }
  for (const s of servers) {
    const secret = s.env.filter((v) => v.secret).length;
    process.stdout.write(`${s.name.padEnd(22)} ${s.workload.padEnd(10)} ${s.scaling.padEnd(9)} ${String(s.env.length).padStart(4)} env (${secret} secret)\n`);
  }
}
