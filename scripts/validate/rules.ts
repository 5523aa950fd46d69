/**
 * The rules JSON Schema cannot hold because they need the catalog's wiring; the same checks run in
 * the library chart (fxa-common.validate.server), reading the same spec.json.
 */
import type { SubchartData } from './chart.ts';
import { getPath, isTable, type Values } from './merge.ts';
import type { Problem } from './messages.ts';

export function checkServerRules(dep: SubchartData, section: Values): Problem[] {
  const problems: Problem[] = [];
  const spec = dep.spec;
  if (!spec) return problems;
  const global = (section.global ?? {}) as { secrets?: { existingSecret?: string; values?: Record<string, unknown> } };
  const secretEnv = (isTable(section.secretEnv) ? section.secretEnv : {}) as Record<string, unknown>;
  if (!global.secrets?.existingSecret) {
    for (const [variable, wire] of Object.entries(spec.wiring).sort(([a], [b]) => a.localeCompare(b))) {
      if (wire.from !== 'sharedSecret' || !wire.key) continue;
      if (wire.when && !getPath(global as Values, wire.when)) continue; // its switch is off: not read
      const given = secretEnv[variable];
      if ((isTable(given) && Object.keys(given).length) || global.secrets?.values?.[wire.key]) continue;
      problems.push({
        path: `global.secrets.values.${wire.key}`,
        message: `required by ${dep.name} (${variable}); set it, or name a Secret in global.secrets.existingSecret`,
      });
    }
  }
  const seen = new Set<string>();
  for (const [i, entry] of (Array.isArray(section.extraEnv) ? section.extraEnv : []).entries()) {
    const name = isTable(entry) ? String(entry.name) : '';
    if (spec.envNames.includes(name) || seen.has(name)) {
      problems.push({ path: `${dep.name}.extraEnv[${i}].name`, message: `${name} is already set by the chart; use ${dep.name}.env or ${dep.name}.secretEnv` });
    }
    seen.add(name);
  }
  return problems;
}
