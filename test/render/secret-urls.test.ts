/**
 * Passwords Kubernetes puts into composed URLs as they are ($(VAR) substitution does not escape): the values
 * `secrets init|set` accept (nothing URL_BREAKING matches) come out of the rendered database URL unchanged, the ones they refuse
 * would not, and the passwords the chart makes itself are always accepted.
 */
import { describe, expect, it } from 'vitest';
import { randomSecret } from '../../scripts/secrets/generate.ts';
import { URL_BREAKING, embeddingsOf } from '../../scripts/secrets/index.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

type Env = { name: string; value?: string };
const envOf = (objects: K8sObject[], server: string): Env[] =>
  (objects.find((o) => o.kind === 'Deployment' && o.metadata.name === `fxa-${server}`) as unknown as { spec: { template: { spec: { containers: { env: Env[] }[] } } } }).spec.template.spec.containers[0]!.env;

describe('passwords inside composed URLs', () => {
  const objects = render('helm', ['-f', valuesFile('prod')]);
  const env = envOf(objects, 'syncstorage');
  const composed = embeddingsOf('mysqlPassword').map((e) => env.find((x) => x.name === e.split(' ')[1])!.value!);
  // as the kubelet expands $(FXA_HELM_SECRET_mysqlPassword)
  const expand = (template: string, password: string): string => template.replace('$(FXA_HELM_SECRET_mysqlPassword)', password);

  it('finds each composed database URL the password is put into', () => {
    expect(composed).toHaveLength(2);
    for (const t of composed) expect(t).toMatch(/^mysql:\/\/fxa:\$\(FXA_HELM_SECRET_mysqlPassword\)@fxa\.cluster-example/);
  });

  it('keeps an accepted password intact through the URL, and shows why the others are refused', () => {
    // every printable ASCII character the rule lets through, one at a time, and what the chart makes
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => !URL_BREAKING.test(c));
    expect(printable).toEqual(expect.arrayContaining(['@', ':', '!', '$', '&', '+']));
    for (const ok of [...printable.map((c) => `a${c}b`), 'a b', 'Ab-9._~z', randomSecret()]) {
      expect(URL_BREAKING.test(ok), ok).toBe(false);
      for (const t of composed) {
        const url = new URL(expand(t, ok));
        expect([decodeURIComponent(url.password), url.hostname], ok).toEqual([ok, 'fxa.cluster-example.us-east-1.rds.amazonaws.com']);
      }
    }
    for (const bad of ['x/y', 'h#sh', 'q?r', '50%off', 'tab\there', 'two\nlines']) {
      expect(URL_BREAKING.test(bad), bad).toBe(true);
      const survives = (t: string): boolean => {
        try {
          const url = new URL(expand(t, bad));
          return decodeURIComponent(url.password) === bad && url.hostname === 'fxa.cluster-example.us-east-1.rds.amazonaws.com';
        } catch {
          return false;
        }
      };
      expect(composed.every(survives), bad).toBe(false);
    }
  });
});
