/**
 * The effective configuration of an install: for every variable of every enabled server, the value the
 * container would start with. It renders the chart with the real Helm (so it reports what the templates
 * do, not what we think they do) and fills what the chart leaves unset with the catalog's upstream
 * default, which is what convict falls back to.
 */
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { CATALOG, PINNED_RELEASE, type EnvVar, type ReleaseTag, type ServerSpec } from '../../schema/index.ts';
import { releaseView } from '../gen/runtime-spec.ts';
import { toolCommand, UMBRELLA_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/errors.ts';
import { isTable, type Values } from '../validate/merge.ts';
import { userValues } from '../validate/index.ts';
import { marksOf, type Mark } from './marks.ts';
import { wiresIn } from '../../schema/wires.ts';

/** Where an effective value comes from. */
export type Origin = 'values' | 'chart' | 'upstream';

export interface EffectiveVar {
  readonly name: string;
  readonly origin: Origin;
  /** The value as the process sees it; secrets are shown as their Secret reference, never their value. */
  readonly value: string;
  readonly secret: boolean;
  readonly marks: readonly Mark[];
}

export interface EffectiveServer {
  readonly name: string;
  readonly vars: readonly EffectiveVar[];
}

interface Container {
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
}
interface RenderedObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: { template?: { spec?: { containers?: Container[] } } };
}

export function renderChart(files: string[], sets: string[]): RenderedObject[] {
  const args = ['template', 'fxa', UMBRELLA_DIR, '--namespace', 'fxa', ...files.flatMap((f) => ['-f', f]), ...sets.flatMap((s) => ['--set', s])];
  let out: string;
  try {
    out = execFileSync(toolCommand('helm'), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? '').trim();
    throw new UserError(`helm template refused the values: ${stderr.split('\n').pop() ?? stderr}`);
  }
  return parseAllDocuments(out).map((d) => d.toJS() as RenderedObject | null).filter((o): o is RenderedObject => o !== null);
}

/** How the server would read an unset variable: convict's default as the environment string. */
function upstreamValue(v: EnvVar): string {
  if (v.upstreamDefault !== undefined) return `(computed: ${v.upstreamDefault})`;
  if (v.default === null) return '';
  if (Array.isArray(v.default)) return v.default.join(',');
  return typeof v.default === 'object' ? JSON.stringify(v.default) : String(v.default);
}

/** The environment of one rendered workload: name -> value ("secret:<name>/<key>" for secret refs). */
function containerEnv(workload: RenderedObject, objects: readonly RenderedObject[]): Map<string, string> {
  const env = new Map<string, string>();
  const container = workload.spec?.template?.spec?.containers?.[0];
  for (const from of container?.envFrom ?? []) {
    const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name);
    for (const [k, v] of Object.entries(cm?.data ?? {})) env.set(k, v);
  }
  for (const e of container?.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    env.set(e.name, ref ? `secret:${ref.name}/${ref.key}` : (e.value ?? ''));
  }
  return env;
}

function givenByValues(section: unknown, name: string): boolean {
  if (!isTable(section)) return false;
  const env = isTable(section.env) ? section.env : {};
  const secretEnv = isTable(section.secretEnv) ? section.secretEnv : {};
  return (env[name] !== undefined && env[name] !== null) || isTable(secretEnv[name]);
}

export function effectiveConfig(files: string[], sets: string[] = [], catalog: readonly ServerSpec[] = CATALOG): EffectiveServer[] {
  const user: Values = userValues(files, sets);
  const objects = renderChart(files, sets);
  const servers: EffectiveServer[] = [];
  // only what the release the values select reads (a release profile's own settings are read by it alone)
  const release = (isTable(user.global) && typeof user.global.fxaRelease === 'string' ? user.global.fxaRelease : PINNED_RELEASE) as string;
  for (const spec of catalog) {
    const workload = objects.find((o) => (o.kind === 'Deployment' || o.kind === 'Job') && o.metadata.labels?.['app.kubernetes.io/name'] === spec.name);
    if (!workload) continue; // not enabled
    const env = containerEnv(workload, objects);
    // wired to a server this release does not have (content's GraphQL URL without fxa-graphql-api): nothing calls it
    const orphaned = new Set((releaseView(spec)[release as ReleaseTag]?.unset ?? []).filter((n) => !spec.env.find((v) => v.name === n)?.releases));
    const vars = spec.env.filter((v) => !v.releases || (v.releases as readonly string[]).includes(release)).map((v): EffectiveVar => {
      const rendered = env.get(v.name);
      const origin: Origin = rendered === undefined ? 'upstream' : givenByValues(user[spec.name], v.name) ? 'values' : 'chart';
      const value = rendered ?? upstreamValue(v);
      // a secret's value is never shown, so only its upstream default can be judged; the chart's own loopback
      // URLs (a helper in the same pod calling the server back) are meant to be local
      const loopback = origin === 'chart' && spec.wiring[v.name] !== undefined && wiresIn(spec.wiring[v.name]!).some((w) => w.from === 'loopbackUrl');
      const judged = (v.secret && rendered !== undefined) || (orphaned.has(v.name) && rendered === undefined) || loopback ? '' : value;
      return { name: v.name, origin, value: v.secret && rendered === undefined ? '(upstream default)' : value, secret: Boolean(v.secret), marks: marksOf(judged) };
    });
    servers.push({ name: spec.name, vars });
  }
  return servers;
}
