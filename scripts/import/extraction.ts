/**
 * Reads the convict extraction (JSON read off mozilla/fxa config files, kept in .cache/extract, not committed)
 * and expands the shared factory calls (makeMySQLConfig, makeRedisConfig, tracingConfig, ...) into plain leaves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RawDefault = unknown;
export interface RawLeaf {
  path: string;
  env: string;
  format: unknown;
  default: RawDefault;
  doc: string;
  sensitive?: boolean;
}
interface RawFactoryCall { path: string; call: string; import: string }
interface RawFile { file: string; commit: string | null; vars: RawLeaf[]; factories?: RawFactoryCall[] }
interface RawFactory { name: string; import: string; file: string; commit: string | null; params?: string[]; vars: RawLeaf[] }

export interface ExpandedLeaf extends RawLeaf { origin: string }
export interface Extraction { leaves: ExpandedLeaf[]; sources: { file: string; commit: string }[] }

const read = <T>(dir: string, name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

function parseCall(call: string): { name: string; args: string[] } {
  const m = /^\.{0,3}([A-Za-z_$][\w$]*)\s*(?:\((.*)\))?$/.exec(call.trim());
  if (!m) throw new Error(`cannot parse factory call ${call}`);
  const args = (m[2] ?? '').split(',').map((a) => a.trim().replace(/^['"`]|['"`]$/g, '')).filter(Boolean);
  return { name: m[1]!, args };
}

function findFactory(factories: RawFactory[], name: string, from: string): RawFactory {
  const byImport = factories.filter((f) => f.import === from);
  // auth-server imports makeConvictMySQLConfig under the alias makeMySQLConfig
  const found = byImport.find((f) => f.name === name) ?? byImport.find((f) => f.name.toLowerCase().includes(name.replace(/^make/, '').toLowerCase()));
  if (!found) throw new Error(`no extracted factory ${name} from ${from}`);
  return found;
}

function expand(factory: RawFactory, args: string[], at: string): ExpandedLeaf[] {
  const params = factory.params ?? [];
  const subst = (s: string): string => params.reduce((acc, p, i) => acc.split('${' + p + '}').join(args[i] ?? ''), s);
  return factory.vars.map((leaf) => {
    const env = subst(leaf.env.replace(/^`|`$/g, ''));
    let def = leaf.default;
    if (def && typeof def === 'object' && '$expr' in def && params.includes(String((def as { $expr: string }).$expr))) {
      def = args[params.indexOf(String((def as { $expr: string }).$expr))];
    }
    return { ...leaf, env, default: def, path: at ? `${at}.${leaf.path}` : leaf.path, origin: `${factory.file}@${factory.commit ?? 'unknown'}` };
  });
}

/** All leaves of the given extraction files, factories expanded in place order. */
export function loadExtraction(dir: string, files: string[]): Extraction {
  const factories = read<{ factories: RawFactory[] }>(dir, 'factories.json').factories;
  const leaves: ExpandedLeaf[] = [];
  const sources: { file: string; commit: string }[] = [];
  const used = new Set<RawFactory>();
  for (const name of files) {
    const raw = read<RawFile>(dir, name);
    sources.push({ file: raw.file, commit: raw.commit ?? 'unrecorded' });
    for (const leaf of raw.vars) {
      if (!leaf.env || !/^[A-Z][A-Z0-9_]*$/.test(leaf.env)) continue; // raw process.env reads recorded without a convict leaf
      leaves.push({ ...leaf, origin: `${raw.file}@${raw.commit ?? 'unrecorded'}` });
    }
    for (const fc of raw.factories ?? []) {
      const { name: fname, args } = parseCall(fc.call);
      const factory = findFactory(factories, fname, fc.import);
      used.add(factory);
      leaves.push(...expand(factory, args, fc.path));
    }
  }
  for (const f of used) sources.push({ file: f.file, commit: f.commit ?? 'unrecorded' });
  return { leaves, sources };
}
