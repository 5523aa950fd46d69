/**
 * `npm run validate -- -f values/prod.yaml [--set a.b=c]`: the values Helm would see, checked the way
 * Helm checks them (umbrella schema on the merged values, then each enabled subchart's schema on its
 * section plus global), plus the rules that need the catalog. One line per problem.
 */
import type { ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { parseHelmValues } from '../lib/helm-yaml.ts';
import { VALUE_RULES } from '../../schema/rules.ts';
import { UserError } from '../lib/errors.ts';
import { loadChart, type ChartData } from './chart.ts';
import { coalesce, getPath, isTable, mergeValues, type Values } from './merge.ts';
import { describeError, line, type Problem } from './messages.ts';
import { checkExtraEnv, missingSharedSecrets, sharedSecretProblems } from './rules.ts';
import { checkRoutes } from './routes.ts';
import { compiled, saveCodeCaches } from './compiled.ts';
import { applySet } from './set-parser.ts';

export interface Validator {
  validate(user: Values): { problems: Problem[]; enabled: string[] };
}

/** --set-string and --set-file expressions, which Helm applies after --set, in that order. */
export interface MoreSets {
  setString?: string[];
  setFile?: string[];
}

/** Read and merge -f files, then --set, --set-string and --set-file expressions, in Helm's order. */
export function userValues(files: string[], sets: string[], more: MoreSets = {}): Values {
  let values: Values = {};
  for (const f of files) {
    let doc: unknown;
    try {
      doc = parseHelmValues(readFileSync(f, 'utf8')); // read as Helm reads values (see helm-yaml.ts)
    } catch (e) {
      throw new UserError(`${f}: ${(e as Error).message.split('\n')[0]}`);
    }
    if (doc !== null && doc !== undefined && !isTable(doc)) throw new UserError(`${f}: must be a YAML map of values`);
    values = mergeValues(values, (doc ?? {}) as Values);
  }
  for (const s of sets) applySet(values, s);
  for (const s of more.setString ?? []) applySet(values, s, 'set-string');
  for (const s of more.setFile ?? []) applySet(values, s, 'set-file');
  return values;
}

/** Helm's coalesceGlobals: the parent's globals win, the subchart's own global keys stay. */
function withGlobals(section: Values, parentGlobal: Values): Values {
  const own = isTable(section.global) ? section.global : {};
  const merged: Values = { ...own };
  for (const [k, v] of Object.entries(parentGlobal)) merged[k] = isTable(v) && isTable(own[k]) ? coalesce(v, own[k] as Values) : v;
  return { ...section, global: merged };
}

/** Compile every schema once; validate any number of value sets. */
export function createValidator(chart: ChartData = loadChart()): Validator {
  const umbrella = compiled(chart.schema);
  const subs = new Map<string, ValidateFunction>();
  for (const d of chart.deps) if (d.schema) subs.set(d.name, compiled(d.schema));

  const ruleProblem = (schemaPath: string): Problem | undefined => {
    const m = /^#\/allOf\/(\d+)\/then\//.exec(schemaPath);
    const rule = m ? VALUE_RULES[Number(m[1])] : undefined;
    return rule ? { path: rule.then.path, message: rule.message } : undefined;
  };

  return {
    validate(user) {
      const problems: Problem[] = [];
      const top = coalesce(user, chart.values);
      const enabled = chart.deps.filter((d) => !d.condition || getPath(top, d.condition) !== false);
      const full: Values = { ...top };
      for (const d of enabled) {
        const section = isTable(full[d.name]) ? (full[d.name] as Values) : {};
        full[d.name] = coalesce(withGlobals(section, (top.global ?? {}) as Values), d.values);
      }
      if (!umbrella(full)) {
        for (const e of umbrella.errors ?? []) {
          const p = ruleProblem(e.schemaPath) ?? describeError(e, [], chart.schema);
          if (p) problems.push(p);
        }
      }
      const missing: Parameters<typeof sharedSecretProblems>[0] = [];
      for (const d of enabled) {
        const check = subs.get(d.name);
        const section = full[d.name] as Values;
        if (check && !check(section)) {
          for (const e of check.errors ?? []) {
            const p = describeError(e, [d.name], d.schema);
            if (p) problems.push(p);
          }
        }
        problems.push(...checkExtraEnv(d, section));
        missing.push({ server: d.name, secrets: missingSharedSecrets(d, section) });
      }
      problems.push(...sharedSecretProblems(missing));
      const directory = chart.deps.find((d) => d.spec?.directory)?.spec?.directory ?? {};
      problems.push(...checkRoutes(top, enabled.map((d) => d.name), directory));
      const unique = [...new Map(problems.map((p) => [line(p), p])).values()];
      return { problems: unique, enabled: enabled.map((d) => d.name) };
    },
  };
}

export function runValidate(opts: { values: string[]; set: string[] } & MoreSets): number {
  const started = performance.now();
  const user = userValues(opts.values, opts.set, opts);
  const { problems, enabled } = createValidator().validate(user);
  saveCodeCaches();
  for (const p of problems) process.stderr.write(`${line(p)}\n`);
  const ms = (performance.now() - started).toFixed(0);
  if (problems.length) {
    process.stderr.write(`validate: ${problems.length} problem(s) in ${opts.values.join(', ') || 'the chart defaults'}\n`);
    return 1;
  }
  process.stdout.write(`validate: ok: ${opts.values.join(', ') || 'chart defaults'} (${enabled.filter((n) => n !== 'fxa-common').length} servers enabled, ${ms} ms)\n`);
  return 0;
}
