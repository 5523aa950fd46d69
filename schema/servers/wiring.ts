/** Wiring shared by several servers: databases and Redis point at the cluster's one MySQL and Redis. */
import type { PlainWire, SecretWire } from '../types.ts';

type Db = 'AUTH_' | 'PROFILE_' | 'OAUTH_' | 'PUSHBOX_' | '';

/** MySQL connection variables with the given prefix (FxA's `makeMySQLConfig(PREFIX, db)`). */
type MysqlWiring<P extends string> = Record<`${P}MYSQL_HOST` | `${P}MYSQL_PORT` | `${P}MYSQL_USERNAME`, PlainWire> & Record<`${P}MYSQL_PASSWORD`, SecretWire>;

export function mysql<P extends Db>(prefix: P): MysqlWiring<P> {
  return {
    [`${prefix}MYSQL_HOST`]: { from: 'global', key: 'mysql.host' },
    [`${prefix}MYSQL_PORT`]: { from: 'global', key: 'mysql.port' },
    [`${prefix}MYSQL_USERNAME`]: { from: 'global', key: 'mysql.user' },
    [`${prefix}MYSQL_PASSWORD`]: { from: 'sharedSecret', key: 'mysqlPassword' },
  } as MysqlWiring<P>;
}

/** Redis host/port variables with the given prefixes (FxA's `makeRedisConfig()` sections). */
export function redis<P extends string>(...prefixes: readonly P[]): Record<`${P}REDIS_HOST` | `${P}REDIS_PORT`, PlainWire> {
  const out: Record<string, PlainWire> = {};
  for (const p of prefixes) {
    out[`${p}REDIS_HOST`] = { from: 'global', key: 'redis.host' };
    out[`${p}REDIS_PORT`] = { from: 'global', key: 'redis.port' };
  }
  return out as Record<`${P}REDIS_HOST` | `${P}REDIS_PORT`, PlainWire>;
}

/** Every Redis section of fxa-shared's makeRedisConfig(). */
export const REDIS_SECTIONS = ['', 'ACCESS_TOKEN_', 'REFRESH_TOKEN_', 'CUSTOMS_', 'RATELIMIT_', 'METRICS_', 'AUTH_CACHE_', 'RECOVERY_PHONE_'] as const;
