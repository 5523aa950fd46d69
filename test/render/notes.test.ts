/**
 * What an operator reads after `helm install`: every public URL the servers hand out, the Firefox
 * settings, how to watch the rollout, and a warning for each risky setting, never a secret. Helm 4's
 * client-side dry run prints NOTES without a cluster.
 */
import { describe, expect, it } from 'vitest';
import { requiredSecretKeys } from '../../schema/index.ts';
import { CHART, helm, render, valuesFile } from '../helpers/helm.ts';

function notes(args: string[]): string {
  const r = helm('helm', ['install', 'fxa', CHART, '--namespace', 'fxa', '--dry-run=client', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\nNOTES:\n')[1] ?? '';
}

const prod = ['-f', valuesFile('prod')];

describe('NOTES.txt', () => {
  const text = notes(prod);

  it('lists the public URL of every enabled public server, the same URLs the routes serve', () => {
    const routed = render('helm', prod).filter((o) => o.kind === 'Ingress').flatMap((o) => (o.spec as { rules: { host: string }[] }).rules.map((r) => r.host));
    const listed = [...text.matchAll(/^ {2}[\w-]+ +(https?:\/\/\S+)$/gm)].map((m) => new URL(m[1]!).host);
    expect(listed.length).toBeGreaterThan(5);
    expect(new Set(listed)).toEqual(new Set(routed));
    expect(text).toMatch(/^ {2}fxa-content-server +https:\/\/accounts\.example\.com$/m);
    expect(text).toMatch(/^ {2}fxa-auth-server +https:\/\/api\.accounts\.example\.com\/auth$/m);
    expect(text).not.toMatch(/^ {2}(123done|mailpit|fxa-admin-panel) /m); // off in production
  });

  it('says how to point desktop and Android Firefox at it, Sync included', () => {
    expect(text).toContain('identity.fxaccounts.autoconfig.uri to https://accounts.example.com\n');
    expect(text).toContain('Custom Sync server https://sync.accounts.example.com/1.0/sync/1.5');
    expect(notes([...prod, '--set', 'syncstorage.enabled=false'])).not.toContain('Custom Sync server');
  });

  it('says how to watch the rollout', () => {
    expect(text).toContain('kubectl --namespace fxa get pods,jobs -l app.kubernetes.io/instance=fxa --watch');
  });

  it('warns about nothing on values/prod.yaml', () => {
    expect(text).not.toMatch(/WARNING|NOTE:/);
  });

  it.each([
    ['plain http', ['--set', 'global.publicUrl=http://accounts.example.com'], /^WARNING: global\.publicUrl is plain http in production/m],
    ['the mail catcher', ['--set', 'mailpit.enabled=true'], /^WARNING: mail goes to the Mailpit catcher/m],
    ['secrets in values', ['--set', 'global.secrets.existingSecret=', ...requiredSecretKeys().flatMap((k) => ['--set', `global.secrets.values.${k}=x`])], /^WARNING: shared secrets are rendered from global\.secrets\.values/m],
    ['Ingress without a certificate', ['--set', 'global.routes.tls.certManagerIssuer='], /^NOTE: the Ingresses carry no certificate/m],
  ])('warns about %s in production', (_what, sets, words) => {
    expect(notes([...prod, ...sets])).toMatch(words);
  });

  it('gives development its mail catcher, the plain-http Firefox setting and no production warnings', () => {
    const dev = notes(['-f', valuesFile('dev')]);
    expect(dev).toContain('port-forward svc/fxa-mailpit 8025');
    expect(dev).toContain('identity.fxaccounts.allowHttp set to true');
    expect(text).not.toContain('allowHttp');
    expect(dev).not.toContain('WARNING');
  });
});
