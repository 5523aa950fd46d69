/** Wiring shared by several servers: databases and Redis point at the cluster's one MySQL and Redis. */
import type { PlainWire, SecretWire } from '../types.ts';
import { keyPath, type KeyFile } from '../keys.ts';
import type { DatabaseName } from '../services.ts';

type Db = 'AUTH_' | 'PROFILE_' | 'OAUTH_' | 'PUSHBOX_' | '';

/** FxA's own databases (schema/services.ts names them all). */
export type Database = Extract<DatabaseName, 'fxa' | 'oauth' | 'profile' | 'pushbox'>;
/** The database each prefix means; the unprefixed variables name a different one per server. */
const PREFIX_DB: Record<Exclude<Db, ''>, Database> = { AUTH_: 'fxa', PROFILE_: 'profile', OAUTH_: 'oauth', PUSHBOX_: 'pushbox' };

/** MySQL connection variables with the given prefix (FxA's `makeMySQLConfig(PREFIX, db)`). */
type MysqlWiring<P extends string> = Record<`${P}MYSQL_HOST` | `${P}MYSQL_PORT` | `${P}MYSQL_USERNAME` | `${P}MYSQL_DATABASE`, PlainWire> & Record<`${P}MYSQL_PASSWORD`, SecretWire>;

export function mysql<P extends Db>(prefix: P, ...db: P extends '' ? [Database] : []): MysqlWiring<P> {
  const database: Database = prefix === '' ? db[0]! : PREFIX_DB[prefix as Exclude<Db, ''>];
  return {
    [`${prefix}MYSQL_HOST`]: { from: 'global', key: 'mysql.host' },
    [`${prefix}MYSQL_PORT`]: { from: 'global', key: 'mysql.port' },
    [`${prefix}MYSQL_USERNAME`]: { from: 'global', key: 'mysql.user' },
    [`${prefix}MYSQL_DATABASE`]: { from: 'global', key: `mysql.databases.${database}` },
    [`${prefix}MYSQL_PASSWORD`]: { from: 'sharedSecret', key: 'mysqlPassword' },
  } as MysqlWiring<P>;
}

/**
 * A MySQL URL (mysql://user:password@host:port/database, as syncstorage-rs reads it) built by Kubernetes
 * from the same values and the shared mysqlPassword: no second copy of the password anywhere.
 */
export function mysqlUrl(database: Extract<DatabaseName, 'syncstorage' | 'tokenserver'>): SecretWire {
  return {
    from: 'sharedSecret',
    key: 'mysqlPassword',
    embed: {
      before: ['mysql://', { from: 'global', key: 'mysql.user' }, ':'],
      after: ['@', { from: 'global', key: 'mysql.host' }, ':', { from: 'global', key: 'mysql.port' }, '/', { from: 'global', key: `mysql.databases.${database}` }],
    },
  };
}

/** Redis host, port and password variables with the given prefixes (FxA's `makeRedisConfig()` sections). */
type RedisWiring<P extends string> = Record<`${P}REDIS_HOST` | `${P}REDIS_PORT`, PlainWire> & Record<`${P}REDIS_PASSWORD`, SecretWire>;

export function redis<P extends string>(...prefixes: readonly P[]): RedisWiring<P> {
  const out: Record<string, PlainWire | SecretWire> = {};
  for (const p of prefixes) {
    out[`${p}REDIS_HOST`] = { from: 'global', key: 'redis.host' };
    out[`${p}REDIS_PORT`] = { from: 'global', key: 'redis.port' };
    out[`${p}REDIS_PASSWORD`] = REDIS_PASSWORD;
  }
  return out as RedisWiring<P>;
}

/** The password every Redis client sends and the in-cluster Redis requires (empty: no AUTH). */
export const REDIS_PASSWORD: SecretWire = { from: 'sharedSecret', key: 'redisPassword' };

/** Every Redis section of fxa-shared's makeRedisConfig(). */
export const REDIS_SECTIONS = ['', 'ACCESS_TOKEN_', 'REFRESH_TOKEN_', 'CUSTOMS_', 'RATELIMIT_', 'METRICS_', 'AUTH_CACHE_', 'RECOVERY_PHONE_'] as const;

/** A variable naming a key file: its path in the mounted keys Secret. */
export const keyFile = (file: KeyFile): PlainWire => ({ from: 'literal', value: keyPath(file) });
