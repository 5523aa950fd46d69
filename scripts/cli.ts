#!/usr/bin/env node
import { Command } from 'commander';
import { setup } from './setup/index.ts';
import { runGen } from './gen/index.ts';
import { printCatalog } from './catalog.ts';
import { UserError } from './lib/errors.ts';
import { runImport } from './import/index.ts';
import { runDemo } from './demo.ts';
import { runValidate } from './validate/index.ts';
import { runLint } from './lint.ts';

const program = new Command('fxa-helm')
  .description('Generate and check the FxA Helm chart from the typed catalog in schema/')
  .option('-v, --verbose', 'show stack traces on errors');

program.command('setup').description('install pinned tools (helm 4, helm 3, kubectl, ...) into .tools/bin')
  .option('--verify', 'run each tool once and print its version')
  .action((o: { verify?: boolean }) => setup(o));

program.command('gen').description('write the charts, values, types and docs generated from schema/')
  .option('--check', 'write nothing; exit 1 naming every stale file')
  .action(async (o: { check?: boolean }) => { process.exitCode = await runGen({ check: Boolean(o.check) }); });

program.command('import').description('rewrite schema/env/*.ts from a convict extraction of mozilla/fxa (.cache/extract)')
  .option('--from <dir>', 'extraction directory')
  .action((o: { from?: string }) => runImport(o.from));

program.command('demo').description('check, lint and render the chart on values/dev.yaml and print what runs')
  .option('-f, --values <name>', 'values file under values/', 'dev')
  .action((o: { values: string }) => runDemo(o.values));

program.command('lint').description('tsc, yamllint, helm lint --strict (Helm 4 and 3), ct lint')
  .action(async () => { process.exitCode = await runLint({ verbose: program.opts<{ verbose?: boolean }>().verbose }); });

const collect = (v: string, acc: string[]): string[] => [...acc, v];
program.command('validate').description('check values the way Helm will, before Helm runs; one line per problem')
  .option('-f, --values <file>', 'values file (repeatable; later wins)', collect, [] as string[])
  .option('--set <key=value>', 'set a value like helm --set (repeatable)', collect, [] as string[])
  .action((o: { values: string[]; set: string[] }) => { process.exitCode = runValidate(o); });

program.command('catalog').description('print the catalog of servers and their environment variables')
  .option('--json', 'machine-readable JSON')
  .option('-s, --server <name>', 'only this server')
  .action((o: { json?: boolean; server?: string }) => printCatalog(o));

program.parseAsync().catch((err: unknown) => {
  const verbose = program.opts<{ verbose?: boolean }>().verbose;
  if (err instanceof UserError && !verbose) {
    process.stderr.write(`error: ${err.message}\n`);
  } else {
    process.stderr.write(`error: ${err instanceof Error ? (verbose ? err.stack : err.message) : String(err)}\n`);
    if (!verbose) process.stderr.write('(run with --verbose for details)\n');
  }
  process.exit(1);
});
