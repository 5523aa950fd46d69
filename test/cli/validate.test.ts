/**
 * The acceptance case, through the real command line: a file with a typo in a key, a wrong
 * enum value and a string where an integer belongs gives exactly three lines naming the three paths,
 * exit 1; Helm rejects the same file; a good file gives a one-line summary, exit 0.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { CHART, HELMS, helm, valuesFile } from '../helpers/helm.ts';

const bad = join(mkdtempSync(join(tmpdir(), 'fxa-cli-')), 'bad.yaml');
writeFileSync(bad, ['fxa-auth-server:', '  replicaCuont: 2', '  env:', '    LOG_FORMAT: json', '    SMTP_PORT: twenty-five', ''].join('\n'));

it('rejects a typo, a wrong enum and a string for an integer with three one-line problems', () => {
  const r = cli(['validate', '-f', valuesFile('prod'), '-f', bad]);
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines.slice(0, 3)).toEqual(expect.arrayContaining([
    'fxa-auth-server.env.LOG_FORMAT: "json" is not allowed; allowed: "heka", "pretty", null',
    'fxa-auth-server.env.SMTP_PORT: must be number or null, got string "twenty-five"',
    expect.stringMatching(/^fxa-auth-server\.replicaCuont: unknown key; did you mean "replicaCount"\?/),
  ]));
  expect(lines[3]).toMatch(/^validate: 3 problem\(s\)/);
  expect(lines).toHaveLength(4);
});

for (const bin of HELMS) {
  it(`${bin} rejects the same file`, () => {
    const r = helm(bin, ['template', 'fxa', CHART, '-f', valuesFile('prod'), '-f', bad]);
    expect(r.code).not.toBe(0);
    for (const path of ['replicaCuont', 'LOG_FORMAT', 'SMTP_PORT']) expect(r.stderr).toContain(path);
  });
}

it('accepts values/prod.yaml with a one-line summary', () => {
  const r = cli(['validate', '-f', valuesFile('prod')]);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^validate: ok: .*prod\.yaml \(\d+ servers enabled, \d+ ms\)\n$/);
});

it('reads --set like Helm: escaped dots, lists and typed scalars', () => {
  const r = cli(['validate', '-f', valuesFile('prod'), '--set', 'fxa-auth-server.podAnnotations.example\\.com/team=accounts', '--set', 'fxa-auth-server.env.SUPPORTED_LANGS={en,de}', '--set', 'fxa-auth-server.replicaCount=3']);
  expect(r.status, r.stderr).toBe(0);
});
