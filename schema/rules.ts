/**
 * Cross-field rules on values. Each is "when <path> equals X, <path> must equal Y": the generator writes
 * them into the umbrella schema as if/then (so Helm enforces them too) and the validator words their
 * failures with `message`. Rules JSON Schema cannot hold (they need the catalog's wiring) live in the
 * library chart's fxa-common.validate.server and scripts/validate/rules.ts, fed by the same spec.json.
 */
import { INTEGRATIONS } from './integrations-data.ts';

export interface Condition { readonly path: string; readonly equals: string | boolean }

export interface ValueRule {
  readonly id: string;
  readonly when: Condition;
  /** A second condition that must hold as well (both: the rule applies). */
  readonly also?: Condition;
  /** `equals`: must be exactly that; `nonEmpty`: must be a non-empty string. */
  readonly then: { readonly path: string; readonly equals: string | boolean } | { readonly path: string; readonly nonEmpty: true };
  readonly message: string;
}

/** An integration turned on without a setting it cannot work without. */
const integrationRules: ValueRule[] = Object.entries(INTEGRATIONS).flatMap(([name, def]) =>
  Object.entries(def.settings as Record<string, { required?: boolean }>)
    .filter(([, s]) => s.required)
    .map(([setting]) => ({
      id: `integration-${name}-${setting}`,
      when: { path: `global.integrations.${name}.enabled`, equals: true },
      then: { path: `global.integrations.${name}.${setting}`, nonEmpty: true as const },
      message: `must be set while global.integrations.${name}.enabled is true (or turn ${name} off)`,
    })),
);

export const VALUE_RULES: readonly ValueRule[] = [
  {
    // development only: in production the answer is a host (production-mysql-host), never the in-cluster mysql
    id: 'in-cluster-mysql',
    when: { path: 'global.mysql.host', equals: '' },
    also: { path: 'global.environment', equals: 'development' },
    then: { path: 'mysql.enabled', equals: true },
    message: 'must be true while global.mysql.host is empty: set global.mysql.host to your database, or enable the in-cluster mysql (development; it is used as global.mysql.user root)',
  },
  {
    // the official image refuses MYSQL_USER=root and grants a regular user one database only, so the
    // in-cluster MySQL makes root alone (docker-library/mysql docker-entrypoint.sh, docker_verify_minimum_env)
    id: 'in-cluster-mysql-root',
    when: { path: 'mysql.enabled', equals: true },
    then: { path: 'global.mysql.user', equals: 'root' },
    message: 'must be root while the in-cluster mysql is enabled: it creates only root (password: the mysqlPassword shared secret), and the servers need all of its databases',
  },
  {
    id: 'in-cluster-redis',
    when: { path: 'global.redis.host', equals: '' },
    then: { path: 'redis.enabled', equals: true },
    message: 'must be true while global.redis.host is empty: set global.redis.host to your Redis, or enable the in-cluster redis',
  },
  {
    id: 'in-cluster-statsd',
    when: { path: 'global.statsd.enabled', equals: true },
    also: { path: 'global.statsd.host', equals: '' },
    then: { path: 'statsd.enabled', equals: true },
    message: 'must be true while global.statsd.enabled is true and global.statsd.host is empty: enable the in-cluster statsd, set global.statsd.host to your StatsD receiver, or turn metrics off (global.statsd.enabled=false)',
  },
  {
    // development only: in production the answer is a relay (production-smtp-host), never Mailpit
    id: 'in-cluster-smtp',
    when: { path: 'global.smtp.host', equals: '' },
    also: { path: 'global.environment', equals: 'development' },
    then: { path: 'mailpit.enabled', equals: true },
    message: 'must be true while global.smtp.host is empty: set global.smtp.host to your mail relay, or enable the in-cluster mailpit (development)',
  },
  {
    id: 'production-mysql-host',
    when: { path: 'global.environment', equals: 'production' },
    then: { path: 'global.mysql.host', nonEmpty: true },
    message: 'must be set in production: name your managed MySQL 8 (the in-cluster mysql, for development, has no backups or HA)',
  },
  {
    id: 'production-mysql',
    when: { path: 'global.environment', equals: 'production' },
    then: { path: 'mysql.enabled', equals: false },
    message: 'must be false in production: the in-cluster mysql has no backups or HA; set global.mysql.host to a managed MySQL',
  },
  {
    id: 'production-smtp-host',
    when: { path: 'global.environment', equals: 'production' },
    then: { path: 'global.smtp.host', nonEmpty: true },
    message: 'must be set in production: without a mail relay no verification code is ever delivered and nobody can sign up',
  },
  {
    id: 'production-smtp-sender',
    when: { path: 'global.environment', equals: 'production' },
    then: { path: 'global.smtp.sender', nonEmpty: true },
    message: 'must be set in production: the From address of every mail (upstream sends as Mozilla from lcip.org)',
  },
  {
    id: 'subscriptions-need-payments',
    when: { path: 'global.integrations.subscriptions.enabled', equals: true },
    then: { path: 'fxa-payments-server.enabled', equals: true },
    message: 'must be true while global.integrations.subscriptions.enabled is true: subscriptions are managed in the payments server (which reads the shared secret stripePublishableKey)',
  },
  ...integrationRules,
  {
    id: 'admin-panel-needs-admin-server',
    when: { path: 'fxa-admin-panel.enabled', equals: true },
    then: { path: 'fxa-admin-server.enabled', equals: true },
    message: 'must be true while fxa-admin-panel.enabled is true: the panel is a front end of the admin server',
  },
];
