/**
 * `npm run lint`: strict TypeScript, yamllint on every generated YAML file, `helm lint --strict` with
 * Helm 4 and Helm 3 on every file in values/, chart-testing's `ct lint`, shellcheck and hadolint on docker/,
 * the policy checkers kube-score and checkov on every values file's render (ci/policy-ignore.yaml), and the
 * chart version against the published ones (scripts/release/versions.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './gen/index.ts';
import { runCt } from './lib/ct.ts';
import { checkov, kubeScore } from './lib/policy.ts';
import { checkVersionIncrement } from './release/versions.ts';
import { ROOT, TOOLS_BIN, UMBRELLA_DIR, VALUES_DIR, toolPath } from './lib/paths.ts';

interface Result { ok: boolean; output: string }
interface Step { title: string; run: () => Result | Promise<Result> }

function exec(cmd: string, args: string[], cwd = ROOT): Result {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${TOOLS_BIN}:${process.env.PATH}` }, maxBuffer: 64 << 20 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

const findings = (lines: string[]): Result => ({ ok: lines.length === 0, output: lines.join('\n') });

async function steps(): Promise<Step[]> {
  const yamlFiles = (await generate()).map((f) => f.path).filter((p) => p.endsWith('.yaml') && !p.includes('/templates/'));
  const valueFiles = readdirSync(VALUES_DIR).filter((f) => f.endsWith('.yaml')).sort();
  const list: Step[] = [
    { title: 'tsc --noEmit (strict)', run: () => exec(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
    {
      title: `yamllint (${yamlFiles.length + 3} files)`,
      run: () => exec(toolPath('yamllint'), ['--strict', '-c', 'ci/lintconf.yaml', ...yamlFiles, 'ci/ct.yaml', 'ci/lintconf.yaml', 'ci/chart_schema.yaml']),
    },
    { title: 'shellcheck docker/launcher.sh', run: () => exec(toolPath('shellcheck'), ['--shell=sh', '--severity=style', 'docker/launcher.sh']) },
    { title: 'hadolint docker/Dockerfile', run: () => exec(toolPath('hadolint'), ['--failure-threshold', 'style', 'docker/Dockerfile']) },
  ];
  for (const bin of ['helm', 'helm3']) {
    for (const v of valueFiles) {
      list.push({ title: `${bin} lint --strict -f values/${v}`, run: () => exec(toolPath(bin), ['lint', '--strict', UMBRELLA_DIR, '-f', join(VALUES_DIR, v)]) });
    }
  }
  list.push({ title: 'ct lint --all', run: () => runCt(['lint', '--all']) });
  // ct's own check-version-increment needs a remote target branch; this one compares with the published tags
  list.push({ title: 'chart version (a published version never changes)', run: () => checkVersionIncrement(ROOT) });
  for (const v of valueFiles) {
    // rendered into a namespace of its own, as installs are (checkov flags the default namespace)
    const rendered = (): string => exec(toolPath('helm'), ['template', 'fxa', UMBRELLA_DIR, '--namespace', 'fxa', '-f', join(VALUES_DIR, v)]).output;
    list.push({ title: `kube-score (no critical finding) values/${v}`, run: async () => findings(await kubeScore(rendered())) });
    list.push({ title: `checkov (no failed check) values/${v}`, run: async () => findings(await checkov(rendered())) });
  }
  return list;
}

export async function runLint(opts: { verbose?: boolean } = {}): Promise<number> {
  let failed = 0;
  for (const step of await steps()) {
    const started = performance.now();
    const { ok, output } = await step.run();
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`lint: ${ok ? 'ok  ' : 'FAIL'} ${step.title} (${secs}s)\n`);
    if (!ok || opts.verbose) process.stderr.write(output.replace(/^/gm, '      ').trimEnd() + '\n');
    if (!ok) failed++;
  }
  process.stderr.write(failed ? `lint: ${failed} step(s) failed\n` : 'lint: all steps passed\n');
  return failed ? 1 : 0;
}
