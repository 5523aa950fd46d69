/**
 * Helm's value semantics, reproduced so our verdict equals Helm's:
 * - `mergeValues`: how -f files and --set combine (maps merge deeply, everything else replaces, later wins);
 * - `coalesce`: how user values meet chart defaults (user wins; a user `null` deletes the default key).
 * Mirrors helm/pkg/cli/values (mergeMaps) and pkg/chartutil/coalesce.go (coalesceValues, coalesceTablesFullKey).
 */
import { isTable, type Values } from '../lib/values-path.ts';

export { getPath, isTable, type Values } from '../lib/values-path.ts';

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** helm's mergeMaps: b over a. */
export function mergeValues(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isTable(v) && isTable(prev) ? mergeValues(prev, v) : v;
  }
  return out;
}

/** coalesceTablesFullKey: fill dst from src (defaults); a null in dst removes the key. Mutates dst. */
function coalesceTables(dst: Values, src: Values): Values {
  for (const [key, val] of Object.entries(src)) {
    if (!(key in dst)) {
      dst[key] = clone(val);
    } else if (dst[key] === null) {
      delete dst[key];
    } else if (isTable(val) && isTable(dst[key])) {
      coalesceTables(dst[key] as Values, val);
    }
  }
  return dst;
}

/** coalesceValues: a chart's defaults under the user's values; a null the user gave deletes the key. */
export function coalesce(user: Values, defaults: Values): Values {
  const v = clone(user);
  for (const [key, val] of Object.entries(defaults)) {
    if (key in v) {
      const value = v[key];
      if (value === null) delete v[key];
      else if (isTable(value) && isTable(val)) coalesceTables(value, val);
    } else {
      v[key] = clone(val);
    }
  }
  return v;
}

