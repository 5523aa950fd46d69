/**
 * With global.secrets.generate off, an install that cannot work fails before any object is created, in an
 * existing namespace as in one `--create-namespace` makes, naming the Secret, the keys and the command that
 * makes them; an enabled integration's key counts like any other. `helm template` (no cluster) is unaffected.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { helmIn, KUBECONFIG, kubectl } from '../helpers/cluster.ts';
import { CHART, render, valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const OFF = ['-f', valuesFile('prod'), '--set', 'global.secrets.generate=false'];
// what the chart would make (the namespace's own kube-root-ca.crt aside)
const nothingIn = (ns: string): string => kubectl(['get', 'deployments,jobs,configmaps,secrets', '-n', ns, '-o', 'name', '-l', 'app.kubernetes.io/instance=fxa']).trim();

describe('generation off, Secrets missing', () => {
  const ns = useNamespace('nosecrets');

  it('refuses the install before anything is created, naming the Secret and the command', async () => {
    const r = await helmIn('helm', ['install', 'fxa', CHART, '-n', ns(), ...OFF]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(new RegExp(`reads [\\w., -]+ of the Secret ${ns()}/(fxa-keys|fxa-shared-secrets), which does not exist: make them with \`npx fxa-helm secrets init -f <your values> -n ${ns()} --release fxa\``));
    expect(nothingIn(ns())).toBe('');
  });

  it('refuses it in a namespace --create-namespace would make', async () => {
    const fresh = `${ns()}-new`;
    try {
      const r = await helmIn('helm', ['install', 'fxa', CHART, '-n', fresh, '--create-namespace', ...OFF]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`of the Secret ${fresh}/`);
    } finally {
      kubectl(['delete', 'namespace', fresh, '--ignore-not-found', '--wait=false']);
    }
  });

  it('names an enabled integration\'s missing key once the rest exists', async () => {
    const init = cli(['secrets', 'init', ...OFF.slice(0, 2), '-n', ns(), '--kubeconfig', KUBECONFIG, '--secret', 'mysqlPassword=p', '--secret', 'smtpPassword=s']);
    expect(init.status, init.stderr).toBe(0);
    const r = await helmIn('helm', ['install', 'fxa', CHART, '-n', ns(), ...OFF, '--set', 'global.integrations.recoveryPhone.enabled=true', '--set', 'global.integrations.recoveryPhone.accountSid=AC1', '--set-string', 'global.integrations.recoveryPhone.smsFrom=+15550100', '--dry-run=server']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`reads twilioAuthToken of the Secret ${ns()}/fxa-shared-secrets, which lacks them`);
    // and with every key there, the same install goes through
    const ok = await helmIn('helm', ['install', 'fxa', CHART, '-n', ns(), ...OFF, '--dry-run=server']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('leaves helm template alone', () => {
    expect(render('helm', OFF).length).toBeGreaterThan(20);
  });
});
