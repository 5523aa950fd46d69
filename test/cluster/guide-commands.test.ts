/**
 * Every shell command of the README and the guides is tried, or says why it cannot be here. The commands are read
 * from the documents' ```sh blocks, so a command added to a guide fails this test until it is classified, and a
 * classification whose command left the guides fails too. The runnable ones run in order against the embedded
 * cluster, in a namespace of their own labelled for Pod Security `restricted`, with the guides' placeholders
 * filled in (`-n fxa`, `my-values.yaml`, `<host>`, `...`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TOOLS_BIN } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { newKeyFiles } from '../../scripts/secrets/generate.ts';
import { createNamespace, deleteNamespace, KUBECONFIG, kubectl } from '../helpers/cluster.ts';
import { sleep } from '../../scripts/cluster/processes.ts';
import { CHART, valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs', 'guides')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/guides/${f}`)];

/** The commands of a document's sh blocks: continuation lines joined, comments dropped. */
export function commandsOf(markdown: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  let pending = '';
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (/^```(sh|bash|shell)$/.test(line)) { inBlock = true; continue; }
    if (line.startsWith('```')) { inBlock = false; continue; }
    if (!inBlock || !line || line.startsWith('#')) continue;
    const text = line.replace(/\s+#\s.*$/, '');
    if (text.endsWith('\\')) { pending += `${text.slice(0, -1).trim()} `; continue; }
    out.push(`${pending}${text}`.trim());
    pending = '';
  }
  return out;
}

type How =
  /** Runs here as written, placeholders filled; `check` looks at what it did. */
  | { run: true; check?: (r: Ran, ns: string) => void; transform?: (cmd: string) => string }
  /** Tried by another test, named. */
  | { elsewhere: string }
  /** Needs what the embedded cluster does not have. */
  | { realCluster: string };
interface Ran { status: number | null; out: string }

const ok = (r: Ran): void => expect(r.status, r.out).toBe(0);
const KWOK_LOGS = 'the embedded cluster\'s FxA pods are simulated (kwok): they have no containers, so no logs';
const PUBLIC = 'reaches the install\'s public HTTPS URL: a real cluster with DNS, a router and a certificate';

/** Every command of the documents, in the order they appear, with how it is tried. */
const HOW: Record<string, How> = {
  'npm ci && npm run demo': { elsewhere: 'CI runs `npm ci` on a clean clone (.ci/run); the demo\'s steps (validate, cluster up, secrets init, helm install) are each tested, here and in test/cluster' },
  'npm test': { elsewhere: 'CI runs it on a clean clone (.ci/run)' },
  'kubectl -n fxa create secret generic fxa-shared-secrets --from-literal=mysqlPassword=... --from-literal=smtpPassword=...': { run: true, check: ok },
  "helm repo add fxa https://<charts-host>/fxa && helm install fxa fxa/fxa -n fxa -f my-values.yaml --verify --keyring <publisher's public key>": { elsewhere: 'test/publish/http-repo.test.ts adds a served repository and pulls with --verify against the signing key' },
  'helm install fxa oci://<registry>/charts/fxa --version 0.1.0 -n fxa -f my-values.yaml': { elsewhere: 'test/publish/oci.test.ts pushes to a local registry and renders from oci://' },
  'npm run gen': { elsewhere: 'test/unit/gen.test.ts (and `npm test` runs gen --check first)' },
  'helm install fxa charts/fxa -f values/prod.yaml -n fxa': { run: true, check: ok },
  "npx fxa-helm secrets init -f my-values.yaml -n fxa --secret smtpPassword='<SMTP password>'": { run: true, check: ok },
  "npx fxa-helm secrets set smtpPassword='<new SMTP password>' -f my-values.yaml -n fxa": { run: true, check: (r) => { ok(r); expect(r.out).toContain('smtpPassword: replaced in fxa-shared-secrets'); } },
  'kubectl -n fxa port-forward svc/fxa-mailpit 8025': { realCluster: 'forwards to a running Mailpit container; the embedded cluster simulates pods (and production has no Mailpit)' },
  'curl -s https://accounts.example.com/.well-known/fxa-client-configuration': { realCluster: PUBLIC },
  'kubectl -n fxa logs job/fxa-db-migrations': { realCluster: KWOK_LOGS },
  'kubectl create namespace mysql-check': { run: true, check: ok },
  // a client pod would start: a server-side dry run, which Pod Security admission still judges
  "kubectl -n mysql-check run mysql-client --rm -it --image=mysql:8.4 -- mysql -h <host> -u fxa -p -e 'SHOW GRANTS; SELECT CURRENT_USER()'": {
    run: true,
    transform: (c) => c.replace(' --rm -it', ' --dry-run=server'),
    check: ok,
  },
  'kubectl delete namespace mysql-check': { run: true, check: ok },
  'kubectl -n fxa logs deploy/fxa-syncstorage | head': { realCluster: KWOK_LOGS },
  'curl -s https://sync.accounts.example.com/__heartbeat__': { realCluster: PUBLIC },
  'curl -s https://accounts.example.com/syncserver/__heartbeat__': { realCluster: PUBLIC },
  'curl -v https://accounts.example.com/.well-known/fxa-client-configuration': { realCluster: PUBLIC },
  'npx fxa-helm validate -f my-values.yaml': { run: true, check: (r) => { ok(r); expect(r.out).toContain('validate: ok'); } },
  'npx fxa-helm config -f my-values.yaml --marked': { run: true, check: ok },
  'kubectl -n fxa get pods,jobs -l app.kubernetes.io/instance=fxa': { run: true, check: (r) => { ok(r); expect(r.out).toContain('fxa-auth-server'); } },
  'kubectl -n fxa describe pod <pod>': { run: true, check: (r) => { ok(r); expect(r.out).toContain('Events:'); } },
  'kubectl -n fxa logs <pod> --previous': { realCluster: KWOK_LOGS },
  'helm repo update': { elsewhere: 'needs the repository added by the README\'s install; test/publish/http-repo.test.ts serves and reads one' },
  'helm diff upgrade fxa fxa/fxa -n fxa -f my-values.yaml': { realCluster: 'needs the helm-diff plugin, which no registry reachable here serves' },
  'npx fxa-helm@<new version> validate -f my-values.yaml': { elsewhere: 'test/cluster/cli-package.test.ts installs the packed CLI from its tarball and runs validate' },
  'helm upgrade fxa fxa/fxa -n fxa -f my-values.yaml': { run: true, check: ok },
  'npx fxa-helm secrets rotate openid -f my-values.yaml -n fxa': { run: true, check: (r) => { ok(r); expect(r.out).toMatch(/openid: (prepare|activate) done/); } },
  'npx fxa-helm secrets rotate openid --retire -f my-values.yaml -n fxa': { run: true, check: (r) => { ok(r); expect(r.out).toContain('openid: retire done'); } },
  'kubectl -n fxa create secret generic fxa-keys --from-file=secret-key.json=./secret-key.json --from-file=public-key.json=./public-key.json': { run: true, check: ok },
  'npx fxa-helm secrets init -f my-values.yaml -n fxa --secret mysqlPassword=... --secret smtpPassword=...': { run: true, check: (r) => { ok(r); expect(r.out).toContain('added openid-key.json, openid-newkey.json, openid-oldkey.json, vapid-keys.json'); } },
};

const documented = (): { doc: string; command: string }[] => DOCS.flatMap((doc) => commandsOf(readFileSync(join(ROOT, doc), 'utf8')).map((command) => ({ doc, command })));

describe('the guides\' commands', () => {
  it('reads commands out of sh blocks, continuation lines joined and comments dropped', () => {
    expect(commandsOf('a\n```sh\n# only a comment\nkubectl get pods   # why\nkubectl create x \\\n  --y=z\n```\n```yaml\nnot: this\n```')).toEqual(['kubectl get pods', 'kubectl create x --y=z']);
  });

  it('classifies every command: run here, tried by another test, or needing a real cluster, each with its reason', () => {
    const found = documented().map((d) => d.command);
    expect(found.filter((c) => !(c in HOW)), 'commands nobody classified').toEqual([]);
    expect(Object.keys(HOW).filter((c) => !found.includes(c)), 'classifications whose command left the guides').toEqual([]);
  });

  const ns = useNamespace('guides');
  it('runs every runnable command in order against the embedded cluster', async () => {
    // the migration guide is the story of a fresh install beside an old one: a namespace of its own
    const fresh = createNamespace('guides-migration');
    const nsOf = (doc: string): string => (doc.endsWith('migration-from-seed.md') ? fresh : ns());
    const dir = join(ROOT, '.cache', `guides-${process.pid}`);
    spawnSync('mkdir', ['-p', dir]);
    // the migration guide carries over key files the operator has
    const keys = newKeyFiles(new Date());
    writeFileSync(join(dir, 'secret-key.json'), keys['secret-key.json']);
    writeFileSync(join(dir, 'public-key.json'), keys['public-key.json']);
    const fill = (c: string, namespace: string): string =>
      c.replace(/ -n fxa\b/g, ` -n ${namespace}`)
        .replace(/my-values\.yaml|values\/prod\.yaml/g, valuesFile('prod'))
        .replace(/ (charts\/fxa|fxa\/fxa) /g, ` ${CHART} `)
        .replace(/npx fxa-helm(@\S+)?/g, `node ${join(ROOT, 'scripts', 'bin', 'fxa-helm.mjs')}`)
        .replace(/<host>/g, 'db.example.test')
        .replace(/'<[^>]+>'/g, "'placeholder-password'")
        .replace(/=\.\.\./g, '=placeholder');
    const pod = async (namespace: string): Promise<string> => {
      // the Deployment's pods appear shortly after the install returns
      for (let i = 0; i < 60; i++) {
        const name = kubectl(['get', 'pods', '-n', namespace, '-l', 'app.kubernetes.io/name=fxa-auth-server', '-o', 'jsonpath={.items[0].metadata.name}']).trim();
        if (name) return name;
        await sleep(1000);
      }
      throw new Error(`no fxa-auth-server pod in ${namespace}`);
    };
    for (const { doc, command } of documented()) {
      const how = HOW[command]!;
      if (!('run' in how)) continue;
      const namespace = nsOf(doc);
      let shell = fill(how.transform ? how.transform(command) : command, namespace);
      if (shell.includes('<pod>')) shell = shell.replace('<pod>', await pod(namespace));
      const r = await spawnAsync('bash', ['-c', shell], { cwd: dir, timeout: 240_000, env: { ...process.env, KUBECONFIG, PATH: `${TOOLS_BIN}:${process.env.PATH}` } });
      how.check?.({ status: r.status, out: `${r.stdout}${r.stderr}` }, namespace);
      expect(r.status, `${doc}: ${command}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    spawnSync('rm', ['-rf', dir]);
    deleteNamespace(fresh);
  });
});
