/** Every cross-field rule, broken on its own on values/dev.yaml, is reported at its value in its own words. */
import { describe, expect, it } from 'vitest';
import { VALUE_RULES } from '../../schema/rules.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { line } from '../../scripts/validate/messages.ts';
import { valuesFile } from '../helpers/helm.ts';
import { breaking } from '../helpers/values-gen.ts';

describe('value rules', () => {
  const validator = createValidator();
  const base = userValues([valuesFile('dev')], []);

  it('have distinct ids and say what to do', () => {
    expect(new Set(VALUE_RULES.map((r) => r.id)).size).toBe(VALUE_RULES.length);
    expect(VALUE_RULES.every((r) => /^must (be|not)/.test(r.message) && r.message.length > 40)).toBe(true);
  });

  for (const rule of VALUE_RULES) {
    it(`${rule.id}: names ${rule.then.path} with the rule's message`, () => {
      const lines = validator.validate(mergeValues(base, breaking(rule))).problems.map(line);
      expect(lines).toContain(`${rule.then.path}: ${rule.message}`);
    });
  }
});
