/**
 * docs/secrets-and-data.md: every key file and shared secret, who makes it, who reads it (from the
 * catalog's wiring) and how to rotate it; then where the data lives. Generated, so it cannot drift.
 */
import { CATALOG, INTEGRATIONS, SHARED_SECRETS, type ServerSpec } from '../../schema/index.ts';
import { KEY_FILES, KEYS_DIR, RANDOM_SECRETS, type KeyFile } from '../../schema/keys.ts';
import { SERVICES, serviceOfStorePassword, type Service } from '../../schema/services.ts';
import type { SharedSecretKey } from '../../schema/types.ts';
import { readersOf } from '../../schema/wires.ts';
import type { OutputFile } from './output.ts';
import { mailCatcherUi } from './service-address.ts';

const code = (s: string): string => `\`${s}\``;

/** "server (VARIABLE, ...)" for each server that reads the key file or shared secret, with the switch it is read under. */
function readers(catalog: readonly ServerSpec[], item: SharedSecretKey | KeyFile): string {
  return readersOf(item, catalog)
    .map((r) => `${r.server}${r.variables.length ? ` (${r.variables.map(code).join(', ')})` : ''}${r.when ? ` while ${code(`global.${r.when}`)} is set` : ''}`)
    .join('<br>') || '-';
}

const OPENID_ROTATION = 'secrets rotate openid: prepare, then activate, then --retire';

function keyRotation(file: KeyFile): string {
  if (file.startsWith('openid-')) return code(OPENID_ROTATION);
  if (file === 'vapid-keys.json') return 'not rotated: push subscriptions are bound to this key';
  return 'not rotated by the tool: sessions and tokens signed by it would stop verifying';
}

function secretSource(key: string): { made: string; rotate: string } {
  if ((RANDOM_SECRETS as readonly string[]).includes(key)) return { made: 'random, by `secrets init`', rotate: code(`secrets rotate ${key}`) };
  const store = serviceOfStorePassword(key);
  if (store) {
    const service: Service = SERVICES[store];
    return {
      made: `random by \`secrets init\` for the in-cluster ${service.server}; given (\`--secret ${key}=...\`) when ${code(`global.${service.host}`)} is set`,
      rotate: service.storePassword?.keptByStore ? `change it in ${store} first, then in the Secret` : code(`secrets rotate ${key}`),
    };
  }
  const user = Object.values(SERVICES).find((s: Service) => s.userPassword?.key === key)?.userPassword;
  if (user) return { made: `given when ${code(`global.${user.user}`)} is set`, rotate: 'at the provider, then in the Secret' };
  const integration = Object.entries(INTEGRATIONS).find(([, d]) => key in d.secrets)?.[0];
  return { made: `given when ${code(`global.integrations.${integration}`)} is on`, rotate: 'at the provider, then in the Secret' };
}

export function secretsDoc(catalog: readonly ServerSpec[] = CATALOG): string {
  const ui = mailCatcherUi('fxa', catalog);
  const lines = [
    '<!-- Generated from schema/ by `npm run gen`. Do not edit. -->',
    '# Keys, secrets and data',
    '',
    'FxA needs signing keys and a set of secrets its servers share. The install hook (`global.secrets.generate`, on by default) makes',
    'what is missing of them at every install and upgrade, and `npx fxa-helm secrets init -f <values> -n <namespace>` does the same from',
    'a checkout (the same code): once, with node:crypto in the formats FxA\'s own scripts write. They go to two Secrets the chart reads but never renders:',
    '',
    '- the keys Secret, `global.keys.existingSecret` (default `<release>-fxa-keys`);',
    '- the shared Secret, `global.secrets.existingSecret` (default `<release>-fxa-secrets`).',
    '',
    'So no `helm upgrade`, rollback, re-install or `helm template | kubectl apply` can change them. Running `init` again adds',
    'only what is missing. Each pod\'s `checksum/config` hashes exactly the keys it reads; external Secrets are read with',
    '`lookup` during install and upgrade. So after `secrets rotate ...`, `helm upgrade` restarts exactly the servers that',
    'read what changed.',
    '',
    `## Key files (mounted read-only at ${code(KEYS_DIR)})`,
    '',
    '| file | what | read by | rotation |',
    '|---|---|---|---|',
  ];
  for (const [file, what] of Object.entries(KEY_FILES) as [KeyFile, string][]) {
    lines.push(`| ${code(file)} | ${what} | ${readers(catalog, file)} | ${keyRotation(file)} |`);
  }
  lines.push('', '## Shared secrets', '', '| key | what | made | read by | rotation |', '|---|---|---|---|---|');
  for (const [key, what] of Object.entries(SHARED_SECRETS)) {
    const { made, rotate } = secretSource(key);
    lines.push(`| ${code(key)} | ${what} | ${made} | ${readers(catalog, key as SharedSecretKey)} | ${rotate} |`);
  }
  lines.push(
    '',
    'OpenID rotation follows FxA\'s signing-key management:',
    '',
    '1. **prepare**: a next key is published in the JWKS but does not sign yet. Wait until JWKS caches expire.',
    '2. **activate**: the next key signs, and the previous key\'s public half stays published. Wait until tokens it signed expire.',
    '3. **retire** (`--retire`): the previous key is dropped.',
    '',
    'Run `helm upgrade` after each step.',
    '',
    '## Data',
    '',
    '- **Databases** are named by `global.mysql.databases`: fxa, oauth, profile and pushbox for FxA (db-migrations creates them), syncstorage and tokenserver for Sync. Every server reads the same names.',
    '- **Sync\'s database URLs** (`SYNC_SYNCSTORAGE__DATABASE_URL`, `SYNC_TOKENSERVER__DATABASE_URL`) are composed by Kubernetes from `global.mysql` and the shared `mysqlPassword`. The pod spec only says `$(FXA_HELM_SECRET_mysqlPassword)`, so there is no second copy of the password. So it may not hold `#`, `%`, `/`, `?`, a tab or a line break, which would end or change the URL\'s password: `secrets init` and `secrets set` refuse such a value (the passwords they make are hex).',
    '- **MySQL 8.4**: FxA\'s Node servers use the mysqljs driver, which cannot authenticate with 8.4\'s default `caching_sha2_password`.',
    '  - The in-cluster dev MySQL starts with `--mysql-native-password=ON --authentication-policy=mysql_native_password,,`.',
    '  - On a managed MySQL 8.4, enable the native plugin (e.g. the `mysql_native_password` parameter on RDS), then create the user with `IDENTIFIED WITH mysql_native_password`.',
    '- **Redis** requires `redisPassword` (empty: no AUTH). The in-cluster Redis and every client variable (`*REDIS_PASSWORD`) read it from the shared Secret. Its data is in memory: a restart signs users out of sessions cached there.',
    '- **Mail**: production refuses to render without `global.smtp.host` and `global.smtp.sender`. Development sends to the release\'s own Mailpit (an empty `global.smtp.host`, whatever the release is named); for a release named fxa, read the codes at `' + ui.command + '` then ' + ui.url + '.',
    '',
  );
  return lines.join('\n');
}

export function emitSecretsDoc(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  return [{ path: 'docs/secrets-and-data.md', content: secretsDoc(catalog) }];
}
