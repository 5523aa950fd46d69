/**
 * Our validator's verdict must equal Helm's on every case: hand-written ones, then generated ones.
 * Helm's verdict is `helm template`'s exit status (schema errors and the chart's own fail rules).
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { HELM_YAML } from '../../scripts/lib/helm-yaml.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { line, type Problem } from '../../scripts/validate/messages.ts';
import { CHART, HELMS, valuesFile } from '../helpers/helm.ts';
import { helmAsync, pool } from '../helpers/async-helm.ts';
import { mutation, validOverrides } from '../helpers/values-gen.ts';

interface Case {
  name: string;
  base: 'dev' | 'prod';
  overrides?: Record<string, unknown>;
  /** Raw YAML, for what only the text shows (how a plain scalar reads) */
  yaml?: string;
  set?: string[];
  /** Expected verdict; undefined: no expectation of ours, only agreement with Helm. */
  valid: boolean | undefined;
}

const HAND: Case[] = [
  { name: 'dev as shipped', base: 'dev', valid: true },
  { name: 'prod as shipped', base: 'prod', valid: true },
  { name: 'prod scaled out', base: 'prod', set: ['fxa-auth-server.replicaCount=5', 'fxa-content-server.replicaCount=3'], valid: true },
  { name: 'an env value by --set', base: 'dev', set: ['fxa-auth-server.env.SMTP_HOST=smtp.example.com', 'fxa-auth-server.env.SMTP_PORT=587'], valid: true },
  { name: 'a list by --set', base: 'dev', set: ['fxa-auth-server.env.SUPPORTED_LANGS={en,de,fr}'], valid: true },
  { name: 'null returns a value to its default', base: 'dev', set: ['fxa-auth-server.env.NODE_ENV=null'], valid: true },
  { name: 'escaped dot in a key', base: 'dev', set: ['fxa-auth-server.podAnnotations.example\\.com/team=accounts'], valid: true },
  { name: 'secret from an existing Secret', base: 'prod', overrides: { 'fxa-auth-server': { secretEnv: { SMTP_PASS: { existingSecret: 'smtp', key: 'password' } } } }, valid: true },
  { name: 'per-server public URL', base: 'prod', set: ['global.publicUrls.fxa-auth-server=https://api.example.com'], valid: true },
  { name: 'optional servers off', base: 'dev', set: ['fxa-event-broker.enabled=false', 'fxa-payments-server.enabled=false', '123done.enabled=false'], valid: true },
  { name: 'values of a disabled server are not checked', base: 'prod', set: ['123done.replicaCount=-1'], valid: true },
  { name: 'typo in a key', base: 'prod', set: ['fxa-auth-server.replicaCuont=2'], valid: false },
  { name: 'wrong enum', base: 'prod', set: ['fxa-auth-server.env.LOG_FORMAT=json'], valid: false },
  { name: 'string where an integer belongs', base: 'prod', overrides: { 'fxa-auth-server': { env: { SMTP_PORT: 'twenty-five' } } }, valid: false },
  { name: 'singleton scaled', base: 'dev', set: ['redis.replicaCount=2'], valid: false },
  { name: 'unknown environment', base: 'dev', set: ['global.environment=staging'], valid: false },
  { name: 'public URL without scheme', base: 'dev', set: ['global.publicUrl=accounts.example.com'], valid: false },
  { name: 'missing shared secret', base: 'dev', set: ['global.secrets.values.flowIdKey=null'], valid: false },
  { name: 'secret both inline and referenced', base: 'prod', overrides: { 'fxa-auth-server': { secretEnv: { SMTP_PASS: { value: 'x', existingSecret: 'y' } } } }, valid: false },
  { name: 'extraEnv shadows a catalog variable', base: 'dev', overrides: { 'fxa-content-server': { extraEnv: [{ name: 'PORT', value: '1' }] } }, valid: false },
  { name: 'no database host and no in-cluster mysql', base: 'prod', set: ['global.mysql.host='], valid: false },
  { name: 'database host with a scheme and a port', base: 'prod', set: ['global.mysql.host=mysql://db.example.test:3306'], valid: false },
  { name: 'database host with a port', base: 'prod', set: ['global.mysql.host=db.example.test:3306'], valid: false },
  { name: 'Redis host with a port', base: 'prod', set: ['global.redis.host=redis.example.test:6379'], valid: false },
  { name: 'mail relay host with a path', base: 'prod', set: ['global.smtp.host=smtp.example.test/relay'], valid: false },
  { name: 'hosts by name and by address', base: 'prod', set: ['global.mysql.host=db', 'global.redis.host=10.0.0.7'], valid: true },
  { name: 'in-cluster mysql in production', base: 'prod', set: ['mysql.enabled=true'], valid: false },
  { name: 'admin panel without admin server', base: 'prod', set: ['fxa-admin-panel.enabled=true'], valid: false },
  { name: 'unknown top-level key', base: 'dev', set: ['fxa-auth.replicaCount=1'], valid: false },
  { name: 'unknown global key', base: 'dev', set: ['global.enviroment=production'], valid: false },
  // found by the fuzzer: go-yaml drops underscores before parsing numbers, so -_7 is an integer to Helm
  { name: 'a plain -_7 is a number, not a string', base: 'prod', yaml: 'fxa-auth-server:\n  env:\n    RATE_LIMIT__BIGQUERY__TABLE: -_7\n', valid: false },
  { name: 'a plain -_6. is a float', base: 'prod', yaml: 'syncstorage:\n  env:\n    SYNC_TOKENSERVER__FXA_OAUTH_SERVER_URL: -_6.\n', valid: false },
  { name: 'a plain date stays text to the schema', base: 'prod', yaml: 'fxa-auth-server:\n  env:\n    SMTP_HOST: 2001-12-14\n', valid: true },
  { name: 'plain y / on are booleans (YAML 1.1)', base: 'prod', yaml: 'fxa-auth-server:\n  env:\n    SMTP_HOST: on\n', valid: false },
  { name: 'quoted "on" stays a string', base: 'prod', yaml: 'fxa-auth-server:\n  env:\n    SMTP_HOST: "on"\n', valid: true },
];

/** Plain scalars whose type YAML 1.1 and go-yaml decide in surprising ways; the verdict is Helm's, not ours. */
const TRICKY = ['-_7', '+_1', '1_0', '-_6.', '0x1F', '0X1f', '017', '08', '0o17', '0b101', '.5', '+.5', '-.5e3', '1e3', '1.2.3', '-0', '12_', '_1', '1__2', '0.', '2001-12-14', '.inf', '.nan', 'Infinity', 'y', 'n', 'yes', 'off', '~', 'null'];
const SCALARS: Case[] = TRICKY.flatMap((v) => [
  { name: `plain ${v} as a string setting`, base: 'prod' as const, yaml: `fxa-auth-server:\n  env:\n    SMTP_HOST: ${v}\n` },
  { name: `plain ${v} as a number setting`, base: 'prod' as const, yaml: `fxa-auth-server:\n  env:\n    SMTP_PORT: ${v}\n` },
]).map((c) => ({ ...c, valid: undefined }));

/**
 * --set values Helm types with Go's strconv.ParseInt (a sign and int64 count, a leading 0 does not) and
 * its case-blind true/false/null; the verdict is Helm's.
 */
const SET_TRICKY = ['+25', '-0', '-025', '0025', '00', '+0', '9007199254740993', '9223372036854775807', '9223372036854775808', '-9223372036854775809', '1e3', '0x1F', '1.5', 'TRUE', 'nULL', '', '+', '-'];
const SETS: Case[] = SET_TRICKY.flatMap((v) => [
  { name: `--set ${v || '(empty)'} as a string setting`, base: 'prod' as const, set: [`fxa-auth-server.env.SMTP_HOST=${v}`] },
  { name: `--set ${v || '(empty)'} as a number setting`, base: 'prod' as const, set: [`fxa-auth-server.env.SMTP_PORT=${v}`] },
]).map((c) => ({ ...c, valid: undefined }));

const SEED = Number(process.env.FXA_PARITY_SEED ?? 20261125);
const GENERATED: Case[] = [
  ...fc.sample(validOverrides(), { numRuns: 20, seed: SEED }).map((o, i) => ({ name: `generated valid #${i}`, base: 'dev' as const, overrides: o, valid: true })),
  ...fc.sample(mutation(), { numRuns: 30, seed: SEED + 1 }).map((m, i) => ({ name: `generated ${m.what} #${i} (${m.path})`, base: 'dev' as const, overrides: m.overrides, valid: false })),
];

const dir = mkdtempSync(join(tmpdir(), 'fxa-parity-'));
const validator = createValidator();

/**
 * The value paths Helm 4 names in its schema errors, as our validator spells paths: "fxa-auth-server.env.FOO".
 * Its format: a line per chart ("fxa-auth-server:"), then "- at '/env': additional properties 'FOO' not allowed".
 */
function helmPaths(stderr: string): string[] {
  const paths: string[] = [];
  let chart = '';
  for (const l of stderr.split('\n')) {
    const c = /^([\w.-]+):$/.exec(l);
    if (c) chart = c[1] === 'fxa' ? '' : c[1]!;
    const e = /^\s*- at '([^']*)': (.*)$/.exec(l);
    if (!e || e[2] === 'validation failed' || /^'?(allOf|anyOf|oneOf)'? failed/.test(e[2]!)) continue; // aggregates: the causes follow
    const base = [chart, ...e[1]!.split('/').filter(Boolean)].filter(Boolean).join('.');
    const named = /(?:additional properties|missing propert(?:y|ies)) ((?:'[^']+'(?:, )?)+)/.exec(e[2]!);
    const keys = named ? [...named[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : [undefined];
    for (const k of keys) paths.push(k === undefined ? base : [base, k].filter(Boolean).join('.'));
  }
  return paths;
}

async function verdicts(c: Case, i: number): Promise<{ ours: boolean; problems: string[]; paths: string[]; helm: Record<string, { ok: boolean; stderr: string; paths: string[] }> }> {
  const files = [valuesFile(c.base)];
  if (c.overrides || c.yaml) {
    const f = join(dir, `case-${i}.yaml`);
    writeFileSync(f, c.yaml ?? stringify(c.overrides, HELM_YAML));
    files.push(f);
  }
  let problems: Problem[];
  try {
    const user = userValues(files, c.set ?? []);
    problems = validator.validate(user).problems; // outside the catch: a validator that throws fails the test
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems = [{ path: '(file)', message: e.message }]; // a file Helm cannot read either
  }
  const args = ['template', 'fxa', CHART, ...files.flatMap((f) => ['-f', f]), ...(c.set ?? []).flatMap((s) => ['--set', s])];
  const helm: Record<string, { ok: boolean; stderr: string; paths: string[] }> = {};
  for (const bin of HELMS) {
    const r = await helmAsync(bin, args);
    helm[bin] = { ok: r.code === 0, stderr: r.stderr.trim().split('\n').slice(0, 6).join(' | '), paths: helmPaths(r.stderr) };
  }
  return { ours: problems.length === 0, problems: problems.map(line), paths: problems.map((p) => p.path), helm };
}

describe(`validator parity with Helm 4 and Helm 3 (seed ${SEED})`, async () => {
  const cases = [...HAND, ...GENERATED, ...SCALARS, ...SETS];
  const results = await pool(cases, 2, verdicts);
  it('compares named paths, not only verdicts: Helm 4 names a value in most rejected cases', () => {
    const named = results.filter((r) => !r.helm.helm!.ok && r.helm.helm!.paths.length > 0).length;
    const rejected = results.filter((r) => !r.helm.helm!.ok).length;
    expect(named).toBeGreaterThanOrEqual(Math.ceil(rejected * 0.8));
  });
  cases.forEach((c, i) => {
    it(c.name, () => {
      const r = results[i]!;
      const detail = `ours: ${r.problems.join(' ; ') || 'ok'}\n${Object.entries(r.helm).map(([b, h]) => `${b}: ${h.ok ? 'ok' : h.stderr}`).join('\n')}`;
      if (c.valid !== undefined) expect(r.ours, `expected ${c.valid ? 'valid' : 'invalid'}; ${detail}`).toBe(c.valid);
      for (const bin of HELMS) expect(r.helm[bin]!.ok, `${bin} disagrees with us; ${detail}`).toBe(r.ours);
      // the problem, not only the verdict: every value Helm 4 names, we name too
      const missed = r.helm.helm!.paths.filter((p) => !r.paths.includes(p));
      expect(missed, `Helm names ${missed.join(', ')} and we do not; ${detail}`).toEqual([]);
    });
  });
});
