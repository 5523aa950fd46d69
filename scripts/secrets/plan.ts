/**
 * What `secrets init` must put where, from the values an install uses: the names of the two Secrets the
 * chart reads, which shared secrets are random (generated) and which only the operator can give.
 */
// light modules only, not schema/index.ts: the install hook bundles this file (scripts/secrets/hook.ts)
import { requiredSecretKeys, type SharedSecretKey } from '../../schema/types.ts';
import { INTEGRATIONS } from '../../schema/integrations-data.ts';
import { getPath, type Values } from '../lib/values-path.ts';
import { RANDOM_SECRETS } from '../../schema/keys.ts';
import { SERVICES } from '../../schema/services.ts';
import { fullname } from '../lib/k8s-names.ts';

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
  for (const service of Object.values(SERVICES)) {
    // passwords of the in-cluster stores are ours to choose; an external store's is not
    const store = service.storePassword;
    if (store && str(getPath(values, `global.${service.host}`))) given.push({ key: store.key, why: `password on global.${service.host}${store.mayBeEmpty ? ' (empty when it has none)' : ''}` });
    else if (store) generated.push(store.key);
    const user = service.userPassword;
    if (user && str(getPath(values, `global.${user.user}`))) given.push({ key: user.key, why: `password of global.${user.user}` });
  }
  for (const [name, def] of Object.entries(INTEGRATIONS)) {
    if (getPath(values, `global.integrations.${name}.enabled`) !== true) continue;
    for (const [key, doc] of Object.entries(def.secrets)) given.push({ key: key as SharedSecretKey, why: doc });
  }
  // every key the chart may reference exists, so a switched-off feature never leaves a pod waiting on a missing key
  const known = new Set<string>([...generated, ...given.map((g) => g.key)]);
  const userPasswords = new Set<string>(Object.values(SERVICES).flatMap((s) => (s.userPassword ? [s.userPassword.key] : [])));
  for (const key of requiredSecretKeys()) if (!known.has(key) && !userPasswords.has(key)) generated.push(key);
  return {
    keysSecret: str(getPath(values, 'global.keys.existingSecret')) || fullname(release, 'fxa-keys'),
    sharedSecret: str(getPath(values, 'global.secrets.existingSecret')) || fullname(release, 'fxa-secrets'),
    sharedInline,
    generated,
    given,
  };
}
