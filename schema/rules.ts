/**
 * Cross-field rules on values. Each is "when <path> equals X, <path> must equal Y": the generator writes
 * them into the umbrella schema as if/then (so Helm enforces them too) and the validator words their
 * failures with `message`. Rules JSON Schema cannot hold (they need the catalog's wiring) live in the
 * library chart's fxa-common.validate.server and scripts/validate/rules.ts, fed by the same spec.json.
 */
export interface ValueRule {
  readonly id: string;
  readonly when: { readonly path: string; readonly equals: string | boolean };
  readonly then: { readonly path: string; readonly equals: string | boolean };
  readonly message: string;
}

export const VALUE_RULES: readonly ValueRule[] = [
  {
    id: 'in-cluster-mysql',
    when: { path: 'global.mysql.host', equals: '' },
    then: { path: 'mysql.enabled', equals: true },
    message: 'must be true while global.mysql.host is empty: set global.mysql.host to your database, or enable the in-cluster mysql (development)',
  },
  {
    id: 'in-cluster-redis',
    when: { path: 'global.redis.host', equals: '' },
    then: { path: 'redis.enabled', equals: true },
    message: 'must be true while global.redis.host is empty: set global.redis.host to your Redis, or enable the in-cluster redis',
  },
  {
    id: 'production-mysql',
    when: { path: 'global.environment', equals: 'production' },
    then: { path: 'mysql.enabled', equals: false },
    message: 'must be false in production: the in-cluster mysql has no backups or HA; set global.mysql.host to a managed MySQL',
  },
  {
    id: 'admin-panel-needs-admin-server',
    when: { path: 'fxa-admin-panel.enabled', equals: true },
    then: { path: 'fxa-admin-server.enabled', equals: true },
    message: 'must be true while fxa-admin-panel.enabled is true: the panel is a front end of the admin server',
  },
];
