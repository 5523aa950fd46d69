/** The claims global.persistence describes (emit-umbrella.ts claimsOf): the catalog's shared volumes, and a refusal for each way they can disagree. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { claimsOf } from '../../scripts/gen/emit-umbrella.ts';

describe('claims', () => {
  const mysql = CATALOG.find((s) => s.name === 'mysql')!;
  it('are the catalog\'s shared volumes, each described under global.persistence, with a switch exactly when optional', () => {
    expect(claimsOf(CATALOG)).toEqual([['avatars', false], ['redis', true], ['mysql', true]]);
    expect(() => claimsOf([{ ...mysql, sharedVolume: { claim: 'backups', mountPath: '/b' } }])).toThrow('the catalog mounts the claim backups, which global.persistence does not describe');
    expect(() => claimsOf([{ ...mysql, sharedVolume: { claim: 'mysql', mountPath: '/var/lib/mysql' } }])).toThrow('the claim mysql is always made in the catalog, but global.persistence.mysql has an enabled switch');
    expect(() => claimsOf([{ ...mysql, sharedVolume: { claim: 'avatars', mountPath: '/a', optional: true } }])).toThrow('the claim avatars is optional in the catalog, but global.persistence.avatars has no enabled switch');
  });
});
