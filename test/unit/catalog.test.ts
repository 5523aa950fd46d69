import { describe, expect, it } from 'vitest';
import { CATALOG, FXA_HOME, GLOBAL_KEYS, INTEGRATIONS, SERVER_NAMES, SHARED_SECRETS, type Wire } from '../../schema/index.ts';
import { wiresIn } from '../../schema/wires.ts';

/** Every key path under `global` a wire may read: the cluster facts and each integration's switch and settings. */
const GLOBAL_PATHS = new Set<string>([
  ...GLOBAL_KEYS,
  ...Object.entries(INTEGRATIONS).flatMap(([n, d]) => [`integrations.${n}.enabled`, ...Object.keys(d.settings).map((k) => `integrations.${n}.${k}`)]),
]);

const flatten = (w: Wire): Wire[] => wiresIn(w);

/** Which URL class each kind of wire produces. */
const PUBLIC_WIRES = new Set(['publicUrl', 'publicOrigin', 'publicUrlPattern']);

const URLISH = /(_URL|_URI)$/;

describe('catalog invariants', () => {
  it('lists every server exactly once, in SERVER_NAMES order', () => {
    expect(CATALOG.map((s) => s.name)).toEqual([...SERVER_NAMES]);
  });

  it('records, for every FxA server, a working dir in the image, a node command and the file that says so', () => {
    const fxa = CATALOG.filter((s) => s.origin === 'fxa');
    expect(fxa.length).toBeGreaterThan(10);
    for (const s of fxa) {
      expect(s.workingDir, s.name).toMatch(new RegExp(`^${FXA_HOME}/packages/[a-z0-9-]+$`));
      expect(s.command[0], s.name).toBe('node');
      expect(s.command.length, s.name).toBeGreaterThan(1);
      const src = s.commandSource;
      expect(src?.file, s.name).toMatch(/^packages\/[a-z0-9-]+\/\S+$/);
      // the cited file belongs to the package the server runs from
      expect(src?.file.split('/')[1], s.name).toBe(s.workingDir.split('/').at(-1));
      expect(src?.commit, s.name).toMatch(/^([0-9a-f]{7,40}|unrecorded)$/);
      expect(src?.why.length, s.name).toBeGreaterThan(20);
    }
    // infrastructure brings its own image and never cites an FxA source
    for (const s of CATALOG.filter((x) => x.origin === 'infra')) {
      expect(s.image?.repository, s.name).toBeTruthy();
      expect(s.commandSource, s.name).toBeUndefined();
    }
  });

  it('holds over 1,000 environment variables in all', () => {
    expect(CATALOG.reduce((n, s) => n + s.env.length, 0)).toBeGreaterThan(1000);
  });

  for (const s of CATALOG) {
    describe(s.name, () => {
      it('has unique variable names', () => {
        const names = s.env.map((v) => v.name);
        expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      });

      it('wires only variables it reads, secrets only from shared secrets', () => {
        for (const [name, wire] of Object.entries(s.wiring)) {
          const v = s.env.find((e) => e.name === name);
          expect(v, `${s.name} wires unknown ${name}`).toBeDefined();
          expect(wire.from === 'sharedSecret', `${s.name}.${name}: secret=${Boolean(v?.secret)} but wire ${wire.from}`).toBe(Boolean(v?.secret));
          if (wire.from === 'sharedSecret') expect(Object.keys(SHARED_SECRETS)).toContain(wire.key);
          for (const w of flatten(wire)) {
            if (w.from === 'global' || w.from === 'switch') expect(GLOBAL_PATHS, `${s.name}.${name}`).toContain(w.from === 'global' ? w.key : w.when);
            if ('server' in w) expect(SERVER_NAMES).toContain(w.server);
          }
          if (wire.from === 'sharedSecret' && wire.when) expect(GLOBAL_PATHS).toContain(wire.when);
        }
      });

      it('classifies every URL variable as public, internal or external', () => {
        const unclassified = s.env.filter((v) => !v.secret && (URLISH.test(v.name) || (v.type === 'string' && v.format === 'uri')) && !v.url);
        expect(unclassified.map((v) => v.name)).toEqual([]);
      });

      it('wires a URL variable only to URLs of its own class (public to browsers, internal in the cluster)', () => {
        const contradictions: string[] = [];
        for (const [name, wire] of Object.entries(s.wiring)) {
          const v = s.env.find((e) => e.name === name);
          if (!v?.url) continue;
          for (const w of flatten(wire)) {
            if (PUBLIC_WIRES.has(w.from) && v.url !== 'public') contradictions.push(`${name} is ${v.url} but wired to a public URL`);
            if (w.from === 'internalUrl' && v.url !== 'internal') contradictions.push(`${name} is ${v.url} but wired to an in-cluster URL`);
          }
        }
        expect(contradictions).toEqual([]);
      });

      it('marks every sensitive-looking variable secret', () => {
        // MySQL image switches such as MYSQL_ALLOW_EMPTY_PASSWORD are about passwords, not passwords
        const switches = /_(ALLOW_EMPTY|RANDOM_ROOT|ONETIME)_PASSWORD$/;
        const leaks = s.env.filter((v) => !v.secret && !switches.test(v.name) && /(PASSWORD|_PASS|_SECRET|SECRETS|PRIVATE_KEY|API_KEY|BEARER_TOKEN|HMAC_KEY)$/.test(v.name));
        expect(leaks.map((v) => v.name)).toEqual([]);
      });

      it('calls only known servers and runs as a non-root user', () => {
        for (const c of s.calls) expect(SERVER_NAMES).toContain(c);
        expect(s.runAsUser).toBeGreaterThan(0);
      });

      it('names the source it was read from', () => {
        expect(s.sources.length).toBeGreaterThan(0);
        for (const src of s.sources) expect(src.commit).toMatch(/\S/);
      });
    });
  }

  it('feeds each shared secret to a consumer', () => {
    const used = new Set(CATALOG.flatMap((s) => Object.values(s.wiring).flatMap((w) => (w.from === 'sharedSecret' ? [w.key] : []))));
    expect([...used].sort()).toEqual(Object.keys(SHARED_SECRETS).sort());
  });
});
