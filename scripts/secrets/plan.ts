/**
 * What `secrets init` must put where, from the values an install uses: the names of the two Secrets the
 * chart reads, which shared secrets are random (generated) and which only the operator can give.
 */
import { INTEGRATIONS, requiredSecretKeys, type SharedSecretKey } from '../../schema/index.ts';
import { getPath, type Values } from '../validate/merge.ts';
import { RANDOM_SECRETS, STORE_SECRETS } from '../../schema/keys.ts';

/** The chart's fxa-common.names.fullname: "<release>-<name>", or just the name when it already starts with "<release>-". */
export const fullname = (release: string, name: string): string =>
  (name.startsWith(`${release}-`) ? name : `${release}-${name}`).slice(0, 63).replace(/-+$/, '');

export interface Plan {
  keysSecret: string;
  sharedSecret: string;
  /** The chart renders the shared Secret from inline global.secrets.values: init leaves it alone. */
  sharedInline: boolean;
  /** Keys init makes up when missing. */
  generated: SharedSecretKey[];
  /** Keys only the operator can give (passwords of external services, third-party credentials), with why. */
  given: { key: SharedSecretKey; why: string }[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function plan(values: Values, release: string): Plan {
  const inline = getPath(values, 'global.secrets.values');
  const sharedInline = !str(getPath(values, 'global.secrets.existingSecret')) && typeof inline === 'object' && inline !== null && Object.values(inline).some(Boolean);
  const generated: SharedSecretKey[] = [...RANDOM_SECRETS];
  const given: Plan['given'] = [];
  // passwords of the in-cluster stores are ours to choose; an external store's is not
  for (const [key, store] of Object.entries(STORE_SECRETS) as [SharedSecretKey, string][]) {
    if (str(getPath(values, `global.${store}.host`))) given.push({ key, why: `password on global.${store}.host${store === 'redis' ? ' (empty when it has none)' : ''}` });
    else generated.push(key);
  }
  if (str(getPath(values, 'global.smtp.user'))) given.push({ key: 'smtpPassword', why: 'password of global.smtp.user' });
  for (const [name, def] of Object.entries(INTEGRATIONS)) {
    if (getPath(values, `global.integrations.${name}.enabled`) !== true) continue;
    for (const [key, doc] of Object.entries(def.secrets)) given.push({ key: key as SharedSecretKey, why: doc });
  }
  // every key the chart may reference exists, so a switched-off feature never leaves a pod waiting on a missing key
  const known = new Set<string>([...generated, ...given.map((g) => g.key)]);
  for (const key of requiredSecretKeys()) if (!known.has(key) && key !== 'smtpPassword') generated.push(key);
  return {
    keysSecret: str(getPath(values, 'global.keys.existingSecret')) || fullname(release, 'fxa-keys'),
    sharedSecret: str(getPath(values, 'global.secrets.existingSecret')) || fullname(release, 'fxa-secrets'),
    sharedInline,
    generated,
    given,
  };
}
