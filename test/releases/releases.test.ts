/**
 * Both release profiles through the real Helm: which servers each renders, the image, the settings only one
 * release reads, the compatibility fixes each applies, and the conformance table held to the render.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, FIXES, RELEASE_TAGS, RELEASES, fixApplies, inRelease, type ReleaseTag } from '../../schema/index.ts';
import { WORKING_INSTALL_ENV } from '../../schema/conformance.ts';
import { conformanceRows } from '../../scripts/gen/emit-conformance.ts';
import { render, valuesFile, type K8sObject } from '../helpers/helm.ts';

interface Container { name: string; image: string; env?: { name: string }[]; envFrom?: { configMapRef?: { name: string } }[]; volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[] }
interface Pod { initContainers?: Container[]; containers: Container[]; volumes?: { name: string; emptyDir?: object; configMap?: { name: string } }[] }
const podOf = (o: K8sObject): Pod => (o as unknown as { spec: { template: { spec: Pod } } }).spec.template.spec;
const nameOf = (o: K8sObject): string | undefined => o.metadata.labels?.['app.kubernetes.io/name'];
const workloads = (objects: K8sObject[]): K8sObject[] => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');

/** Every variable a server's main container gets: its ConfigMap's keys and its own env entries. */
function envNames(objects: K8sObject[], server: string): Set<string> {
  const w = workloads(objects).find((o) => nameOf(o) === server);
  if (!w) return new Set();
  const c = podOf(w).containers[0]!;
  const maps = (c.envFrom ?? []).map((e) => e.configMapRef?.name);
  const fromMaps = objects.filter((o) => o.kind === 'ConfigMap' && maps.includes(o.metadata.name)).flatMap((o) => Object.keys((o as unknown as { data?: Record<string, string> }).data ?? {}));
  return new Set([...fromMaps, ...(c.env ?? []).map((e) => e.name)]);
}

const rendered: Record<ReleaseTag, K8sObject[]> = Object.fromEntries(
  RELEASE_TAGS.map((t) => [t, render('helm', ['-f', valuesFile('prod'), '--set', `global.fxaRelease=${t}`])]),
) as Record<ReleaseTag, K8sObject[]>;

describe.each(RELEASE_TAGS.map((t) => [t]))('FxA %s', (tag) => {
  const objects = rendered[tag];

  it('renders the servers the release has and none it lacks, each from Mozilla\'s image of that release', () => {
    const names = workloads(objects).map(nameOf);
    for (const s of CATALOG.filter((x) => x.origin === 'fxa' && !inRelease(x.name, tag))) expect(names, s.name).not.toContain(s.name);
    expect(names).toContain('fxa-auth-server');
    if (!RELEASES[tag].absent.includes('fxa-graphql-api')) expect(names).toContain('fxa-graphql-api');
    // FxA's own containers (a sidecar such as the Cloud Tasks emulator brings its own image)
    const sidecars = new Set(CATALOG.flatMap((s) => (s.sidecars ?? []).map((c) => c.name)));
    const fxaImages = workloads(objects).filter((o) => CATALOG.find((s) => s.name === nameOf(o))?.origin === 'fxa').flatMap((o) => [...podOf(o).containers, ...(podOf(o).initContainers ?? [])].filter((c) => !sidecars.has(c.name)).map((c) => c.image));
    expect(new Set(fxaImages)).toEqual(new Set([`mozilla/fxa-mono:${tag}`]));
  });

  it('points nothing at a server the release lacks', () => {
    const text = JSON.stringify(objects);
    for (const n of RELEASES[tag].absent) {
      expect(text, n).not.toMatch(new RegExp(`\\b${n}\\b`));
      // nor its public host in the subdomains layout
      expect(text, n).not.toContain(`${CATALOG.find((s) => s.name === n)!.subdomain}.accounts.example.com`);
    }
  });

  it('sets exactly what docs/conformance.md says the chart sets, for every name the working install sets', () => {
    const rows = conformanceRows(tag);
    expect(rows.length).toBe(Object.values(WORKING_INSTALL_ENV[tag]).flat().length);
    const wrong = rows.filter((r) => envNames(objects, r.server).has(r.name) !== r.set).map((r) => `${r.server} ${r.name} (table: ${r.set ? 'set' : 'not set'})`);
    expect(wrong).toEqual([]);
  });

  it('turns auth\'s customs calls off, with the in-process rate limits on Redis', () => {
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'fxa-auth-server-env') as unknown as { data: Record<string, string> };
    expect(config.data.CUSTOMS_SERVER_URL).toBe('none');
    expect(config.data.RATELIMIT_REDIS_HOST).toBeTruthy();
  });

  it('applies the release\'s fixes, and only those: a read-only copy over each file, written by an init container', () => {
    for (const server of [...new Set(FIXES.map((f) => f.server))]) {
      const want = FIXES.filter((f) => f.server === server && fixApplies(f, tag));
      const w = workloads(objects).find((o) => nameOf(o) === server)!;
      const pod = podOf(w);
      const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `${server}-fixes`) as unknown as { data: Record<string, string> } | undefined;
      if (!want.length) {
        expect(cm, server).toBeUndefined();
        expect(pod.initContainers ?? [], server).toEqual([]);
        continue;
      }
      expect((JSON.parse(cm!.data['fixes.json']!) as { id: string }[]).map((f) => f.id)).toEqual(want.map((f) => f.id));
      expect(cm!.data['apply.mjs']).toContain('export function applyFixes');
      const init = pod.initContainers!.find((c) => c.name === 'fixes')!;
      expect(init.image).toBe(pod.containers[0]!.image);
      expect(init.env ?? []).toEqual([]); // no secret reaches it: only the server's ConfigMap
      const mounts = pod.containers[0]!.volumeMounts!.filter((m) => m.name === 'fixed');
      expect(mounts).toEqual(want.map((f, i) => ({ name: 'fixed', mountPath: f.target, subPath: String(i), readOnly: true })));
      expect(pod.volumes).toContainEqual({ name: 'fixed', emptyDir: {} });
    }
  });
});

it('keeps the release-only fix for cms.js to the releases from v1.318.0, and every fix to at least one release', () => {
  const cms = FIXES.find((f) => f.id === 'auth-cms-optional')!;
  expect(fixApplies(cms, 'v1.330.6')).toBe(true);
  expect(fixApplies(cms, 'v1.316.4')).toBe(false);
  for (const f of FIXES) expect(RELEASE_TAGS.some((t) => fixApplies(f, t)), f.id).toBe(true);
});

it('refuses a release it has no profile for, naming the ones it has', () => {
  expect(() => render('helm', ['-f', valuesFile('prod'), '--set', 'global.fxaRelease=v1.999.0'])).toThrow(/fxaRelease[\s\S]*v1\.330\.6/);
});
