import { describe, expect, it } from 'vitest';
import { CATALOG, GLOBAL_KEYS, SERVER_NAMES, SHARED_SECRETS } from '../../schema/index.ts';

const URLISH = /(_URL|_URI)$/;

describe('catalog invariants', () => {
  it('lists every server exactly once, in SERVER_NAMES order', () => {
    expect(CATALOG.map((s) => s.name)).toEqual([...SERVER_NAMES]);
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
          if (wire.from === 'global') expect(GLOBAL_KEYS).toContain(wire.key);
          if ('server' in wire) expect(SERVER_NAMES).toContain(wire.server);
        }
      });

      it('classifies every URL variable as public, internal or external', () => {
        const unclassified = s.env.filter((v) => !v.secret && (URLISH.test(v.name) || (v.type === 'string' && v.format === 'uri')) && !v.url);
        expect(unclassified.map((v) => v.name)).toEqual([]);
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
    expect([...used].sort()).toEqual(Object.keys(SHARED_SECRETS).filter((k) => k !== 'redisPassword').sort());
  });
});
