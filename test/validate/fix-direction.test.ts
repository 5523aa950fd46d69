/**
 * A rule's message points the right way: doing what it asks never trades its problem for one it did not mention.
 * Every rule is broken on top of each example environment; the requirement it names is then met as its message
 * asks, and every problem the values did not have before must be one the message named (the next step it warned
 * of). A message that sent an operator to a fix another rule refuses (e.g. "enable the in-cluster mysql" in
 * production) fails here.
 */
import { describe, expect, it } from 'vitest';
import { VALUE_RULES, type ValueRule } from '../../schema/rules.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { mergeValues, type Values } from '../../scripts/validate/merge.ts';
import { line } from '../../scripts/validate/messages.ts';
import { valuesFile } from '../helpers/helm.ts';
import { breaking } from '../helpers/values-gen.ts';

const atPath = (path: string, value: unknown): Values => path.split('.').reverse().reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Values;

/** Values that meet a requirement: its value, or, for "must be set", a value of the shape such settings take. */
const meeting = (rule: ValueRule): unknown[] => ('nonEmpty' in rule.then ? ['db.example.test', 'Accounts <accounts@example.com>', '0123456789abcdef'] : [rule.then.equals]);

describe('following a rule\'s message', () => {
  const validator = createValidator();
  const lines = (v: Values): string[] => validator.validate(v).problems.map(line);

  for (const env of ['dev', 'prod'] as const) {
    const base = userValues([valuesFile(env)], []);
    for (const rule of VALUE_RULES) {
      it(`values/${env}.yaml, ${rule.id} broken: doing what it asks adds no other problem`, () => {
        const broken = mergeValues(base, breaking(rule));
        const before = lines(broken);
        const own = `${rule.then.path}: ${rule.message}`;
        // some environments cannot break a rule (its condition contradicts them): nothing to follow then
        if (!before.includes(own)) return;
        const fixed = meeting(rule).map((v) => lines(mergeValues(broken, atPath(rule.then.path, v)))).find((after) => !after.includes(own));
        expect(fixed, `no value met ${rule.then.path}`).toBeDefined();
        // a new problem's key (its last name) must be in the message: "global.mysql.user", "stripePublishableKey"
        const unannounced = fixed!.filter((l) => !before.includes(l)).filter((l) => !rule.message.includes(l.split(':')[0]!.split('.').pop()!));
        expect(unannounced, `following "${rule.message}"`).toEqual([]);
      });
    }
  }

  it('in production, an empty database or mail host is refused at the host, never answered with the development stand-ins', () => {
    const prod = userValues([valuesFile('prod')], []);
    for (const [host, standIn] of [['global.mysql.host', 'mysql.enabled'], ['global.smtp.host', 'mailpit.enabled']] as const) {
      const found = lines(mergeValues(prod, atPath(host, '')));
      expect(found.some((l) => l.startsWith(`${host}: must be set in production`)), host).toBe(true);
      expect(found.filter((l) => l.startsWith(`${standIn}:`)), host).toEqual([]);
    }
  });
});
