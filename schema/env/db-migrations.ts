// Imported from mozilla/fxa by `npm run import` (scripts/import); reviewed and committed as the catalog.
// Correct entries by hand here when FxA changes; the generator reads this file, never the network.
import { defineEnv, type SourceRef } from '../types.ts';

export const sources: readonly SourceRef[] = [
  { file: "packages/db-migrations/bin/patcher.mjs", commit: "2dd112e1cb701454c6d87744f0d6b2846e236581" },
  { file: "packages/fxa-shared/db/config.ts", commit: "09fafa6a931372c6e02ed5824acd3350c9bb5f85" },
];

export const env = defineEnv([
  { name: "CONFIG_FILES", type: "string", default: null, key: "", doc: "" },
  { name: "AUTH_MYSQL_DATABASE", type: "string", default: "fxa", key: "fxa.database", doc: "MySQL database" },
  { name: "AUTH_MYSQL_HOST", type: "string", default: "localhost", key: "fxa.host", doc: "MySQL host" },
  { name: "AUTH_MYSQL_PASSWORD", type: "string", default: "", secret: true, key: "fxa.password", doc: "MySQL password" },
  { name: "AUTH_MYSQL_PORT", type: "number", default: 3306, key: "fxa.port", doc: "MySQL port" },
  { name: "AUTH_MYSQL_USERNAME", type: "string", default: "root", key: "fxa.user", doc: "MySQL username" },
  { name: "AUTH_MYSQL_CONNECTION_LIMIT_MIN", type: "number", default: 2, key: "fxa.connectionLimitMin", doc: "The min number of connections that the pool can use at once." },
  { name: "AUTH_MYSQL_CONNECTION_LIMIT_MAX", type: "number", default: 10, key: "fxa.connectionLimitMax", doc: "The maximum number of connections that the pool can use at once." },
  { name: "AUTH_MYSQL_ACQUIRE_TIMEOUT", type: "number", default: 30000, key: "fxa.acquireTimeoutMillis", doc: "The milliseconds before a timeout occurs if a resource cannot be acquired" },
  { name: "AUTH_MYSQL_IDLE_LIMIT_MS", type: "number", default: 60000, key: "fxa.idleLimitMs", doc: "The number of milliseconds a connection can be idle before it is closed" },
  { name: "PROFILE_MYSQL_DATABASE", type: "string", default: "fxa_profile", key: "fxa_profile.database", doc: "MySQL database" },
  { name: "PROFILE_MYSQL_HOST", type: "string", default: "localhost", key: "fxa_profile.host", doc: "MySQL host" },
  { name: "PROFILE_MYSQL_PASSWORD", type: "string", default: "", secret: true, key: "fxa_profile.password", doc: "MySQL password" },
  { name: "PROFILE_MYSQL_PORT", type: "number", default: 3306, key: "fxa_profile.port", doc: "MySQL port" },
  { name: "PROFILE_MYSQL_USERNAME", type: "string", default: "root", key: "fxa_profile.user", doc: "MySQL username" },
  { name: "PROFILE_MYSQL_CONNECTION_LIMIT_MIN", type: "number", default: 2, key: "fxa_profile.connectionLimitMin", doc: "The min number of connections that the pool can use at once." },
  { name: "PROFILE_MYSQL_CONNECTION_LIMIT_MAX", type: "number", default: 10, key: "fxa_profile.connectionLimitMax", doc: "The maximum number of connections that the pool can use at once." },
  { name: "PROFILE_MYSQL_ACQUIRE_TIMEOUT", type: "number", default: 30000, key: "fxa_profile.acquireTimeoutMillis", doc: "The milliseconds before a timeout occurs if a resource cannot be acquired" },
  { name: "PROFILE_MYSQL_IDLE_LIMIT_MS", type: "number", default: 60000, key: "fxa_profile.idleLimitMs", doc: "The number of milliseconds a connection can be idle before it is closed" },
  { name: "OAUTH_MYSQL_DATABASE", type: "string", default: "fxa_oauth", key: "fxa_oauth.database", doc: "MySQL database" },
  { name: "OAUTH_MYSQL_HOST", type: "string", default: "localhost", key: "fxa_oauth.host", doc: "MySQL host" },
  { name: "OAUTH_MYSQL_PASSWORD", type: "string", default: "", secret: true, key: "fxa_oauth.password", doc: "MySQL password" },
  { name: "OAUTH_MYSQL_PORT", type: "number", default: 3306, key: "fxa_oauth.port", doc: "MySQL port" },
  { name: "OAUTH_MYSQL_USERNAME", type: "string", default: "root", key: "fxa_oauth.user", doc: "MySQL username" },
  { name: "OAUTH_MYSQL_CONNECTION_LIMIT_MIN", type: "number", default: 2, key: "fxa_oauth.connectionLimitMin", doc: "The min number of connections that the pool can use at once." },
  { name: "OAUTH_MYSQL_CONNECTION_LIMIT_MAX", type: "number", default: 10, key: "fxa_oauth.connectionLimitMax", doc: "The maximum number of connections that the pool can use at once." },
  { name: "OAUTH_MYSQL_ACQUIRE_TIMEOUT", type: "number", default: 30000, key: "fxa_oauth.acquireTimeoutMillis", doc: "The milliseconds before a timeout occurs if a resource cannot be acquired" },
  { name: "OAUTH_MYSQL_IDLE_LIMIT_MS", type: "number", default: 60000, key: "fxa_oauth.idleLimitMs", doc: "The number of milliseconds a connection can be idle before it is closed" },
  { name: "PUSHBOX_MYSQL_DATABASE", type: "string", default: "pushbox", key: "pushbox.database", doc: "MySQL database" },
  { name: "PUSHBOX_MYSQL_HOST", type: "string", default: "localhost", key: "pushbox.host", doc: "MySQL host" },
  { name: "PUSHBOX_MYSQL_PASSWORD", type: "string", default: "", secret: true, key: "pushbox.password", doc: "MySQL password" },
  { name: "PUSHBOX_MYSQL_PORT", type: "number", default: 3306, key: "pushbox.port", doc: "MySQL port" },
  { name: "PUSHBOX_MYSQL_USERNAME", type: "string", default: "root", key: "pushbox.user", doc: "MySQL username" },
  { name: "PUSHBOX_MYSQL_CONNECTION_LIMIT_MIN", type: "number", default: 2, key: "pushbox.connectionLimitMin", doc: "The min number of connections that the pool can use at once." },
  { name: "PUSHBOX_MYSQL_CONNECTION_LIMIT_MAX", type: "number", default: 10, key: "pushbox.connectionLimitMax", doc: "The maximum number of connections that the pool can use at once." },
  { name: "PUSHBOX_MYSQL_ACQUIRE_TIMEOUT", type: "number", default: 30000, key: "pushbox.acquireTimeoutMillis", doc: "The milliseconds before a timeout occurs if a resource cannot be acquired" },
  { name: "PUSHBOX_MYSQL_IDLE_LIMIT_MS", type: "number", default: 60000, key: "pushbox.idleLimitMs", doc: "The number of milliseconds a connection can be idle before it is closed" },
]);
