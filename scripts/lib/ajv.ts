/** One configured ajv for draft-07 values schemas, with formats enforced the way Helm enforces them. */
import { Ajv, _ } from 'ajv';
import formatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the module object holding `default`
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats: FormatsPlugin = (formatsModule as unknown as { default?: FormatsPlugin }).default ?? (formatsModule as unknown as FormatsPlugin);

/** `source: true` keeps the generated code, so it can be saved as a standalone module (see validate/compiled.ts). */
export function createAjv(opts: { source?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    verbose: true,
    ...(opts.source ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  });
  addFormats(ajv);
  return ajv;
}
