/**
 * The release's Helm hooks, written out by hand: which objects run before the release's own, in which order,
 * and when Helm deletes them. The order is the install's logic: the secrets hook's account, Role, plan and
 * policy (-40) exist before its Job (-30) makes the Secrets; the dev profile's inline secrets (-20) exist before
 * the migrations (0) read them; the migrations Job stays after success so its log can be read.
 */
import { describe, expect, it } from 'vitest';
import { render, valuesFile } from '../helpers/helm.ts';

const hooksOf = (env: string): string[] =>
  render('helm', ['-f', valuesFile(env)]).flatMap((o) => {
    const a = o.metadata.annotations ?? {};
    return a['helm.sh/hook'] ? [`${o.kind}/${o.metadata.name} ${a['helm.sh/hook']} ${a['helm.sh/hook-weight']} ${a['helm.sh/hook-delete-policy']}`] : [];
  }).sort();

const SECRETS_HOOK = ['ConfigMap', 'NetworkPolicy', 'Role', 'RoleBinding', 'ServiceAccount'].map((k) => `${k}/fxa-secrets-hook pre-install,pre-upgrade -40 before-hook-creation,hook-succeeded`);

describe('hooks', () => {
  it('of values/prod.yaml: the secrets hook, then the migrations', () => {
    expect(hooksOf('prod')).toEqual([
      ...SECRETS_HOOK.slice(0, 1),
      'Job/fxa-db-migrations pre-install,pre-upgrade 0 before-hook-creation',
      'Job/fxa-secrets-hook pre-install,pre-upgrade -30 before-hook-creation,hook-succeeded',
      ...SECRETS_HOOK.slice(1),
    ]);
  });

  it('of values/dev.yaml: the inline secrets too, kept for a rollback', () => {
    expect(hooksOf('dev')).toEqual([
      ...SECRETS_HOOK.slice(0, 1),
      'Job/fxa-db-migrations pre-install,pre-upgrade 0 before-hook-creation',
      'Job/fxa-secrets-hook pre-install,pre-upgrade -30 before-hook-creation,hook-succeeded',
      ...SECRETS_HOOK.slice(1, 4),
      'Secret/fxa-secrets pre-install,pre-upgrade,pre-rollback -20 before-hook-creation',
      SECRETS_HOOK[4],
    ]);
  });
});
