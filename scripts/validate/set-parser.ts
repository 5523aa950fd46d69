/**
 * Helm's `--set` parser (pkg/strvals, the plain `--set` mode), rebuilt so `validate` reads an expression
 * exactly as Helm does, its odd corners included: a key segment that is empty drops its assignment,
 * `{}` is a list of one empty string, a value after `=` is typed like strvals' typedVal, and writing
 * below a value that is not a map (or not a list) is an error. The parity suite compares the verdicts
 * with both Helms.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../lib/errors.ts';
import { isTable, type Values } from './merge.ts';

/** Helm's limits (strvals MaxIndex, MaxNestedNameLevel). */
const MAX_INDEX = 65536;
const MAX_NESTED_NAME_LEVEL = 30;

/** Reading past the end: strvals' io.EOF, which ends an expression normally at the top level. */
const END = Symbol('end of expression');

class ParseError extends Error {}

class Scanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** Characters up to one of `stop` (consumed, returned as `last`; undefined at the end); `\x` reads as x. */
  until(stop: string): { text: string; last: string | undefined } {
    let text = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++]!;
      if (stop.includes(ch)) return { text, last: ch };
      if (ch === '\\') {
        if (this.pos >= this.text.length) return { text, last: undefined };
        text += this.text[this.pos++];
      } else text += ch;
    }
    return { text, last: undefined };
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  skip(): void {
    this.pos++;
  }
}

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/**
 * strvals typedVal: true, false and null in any case; "0"; and a value not starting with "0" that Go's
 * strconv.ParseInt(v, 10, 64) accepts, so a sign ("+25", "-025", "-0") and anything up to int64 count.
 * Past 2^53 the number is approximate here; the schema only asks whether it is an integer.
 */
export function typedValue(s: string): unknown {
  const lower = s.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (s === '0') return 0;
  if (!s.startsWith('0') && /^[+-]?\d+$/.test(s)) {
    const n = BigInt(s);
    if (n >= INT64.min && n <= INT64.max) return Number(n) || 0;
  }
  return s;
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : isTable(v) ? 'a map' : `${typeof v} ${JSON.stringify(v)}`);

/** strvals `set`: an empty key is silently not set. */
function put(data: Values, key: string, value: unknown): void {
  if (key !== '') data[key] = value;
}

function setIndex(list: unknown[], index: number, value: unknown): unknown[] {
  if (index < 0) throw new ParseError(`negative ${index} index not allowed`);
  if (index > MAX_INDEX) throw new ParseError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
  while (list.length <= index) list.push(null);
  list[index] = value;
  return list;
}

/** Go's strconv.Atoi, as strvals reads an index. */
function index(sc: Scanner): number {
  const { text, last } = sc.until(']');
  if (last === undefined) throw new ParseError('error parsing index: EOF');
  if (!/^[+-]?\d+$/.test(text)) throw new ParseError(`error parsing index: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
  return Number(text);
}

/** How a flag turns the text after `=` into a value: typed (--set), kept (--set-string), read from a file (--set-file). */
type Reader = (text: string) => unknown;

/** `{a,b}` after `=`: a list of read items, or undefined when the value is not a list (END when nothing follows). */
function valueList(sc: Scanner, read: Reader): unknown[] | undefined | typeof END {
  const first = sc.peek();
  if (first === undefined) return END;
  if (first !== '{') return undefined;
  sc.skip();
  const list: unknown[] = [];
  for (;;) {
    const { text, last } = sc.until(',}');
    if (last === undefined) throw new ParseError("list must terminate with '}'");
    list.push(read(text));
    if (last === '}') {
      if (sc.peek() === ',') sc.skip();
      return list;
    }
  }
}

/** The value after `=` (returns END when the expression ended with the `=`). */
function value(sc: Scanner, read: Reader): { value: unknown; end: boolean } {
  const list = valueList(sc, read);
  if (list === END) return { value: '', end: true };
  if (list) return { value: list, end: false };
  return { value: read(sc.until(',').text), end: false };
}

function key(sc: Scanner, read: Reader, data: Values, level: number): typeof END | undefined {
  const { text: k, last } = sc.until('=[,.');
  switch (last) {
    case undefined:
      if (k === '') return END;
      throw new ParseError(`key ${JSON.stringify(k)} has no value`);
    case '[': {
      const i = index(sc);
      if (k in data && !Array.isArray(data[k])) throw new ParseError(`unable to parse key: ${k} is ${kind(data[k])}, not a list`);
      const list = (data[k] as unknown[] | undefined) ?? [];
      try {
        return listItem(sc, read, list, i, level);
      } finally {
        put(data, k, list);
      }
    }
    case '=': {
      const v = value(sc, read);
      put(data, k, v.value);
      return v.end ? END : undefined;
    }
    case ',':
      throw new ParseError(`key ${JSON.stringify(k)} has no value (cannot end with ,)`);
    default: {
      if (++level > MAX_NESTED_NAME_LEVEL) throw new ParseError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
      if (k in data && !isTable(data[k])) throw new ParseError(`unable to parse key: ${k} is ${kind(data[k])}, not a map`);
      const inner = (data[k] as Values | undefined) ?? {};
      const end = key(sc, read, inner, level);
      const empty = Object.keys(inner).length === 0;
      if (!end && empty) throw new ParseError(`key map ${JSON.stringify(k)} has no value`);
      if (!empty) put(data, k, inner);
      return end;
    }
  }
}

/** What follows `name[i]`: `=value`, another `[j]`, or `.key...`; fills `list` in place. */
function listItem(sc: Scanner, read: Reader, list: unknown[], i: number, level: number): typeof END | undefined {
  if (i < 0) throw new ParseError(`negative ${i} index not allowed`);
  const { text, last } = sc.until('[.=');
  if (text !== '') throw new ParseError(`unexpected data at end of array index: ${JSON.stringify(text)}`);
  switch (last) {
    case undefined:
      return END;
    case '=':
      setIndex(list, i, value(sc, read).value);
      return undefined;
    case '[': {
      const j = index(sc);
      const existing = list.length > i ? list[i] : null;
      if (existing !== null && !Array.isArray(existing)) throw new ParseError(`unable to parse key: index ${i} is ${kind(existing)}, not a list`);
      const inner = (existing as unknown[] | null) ?? [];
      const end = listItem(sc, read, inner, j, level);
      if (end) return end; // as strvals: a nested list left without a value is not placed
      setIndex(list, i, inner);
      return undefined;
    }
    default: {
      let inner: Values = {};
      if (list.length > i) {
        if (!isTable(list[i])) list[i] = {};
        inner = list[i] as Values;
      }
      const end = key(sc, read, inner, level);
      if (end) return end;
      setIndex(list, i, inner);
      return undefined;
    }
  }
}

export type SetFlag = 'set' | 'set-string' | 'set-file';

function reader(flag: SetFlag): Reader {
  if (flag === 'set') return typedValue;
  if (flag === 'set-string') return (text) => text;
  return (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new ParseError((e as Error).message);
    }
  };
}

/**
 * Apply one `--set` argument (possibly several comma-separated assignments) onto values, as Helm does;
 * `--set-string` keeps every value a string, `--set-file` reads each value as a path to a file's text.
 */
export function applySet(values: Values, expr: string, flag: SetFlag = 'set'): Values {
  const sc = new Scanner(expr);
  const read = reader(flag);
  try {
    while (key(sc, read, values, 0) !== END);
  } catch (e) {
    if (e instanceof ParseError) throw new UserError(`--${flag} ${expr}: ${e.message}`);
    throw e;
  }
  return values;
}
