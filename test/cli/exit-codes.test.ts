/** The command line's contract: documented exit codes, one-line errors, help for every command. */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { valuesFile } from '../helpers/helm.ts';

describe('fxa-helm exit codes', () => {
  it('documents them in --help and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Exit codes:$/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}the command line itself is wrong/m);
  });

  it.each([
    [['validate', '--bogus'], "error: unknown option '--bogus'"],
    [['bogus'], "error: unknown command 'bogus'"],
    [['secrets', 'rotate'], "error: missing required argument 'what'"],
  ])('exits 2 with one line for a wrong command line: %j', (args, line) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(line);
  });

  it('exits 1 when the command finds problems, 0 when it finds none', () => {
    expect(cli(['validate', '-f', valuesFile('prod'), '--set', 'global.environment=staging']).status).toBe(1);
    expect(cli(['validate', '-f', valuesFile('prod')]).status).toBe(0);
  });

  it('exits 1 with exactly one line when a file cannot be read, and shows the stack with --verbose', () => {
    const r = cli(['validate', '-f', '/nonexistent/values.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: \/nonexistent\/values\.yaml: ENOENT[^\n]*\n$/);
    const verbose = cli(['--verbose', 'validate', '-f', '/nonexistent/values.yaml']);
    expect(verbose.status).toBe(1);
    expect(verbose.stderr.split('\n').length).toBeGreaterThan(3); // the stack
  });
});
