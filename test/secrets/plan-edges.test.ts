/**
 * The secrets plan at the edges the chart produces: the hook always receives `global.secrets.values` (`{}` when
 * nothing is inline), operators name their own Secrets, and values the schema would refuse still plan safely.
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../../scripts/secrets/plan.ts';

describe('which Secret the shared secrets come from', () => {
  it('an empty inline map (what the chart passes the hook by default) is not inline: the hook makes the Secret', () => {
    expect(plan({ global: { secrets: { values: {} } } }, 'fxa').sharedInline).toBe(false);
    expect(plan({ global: { secrets: { values: { flowIdKey: '', ipHmacKey: '' } } } }, 'fxa').sharedInline).toBe(false);
  });

  it('one inline value makes the whole set inline', () => {
    expect(plan({ global: { secrets: { values: { flowIdKey: 'x', ipHmacKey: '' } } } }, 'fxa').sharedInline).toBe(true);
  });

  it('an empty `values:` (null in YAML) is not inline and does not fail', () => {
    expect(plan({ global: { secrets: { values: null } } }, 'fxa').sharedInline).toBe(false);
  });

  it("the operator's existing Secret wins over inline values", () => {
    const p = plan({ global: { secrets: { existingSecret: 'mine', values: { flowIdKey: 'x' } } } }, 'fxa');
    expect(p.sharedInline).toBe(false);
    expect(p.sharedSecret).toBe('mine');
  });
});

describe('the names of the two Secrets', () => {
  it("the keys Secret is the operator's when named, else the release's", () => {
    expect(plan({ global: { keys: { existingSecret: 'my-keys' } } }, 'fxa').keysSecret).toBe('my-keys');
    expect(plan({}, 'prod').keysSecret).toBe('prod-fxa-keys');
    expect(plan({}, 'prod').sharedSecret).toBe('prod-fxa-secrets');
  });

  it('a name that is not a string (a value the schema refuses) is ignored, not used as a name', () => {
    const p = plan({ global: { keys: { existingSecret: true }, secrets: { existingSecret: 7 } } }, 'fxa');
    expect(p.keysSecret).toBe('fxa-keys');
    expect(p.sharedSecret).toBe('fxa-secrets');
  });
});
