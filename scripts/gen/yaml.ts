/**
 * Writes values files in the helm-docs dialect: `# -- description` above each key,
 * `# @default -- ...` where the real default is computed. Built on the `yaml` library's document model.
 */
import { Document, isMap, isPair, isScalar, type Pair, type YAMLMap } from 'yaml';
import { HELM_YAML } from '../lib/helm-yaml.ts';

/** A documented value: the value itself plus the comment lines that go above its key. */
export interface Documented {
  readonly $doc: string;
  readonly $default?: string;
  readonly $value: unknown;
}

export const doc = (description: string, value: unknown, computedDefault?: string): Documented => ({
  $doc: description,
  $value: value,
  ...(computedDefault !== undefined ? { $default: computedDefault } : {}),
});

export const isDocumented = (v: unknown): v is Documented => typeof v === 'object' && v !== null && '$doc' in v && '$value' in v;

/** Strip the documentation wrappers, leaving plain data (for schemas and tests). */
export function plain(value: unknown): unknown {
  if (isDocumented(value)) return plain(value.$value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function commentFor(d: Documented): string {
  const lines = [` -- ${d.$doc.replace(/\s+/g, ' ').trim() || '(no description upstream)'}`];
  if (d.$default !== undefined) lines.push(` @default -- ${d.$default.replace(/\s+/g, ' ')}`);
  return lines.join('\n');
}

function annotate(map: YAMLMap, source: Record<string, unknown>): void {
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const pair = item as Pair;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const src = source[key];
    if (isDocumented(src)) {
      (pair.key as { commentBefore?: string }).commentBefore = commentFor(src);
      if (isMap(pair.value) && src.$value && typeof src.$value === 'object') annotate(pair.value, src.$value as Record<string, unknown>);
    } else if (isMap(pair.value) && src && typeof src === 'object') {
      annotate(pair.value, src as Record<string, unknown>);
    }
  }
}

/** Render documented data as YAML with the banner first. Empty maps/lists print as `{}`/`[]`. */
export function toYaml(banner: string, data: Record<string, unknown>): string {
  // written for Helm's reader (helm-yaml.ts): strings such as "on", "no", "y" or "-_7" get quoted
  const doc = new Document(plain(data), { keepUndefined: false, ...HELM_YAML });
  if (isMap(doc.contents)) annotate(doc.contents, data);
  const body = doc.toString({ indentSeq: true, lineWidth: 0, nullStr: 'null', singleQuote: false });
  return `${banner}${body}`;
}
