/** Turns one convict leaf read off FxA's sources into a catalog `EnvVar` (type, default and classification). */
import type { EnvVar, JsonValue, ValueSpec } from '../../schema/types.ts';
import { isSecret, urlKind } from './classify.ts';

/** One convict setting read from the environment: its key path, env name, format, default, doc and `sensitive`. */
export interface ConvictLeaf {
  path: string;
  env: string;
  format: unknown;
  /** A literal, `{ $expr: source text }` for a computed default, or `{ $undefined: true }`. */
  default: unknown;
  doc: string;
  sensitive?: boolean;
}

const isExpr = (d: unknown): d is { $expr: string } => typeof d === 'object' && d !== null && '$expr' in d;
const isUndef = (d: unknown): boolean => d === undefined || (typeof d === 'object' && d !== null && '$undefined' in d);

function literal(d: unknown): { value: unknown; expr?: string } {
  if (isExpr(d)) return { value: null, expr: d.$expr };
  if (isUndef(d)) return { value: null };
  return { value: d };
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null);

/** syncstorage-rs settings are Rust fields: map their types onto convict's format names. */
function fromRust(format: unknown): unknown {
  if (typeof format !== 'string') return format;
  const t = format.replace(/^Option<(.*)>$/, '$1');
  if (/^(u|i)(8|16|32|64|size)$/.test(t)) return t.startsWith('u') ? 'nat' : 'int';
  if (t === 'f32' || t === 'f64') return 'Number';
  if (t === 'bool') return 'Boolean';
  if (/^Vec</.test(t)) return 'Array';
  if (/^(Secrets|PathBuf|&str)$/.test(t)) return 'String';
  return format;
}

function valueSpec(rawFormat: unknown, value: unknown, name: string): ValueSpec {
  const format = fromRust(rawFormat);
  if (Array.isArray(format)) {
    const values = format.map(String);
    return { type: 'enum', values, default: typeof value === 'string' && values.includes(value) ? value : null };
  }
  const f = typeof format === 'string' ? format : format === null || format === undefined ? inferFormat(value) : 'String';
  switch (f) {
    case 'Boolean':
      return { type: 'boolean', default: typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : null };
    case 'Number':
      return { type: 'number', default: num(value) };
    case 'int':
      return { type: 'integer', default: num(value) };
    case 'nat':
      return { type: 'integer', minimum: 0, default: num(value) };
    case 'port':
      return { type: 'integer', minimum: 0, maximum: 65535, default: num(value) };
    case 'timestamp':
      return { type: 'integer', default: num(value) };
    case 'duration':
      return { type: 'duration', default: typeof value === 'number' || typeof value === 'string' ? value : null };
    case 'Array':
      return { type: 'list', default: Array.isArray(value) ? value.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : typeof value === 'string' ? (value === '' ? [] : value.split(',')) : null };
    case 'Object':
      return { type: 'json', default: (value ?? null) as JsonValue };
    case 'url':
      return { type: 'string', ...(value === '' || value === null ? {} : { format: 'uri' as const }), default: str(value) };
    case 'email':
      return { type: 'string', format: 'email', default: str(value) };
    default:
      // String, RegExp, allowlist, ipaddress, and formats we cannot check: free text
      if (/PORT$/.test(name) && typeof value === 'number') return { type: 'integer', default: value };
      return { type: 'string', default: str(value) };
  }
}

function inferFormat(value: unknown): string {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Number';
  if (Array.isArray(value)) return 'Array';
  if (value !== null && typeof value === 'object') return 'Object';
  return 'String';
}

export function toEnvVar(leaf: ConvictLeaf): EnvVar {
  const { value, expr } = literal(leaf.default);
  const spec = valueSpec(leaf.format, value, leaf.env);
  const secret = isSecret(leaf.env, leaf.sensitive);
  const url = secret ? undefined : urlKind(leaf.env, leaf.format, value);
  const mustChange = typeof value === 'string' && /MUST CHANGE|CHANGEME|CHANGE ME/i.test(value);
  return {
    name: leaf.env,
    ...spec,
    doc: leaf.doc.replace(/\s+/g, ' ').trim(),
    key: leaf.path,
    ...(secret ? { secret: true } : {}),
    ...(url ? { url } : {}),
    ...(mustChange ? { required: true } : {}),
    ...(expr !== undefined ? { upstreamDefault: expr } : {}),
  } as EnvVar;
}
