/**
 * The rules JSON Schema cannot hold because they need the catalog's wiring; the same checks run in
 * the library chart (fxa-common.validate.server), reading the same spec.json.
 */
import type { GlobalKey, Wire } from '../../schema/types.ts';
import { readApplies, secretRead } from '../../schema/wires.ts';
import type { SubchartData } from './chart.ts';
import { getPath, isTable, type Values } from './merge.ts';
import type { Problem } from './messages.ts';

/** The shared secrets a server reads that nobody gives: secret key -> the server's variables that read it. */
export function missingSharedSecrets(dep: SubchartData, section: Values): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  const global = (section.global ?? {}) as { secrets?: { existingSecret?: string; values?: Record<string, unknown> } };
  if (!dep.spec || global.secrets?.existingSecret) return missing;
  const secretEnv = (isTable(section.secretEnv) ? section.secretEnv : {}) as Record<string, unknown>;
  const isOn = (key: GlobalKey): boolean => Boolean(getPath(global as Values, key));
  // like fxa-common.secrets.source: each secret variable, by its wiring (spec.json holds the catalog's wires as JSON)
  for (const variable of [...dep.spec.secretNames].sort()) {
    const wire = dep.spec.wiring[variable];
    const read = wire && secretRead(wire as Wire);
    if (!read || !readApplies(read, isOn)) continue; // not a secret, or its switch is off: not read
    const given = secretEnv[variable];
    if ((isTable(given) && Object.keys(given).length) || global.secrets?.values?.[read.key]) continue;
    missing.set(read.key, [...(missing.get(read.key) ?? []), variable]);
  }
  return missing;
}

/**
 * One problem per missing shared secret, naming every server and variable that reads it (the library
 * chart fails on the first reader it meets; both name the same value to set).
 */
export function sharedSecretProblems(missing: { server: string; secrets: Map<string, string[]> }[]): Problem[] {
  const readers = new Map<string, string[]>();
  for (const { server, secrets } of missing) {
    for (const [key, variables] of secrets) readers.set(key, [...(readers.get(key) ?? []), `${server} (${variables.join(', ')})`]);
  }
  return [...readers].map(([key, who]) => ({
    path: `global.secrets.values.${key}`,
    message: `required by ${who.join(', ')}; set it, or name a Secret in global.secrets.existingSecret`,
  }));
}

/** extraEnv entries that would shadow a variable the chart sets, or each other. */
export function checkExtraEnv(dep: SubchartData, section: Values): Problem[] {
  const problems: Problem[] = [];
  if (!dep.spec) return problems;
  const seen = new Set<string>();
  for (const [i, entry] of (Array.isArray(section.extraEnv) ? section.extraEnv : []).entries()) {
    const name = isTable(entry) ? String(entry.name) : '';
    if (dep.spec.envNames.includes(name) || seen.has(name)) {
      problems.push({ path: `${dep.name}.extraEnv[${i}].name`, message: `${name} is already set by the chart; use ${dep.name}.env or ${dep.name}.secretEnv` });
    }
    seen.add(name);
  }
  return problems;
}
