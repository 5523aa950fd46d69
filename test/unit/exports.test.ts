/** Values built in code: the package exports the values' types and the editor schema by name. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// resolved through package.json "exports" (tsc checks this import in `npm run lint`)
import type { FxaValues } from 'fxa-helm/values';
import { ROOT } from '../../scripts/lib/paths.ts';

it('exports the values types and schema under fxa-helm/values and fxa-helm/values.schema.json', () => {
  const values: FxaValues = { global: { environment: 'production' }, 'fxa-auth-server': { replicaCount: 2 } };
  const require = createRequire(join(ROOT, 'package.json'));
  expect(require.resolve('fxa-helm/values.schema.json')).toBe(join(ROOT, 'types', 'values.schema.json'));
  const schema = require('fxa-helm/values.schema.json') as { properties: Record<string, unknown> };
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(values)));
});
