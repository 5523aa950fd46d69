/**
 * Merging a release's entries into the catalog's, on hand-written entries: what counts as added, removed,
 * renamed and changed, which of a person's decisions survive, and the Markdown the diff is reported in.
 */
import { describe, expect, it } from 'vitest';
import type { EnvVar } from '../../schema/types.ts';
import { diffMarkdown, mergeRelease, type ModuleDiff } from '../../scripts/import/release-diff.ts';

const v = (name: string, over: Record<string, unknown> = {}): EnvVar => ({ name, type: 'string', default: '', doc: '', key: name.toLowerCase(), ...over }) as EnvVar;
const empty = (module: string): ModuleDiff => ({ module, added: [], removed: [], renamed: [], changed: [], pending: [] });

describe('mergeRelease', () => {
  it('a release equal to the catalog changes nothing', () => {
    const cat = [v('A', { url: 'internal' }), v('B', { secret: true })];
    const { env, diff } = mergeRelease('m', cat, [v('A'), v('B', { secret: true })]);
    expect(env).toEqual(cat);
    expect(diff).toEqual(empty('m'));
  });

  it('a new variable is added as the classifier proposed, pending when it looks like a URL or an unmarked secret', () => {
    const { env, diff } = mergeRelease('m', [], [v('PLAIN'), v('HOOK_URL', { url: 'external' }), v('API_KEY', { secret: true }), v('DB_PASSWORD', { secret: true }), v('BOTH', { secret: true, url: 'public' })], new Set(['DB_PASSWORD']));
    expect(diff.added).toEqual(['PLAIN', 'HOOK_URL', 'API_KEY', 'DB_PASSWORD', 'BOTH']);
    expect(diff.pending).toEqual([{ name: 'HOOK_URL', what: ['url'] }, { name: 'API_KEY', what: ['secret'] }, { name: 'BOTH', what: ['url', 'secret'] }]);
    expect(env).toEqual([
      v('PLAIN'),
      v('HOOK_URL', { url: 'external', pending: ['url'] }),
      v('API_KEY', { secret: true, pending: ['secret'] }),
      v('DB_PASSWORD', { secret: true }), // upstream marked it sensitive: decided already
      v('BOTH', { secret: true, url: 'public', pending: ['url', 'secret'] }),
    ]);
  });

  it('without the set of upstream-sensitive names, every secret guessed from a name is pending', () => {
    expect(mergeRelease('m', [], [v('DB_PASSWORD', { secret: true })]).diff.pending).toEqual([{ name: 'DB_PASSWORD', what: ['secret'] }]);
  });

  it('a variable that stays keeps what a person decided, and takes upstream\'s value type, default, key and doc', () => {
    const old = v('A', { url: 'public', required: true, pending: ['url'], secret: true, default: 'x', doc: 'old', key: 'a.old' });
    const fresh = v('A', { type: 'integer', default: 1, doc: 'new', key: 'a.new', url: 'external' });
    const { env, diff } = mergeRelease('m', [old], [fresh]);
    expect(env).toEqual([{ name: 'A', type: 'integer', default: 1, doc: 'new', key: 'a.new', secret: true, url: 'public', required: true, pending: ['url'] }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('drops what the classifier proposed for a variable that stays when the person decided nothing', () => {
    const { env } = mergeRelease('m', [v('A')], [v('A', { url: 'external', required: true, pending: ['url'] })]);
    expect(env).toEqual([v('A')]);
  });

  it('becomes secret when upstream marks it so', () => {
    const { env, diff } = mergeRelease('m', [v('A')], [v('A', { secret: true })]);
    expect(env).toEqual([v('A', { secret: true })]);
    expect(diff.changed).toEqual([{ name: 'A', what: 'now sensitive upstream' }]);
  });

  it('says when upstream no longer marks it sensitive, and keeps it secret', () => {
    const { env, diff } = mergeRelease('m', [v('A', { secret: true })], [v('A')]);
    expect(env).toEqual([v('A', { secret: true })]);
    expect(diff.changed).toEqual([{ name: 'A', what: 'no longer sensitive upstream' }]);
  });

  it('describes a changed default, a computed default and a changed value type', () => {
    const { diff } = mergeRelease(
      'm',
      [v('D', { default: 1 }), v('E', { default: null, upstreamDefault: 'A_MINUTE' }), v('T', { type: 'integer', minimum: 0, default: 1 }), v('U', { type: 'enum', values: ['a'], default: 'a' }), v('S', { type: 'string', format: 'uri' })],
      [v('D', { default: 2 }), v('E', { default: null, upstreamDefault: 'AN_HOUR' }), v('T', { type: 'integer', minimum: 0, maximum: 9, default: 2 }), v('U', { type: 'enum', values: ['a', 'b'], default: 'a' }), v('S', { type: 'string' })],
    );
    expect(diff.changed).toEqual([
      { name: 'D', what: 'default 1 -> 2' },
      { name: 'E', what: 'default "A_MINUTE" -> "AN_HOUR"' },
      { name: 'T', what: 'default 1 -> 2; type {"type":"integer","minimum":0} -> {"type":"integer","minimum":0,"maximum":9}' },
      { name: 'U', what: 'type {"type":"enum","values":["a"]} -> {"type":"enum","values":["a","b"]}' },
      { name: 'S', what: 'type {"type":"string","format":"uri"} -> {"type":"string"}' },
    ]);
  });

  it('a default that becomes computed shows the expression in place of the value', () => {
    const { diff } = mergeRelease('m', [v('E', { default: 5 })], [v('E', { default: null, upstreamDefault: 'FIVE' })]);
    expect(diff.changed).toEqual([{ name: 'E', what: 'default 5 -> "FIVE"' }]);
  });

  it('a variable under the same key with a new name is renamed, keeping the decisions; the old name is not removed', () => {
    const { env, diff } = mergeRelease('m', [v('OLD', { key: 'k', url: 'internal', default: 1 })], [v('NEW', { key: 'k', default: 2 })]);
    expect(diff.renamed).toEqual([{ from: 'OLD', to: 'NEW', key: 'k' }]);
    expect(diff.changed).toEqual([]); // a rename is reported as such, not as a change too
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(env).toEqual([v('NEW', { key: 'k', url: 'internal', default: 2 })]);
  });

  it('a key still read under its name is not a rename: the other variable is new', () => {
    const { diff } = mergeRelease('m', [v('OLD', { key: 'k' })], [v('OLD', { key: 'k' }), v('NEW', { key: 'k' })]);
    expect(diff.renamed).toEqual([]);
    expect(diff.added).toEqual(['NEW']);
  });

  it('beside a rename, a variable under a key the catalog does not have is new', () => {
    const r = mergeRelease('m', [v('OLD', { key: 'k' })], [v('NEW', { key: 'k' }), v('OLDER', { key: 'j' })]);
    expect(r.diff.renamed).toEqual([{ from: 'OLD', to: 'NEW', key: 'k' }]);
    expect(r.diff.added).toEqual(['OLDER']);
  });

  it('a variable the release no longer reads is removed', () => {
    const { env, diff } = mergeRelease('m', [v('GONE'), v('A')], [v('A')]);
    expect(diff.removed).toEqual(['GONE']);
    expect(env.map((e) => e.name)).toEqual(['A']);
  });
});

describe('diffMarkdown', () => {
  it('says when nothing changed, and lists nothing in use when nothing is', () => {
    expect(diffMarkdown([empty('m')], 'v1', new Map())).toBe('# Catalog changes for v1\n\nNo variable was added, removed, renamed or changed.\n');
  });

  it('a module with only pending entries is not reported as changed', () => {
    expect(diffMarkdown([{ ...empty('m'), pending: [{ name: 'X', what: ['url'] }] }], 'v1', new Map())).toContain('No variable was added');
  });

  it.each([
    ['added', { added: ['A'] }, '- added (1): `A`'],
    ['removed', { removed: ['A'] }, '- removed (1): `A`'],
    ['renamed', { renamed: [{ from: 'A', to: 'B', key: 'k' }] }, '- renamed: `A` -> `B` (key `k`)'],
    ['changed', { changed: [{ name: 'A', what: 'default 1 -> 2' }] }, '- changed `A`: default 1 -> 2'],
  ])('one %s variable makes a module section', (_what, over, line) => {
    expect(diffMarkdown([empty('quiet'), { ...empty('m'), ...over }], 'v2', new Map())).toBe(`# Catalog changes for v2\n\n## m\n\n${line}\n`);
  });

  it('writes every kind of change in order, then what is still in use', () => {
    const d: ModuleDiff = {
      module: 'fxa-x',
      added: ['A', 'B'],
      removed: ['C', 'D'],
      renamed: [{ from: 'E', to: 'F', key: 'e' }],
      changed: [{ name: 'G', what: 'no longer sensitive upstream' }],
      pending: [{ name: 'B', what: ['url', 'secret'] }],
    };
    const inUse = new Map([['C', ['set in values/dev.yaml (fxa-x)', 'wired by the chart in fxa-x']], ['E', ['set in values/prod.yaml (fxa-x)']]]);
    expect(diffMarkdown([d, { ...empty('fxa-y'), added: ['H'] }], 'v3', inUse)).toBe(
      [
        '# Catalog changes for v3',
        '',
        '## fxa-x',
        '',
        '- added (2): `A`, `B`',
        '- removed (2): `C`, `D`',
        '- renamed: `E` -> `F` (key `e`)',
        '- changed `G`: no longer sensitive upstream',
        '- to classify: `B` (url, secret): decide, then delete its `pending`',
        '',
        '## fxa-y',
        '',
        '- added (1): `H`',
        '',
        '## Still in use',
        '',
        'Removed or renamed variables that values files set or the chart wires; change those first:',
        '',
        '- `C`: set in values/dev.yaml (fxa-x), wired by the chart in fxa-x',
        '- `E`: set in values/prod.yaml (fxa-x)',
        '',
      ].join('\n'),
    );
  });
});
