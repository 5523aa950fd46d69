/** Every values file renders to objects a real API server accepts: server-side dry run, strict field validation, PodSecurity restricted. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALUES_DIR } from '../../scripts/lib/paths.ts';
import { RELEASE_TAGS } from '../../schema/index.ts';
import { dryRunServer } from '../helpers/cluster.ts';
import { useNamespace } from '../helpers/namespace.ts';
import { CHART, HELMS, helm, valuesFile } from '../helpers/helm.ts';

const files = readdirSync(VALUES_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('server-side dry run of every values file', () => {
  const ns = useNamespace('dryrun');

  for (const bin of HELMS) {
    for (const f of files) {
      it(`${bin}: values/${f}.yaml`, () => {
        const r = helm(bin, ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile(f)]);
        expect(r.code, r.stderr).toBe(0);
        const out = dryRunServer(r.stdout, ns());
        expect(out).toMatch(/deployment\.apps\/fxa-auth-server (created|configured) \(server dry run\)/);
        expect(out).not.toMatch(/Warning/i);
      });
    }
  }
});

describe('server-side dry run of every FxA release profile', () => {
  const ns = useNamespace('dryrun-release');

  it.each(RELEASE_TAGS.map((t) => [t]))('values/prod.yaml with global.fxaRelease=%s: init containers, fix mounts and all pass Pod Security restricted', (tag) => {
    const r = helm('helm', ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile('prod'), '--set', `global.fxaRelease=${tag}`]);
    expect(r.code, r.stderr).toBe(0);
    const out = dryRunServer(r.stdout, ns());
    expect(out).toMatch(/configmap\/fxa-auth-server-fixes (created|configured) \(server dry run\)/);
    expect(out).not.toMatch(/Warning/i);
  });
});

describe('server-side dry run of the launcher image and the debug pod', () => {
  const ns = useNamespace('dryrun-launcher');

  it.each([['with the launcher', ['--set', 'global.launcher.enabled=true']], ['with mozilla/fxa-mono', []]])('%s: every pod and the debug pod pass Pod Security restricted', (_what, extra) => {
    const r = helm('helm', ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile('dev'), '--set', 'debugPod.enabled=true', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    const out = dryRunServer(r.stdout, ns());
    expect(out).toMatch(/deployment\.apps\/fxa-debug (created|configured) \(server dry run\)/);
    expect(out).not.toMatch(/Warning/i);
  });
});

describe('the dry run can fail', () => {
  const ns = useNamespace('dryrun-neg');

  it('rejects an unknown field (strict field validation)', () => {
    const bad = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: {}, dataa: {} });
    expect(() => dryRunServer(bad, ns())).toThrow(/unknown field "dataa"/);
  });

  it('warns when a pod breaks the restricted Pod Security profile', () => {
    const r = helm('helm', ['template', 'fxa', CHART, '--namespace', ns(), '-f', valuesFile('dev'), '--set', 'fxa-auth-server.securityContext.allowPrivilegeEscalation=true']);
    expect(r.code, r.stderr).toBe(0);
    expect(dryRunServer(r.stdout, ns())).toMatch(/would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false/);
  });
});
