/**
 * docs/calls.md: every URL a server is given of a server, with what it does with it (schema/calls.ts) and,
 * for its own requests, how the callee checks them. `npm run gen` stops on a URL wire nobody classified, a
 * classification with no wire, or a wire of the wrong kind for its use (a server-side request wired to a
 * public URL, a browser's URL wired in-cluster without a recorded gap): the table cannot drift from the wiring.
 */
import { CATALOG, type ServerName, type ServerSpec, type Wire } from '../../schema/index.ts';
import { URL_USES, type CalleeCheck, type UrlUse } from '../../schema/calls.ts';
import { describeWire, wiresIn } from '../../schema/wires.ts';
import type { OutputFile } from './output.ts';

const INTERNAL = new Set(['internalUrl', 'internalHost', 'loopbackUrl']);
const PUBLIC = new Set(['publicUrl', 'publicHost', 'publicUrlPattern', 'publicOrigin']);

/** Whether a wire points at a server's internal address, its public one, or neither. */
export function addressKinds(w: Wire): { internal: boolean; public: boolean } {
  const kinds = wiresIn(w).map((x) => x.from);
  return { internal: kinds.some((k) => INTERNAL.has(k)), public: kinds.some((k) => PUBLIC.has(k)) };
}

export interface CallRow {
  readonly server: ServerName;
  readonly variable: string;
  readonly wire: Wire;
  readonly use: UrlUse;
}

/** Every URL wire of the catalog with its classification; throws naming the first that is missing, stale or wired against its use. */
export function callRows(catalog: readonly ServerSpec[] = CATALOG, uses: typeof URL_USES = URL_USES): CallRow[] {
  const rows: CallRow[] = [];
  for (const s of catalog) {
    const mine = uses[s.name] ?? {};
    for (const [variable, wire] of Object.entries(s.wiring)) {
      const kinds = addressKinds(wire);
      if (!kinds.internal && !kinds.public) continue;
      const use = mine[variable];
      if (!use) throw new Error(`calls: ${s.name} ${variable} is a URL wire with no classification in schema/calls.ts`);
      if (use.use === 'call' && kinds.public) throw new Error(`calls: ${s.name} ${variable} is a server-side request whose callee checks nothing about the host, yet it is wired to a public URL: wire it in-cluster`);
      if ((use.use === 'browser' || use.use === 'identity' || use.use === 'fetch-public') && !kinds.public && !(use.use === 'browser' && use.gap)) {
        throw new Error(`calls: ${s.name} ${variable} is used as ${use.use}, which needs the public URL, yet it is wired in-cluster`);
      }
      if (use.use === 'browser' && use.gap && kinds.public) throw new Error(`calls: ${s.name} ${variable} records a gap but is wired to a public URL: drop the gap`);
      rows.push({ server: s.name, variable, wire, use });
    }
    for (const variable of Object.keys(mine)) {
      if (!rows.some((r) => r.server === s.name && r.variable === variable)) throw new Error(`calls: schema/calls.ts classifies ${s.name} ${variable}, which the catalog does not wire to a URL`);
    }
  }
  for (const server of Object.keys(uses)) {
    if (!catalog.some((s) => s.name === server)) throw new Error(`calls: schema/calls.ts names ${server}, which is not in the catalog`);
  }
  return rows;
}

const CHECK_WORDS: Record<CalleeCheck['kind'], string> = {
  none: 'none: the endpoint serves whoever reaches it',
  'bearer-secret': '`Authorization: Bearer` with a shared secret',
  'header-secret': 'the `Authorization` header equal to a shared secret',
  'oauth-token': "the user's OAuth access token (signature and issuer, or the token store)",
  'session-token-id': 'a Hawk-signed session token, of which only the id is read',
  'queue-header': "the queue-name header, and a Google-signed token only when one is sent (so no route may forward it)",
};

const checkWords = (c: CalleeCheck): string => `${CHECK_WORDS[c.kind]}${'secret' in c ? ` (\`${c.secret}\`)` : ''}`;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function useCells(u: UrlUse): [string, string] {
  switch (u.use) {
    case 'call':
      return ['server-side request', `${u.requests}. Callee checks: ${checkWords(u.check)}. Read: ${u.at}`];
    case 'fetch-public':
      return ['server-side request to public hosts', `${u.requests}. Read: ${u.at}`];
    case 'browser':
      return ['handed to browsers', u.gap ? `${u.why}. **Gap:** ${u.gap}` : u.why];
    case 'identity':
      return ['compared or signed as a string', u.why];
    case 'self':
      return ['compared only by the server itself', u.why];
    case 'unread':
      return ['no reader found', u.why];
  }
}

export function callsDoc(rows: readonly CallRow[] = callRows()): string {
  const lines = [
    '<!-- Generated from schema/calls.ts by `npm run gen`. Do not edit. -->',
    '# Server-to-server URLs',
    '',
    'Every URL one server is given of another (or of itself), by what the server does with it. A request the',
    'server makes itself goes to the in-cluster address when its callee checks nothing about the host the request',
    'was sent to; a URL handed to browsers, Firefox or e-mails, or compared and signed as a string, is the public one.',
    '',
    'Hawk: the auth server has not verified Hawk signatures since mozilla/fxa PR #16643 (2024-04); its token schemes',
    'read the token id from the header and nothing else, so session-token calls keep the in-cluster address.',
    '',
  ];
  const fetchers = [...new Set(rows.filter((r) => r.use.use === 'fetch-public').map((r) => r.server))];
  lines.push(
    '## Public hosts from inside the cluster',
    '',
    fetchers.length
      ? `${fetchers.join(', ')} request public URLs themselves. Where they run, the cluster must resolve the public hosts to the router and let these pods reach it: their NetworkPolicy allows egress on the public URLs' ports to \`global.networkPolicy.ingressFrom\` (any address when it is empty). A public host that resolves only outside the cluster (split-horizon DNS, a load balancer without hairpin) breaks them.`
      : 'No server requests public URLs itself.',
    '',
  );
  const gaps = rows.filter((r) => r.use.use === 'browser' && r.use.gap);
  if (gaps.length) {
    lines.push('## Gaps', '', ...gaps.map((r) => `- ${r.server} \`${r.variable}\`: ${(r.use as { gap: string }).gap}.`), '');
  }
  for (const server of [...new Set(rows.map((r) => r.server))]) {
    lines.push(`## ${server}`, '', '| variable | the chart sets | use | what for, and how it is checked |', '|---|---|---|---|');
    for (const r of rows.filter((x) => x.server === server)) {
      const [use, detail] = useCells(r.use);
      lines.push(`| \`${r.variable}\` | ${cell(describeWire(r.wire))} | ${use} | ${cell(detail)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export function emitCalls(): OutputFile[] {
  return [{ path: 'docs/calls.md', content: callsDoc() }];
}
