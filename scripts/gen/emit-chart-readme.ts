/**
 * charts/fxa/README.md: what `helm show readme` prints and Artifact Hub shows. What the chart is, how to
 * install it, the topology, the servers, and every value of the umbrella chart in the helm-docs table
 * style, all from the catalog and the same documented values that write values.yaml.
 */
import { CATALOG, CHART_VERSION, FXA_RELEASE, type ServerSpec } from '../../schema/index.ts';
import { topologyMermaid } from './emit-topology.ts';
import { umbrellaValues } from './emit-umbrella.ts';
import type { OutputFile } from './output.ts';
import { subchartValues } from './server-values.ts';
import { isDocumented, plain } from './yaml.ts';

interface Row { key: string; type: string; default: string; description: string }

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v);
/** A table cell: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (v: unknown): string => `\`${cell(JSON.stringify(v) ?? 'null')}\``;

/**
 * One row per documented value: a documented map whose children are documented too is a heading of its
 * children, not a row of its own (its description then heads their rows).
 */
function rows(value: unknown, prefix: string, inherited = ''): Row[] {
  if (!isDocumented(value)) return [];
  const inner = value.$value;
  const children = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.entries(inner as Record<string, unknown>) : [];
  if (children.some(([, v]) => isDocumented(v))) {
    return children.flatMap(([k, v]) => (isDocumented(v) ? rows(v, `${prefix}.${k}`, value.$doc) : [{ key: `${prefix}.${k}`, type: typeOf(plain(v)), default: code(plain(v)), description: cell(value.$doc) }]));
  }
  const description = value.$doc || inherited;
  return [{ key: prefix, type: typeOf(plain(inner)), default: value.$default !== undefined ? cell(value.$default) : code(plain(inner)), description: cell(description) }];
}

const table = (rs: Row[]): string => ['| Key | Type | Default | Description |', '|-----|------|---------|-------------|', ...rs.map((r) => `| ${r.key} | ${r.type} | ${r.default} | ${r.description} |`)].join('\n');

function serverTable(catalog: readonly ServerSpec[]): string {
  return [
    '| Server | What | Deployed | Scaling |',
    '|--------|------|----------|---------|',
    ...catalog.map((s) => `| ${s.name} | ${cell(s.description)} | ${s.enabledByDefault ? 'by default' : 'optional'}${s.production ? '' : ' (development)'} | ${s.workload.kind === 'Job' ? 'a hook Job' : s.scaling} |`),
  ].join('\n');
}

/** The keys every server section takes, documented once (from the auth server's, the fullest). */
function sectionRows(catalog: readonly ServerSpec[]): Row[] {
  const auth = catalog.find((s) => s.name === 'fxa-auth-server') ?? catalog[0]!;
  return Object.entries(subchartValues(auth))
    .filter(([k]) => !['cronJobs', 'activeDeadlineSeconds'].includes(k))
    .flatMap(([k, v]): Row[] => {
      // one row each: their keys are the server's variables, listed per server in docs/servers.md
      if ((k === 'env' || k === 'secretEnv') && isDocumented(v)) return [{ key: `SERVER.${k}`, type: 'object', default: '`{}`', description: cell(v.$doc) }];
      if (k === 'resourcesPreset' && isDocumented(v)) return [{ key: `SERVER.${k}`, type: 'string', default: 'per server (`small` mostly)', description: cell(v.$doc) }];
      return rows(v, `SERVER.${k}`);
    });
}

export function chartReadme(catalog: readonly ServerSpec[] = CATALOG): string {
  const values = umbrellaValues(catalog);
  const globals = rows(values.global, 'global');
  const others = Object.entries(values).filter(([k]) => k !== 'global').flatMap(([k, v]) => rows(v, k));
  return `<!-- Generated from schema/ by \`npm run gen\`. Do not edit. -->
# fxa

Mozilla Accounts (FxA, formerly Firefox Accounts) on Kubernetes: accounts, OAuth and OpenID Connect, profiles, the
settings UI and Firefox Sync, as one chart. Version ${CHART_VERSION} runs FxA ${FXA_RELEASE.tag} from Mozilla's \`mozilla/fxa-mono\`
image. Every server's variables come from a typed catalog read off FxA's own config sources: public URLs derive from
\`global.publicUrl\`, internal ones from the Services, secrets come only from Secrets, and a production install that
cannot work is refused by the schema, naming the value to set.

## Install

Requirements: Kubernetes 1.27 or newer, Helm 3.18 or newer (or Helm 4), a MySQL 8.0 or 8.4 server whose FxA user
authenticates with \`mysql_native_password\`, and an SMTP relay.

\`\`\`sh
# the passwords only you know; the install makes FxA's keys and every other secret itself (global.secrets.generate)
kubectl -n fxa create secret generic fxa-shared-secrets --from-literal=mysqlPassword=... --from-literal=smtpPassword=...
helm install fxa fxa/fxa -n fxa -f my-values.yaml
\`\`\`

Start \`my-values.yaml\` from the project's \`values/prod.yaml\`. After the install, NOTES lists every public URL and the
Firefox settings; the project's guides cover Firefox, email, MySQL, TLS, Sync, upgrades and troubleshooting.

## Topology

\`\`\`mermaid
${topologyMermaid(catalog)}
\`\`\`

## Servers

${serverTable(catalog)}

## Values

### Global and release-wide

${table([...globals, ...others])}

### Every server section

Each server's section (\`SERVER\` below: \`fxa-auth-server\`, \`fxa-content-server\`, ...) takes these keys; \`env\` and \`secretEnv\` take
one key per variable the server reads (listed with types and defaults in the project's \`docs/servers.md\`).

${table(sectionRows(catalog))}
`;
}

export function emitChartReadme(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  return [{ path: 'charts/fxa/README.md', content: chartReadme(catalog) }];
}
