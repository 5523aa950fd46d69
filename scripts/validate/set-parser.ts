/**
 * Helm's `--set` syntax (pkg/strvals), the subset operators use: `a.b=c`, several assignments joined by
 * commas, `a\.b` for a literal dot, `{x,y}` for a list, `list[0]=v` for an index; values typed like
 * Helm (true/false, null, integers without leading zeros; everything else, floats included, a string).
 */
import { UserError } from '../lib/errors.ts';
import { isTable, type Values } from './merge.ts';

function splitUnescaped(text: string, sep: string, opts: { braces?: boolean } = {}): string[] {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      cur += ch + text[i + 1];
      i++;
      continue;
    }
    if (opts.braces && ch === '{') depth++;
    if (opts.braces && ch === '}') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** strvals typedVal */
export function typedValue(raw: string): unknown {
  const s = unescape(raw);
  if (/^true$/i.test(s)) return true;
  if (/^false$/i.test(s)) return false;
  if (/^null$/i.test(s)) return null;
  if (s === '0') return 0;
  if (/^-?[1-9]\d*$/.test(s) && Number.isSafeInteger(Number(s))) return Number(s);
  return s;
}

function parseValue(raw: string): unknown {
  if (raw.startsWith('{') && raw.endsWith('}')) {
    const inner = raw.slice(1, -1);
    return inner === '' ? [] : splitUnescaped(inner, ',').map(typedValue);
  }
  return typedValue(raw);
}

type Segment = { key: string; index?: number };

function parseKey(key: string): Segment[] {
  return splitUnescaped(key, '.').map((part) => {
    const m = /^(.*?)\[(\d+)\]$/.exec(part);
    return m ? { key: unescape(m[1]!), index: Number(m[2]) } : { key: unescape(part) };
  });
}

function assign(target: Values, path: Segment[], value: unknown, expr: string): void {
  let cur: Values = target;
  path.forEach((seg, i) => {
    const last = i === path.length - 1;
    if (seg.key === '') throw new UserError(`--set ${expr}: empty key`);
    if (seg.index === undefined) {
      if (last) cur[seg.key] = value;
      else {
        if (!isTable(cur[seg.key])) cur[seg.key] = {};
        cur = cur[seg.key] as Values;
      }
      return;
    }
    const list = Array.isArray(cur[seg.key]) ? (cur[seg.key] as unknown[]) : [];
    while (list.length <= seg.index) list.push(null);
    cur[seg.key] = list;
    if (last) list[seg.index] = value;
    else {
      if (!isTable(list[seg.index])) list[seg.index] = {};
      cur = list[seg.index] as Values;
    }
  });
}

/** Apply one `--set` argument (possibly several comma-separated assignments) onto values. */
export function applySet(values: Values, expr: string): Values {
  for (const assignment of splitUnescaped(expr, ',', { braces: true })) {
    const eq = splitUnescaped(assignment, '=');
    if (eq.length < 2 || eq[0] === '') throw new UserError(`--set ${expr}: expected key=value, got "${assignment}"`);
    const [key, ...rest] = eq;
    assign(values, parseKey(key!), parseValue(rest.join('=')), expr);
  }
  return values;
}
