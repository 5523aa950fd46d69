/** The `global` block every chart shares: the environment, the public URL, the image and the data stores. */
import { DEFAULT_IMAGE, SHARED_SECRETS } from '../../schema/index.ts';
import { doc } from './yaml.ts';
import type { JSONSchema } from './server-values.ts';

export function globalValues(): Record<string, unknown> {
  return {
    environment: doc('development or production: mapped per server to its own NODE_ENV vocabulary (dev/prod, development/production)', 'production'),
    publicUrl: doc('Public base URL: the content server sits at its root, other servers under their paths (/auth, /profile, ...)', 'https://accounts.example.com'),
    publicUrls: doc('Per-server public URL overrides (server name -> URL), for a host per server instead of paths', {}),
    image: doc('The FxA image every FxA server runs (built by docker/, pinned to the catalog\'s FxA source)', {
      repository: DEFAULT_IMAGE.repository,
      tag: DEFAULT_IMAGE.tag,
      pullPolicy: 'IfNotPresent',
    }),
    imagePullSecrets: doc('Image pull secrets for every pod', []),
    mysql: doc('MySQL every server connects to; empty host means the in-cluster mysql (development only)', { host: '', port: 3306, user: 'fxa' }),
    redis: doc('Redis every server connects to; empty host means the in-cluster redis', { host: '', port: 6379 }),
    statsd: doc('StatsD receiver (e.g. <release>-statsd when statsd is enabled); empty host: no metrics', { host: '', port: 8125 }),
    secrets: doc('Secrets shared across servers: name an existing Secret holding every key, or give the values (development)', {
      existingSecret: doc('Existing Secret with one key per entry of values (recommended for production)', ''),
      values: doc('Inline values; the chart stores them in the Secret <release>-fxa-secrets (fxa-secrets for a release named fxa)', Object.fromEntries(Object.entries(SHARED_SECRETS).map(([k, d]) => [k, doc(d, '')]))),
    }),
  };
}

export function globalSchema(): JSONSchema {
  const str = (description: string, extra: JSONSchema = {}): JSONSchema => ({ type: 'string', description, ...extra });
  const hostPort = (what: string, port: number, hostDoc = `${what} host; empty: the in-cluster service`): JSONSchema => ({
    type: 'object',
    additionalProperties: false,
    description: `${what} connection`,
    properties: { host: str(hostDoc), port: { type: 'integer', minimum: 1, maximum: 65535, default: port } },
  });
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Values shared by every FxA chart',
    properties: {
      environment: { enum: ['development', 'production'], description: 'Deployment environment' },
      publicUrl: str('Public base URL (scheme and host, optionally a path)', { format: 'uri', pattern: '^https?://' }),
      publicUrls: { type: 'object', description: 'Per-server public URL overrides', additionalProperties: { type: 'string', format: 'uri', pattern: '^https?://' } },
      image: {
        type: 'object',
        additionalProperties: false,
        properties: { repository: str('Image repository', { minLength: 1 }), tag: str('Image tag', { minLength: 1 }), pullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] } },
      },
      imagePullSecrets: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
      mysql: {
        type: 'object',
        additionalProperties: false,
        properties: { host: str('MySQL host; empty: the in-cluster mysql'), port: { type: 'integer', minimum: 1, maximum: 65535 }, user: str('MySQL user', { minLength: 1 }) },
      },
      redis: hostPort('Redis', 6379),
      statsd: hostPort('StatsD', 8125, 'StatsD host; empty: no StatsD'),
      secrets: {
        type: 'object',
        additionalProperties: false,
        properties: {
          existingSecret: str('Existing Secret holding every shared secret key'),
          values: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(Object.entries(SHARED_SECRETS).map(([k, d]) => [k, str(d)])),
          },
        },
      },
    },
  };
}
