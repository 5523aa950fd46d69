/** The generated value types are strict: typos and wrong types are compile errors (tsc runs in `npm run lint`). */
import { expect, it } from 'vitest';
import type { FxaValues } from '../../types/values.d.ts';
import { defineEnv, defineServer } from '../../schema/types.ts';
import { createValidator, userValues } from '../../scripts/validate/index.ts';
import { mergeValues } from '../../scripts/validate/merge.ts';
import { valuesFile } from '../helpers/helm.ts';

it('types accept good values and reject typos, wrong enums and wrong types', () => {
  const good: FxaValues = {
    global: { environment: 'production', publicUrl: 'https://accounts.example.com' },
    'fxa-auth-server': { replicaCount: 2, env: { LOG_FORMAT: 'pretty', SMTP_PORT: 587 }, secretEnv: { SMTP_PASS: { existingSecret: 'smtp' } } },
  };
  // @ts-expect-error a misspelt key
  const typo: FxaValues = { 'fxa-auth-server': { replicaCuont: 2 } };
  // @ts-expect-error a value outside the enum
  const badEnum: FxaValues = { 'fxa-auth-server': { env: { LOG_FORMAT: 'json' } } };
  // @ts-expect-error a string where a number belongs
  const badType: FxaValues = { 'fxa-auth-server': { env: { SMTP_PORT: 'twenty-five' } } };
  // what the types accept and refuse, the schemas Helm checks accept and refuse too
  const validator = createValidator();
  const prod = userValues([valuesFile('prod')], []);
  const problems = (v: FxaValues): number => validator.validate(mergeValues(prod, v as Record<string, unknown>)).problems.length;
  expect(problems(good)).toBe(0);
  for (const bad of [typo, badEnum, badType]) expect(problems(bad)).toBe(1);
});

it('the catalog types refuse wiring to a variable the server does not read, or a secret wired as plain text', () => {
  const env = defineEnv([
    { name: 'PORT', type: 'integer', default: 9000, key: 'listen.port', doc: 'port' },
    { name: 'API_KEY', type: 'string', default: null, secret: true, key: 'api.key', doc: 'key' },
  ]);
  const base = { description: 'x', origin: 'fxa', workload: { kind: 'Deployment' }, scaling: 'scalable', enabledByDefault: true, production: true, workingDir: '/fxa', command: ['x'], commandSource: { file: 'f', commit: 'unrecorded', why: 'w' }, ports: [], calls: [], runAsUser: 1, sources: [], env } as const;
  const ok = defineServer({ ...base, name: 'fxa-auth-server', wiring: { PORT: { from: 'listenPort' }, API_KEY: { from: 'sharedSecret', key: 'ipHmacKey' } } });
  // @ts-expect-error NOT_READ is not a variable of this server
  defineServer({ ...base, name: 'fxa-auth-server', wiring: { NOT_READ: { from: 'listenPort' } } });
  // @ts-expect-error a secret can only come from a shared secret, never a plain value
  defineServer({ ...base, name: 'fxa-auth-server', wiring: { API_KEY: { from: 'literal', value: 'in-clear' } } });
  // @ts-expect-error an unknown server name
  defineServer({ ...base, name: 'fxa-customs-server', wiring: {} });
  const { commandSource: _cited, ...uncited } = base;
  // @ts-expect-error an FxA server must cite where its command came from
  defineServer({ ...uncited, name: 'fxa-auth-server', wiring: {} });
  expect(Object.keys(ok.wiring)).toEqual(['PORT', 'API_KEY']);
});
