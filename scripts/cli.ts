#!/usr/bin/env node
/**
 * The fxa-helm command line. Each command's module is imported only when that command runs, so
 * `validate` does not pay for loading the generator and the 1,300-variable catalog.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from './lib/errors.ts';
import type { SecretsOptions as SecretsCliOptions } from './secrets/index.ts';

const program = new Command('fxa-helm')
  .description('Generate, check and validate the FxA Helm chart built from the typed catalog in schema/')
  .option('-v, --verbose', 'show stack traces and full tool output')
  // commander's own errors (unknown option, missing argument) become exit 2 below; every subcommand inherits this
  .exitOverride()
  .addHelpText('after', `
Exit codes:
  0  done; nothing to report
  1  the command found problems (invalid values, stale generated files, lint findings, marked
     configuration) or could not do its work (a bad file, a failed tool); one line says which
  2  the command line itself is wrong (unknown command or option, missing argument)

Errors are one line; --verbose adds the stack and the full output of the tools run.`);

const verbose = (): boolean => Boolean(program.opts<{ verbose?: boolean }>().verbose);
const collect = (v: string, acc: string[]): string[] => [...acc, v];

program.command('setup').description('install pinned tools (helm 4, helm 3, kubectl, yamllint, ct, ...) into .tools/bin')
  .option('--verify', 'run each tool once and print its version')
  .option('--cluster', 'also build the embedded cluster\'s binaries (etcd, kube-*, kwok); otherwise they are built on first use')
  .option('--real', 'also build the real node\'s binaries (kubelet, kube-proxy) and the cluster\'s')
  .action(async (o: { verify?: boolean; cluster?: boolean; real?: boolean }) => {
    await (await import('./setup/index.ts')).setup(o);
    // the node's packages and images belong to the cluster, which depends on setup: composed here, not in setup
    if (o.real) await (await import('./cluster/real/index.ts')).prepareRealNode();
  });

program.command('gen').description('write the charts, values, types and docs generated from schema/')
  .option('--check', 'write nothing; exit 1 naming every stale file')
  .action(async (o: { check?: boolean }) => { process.exitCode = await (await import('./gen/index.ts')).runGen({ check: Boolean(o.check) }); });

program.command('validate').description('check values the way Helm will, before Helm runs; one line per problem')
  .option('-f, --values <file>', 'values file (repeatable; later wins)', collect, [] as string[])
  .option('--set <key=value>', 'set a value like helm --set (repeatable)', collect, [] as string[])
  .option('--set-string <key=value>', 'set a value, always as a string, like helm --set-string (repeatable)', collect, [] as string[])
  .option('--set-file <key=path>', 'set a value to a file\'s text, like helm --set-file (repeatable)', collect, [] as string[])
  .action(async (o: { values: string[]; set: string[]; setString: string[]; setFile: string[] }) => { process.exitCode = (await import('./validate/index.ts')).runValidate(o); });

program.command('config').description('the effective configuration of every enabled server; marks values left at localhost or Mozilla\'s services')
  .option('-f, --values <file>', 'values file (repeatable; later wins)', collect, [] as string[])
  .option('--set <key=value>', 'set a value like helm --set (repeatable)', collect, [] as string[])
  .option('-s, --server <name>', 'only this server')
  .option('--marked', 'list only marked values')
  .option('--markdown', 'print the report as Markdown')
  .action(async (o: { values: string[]; set: string[]; server?: string; marked?: boolean; markdown?: boolean }) => { process.exitCode = (await import('./config/index.ts')).runConfig(o); });

program.command('lint').description('tsc, yamllint, helm lint --strict (Helm 4 and 3), ct lint, shellcheck, hadolint')
  .action(async () => { process.exitCode = await (await import('./lint.ts')).runLint({ verbose: verbose() }); });

program.command('cluster').description('the embedded cluster: up | down | status')
  .argument('<action>', 'up, down or status')
  .option('--real', 'with up: add a real node (containerd, kubelet, kube-proxy) that runs Redis, MySQL, Mailpit, statsd and the auth server\'s fixes on a stand-in in real containers; needs root')
  .action(async (action: string, o: { real?: boolean }) => { process.exitCode = await (await import('./cluster/index.ts')).runCluster(action, o); });

program.command('demo').description('check the chart, start the embedded cluster, install values/dev.yaml into it and print each server\'s readiness and public URL')
  .option('-f, --values <name>', 'values file under values/', 'dev')
  .option('--real', 'also start the real node and run Redis, MySQL, Mailpit and statsd in real containers on it (needs root)')
  .action(async (o: { values: string; real?: boolean }) => (await import('./demo.ts')).runDemo(o.values, o));

program.command('bench').description('time gen, validate and helm template; print ratios to helm template')
  .option('-n, --runs <n>', 'runs per figure (median)', '5')
  .action(async (o: { runs: string }) => (await import('./bench.ts')).runBench({ runs: Number(o.runs) }));

program.command('docker:build').description('build the launcher image <user>/fxa:<version> FROM mozilla/fxa-mono:<version> (docker/)')
  .argument('<version>', 'FxA release tag, e.g. v1.316.4')
  .argument('[user]', 'image namespace', 'fxa-helm')
  .option('--dry-run', 'print the build command instead of running it')
  .action(async (version: string, user: string, o: { dryRun?: boolean }) => { process.exitCode = (await import('./docker/build.ts')).runDockerBuild(version, user, o); });

program.command('package').description('gen --check and lint, then helm package the chart into dist/ (optionally signed: a .prov beside it)')
  .option('-d, --destination <dir>', 'where to write the archive', 'dist')
  .option('--no-checks', 'skip gen --check and lint (when they just ran)')
  .option('--sign', 'sign the package with an OpenPGP key (helm package --sign)')
  .option('--key <name>', 'the signing key\'s name in the keyring')
  .option('--keyring <file>', 'secret keyring in binary form (gpg --export-secret-keys > secring.gpg)')
  .option('--passphrase-file <file>', 'file holding the key\'s passphrase')
  .action(async (o: import('./release/index.ts').PackageCliOptions) => { process.exitCode = await (await import('./release/index.ts')).runPackage(o); });

program.command('publish').description('add the packaged chart to a static Helm repository (index.yaml merged) and/or push it to an OCI registry')
  .option('--package <tgz>', 'the archive (default: dist/fxa-<version>.tgz)')
  .option('--repo-dir <dir>', 'the repository directory (holds index.yaml)')
  .option('--url <base-url>', 'the URL that directory is served at')
  .option('--oci <oci://host/path>', 'an OCI registry path to push to')
  .option('--plain-http', 'the OCI registry speaks plain HTTP (a local one)')
  .option('--git-tag', 'tag HEAD fxa-<version>: what lint\'s version check compares charts/ with')
  .action(async (o: import('./release/index.ts').PublishCliOptions) => { process.exitCode = (await import('./release/index.ts')).runPublish(o); });

const secrets = program.command('secrets').description('FxA\'s keys and shared secrets, generated once into Secrets Helm never changes');
const secretOptions = (c: Command): Command => c
  .option('-f, --values <file>', 'the values file(s) of the install (Secret names, external services)', collect, [] as string[])
  .option('--set <key=value>', 'set a value like helm --set (repeatable)', collect, [] as string[])
  .option('--secret <key=value>', 'a shared secret only you can give (external MySQL or SMTP password, integration keys)', collect, [] as string[])
  .option('-n, --namespace <ns>', 'namespace of the install', 'default')
  .option('--release <name>', 'Helm release name', 'fxa')
  .option('--kubeconfig <file>', 'kubeconfig (default: kubectl\'s)');
secretOptions(secrets.command('init').description('make the keys Secret and the shared Secret when missing; never changes an existing key'))
  .action(async (o: SecretsCliOptions) => { process.exitCode = await (await import('./secrets/index.ts')).runSecretsInit(o); });
secretOptions(secrets.command('set').description('replace shared secrets only you can give (external MySQL or SMTP password, integration keys) in the shared Secret; says which servers helm upgrade restarts'))
  .argument('<key=value...>', 'one or more shared secrets, e.g. smtpPassword=...')
  .action(async (pairs: string[], o: SecretsCliOptions) => { process.exitCode = await (await import('./secrets/index.ts')).runSecretsSet(pairs, o); });
secretOptions(secrets.command('rotate').description('rotate: "openid" steps FxA\'s key rotation (prepare, activate, --retire); a shared secret name replaces it'))
  .argument('<what>', 'openid, or a shared secret key such as flowIdKey')
  .option('--retire', 'openid: drop the previous key once tokens it signed have expired')
  .action(async (what: string, o: SecretsCliOptions) => { process.exitCode = await (await import('./secrets/index.ts')).runSecretsRotate(what, o); });

program.command('catalog').description('print the catalog of servers and their environment variables')
  .option('--json', 'machine-readable JSON')
  .option('-s, --server <name>', 'only this server')
  .action(async (o: { json?: boolean; server?: string }) => (await import('./catalog.ts')).printCatalog(o));

program.command('import').description('update schema/env/*.ts from the convict schemas of an FxA checkout, parsed not run; prints the release diff')
  .argument('<fxa-dir>', 'an FxA checkout, or a directory laid out like one')
  .option('--release <tag>', 'the FxA release the checkout is (recorded with every source file)')
  .option('--commit <sha>', 'the commit the files are at (default: the checkout\'s HEAD)')
  .option('--report <file.md>', 'also write the release diff there')
  .option('--dry-run', 'report only; write nothing')
  .action(async (dir: string, o: { release?: string; commit?: string; report?: string; dryRun?: boolean }) => { process.exitCode = await (await import('./import/index.ts')).runImport(dir, o); });

program.parseAsync().catch((err: unknown) => {
  // commander has already printed its message (or the help it was asked for)
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  const message = err instanceof Error ? err.message : String(err);
  if (verbose() && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write(`error: ${message.split('\n')[0]}\n${err instanceof UserError ? '' : '(run with --verbose for details)\n'}`);
  process.exit(1);
});
