/**
 * Compiling the chart's schemas (1,300+ properties) costs ajv ~0.3-0.5 s per process. The compiled code
 * depends only on the schema and ajv's version, so it is cached as standalone modules under
 * .cache/validators, keyed by a hash of both: the first run compiles, later runs load.
 *
 * Loading is the next cost: V8 parses each large module and compiles its functions on their first call
 * (about 0.2 s for the chart). Each module therefore also gets a V8 code cache (`.v8`), written once after
 * its functions ran (saveCodeCaches), which later runs hand to V8 instead of parsing and compiling again.
 */
import type { ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { createAjv } from '../lib/ajv.ts';
import { writeCacheFile } from '../lib/cache.ts';
import { ROOT } from '../lib/paths.ts';

const requireHere = createRequire(import.meta.url);
const AJV_VERSION = (JSON.parse(readFileSync(requireHere.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(ROOT, '.cache', 'validators');

/** Modules loaded without a usable code cache in this process: saveCodeCaches writes theirs. */
const uncached: { script: Script; file: string }[] = [];

/** Run a standalone CommonJS module through vm.Script, with V8's code cache when one was saved. */
function load(file: string): ValidateFunction {
  const codeCache = `${file}.v8`;
  const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
  const source = `(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) uncached.push({ script, file: codeCache });
  const module = { exports: {} as ValidateFunction & { default?: ValidateFunction } };
  (script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown) => void)(module.exports, createRequire(file), module);
  return module.exports.default ?? module.exports;
}

/** A validate function for `schema`, from the cache when it holds one. */
export function compiled(schema: Record<string, unknown>): ValidateFunction {
  const key = createHash('sha256').update(AJV_VERSION).update(JSON.stringify(schema)).digest('hex').slice(0, 24);
  const file = join(CACHE, `${key}.cjs`);
  if (existsSync(file)) return load(file);
  // ajv's compiler is loaded only when a schema is new: a cached run never pays for it
  const toCode = (requireHere('ajv/dist/standalone') as { default: (ajv: unknown, fn: ValidateFunction) => string }).default;
  const ajv = createAjv({ source: true });
  const fn = ajv.compile(schema);
  writeCacheFile(file, toCode(ajv, fn));
  return fn;
}

/** Save V8's code for the modules loaded without one, including the functions compiled since (call after validating). */
export function saveCodeCaches(): void {
  for (const { script, file } of uncached.splice(0)) writeCacheFile(file, script.createCachedData());
}
