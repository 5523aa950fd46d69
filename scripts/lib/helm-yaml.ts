/**
 * YAML exactly as Helm reads values: YAML 1.1 (sigs.k8s.io/yaml wraps go-yaml v2), where y/n/on/off are
 * booleans, plus go-yaml's own number rules, which our render fuzzer found differ from the spec: a plain
 * scalar starting with a sign or digit is a number when, with every underscore removed, Go's
 * ParseInt(s, 0) or its YAML float pattern accepts it (`-_7` is -7, `-_6.` is -6.0).
 * The same options make the writer quote such strings, so what we write Helm reads back unchanged.
 */
import { parse, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

type Tags = NonNullable<SchemaOptions['customTags']>;
type Tag = Extract<Tags, unknown[]>[number];

const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]*)|([1-9][0-9]*))$/;

/** The number go-yaml v2 reads from a plain scalar, or undefined when it reads a string (resolve.go). */
export function goYamlNumber(s: string): number | undefined {
  const first = s[0];
  if (first === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) ? Number(s) : undefined; // ParseFloat, underscores kept
  if (first === undefined || !/[-+0-9]/.test(first)) return undefined;
  const plain = s.replace(/_/g, '');
  const m = GO_INT.exec(plain);
  if (m) {
    const sign = m[1] === '-' ? -1 : 1;
    const [hex, oct, bin, oct0, dec] = m.slice(2);
    const n = hex ? parseInt(hex, 16) : oct ? parseInt(oct, 8) : bin ? parseInt(bin, 2) : oct0 !== undefined ? parseInt(oct0 || '0', 8) : Number(dec);
    return sign * n;
  }
  return GO_FLOAT.test(plain) ? Number(plain) : undefined;
}

/** A scalar tag that claims exactly what go-yaml reads as a number (`test` is any object with test()). */
const goNumber = {
  identify: () => false, // for reading and for deciding what to quote; numbers are written the usual way
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: { test: (s: string) => goYamlNumber(s) !== undefined },
  resolve: (s: string): number => goYamlNumber(s)!,
} as unknown as Tag;

export const HELM_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => [goNumber, ...(tags as Tag[])],
};

/**
 * Helm converts YAML to JSON before anything else: timestamps become RFC 3339 text, and values JSON
 * cannot hold (.inf, .nan) fail the whole file.
 */
function jsonLike(v: unknown, path: string): unknown {
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${path || '(root)'}: ${v} cannot be expressed in JSON, which Helm converts values to; quote it if it is text`);
  if (Array.isArray(v)) return v.map((x, i) => jsonLike(x, `${path}[${i}]`));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonLike(x, path ? `${path}.${k}` : k)]));
  return v;
}

/** Parse a values file into the data Helm's schema validation and templates see. */
export function parseHelmValues(text: string): unknown {
  return jsonLike(parse(text, HELM_YAML), '');
}
