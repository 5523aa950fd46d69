/**
 * Nothing in the example environments or the defaults assumes a release name: rendered under several, every
 * in-cluster host a server is given (read off the rendered objects, test/helpers/hosts.ts) is a Service of that
 * render. The cluster test (test/cluster/install-prod.test.ts) checks the same against a real install.
 */
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHART, helmPath, valuesFile, type K8sObject } from '../helpers/helm.ts';
import { givenHosts, hostsInValue } from '../helpers/hosts.ts';

const LONGEST = `r${'e'.repeat(51)}x`;

function render(release: string, env: 'dev' | 'prod', extra: string[] = []): K8sObject[] {
  const out = execFileSync(helmPath('helm'), ['template', release, CHART, '--namespace', 'fxa', '-f', valuesFile(env), ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return parseAllDocuments(out).map((d) => d.toJS() as K8sObject | null).filter((o): o is K8sObject => o !== null);
}

describe('hosts the servers are given', () => {
  it('reads hosts from URLs and host variables, leaving out public names and the loopback', () => {
    expect(hostsInValue('AUTH_SERVER_URL', 'http://accounts-fxa-auth-server:9000/v1')).toEqual(['accounts-fxa-auth-server']);
    expect(hostsInValue('DD_AGENT_HOST', 'fxa-statsd')).toEqual(['fxa-statsd']);
    expect(hostsInValue('SYNC_DATABASE_URL', 'mysql://root:$(PW)@r-mysql:3306/syncstorage')).toEqual(['r-mysql']);
    expect(hostsInValue('ALLOWED', 'http://a-b:1,http://c-d:2')).toEqual(['a-b', 'c-d']);
    expect(hostsInValue('PUBLIC_URL', 'https://api.accounts.example.com')).toEqual([]);
    expect(hostsInValue('TASK_URL', 'http://127.0.0.1:9000/auth/v1/x')).toEqual([]);
    expect(hostsInValue('IP_ADDRESS', '0.0.0.0')).toEqual([]);
    expect(hostsInValue('NAME', 'fxa-statsd')).toEqual([]);
  });

  for (const env of ['dev', 'prod'] as const) {
    it.each(['fxa', 'accounts', LONGEST])(`values/${env}.yaml as release %s: every in-cluster host is a Service of the release`, (release) => {
      const objects = render(release, env);
      const services = objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name);
      const hosts = givenHosts(objects);
      // the services the values leave empty, meaning this release's own
      const own = env === 'dev' ? ['statsd', 'redis', 'mysql', 'mailpit'] : ['statsd', 'redis'];
      const seen = new Set(hosts.map((h) => h.host));
      for (const s of own) expect([...seen].some((h) => h.endsWith(`-${s}`) || h === s), `${s} among ${[...seen].join(', ')}`).toBe(true);
      for (const h of hosts) expect(services, `${h.where} ${h.variable}=${h.host}`).toContain(h.host);
    });
  }

  it('sends no metrics while global.statsd.enabled is off, and to an external receiver when its host is set', () => {
    const off = givenHosts(render('accounts', 'prod', ['--set', 'global.statsd.enabled=false', '--set', 'statsd.enabled=false']));
    expect(off.filter((h) => h.host.includes('statsd'))).toEqual([]);
    const external = render('accounts', 'prod', ['--set', 'global.statsd.host=metrics', '--set', 'statsd.enabled=false']);
    const auth = external.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'accounts-fxa-auth-server-env') as unknown as { data: Record<string, string> };
    expect(auth.data).toMatchObject({ STATSD_ENABLE: 'true', DD_AGENT_HOST: 'metrics' });
  });
});
