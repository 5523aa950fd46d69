/**
 * A production install that cannot work is refused before Helm runs, naming the value to set, and Helm
 * refuses the same values (the rules are if/then in the umbrella schema and `fail`s in the library).
 */
import { describe, expect, it } from 'vitest';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { CHART, helm, valuesFile } from '../helpers/helm.ts';

const validator = createValidator();
const problems = (sets: string[]) => validator.validate(userValues([valuesFile('prod')], sets)).problems;
const helmRefuses = (sets: string[]): boolean => helm('helm', ['template', 'fxa', CHART, '-f', valuesFile('prod'), ...sets.flatMap((s) => ['--set', s])]).code !== 0;

const cases: { what: string; sets: string[]; path: string; words: RegExp }[] = [
  { what: 'no mail relay', sets: ['global.smtp.host='], path: 'global.smtp.host', words: /verification code/ },
  { what: 'no sender', sets: ['global.smtp.sender='], path: 'global.smtp.sender', words: /From address/ },
  { what: 'Google sign-in without a client id', sets: ['global.integrations.googleSignIn.enabled=true'], path: 'global.integrations.googleSignIn.clientId', words: /googleSignIn/ },
  { what: 'Sentry without a DSN', sets: ['global.integrations.sentry.enabled=true'], path: 'global.integrations.sentry.dsn', words: /sentry/ },
  { what: 'subscriptions without the payments server', sets: ['global.integrations.subscriptions.enabled=true', 'fxa-payments-server.enabled=false'], path: 'fxa-payments-server.enabled', words: /payments server/ },
];

describe('production refusals', () => {
  it('accepts values/prod.yaml as it is', () => {
    expect(problems([])).toEqual([]);
    expect(helmRefuses([])).toBe(false);
  });

  for (const c of cases) {
    it(`refuses ${c.what}, naming ${c.path}`, () => {
      const found = problems(c.sets);
      expect(found.map((p) => p.path)).toContain(c.path);
      expect(found.find((p) => p.path === c.path)!.message).toMatch(c.words);
      expect(helmRefuses(c.sets)).toBe(true);
    });
  }

  it('asks for an integration\'s secret only once it is on (inline secrets, development)', () => {
    const dev = (sets: string[]) => validator.validate(userValues([valuesFile('dev')], sets)).problems.map((p) => p.path);
    expect(dev([])).not.toContain('global.secrets.values.googleAuthClientSecret');
    expect(dev(['global.integrations.googleSignIn.enabled=true', 'global.integrations.googleSignIn.clientId=x'])).toContain('global.secrets.values.googleAuthClientSecret');
  });
});
