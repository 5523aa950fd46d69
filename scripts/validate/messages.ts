/**
 * ajv errors as one line each: the full key path, what is wrong, what is allowed.
 * `dataPath` segments are joined with dots (keys with dots are quoted), so paths read like --set keys.
 */
import type { ErrorObject } from 'ajv';
import { NAME_PATTERN_WORDS } from '../lib/k8s-names.ts';
import { HOST_PATTERN_WORDS } from '../lib/hosts.ts';

export interface Problem {
  path: string;
  message: string;
}

export const line = (p: Problem): string => `${p.path || '(root)'}: ${p.message}`;

export function keyPath(prefix: string[], instancePath: string, extra?: string): string {
  const parts = [...prefix, ...instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
  if (extra !== undefined) parts.push(extra);
  return parts.map((p) => (p.includes('.') ? `"${p}"` : p)).join('.');
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export function closest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(key, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

const PATTERN_WORDS: Record<string, string> = {
  '^https?://': 'an http:// or https:// URL',
  ...NAME_PATTERN_WORDS,
  ...HOST_PATTERN_WORDS,
};

/** Digits or true/false where text is wanted: YAML and --set read them as numbers and booleans. */
const typeHint = (wanted: string, data: unknown): string =>
  wanted.split(',').includes('string') && (typeof data === 'number' || typeof data === 'boolean') ? ': quote it in a values file, or pass it with --set-string' : '';

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
// JSON shows strings quoted and values as written; undefined (no JSON form) falls back to its name
const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

/** Resolve the schema object an error's schemaPath points at (for the list of allowed keys). */
function schemaAt(root: unknown, schemaPath: string): Record<string, unknown> | undefined {
  let cur: unknown = root;
  for (const seg of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>) : undefined;
}

export function describeError(e: ErrorObject, prefix: string[], schema: unknown): Problem | undefined {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const props = Object.keys((schemaAt(schema, e.schemaPath)?.properties as Record<string, unknown>) ?? {});
      const near = closest(key, props);
      const allowed = props.length > 20 ? `${props.length} keys, see values.yaml` : props.join(', ');
      return { path: keyPath(prefix, e.instancePath, key), message: `unknown key${near ? `; did you mean "${near}"?` : ''} (allowed: ${allowed})` };
    }
    case 'type':
      return { path: keyPath(prefix, e.instancePath), message: `must be ${String(p.type).replace(/,/g, ' or ')}, got ${typeOf(e.data)} ${show(e.data)}${typeHint(String(p.type), e.data)}` };
    case 'enum':
      return { path: keyPath(prefix, e.instancePath), message: `${show(e.data)} is not allowed; allowed: ${(p.allowedValues as unknown[]).map(show).join(', ')}` };
    case 'const':
      return { path: keyPath(prefix, e.instancePath), message: `must be ${show(p.allowedValue)}, got ${show(e.data)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: keyPath(prefix, e.instancePath), message: `${show(e.data)} is out of range; must be ${String(p.comparison)} ${String(p.limit)}` };
    case 'minLength':
      return { path: keyPath(prefix, e.instancePath), message: `must not be empty` };
    case 'format':
      return { path: keyPath(prefix, e.instancePath), message: `${show(e.data)} is not a valid ${String(p.format)}` };
    case 'pattern':
      return { path: keyPath(prefix, e.instancePath), message: `${show(e.data)} must be ${PATTERN_WORDS[String(p.pattern)] ?? `a string matching /${String(p.pattern)}/`}` };
    case 'required':
      return { path: keyPath(prefix, e.instancePath, String(p.missingProperty)), message: 'is required' };
    case 'not':
      return { path: keyPath(prefix, e.instancePath), message: 'give either value or existingSecret, not both' };
    case 'if':
      return undefined; // the failing `then` branch reports the real problem
    default:
      return { path: keyPath(prefix, e.instancePath), message: e.message ?? e.keyword };
  }
}
