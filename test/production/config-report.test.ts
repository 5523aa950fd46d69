/**
 * The config report's edges, in process (so the mutation run sees them): Helm's refusal as one readable line,
 * and table cells that keep a value's bars and line breaks readable and list every mark.
 */
import { describe, expect, it } from 'vitest';
import { renderChart, type EffectiveServer } from '../../scripts/config/effective.ts';
import { markdownReport } from '../../scripts/config/index.ts';
import { UserError } from '../../scripts/lib/errors.ts';
import { valuesFile } from '../helpers/helm.ts';

describe('renderChart', () => {
  it("turns Helm's refusal into one line naming the value", () => {
    let caught: unknown;
    try {
      renderChart([valuesFile('prod')], ['fxa-auth-server.replicaCount=-1']);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    const message = (caught as Error).message;
    expect(message).toMatch(/^helm template refused the values: .*replicaCount.*minimum/);
    expect(message).not.toContain('\n');
  });
});

describe('markdownReport', () => {
  it('escapes bars, turns line breaks into spaces and lists both marks', () => {
    const server: EffectiveServer = { name: 'fxa-demo', vars: [{ name: 'X', origin: 'values', value: 'a|b\nc', secret: false, marks: ['localhost', 'mozilla'] }] };
    const report = markdownReport([server], 'values/a.yaml values/b.yaml');
    expect(report).toContain('| `X` | values | `a\\|b c` | localhost, mozilla |');
    expect(report.split('\n')[0]).toBe('# Effective configuration: values/a.yaml values/b.yaml');
    expect(report).toContain('| fxa-demo | 1 | 0 | 0 | 1 |');
  });
});
