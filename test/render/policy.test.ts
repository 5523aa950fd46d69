/** The policy checkers on real renders: clean on both values files (minus ci/policy-ignore.yaml), and able to fail. */
import { describe, expect, it } from 'vitest';
import { checkov, kubeScore, loadIgnores } from '../../scripts/lib/policy.ts';
import { CHART, helm, valuesFile } from '../helpers/helm.ts';

const rendered = (...args: string[]): string => {
  const r = helm('helm', ['template', 'fxa', CHART, '--namespace', 'fxa', ...args]);
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout;
};

describe.each(['prod', 'dev'])('values/%s.yaml', (env) => {
  const manifests = rendered('-f', valuesFile(env));
  it('has no critical kube-score finding', async () => expect(await kubeScore(manifests)).toEqual([]));
  it('fails no checkov check', async () => expect(await checkov(manifests)).toEqual([]));
});

describe('the checkers can fail', () => {
  const writable = rendered('-f', valuesFile('prod'), '--set', 'fxa-auth-server.securityContext.readOnlyRootFilesystem=false');
  it('kube-score flags a writable root filesystem', async () => expect((await kubeScore(writable)).join('\n')).toMatch(/fxa-auth-server.*writable root filesystem/));
  it('checkov flags it too', async () => expect((await checkov(writable)).join('\n')).toMatch(/CKV_K8S_22 .*fxa-auth-server/));
  it('every exception has a reason', () => {
    const ignores = loadIgnores();
    for (const [tool, entries] of Object.entries(ignores)) for (const [check, why] of Object.entries(entries as Record<string, string>)) expect(why.length, `${tool} ${check}`).toBeGreaterThan(30);
    expect(Object.keys(ignores.checkov).length + Object.keys(ignores['kube-score']).length).toBeLessThanOrEqual(6);
  });
});
