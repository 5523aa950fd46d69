/**
 * One convict leaf to one catalog entry: how each convict format (and each Rust field type of
 * syncstorage-rs) becomes a value type, how defaults are carried over or dropped, and what the entry
 * says about secrets, URLs and defaults a person must change.
 */
import { describe, expect, it } from 'vitest';
import { toEnvVar, type ConvictLeaf } from '../../scripts/import/to-env.ts';

const leaf = (over: Partial<ConvictLeaf>): ConvictLeaf => ({ path: 'a.b', env: 'SETTING', format: 'String', default: '', doc: 'A setting', ...over });
const spec = (format: unknown, def: unknown, env = 'SETTING') => {
  const { name: _n, doc: _d, key: _k, ...rest } = toEnvVar(leaf({ format, default: def, env })) as unknown as Record<string, unknown>;
  return rest;
};

describe('toEnvVar', () => {
  it('names the entry, keeps the key path and squeezes the doc onto one line', () => {
    expect(toEnvVar(leaf({ env: 'LOG_LEVEL', path: 'log.level', doc: '  The level\n   of   logging ', default: 'info' }))).toEqual({
      name: 'LOG_LEVEL', type: 'string', default: 'info', doc: 'The level of logging', key: 'log.level',
    });
  });

  it('an enumeration lists its values as strings; a default outside them is dropped', () => {
    expect(spec(['dev', 'prod'], 'prod')).toEqual({ type: 'enum', values: ['dev', 'prod'], default: 'prod' });
    expect(spec(['dev', 'prod'], 'stage')).toEqual({ type: 'enum', values: ['dev', 'prod'], default: null });
    expect(spec([1, 2], 1)).toEqual({ type: 'enum', values: ['1', '2'], default: null });
    expect(spec([1, 2], '2')).toEqual({ type: 'enum', values: ['1', '2'], default: '2' });
  });

  it('Boolean takes a boolean, or its spelling as a string', () => {
    expect(spec('Boolean', true)).toEqual({ type: 'boolean', default: true });
    expect(spec('Boolean', false)).toEqual({ type: 'boolean', default: false });
    expect(spec('Boolean', 'true')).toEqual({ type: 'boolean', default: true });
    expect(spec('Boolean', 'false')).toEqual({ type: 'boolean', default: false });
    expect(spec('Boolean', 'yes')).toEqual({ type: 'boolean', default: null });
    expect(spec('Boolean', 1)).toEqual({ type: 'boolean', default: null });
  });

  it('numbers take a number, or a string that spells one', () => {
    expect(spec('Number', 1.5)).toEqual({ type: 'number', default: 1.5 });
    expect(spec('Number', ' 2.5 ')).toEqual({ type: 'number', default: 2.5 });
    expect(spec('Number', '')).toEqual({ type: 'number', default: null });
    expect(spec('Number', '   ')).toEqual({ type: 'number', default: null });
    expect(spec('Number', 'ten')).toEqual({ type: 'number', default: null });
    expect(spec('Number', true)).toEqual({ type: 'number', default: null });
    expect(spec('int', -4)).toEqual({ type: 'integer', default: -4 });
    expect(spec('nat', '7')).toEqual({ type: 'integer', minimum: 0, default: 7 });
    expect(spec('port', 8080)).toEqual({ type: 'integer', minimum: 0, maximum: 65535, default: 8080 });
    expect(spec('timestamp', 1700000000)).toEqual({ type: 'integer', default: 1700000000 });
  });

  it('a duration keeps milliseconds or its words', () => {
    expect(spec('duration', 60000)).toEqual({ type: 'duration', default: 60000 });
    expect(spec('duration', '1 day')).toEqual({ type: 'duration', default: '1 day' });
    expect(spec('duration', true)).toEqual({ type: 'duration', default: null });
  });

  it('an Array is a list of strings; a string default is split at commas', () => {
    expect(spec('Array', ['a', 2, { b: 1 }])).toEqual({ type: 'list', default: ['a', '2', '{"b":1}'] });
    expect(spec('Array', 'a,b')).toEqual({ type: 'list', default: ['a', 'b'] });
    expect(spec('Array', '')).toEqual({ type: 'list', default: [] });
    expect(spec('Array', 3)).toEqual({ type: 'list', default: null });
  });

  it('an Object is JSON, taken as it is', () => {
    expect(spec('Object', { a: [1] })).toEqual({ type: 'json', default: { a: [1] } });
    expect(spec('Object', { $undefined: true })).toEqual({ type: 'json', default: null });
  });

  it('a url is a string in URI format unless it has no default', () => {
    expect(spec('url', 'https://sentry.example')).toEqual({ type: 'string', format: 'uri', default: 'https://sentry.example', url: 'external' });
    expect(spec('url', '')).toEqual({ type: 'string', default: '', url: 'external' });
    expect(spec('url', { $undefined: true })).toEqual({ type: 'string', default: null, url: 'external' });
    expect(spec('email', 'a@example.com')).toEqual({ type: 'string', format: 'email', default: 'a@example.com' });
  });

  it('any other format is free text; a number or structure default is written as JSON', () => {
    expect(spec('String', 'x')).toEqual({ type: 'string', default: 'x' });
    expect(spec('ipaddress', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('custom', [1, 'a'])).toEqual({ type: 'string', default: '[1,"a"]' });
    expect(spec('String', null)).toEqual({ type: 'string', default: null });
    expect(spec('String', undefined)).toEqual({ type: 'string', default: null });
  });

  it('a free-text format whose name ends in PORT and whose default is a number is an integer', () => {
    expect(spec('String', 6379, 'REDIS_PORT')).toEqual({ type: 'integer', default: 6379 });
    expect(spec('String', '6379', 'REDIS_PORT')).toEqual({ type: 'string', default: '6379' });
    expect(spec('String', 6379, 'REDIS_PORT_NAME')).toEqual({ type: 'string', default: '6379' });
  });

  it('a format that is not a name (a validator function) is free text, whatever the default', () => {
    expect(spec({ fn: true }, 3)).toEqual({ type: 'string', default: '3' });
  });

  it('without a format, the default says what the value is', () => {
    expect(spec(undefined, true)).toEqual({ type: 'boolean', default: true });
    expect(spec(null, 2)).toEqual({ type: 'number', default: 2 });
    expect(spec(undefined, ['x'])).toEqual({ type: 'list', default: ['x'] });
    expect(spec(undefined, { a: 1 })).toEqual({ type: 'json', default: { a: 1 } });
    expect(spec(undefined, 'x')).toEqual({ type: 'string', default: 'x' });
    expect(spec(undefined, { $undefined: true })).toEqual({ type: 'string', default: null });
  });

  it('maps syncstorage-rs field types onto convict formats', () => {
    expect(spec('u16', 5)).toEqual({ type: 'integer', minimum: 0, default: 5 });
    expect(spec('Option<u32>', 5)).toEqual({ type: 'integer', minimum: 0, default: 5 });
    expect(spec('usize', 5)).toEqual({ type: 'integer', minimum: 0, default: 5 });
    expect(spec('u8', 5)).toEqual({ type: 'integer', minimum: 0, default: 5 });
    expect(spec('u64', 5)).toEqual({ type: 'integer', minimum: 0, default: 5 });
    expect(spec('i64', -5)).toEqual({ type: 'integer', default: -5 });
    expect(spec('isize', -5)).toEqual({ type: 'integer', default: -5 });
    expect(spec('f32', 0.5)).toEqual({ type: 'number', default: 0.5 });
    expect(spec('Option<f64>', 0.5)).toEqual({ type: 'number', default: 0.5 });
    expect(spec('bool', 'true')).toEqual({ type: 'boolean', default: true });
    expect(spec('Option<bool>', false)).toEqual({ type: 'boolean', default: false });
    expect(spec('Vec<String>', 'a,b')).toEqual({ type: 'list', default: ['a', 'b'] });
    expect(spec('Option<Vec<String>>', 'a')).toEqual({ type: 'list', default: ['a'] });
    expect(spec('Secrets', 'k')).toEqual({ type: 'string', default: 'k' });
    expect(spec('PathBuf', 7)).toEqual({ type: 'string', default: '7' });
    expect(spec('&str', 'k')).toEqual({ type: 'string', default: 'k' });
  });

  it('leaves other names alone, matching Rust types as whole names only', () => {
    // these are not Rust types the importer knows: free text, the default kept as written
    expect(spec('u128', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('xu16', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('u16x', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('f16', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('boolean', 'true')).toEqual({ type: 'string', default: 'true' });
    expect(spec('MyVec<String>', 'a,b')).toEqual({ type: 'string', default: 'a,b' });
    expect(spec('Option<u16', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('XOption<u16>', 5)).toEqual({ type: 'string', default: '5' });
    expect(spec('SecretsX', 7)).toEqual({ type: 'string', default: '7' });
    expect(spec('MySecrets', 7)).toEqual({ type: 'string', default: '7' });
    // an unknown format is kept, so a PORT number stays an integer (the format was not rewritten to String)
    expect(spec('Duration', 6379, 'REDIS_PORT')).toEqual({ type: 'integer', default: 6379 });
  });

  it('a computed default is dropped and kept as the upstream default, for a person to read', () => {
    expect(spec('duration', { $expr: 'FIVE_MINUTES' })).toEqual({ type: 'duration', default: null, upstreamDefault: 'FIVE_MINUTES' });
    expect(spec('String', { $undefined: true })).toEqual({ type: 'string', default: null });
  });

  it('marks secrets from sensitive or the name, and a secret is never classed as a URL', () => {
    expect(toEnvVar(leaf({ env: 'PLAIN', sensitive: true }))).toMatchObject({ secret: true });
    expect(toEnvVar(leaf({ env: 'DB_PASSWORD' }))).toMatchObject({ secret: true });
    expect(toEnvVar(leaf({ env: 'PLAIN', sensitive: false })).secret).toBeUndefined();
    const webhook = toEnvVar(leaf({ env: 'HOOK_URL', format: 'url', default: 'https://sentry.example', sensitive: true }));
    expect(webhook.secret).toBe(true);
    expect(webhook.url).toBeUndefined();
  });

  it('classes a URL by the default it has', () => {
    expect(toEnvVar(leaf({ env: 'TARGET', format: 'String', default: 'https://accounts.firefox.com' })).url).toBe('public');
    expect(toEnvVar(leaf({ env: 'TARGET', format: 'String', default: 'plain' })).url).toBeUndefined();
  });

  it('a default that says it must be changed makes the variable required', () => {
    for (const d of ['MUST CHANGE', 'please changeme', 'Change Me!']) expect(toEnvVar(leaf({ default: d })).required, d).toBe(true);
    expect(toEnvVar(leaf({ default: 'change' })).required).toBeUndefined();
    expect(toEnvVar(leaf({ format: 'Array', default: ['CHANGEME'] })).required).toBeUndefined();
  });
});
