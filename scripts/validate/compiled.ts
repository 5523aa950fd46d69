/**
 * Compiling the chart's schemas (1,300+ properties) costs ajv ~0.3-0.5 s per process. The compiled code
 * depends only on the schema and ajv's version, so it is cached as standalone modules under
 * .cache/validators, keyed by a hash of both: the first run compiles, later runs load.
 */
import type { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createAjv } from '../lib/ajv.ts';
import { ROOT } from '../lib/paths.ts';

const require = createRequire(import.meta.url);
const AJV_VERSION = (JSON.parse(readFileSync(require.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(ROOT, '.cache', 'validators');

const toCode = ((standaloneCode as unknown as { default?: unknown }).default ?? standaloneCode) as (ajv: unknown, fn: ValidateFunction) => string;

/** A validate function for `schema`, from the cache when it holds one. */
export function compiled(schema: Record<string, unknown>): ValidateFunction {
  const key = createHash('sha256').update(AJV_VERSION).update(JSON.stringify(schema)).digest('hex').slice(0, 24);
  const file = join(CACHE, `${key}.cjs`);
  if (existsSync(file)) {
    const fn = require(file) as ValidateFunction & { default?: ValidateFunction };
    return fn.default ?? fn;
  }
  const ajv = createAjv({ source: true });
  const fn = ajv.compile(schema);
  try {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${file}.partial`, toCode(ajv, fn));
    renameSync(`${file}.partial`, file);
  } catch {
    // a read-only checkout still validates; it only compiles every time
  }
  return fn;
}
