/**
 * One configured ajv for draft-07 values schemas, with formats enforced the way Helm enforces them.
 * ajv is loaded when an ajv is first made, not when this module is imported: `validate` with cached
 * validators (validate/compiled.ts) never needs the compiler.
 */
import type { Ajv } from 'ajv';
import { createRequire } from 'node:module';

const requireCjs = createRequire(import.meta.url);

/** `source: true` keeps the generated code, so it can be saved as a standalone module (see validate/compiled.ts). */
export function createAjv(opts: { source?: boolean } = {}): Ajv {
  const { Ajv: AjvClass, _ } = requireCjs('ajv') as typeof import('ajv');
  // ajv-formats is CommonJS with its plugin as `default`
  const addFormats = (requireCjs('ajv-formats') as { default: (ajv: Ajv) => Ajv }).default;
  const ajv = new AjvClass({
    strict: false,
    allErrors: true,
    verbose: true,
    ...(opts.source ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  });
  addFormats(ajv);
  return ajv;
}
