/**
 * `fxa-helm config` as a command (scripts/config/index.ts): what it prints, which values it marks, and the exit
 * code CI gates on. The known answers are values we know to be wrong for a self-hosted install: the admin
 * panel's public URLs left at convict's `http://localhost:8091` (the chart wires neither), and values set on
 * the command line to a developer's machine or to a Mozilla-run host.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runConfig, type ConfigOptions } from '../../scripts/config/index.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { cli } from '../helpers/cli.ts';
import { valuesFile } from '../helpers/helm.ts';

/** runConfig in this process, its stdout captured. */
function run(o: Partial<ConfigOptions>): { status: number; out: string } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  try {
    const status = runConfig({ values: [], set: [], ...o });
    return { status, out: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

/** The variable lines of a plain report: `  NAME  origin  value  <- marks`. */
const varLines = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('  '));
const headers = (out: string): string[] => out.split('\n').filter((l) => /^\S+: \d+ from values/.test(l));

afterEach(() => vi.restoreAllMocks());

describe('fxa-helm config on the development values', () => {
  const dev = run({ values: [valuesFile('dev')], marked: true });

  it('exits 1 and marks the admin panel\'s public URLs, left at convict\'s localhost default', () => {
    expect(dev.status).toBe(1);
    const marked = varLines(dev.out).map((l) => l.trim().split(/\s+/));
    expect(marked).toContainEqual(['PUBLIC_URL', 'upstream', 'http://localhost:8091', '<-', 'localhost']);
    expect(marked).toContainEqual(['STATIC_RESOURCE_URL', 'upstream', 'http://localhost:8091', '<-', 'localhost']);
    expect(headers(dev.out)).toContain('fxa-admin-panel: 0 from values, 5 wired by the chart, 20 upstream defaults, 2 marked');
  });

  it('with --marked prints only marked variables, and counts them in the last line', () => {
    const lines = varLines(dev.out);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/ {2}<- (localhost|mozilla)/);
    expect(dev.out.trimEnd().split('\n').pop()).toMatch(new RegExp(`^${lines.length} value\\(s\\) marked across ${headers(dev.out).length} servers$`));
  });

  it('does not mark the chart\'s own loopback URLs, a secret\'s reference, or a setting of a server this release lacks', () => {
    const all = run({ values: [valuesFile('prod')] }).out;
    const line = (name: string): string => varLines(all).find((l) => l.trim().startsWith(`${name} `))!;
    // auth's Cloud Tasks emulator calls auth back inside its pod: meant to be local
    expect(line('AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL')).toMatch(/^ {2}AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL +chart +http:\/\/127\.0\.0\.1:9000\/auth\/v1\/cloud-tasks\/accounts\/delete$/);
    // fxa-graphql-api is not in the pinned release: nothing calls the URL that still says localhost
    expect(line('FXA_GQL_URL')).toMatch(/^ {2}FXA_GQL_URL +upstream +http:\/\/localhost:8290$/);
    // a Secret may be called anything, even "localhost": its reference is not a URL
    const named = run({ values: [valuesFile('prod')], set: ['global.secrets.existingSecret=localhost'], server: 'fxa-auth-server' });
    expect(varLines(named.out).find((l) => l.trim().startsWith('SMTP_PASS '))).toMatch(/^ {2}SMTP_PASS +chart +secret:localhost\/smtpPassword$/);
    expect(named.status).toBe(0);
  });
});

describe('fxa-helm config on the production values', () => {
  it('exits 0 and says nothing is marked', () => {
    const prod = run({ values: [valuesFile('prod')] });
    expect(prod.status).toBe(0);
    expect(prod.out).toMatch(/\n0 value\(s\) marked across \d+ servers\n$/);
    expect(varLines(prod.out).some((l) => l.includes('<-'))).toBe(false);
  });

  it('marks a value set to a developer\'s machine or to a Mozilla-run host, from the values', () => {
    const r = run({
      values: [valuesFile('prod')],
      set: ['fxa-auth-server.env.FXA_OPENID_ISSUER=http://localhost:3030', 'fxa-auth-server.env.MFA__JWT__ISSUER=accounts.firefox.com'],
      server: 'fxa-auth-server',
      marked: true,
    });
    expect(r.status).toBe(1);
    expect(headers(r.out)).toEqual([expect.stringMatching(/^fxa-auth-server: 2 from values, \d+ wired by the chart, \d+ upstream defaults, 2 marked$/)]);
    expect(varLines(r.out).map((l) => l.trim().split(/\s+/))).toEqual([
      ['FXA_OPENID_ISSUER', 'values', 'http://localhost:3030', '<-', 'localhost'],
      ['MFA__JWT__ISSUER', 'values', 'accounts.firefox.com', '<-', 'mozilla'],
    ]);
    expect(r.out.trimEnd().split('\n').pop()).toBe('2 value(s) marked across 1 servers');
  });

  it('--server shows one server with every variable; an unknown or disabled one is refused', () => {
    const r = run({ values: [valuesFile('prod')], server: 'fxa-profile-server' });
    expect(headers(r.out)).toEqual([expect.stringMatching(/^fxa-profile-server: /)]);
    const [, values, chart, upstream] = /: (\d+) from values, (\d+) wired by the chart, (\d+) upstream defaults/.exec(headers(r.out)[0]!)!.map(Number);
    expect(varLines(r.out)).toHaveLength(values! + chart! + upstream!);
    expect(varLines(r.out).find((l) => l.trim().startsWith('DB '))).toMatch(/^ {2}DB +chart +mysql$/);
    expect(() => run({ values: [valuesFile('prod')], server: 'fxa-admin-panel' })).toThrow(new UserError('fxa-admin-panel is not an enabled server under these values'));
  });

  it('--markdown prints the report docs/ keeps, with the same exit code', () => {
    const md = run({ values: [valuesFile('prod')], markdown: true });
    expect(md.status).toBe(0);
    expect(md.out).toMatch(/^# Effective configuration: .*values\/prod\.yaml\n/);
    expect(md.out).toContain('\n## fxa-auth-server\n\n| variable | from | value | marks |\n');
    const devMd = run({ values: [valuesFile('dev')], markdown: true, server: 'fxa-admin-panel' });
    expect(devMd.status).toBe(1);
    expect(devMd.out).toContain('| `PUBLIC_URL` | upstream | `http://localhost:8091` | localhost |');
  });

  it('refuses to run without a values file', () => {
    expect(() => run({})).toThrow(new UserError('give at least one values file: npm run config -- -f values/prod.yaml'));
  });
});

describe('fxa-helm config from the command line', () => {
  it('exits 1 on marked values, 0 on none, and 1 with one line for values Helm refuses', () => {
    expect(cli(['config', '-f', valuesFile('dev'), '--marked']).status).toBe(1);
    const prod = cli(['config', '-f', valuesFile('prod'), '--marked', '--server', 'fxa-auth-server']);
    expect(prod.status).toBe(0);
    expect(prod.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^fxa-auth-server: .* 0 marked$/), '0 value(s) marked across 1 servers']);
    const refused = cli(['config', '-f', valuesFile('prod'), '--set', 'fxa-auth-server.replicaCount=-1']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^error: helm template refused the values: .*replicaCount/);
  });
});
