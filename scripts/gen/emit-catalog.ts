/** The machine-readable catalog (`npm run catalog -- --json`) and its reference page, from the same data. */
import { CATALOG, DEFAULT_IMAGE, FXA_RELEASE, RELEASE_TAGS, RELEASES, releasesWith, type EnvVar, type ServerSpec } from '../../schema/index.ts';
import { prodServers } from './emit-environments.ts';
import { json, type OutputFile } from './output.ts';

export function catalogJson(catalog: readonly ServerSpec[] = CATALOG): Record<string, unknown> {
  return {
    fxaRelease: FXA_RELEASE,
    servers: catalog.map((s) => ({
      name: s.name,
      description: s.description,
      origin: s.origin,
      workload: s.workload.kind,
      scaling: s.scaling,
      ports: s.ports,
      image: s.image ?? null,
      workingDir: s.workingDir ?? null,
      command: s.command,
      commandSource: s.commandSource ?? null,
      calls: s.calls,
      sources: s.sources,
      env: s.env.map((v) => ({
        name: v.name,
        type: v.type,
        default: v.secret ? null : v.default,
        secret: Boolean(v.secret),
        url: v.url ?? null,
        required: Boolean(v.required),
        wired: s.wiring[v.name]?.from ?? null,
      })),
    })),
  };
}

/** How the server starts, and for FxA servers the file that says so. */
function runs(s: ServerSpec): string {
  const where = `\`${s.command.join(' ')}\`${s.workingDir ? ` in \`${s.workingDir}\`` : ''}`;
  const image = s.image ? ` from \`${s.image.repository}:${s.image.tag}\`` : '';
  const cited = s.commandSource ? ` (\`${s.commandSource.file}\`@${s.commandSource.commit.slice(0, 12)}: ${s.commandSource.why})` : '';
  return `${where}${image}${cited}`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The default convict falls back to: a literal, what upstream computes, or nothing; never a secret's. */
function defaultCell(v: EnvVar): string {
  if (v.secret) return '';
  if (v.upstreamDefault !== undefined) return `computed: ${cell(v.upstreamDefault)}`;
  return v.default === null ? '' : `\`${cell(JSON.stringify(v.default))}\``;
}

/** Every default image with why its tag is known to exist: FxA's per release, then each infrastructure server's. */
function imagesSection(catalog: readonly ServerSpec[]): string[] {
  const rows = [
    ...RELEASE_TAGS.map((tag) => {
      const { image, evidence: e } = RELEASES[tag];
      return `| FxA servers (global.fxaRelease ${tag}) | \`${image.repository}:${image.tag}\` | working install: \`${e.repository}\` ${e.branch} \`${e.file}\`@${e.commit.slice(0, 12)}: ${cell(e.note)} |`;
    }),
    ...catalog.flatMap((s) =>
      s.image ? [`| ${s.name} | \`${s.image.repository}:${s.image.tag}\` | ${s.image.published.map((p) => `${p.kind}: \`${p.repository}\` \`${p.path}\`@${p.commit.slice(0, 12)}: ${cell(p.note)}`).join('<br>')} |`] : [],
    ),
  ];
  return ['## Default images', '', 'Why each tag is known to be published (no registry is read here).', '', '| for | image | evidence |', '|---|---|---|', ...rows, ''];
}

function markdown(catalog: readonly ServerSpec[]): string {
  const inProd = new Set(prodServers(catalog));
  const lines = [
    '<!-- Generated from schema/ by `npm run gen`. Do not edit. -->',
    '# Server reference',
    '',
    `Default image \`${DEFAULT_IMAGE.repository}:${DEFAULT_IMAGE.tag}\` (FxA release ${FXA_RELEASE.tag}: ${FXA_RELEASE.matchedBy}).`,
    `Variables read from ${FXA_RELEASE.repository} at the commits each server lists (primary: ${FXA_RELEASE.commit}).`,
    '',
    ...imagesSection(catalog),
    '| server | workload | scaling | port | env vars | secret | public URLs | internal URLs |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of catalog) {
    const count = (f: (v: (typeof s.env)[number]) => boolean): number => s.env.filter(f).length;
    lines.push(
      `| ${s.name} | ${s.workload.kind} | ${s.scaling} | ${s.ports.map((p) => p.port).join(', ') || '-'} | ${s.env.length} | ${count((v) => Boolean(v.secret))} | ${count((v) => v.url === 'public')} | ${count((v) => v.url === 'internal')} |`,
    );
  }
  for (const s of catalog) {
    const releases = releasesWith(s.name);
    lines.push('', `## ${s.name}`, '', s.description, '', `Runs: ${runs(s)}`, '', ...(releases.length < RELEASE_TAGS.length ? [`FxA releases that have it (global.fxaRelease): ${releases.join(', ')}.`, ''] : []), `Sources: ${s.sources.map((r) => `\`${r.file}\`@${r.commit.slice(0, 12)}`).join(', ') || '-'}`, '');
    if (inProd.has(s.name)) lines.push(`What each variable is under \`values/prod.yaml\`: [effective configuration](effective-config-prod.md#${s.name}).`, '');
    if (!s.env.length) continue;
    lines.push('| variable | type | upstream default | secret | url | wired | doc |', '|---|---|---|---|---|---|---|');
    for (const v of s.env) {
      lines.push(`| \`${v.name}\` | ${v.type} | ${defaultCell(v)} | ${v.secret ? 'yes' : ''} | ${v.url ?? ''} | ${s.wiring[v.name]?.from ?? ''} | ${cell(v.doc)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function emitCatalog(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  return [
    { path: 'docs/catalog.json', content: json(catalogJson(catalog)) },
    { path: 'docs/servers.md', content: markdown(catalog) },
  ];
}
