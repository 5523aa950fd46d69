/**
 * Secrets after day one, through the CLI against the embedded cluster: `init` says when a given value differs from
 * the stored one, `set` replaces an operator-given secret and names the servers the next upgrade restarts (and
 * refuses random ones, which are rotated), a missing namespace is one line saying how to make it, and a password
 * a composed URL would carry as it is must be URL-safe.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { getJson, KUBECONFIG } from '../helpers/cluster.ts';
import { valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const SHARED = 'fxa-shared-secrets';

describe('secrets after day one', () => {
  const ns = useNamespace('day-two');
  const run = (...args: string[]) => cli(['secrets', ...args, '-f', valuesFile('prod'), '-n', ns(), '--kubeconfig', KUBECONFIG]);
  const stored = (key: string): string => Buffer.from(getJson<{ data: Record<string, string> }>(['get', 'secret', SHARED, '-n', ns()]).data[key]!, 'base64').toString('utf8');

  it('init keeps a stored value and says so when the given one differs; set replaces it and names what restarts', () => {
    expect(run('init', '--secret', 'mysqlPassword=db-1', '--secret', 'smtpPassword=mail-1').status).toBe(0);
    const again = run('init', '--secret', 'mysqlPassword=db-1', '--secret', 'smtpPassword=mail-2');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('kept the stored smtpPassword, which differs from the value given: `fxa-helm secrets set smtpPassword=...` replaces it');
    expect(stored('smtpPassword')).toBe('mail-1');

    const set = run('set', 'smtpPassword=mail-2');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stderr).toMatch(/smtpPassword: replaced in fxa-shared-secrets; helm upgrade now rolls [\w, -]*fxa-auth-server/);
    expect(stored('smtpPassword')).toBe('mail-2');
    expect(run('set', 'smtpPassword=mail-2').stderr).toContain('smtpPassword: already the stored value in fxa-shared-secrets; nothing changed');

    const random = run('set', 'flowIdKey=abc');
    expect(random.status).toBe(1);
    expect(random.stderr).toContain('set flowIdKey: made by this install, not given; replace with `fxa-helm secrets rotate <key>`');
  });

  it('refuses a database password a composed URL would carry as it is, naming where', () => {
    const r = run('set', 'mysqlPassword=p@ss/word');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('set mysqlPassword: syncstorage SYNC_SYNCSTORAGE__DATABASE_URL, syncstorage SYNC_TOKENSERVER__DATABASE_URL put it into a URL as it is, so it may not hold # % / ? or a tab or line break');
  });

  it('says in one line how to make a namespace that does not exist', () => {
    const missing = `${ns()}-absent`;
    const r = cli(['secrets', 'init', '-f', valuesFile('prod'), '-n', missing, '--kubeconfig', KUBECONFIG, '--secret', 'mysqlPassword=a', '--secret', 'smtpPassword=b']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`error: namespace ${missing} does not exist: create it with \`kubectl create namespace ${missing}\`, then run this again`]);
  });
});
