/**
 * The validator as a whole, in this process, on the real chart: how values are read, which subcharts are
 * checked, how globals reach them, and how each kind of problem is reported. Helm's agreement on verdicts
 * is the parity suite's; this pins our side of it without Helm.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALUE_RULES } from '../../schema/rules.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { createValidator, runValidate, userValues } from '../../scripts/validate/index.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { line } from '../../scripts/validate/messages.ts';
import { valuesFile } from '../helpers/helm.ts';

const dir = mkdtempSync(join(tmpdir(), 'fxa-validator-'));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const validator = createValidator();
const check = (files: string[], sets: string[] = []) => validator.validate(userValues(files, sets));
const lines = (files: string[], sets: string[] = []): string[] => check(files, sets).problems.map(line);

describe('reading values', () => {
  it('merges files in order, then --set, as Helm does', () => {
    const a = file('a.yaml', 'fxa-auth-server:\n  replicaCount: 2\n  env:\n    SMTP_PORT: 25\n');
    const b = file('b.yaml', 'fxa-auth-server:\n  env:\n    SMTP_PORT: 587\n');
    expect(userValues([a, b], ['fxa-auth-server.replicaCount=3'])).toEqual({ 'fxa-auth-server': { replicaCount: 3, env: { SMTP_PORT: 587 } } });
  });

  it('refuses a file that is not YAML, or not a map, naming the file in one line', () => {
    const broken = file('broken.yaml', 'a: [\n');
    expect(() => userValues([broken], [])).toThrow(UserError);
    expect(() => userValues([broken], [])).toThrow(new RegExp(`^${broken}: [^\\n]+$`));
    const list = file('list.yaml', '- a\n- b\n');
    expect(() => userValues([list], [])).toThrow(`${list}: must be a YAML map of values`);
  });

  it('reads an empty file as no values', () => {
    expect(userValues([file('empty.yaml', ''), file('comment.yaml', '# nothing\n')], [])).toEqual({});
  });
});

describe('what is checked', () => {
  it('accepts both example environments and reports the enabled servers', () => {
    for (const env of ['dev', 'prod']) expect(lines([valuesFile(env)])).toEqual([]);
    const { enabled } = check([valuesFile('prod')]);
    expect(enabled).toContain('fxa-auth-server');
    expect(enabled).not.toContain('mysql'); // prod keeps the in-cluster database off
  });

  it('skips a subchart whose condition is false, and checks it once enabled', () => {
    const bad = ['fxa-event-broker.replicaCount=-1'];
    expect(lines([valuesFile('dev')], [...bad, 'fxa-event-broker.enabled=false'])).toEqual([]);
    expect(lines([valuesFile('dev')], [...bad, 'fxa-event-broker.enabled=true'])).toEqual(['fxa-event-broker.replicaCount: -1 is out of range; must be >= 0']);
  });

  it('hands the parent\'s globals to every subchart, and names every reader of a missing shared secret in one line', () => {
    expect(lines([valuesFile('dev')], ['global.secrets.values.flowIdKey=null'])).toEqual([
      'global.secrets.values.flowIdKey: required by fxa-auth-server (FLOW_ID_KEY), fxa-content-server (FLOW_ID_KEY); set it, or name a Secret in global.secrets.existingSecret',
    ]);
  });

  it('reports a cross-field rule at the value to change, in the rule\'s words', () => {
    const rule = VALUE_RULES.find((r) => r.id === 'admin-panel-needs-admin-server')!;
    expect(lines([valuesFile('prod')], ['fxa-admin-panel.enabled=true', 'fxa-admin-server.enabled=false'])).toEqual([`${rule.then.path}: ${rule.message}`]);
  });

  it('reports several problems at once, each once', () => {
    const problems = lines([valuesFile('prod')], ['fxa-auth-server.replicaCuont=2', 'fxa-auth-server.env.LOG_FORMAT=json', 'global.environment=staging']);
    expect(problems).toHaveLength(3);
    expect(problems.some((l) => l.startsWith('global.environment: "staging" is not allowed'))).toBe(true);
  });

  it('refuses an external store\'s host with a scheme, a port or a path, naming the key and where the port goes', () => {
    const fix = 'must be empty or a host name or IP address alone: no scheme (such as mysql://), no :port (set the sibling port), no path';
    expect(lines([valuesFile('prod')], ['global.mysql.host=mysql://db.example.test:3306'])).toEqual([`global.mysql.host: "mysql://db.example.test:3306" ${fix}`]);
    expect(lines([valuesFile('prod')], ['global.redis.host=redis.example.test:6379'])).toEqual([`global.redis.host: "redis.example.test:6379" ${fix}`]);
    expect(lines([valuesFile('prod')], ['global.smtp.host=smtp.example.test/relay'])).toEqual([`global.smtp.host: "smtp.example.test/relay" ${fix}`]);
    expect(lines([valuesFile('prod')], ['global.statsd.host=udp://statsd'])).toEqual([`global.statsd.host: "udp://statsd" ${fix}`]);
    // a name, a dotted name and an address are hosts; empty keeps its meaning
    expect(lines([valuesFile('prod')], ['global.mysql.host=db', 'global.redis.host=10.0.0.7', 'global.smtp.host=email-smtp.eu-west-1.amazonaws.com', 'global.statsd.host='])).toEqual([]);
  });

  it('suggests quoting or --set-string where a string is wanted and digits came, and reports only that for a required setting', () => {
    expect(lines([valuesFile('prod')], ['global.smtp.user=12345'])).toEqual(['global.smtp.user: must be string, got integer 12345: quote it in a values file, or pass it with --set-string']);
    expect(lines([valuesFile('prod')], ['global.integrations.googleSignIn.enabled=true', 'global.integrations.googleSignIn.clientId=12345'])).toEqual([
      'global.integrations.googleSignIn.clientId: must be string, got integer 12345: quote it in a values file, or pass it with --set-string',
    ]);
    // missing, it is the rule that speaks
    const rule = VALUE_RULES.find((r) => r.id === 'integration-googleSignIn-clientId')!;
    expect(lines([valuesFile('prod')], ['global.integrations.googleSignIn.enabled=true'])).toEqual([`global.integrations.googleSignIn.clientId: ${rule.message}`]);
    expect(lines([valuesFile('prod')], ['global.smtp.user=true'])).toEqual(['global.smtp.user: must be string, got boolean true: quote it in a values file, or pass it with --set-string']);
    // a type that is not a string's, or a value no quoting would make a string, gets no such hint
    expect(lines([valuesFile('prod')], ['fxa-auth-server.replicaCount=two'])[0]).toMatch(/^fxa-auth-server\.replicaCount: must be integer, got string "two"$/);
    const objectUser = createValidator().validate(mergeValues(userValues([valuesFile('prod')], []), { global: { smtp: { user: { name: 'x' } } } })).problems;
    expect(objectUser.map((p) => `${p.path}: ${p.message}`)).toEqual(['global.smtp.user: must be string, got object {"name":"x"}']);
  });

  it('names global.publicUrl when a subdomains layout over an Ingress that cannot strip gets a public URL with a path', () => {
    const problems = lines([valuesFile('prod')], ['global.routes.kind=ingress', 'global.routes.layout=subdomains', 'global.routes.ingress.stripPrefix=none', 'global.publicUrl=https://accounts.example.com/fxa']);
    expect(problems).toEqual([
      'global.publicUrl: has a path, under which fxa-content-server would be served, yet they serve at their root and an Ingress strips no path: give global.publicUrl (and global.publicUrls) no path, or set global.routes.ingress.stripPrefix=nginx, or use global.routes.kind=httpRoute',
    ]);
    // without the path there is nothing to strip
    expect(lines([valuesFile('prod')], ['global.routes.kind=ingress', 'global.routes.layout=subdomains', 'global.routes.ingress.stripPrefix=none'])).toEqual([]);
  });

  it('reads the Ingress paths rule from the chart\'s directory', () => {
    const problems = lines([valuesFile('prod')], ['global.routes.kind=ingress', 'global.routes.layout=paths', 'global.routes.ingress.stripPrefix=none']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^global\.routes\.ingress\.stripPrefix: .* serve at their root/);
  });
});

describe('runValidate', () => {
  const capture = (fn: () => number): { code: number; out: string; err: string } => {
    const out: string[] = [];
    const err: string[] = [];
    const [o, e] = [process.stdout.write, process.stderr.write];
    process.stdout.write = ((s: string) => out.push(s) > 0) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => err.push(s) > 0) as typeof process.stderr.write;
    try {
      return { code: fn(), out: out.join(''), err: err.join('') };
    } finally {
      [process.stdout.write, process.stderr.write] = [o, e];
    }
  };

  it('prints one summary line and returns 0 for good values', () => {
    const r = capture(() => runValidate({ values: [valuesFile('prod')], set: [] }));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    // the library chart is not a server
    expect(r.out).toMatch(new RegExp(`^validate: ok: ${valuesFile('prod')} \\(${check([valuesFile('prod')]).enabled.filter((n) => n !== 'fxa-common').length} servers enabled, \\d+ ms\\)\n$`));
    expect(r.out).toContain('(12 servers enabled, ');
  });

  it('prints a line per problem, then the count, and returns 1', () => {
    const r = capture(() => runValidate({ values: [valuesFile('prod')], set: ['fxa-auth-server.replicaCuont=2'] }));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^fxa-auth-server\.replicaCuont: unknown key/), expect.stringMatching(/^validate: 1 problem\(s\) in .*prod\.yaml$/), '']);
  });

  it('checks the chart defaults when no file is given: they are not an install (no database, mail or secrets)', () => {
    const r = capture(() => runValidate({ values: [], set: [] }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^global\.smtp\.host: must be set in production/m);
    expect(r.err).toMatch(/\nvalidate: \d+ problem\(s\) in the chart defaults\n$/);
  });
});
