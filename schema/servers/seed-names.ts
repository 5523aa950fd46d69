/**
 * Server names the seed's launcher knew that are not current servers: what the launcher answers for each.
 * The seed ran from one image whose launcher picked the server from `server`; operators moving from it keep
 * those names in their manifests, so each one either runs (an alias) or stops with what replaced it.
 */
import type { ServerName } from '../types.ts';

/** The seed's names for processes that still exist under another name. */
export const SEED_ALIASES: Readonly<Record<string, ServerName>> = {
  // the seed ran the profile server's static and worker processes under these names
  'fxa-payments-server-static': 'fxa-profile-static',
  'fxa-payments-server-worker': 'fxa-profile-worker',
};

/** Servers retired upstream, with what replaced each (shared/DESIGN.md, "Retired since the seed was written"). */
export const RETIRED: Readonly<Record<string, string>> = {
  'fxa-auth-db-mysql': 'replaced by fxa-auth-server, which talks to MySQL itself, and db-migrations, which patches the schema',
  'fxa-customs-server': 'replaced by fxa-auth-server, which does rate limiting itself',
  'browserid-verifier': 'replaced by fxa-auth-server: BrowserID is gone and relying parties verify OAuth tokens there',
  'fxa-mail-service': 'replaced by fxa-auth-server, which sends mail itself over SMTP (global.smtp)',
  'fxa-email-service': 'replaced by fxa-auth-server, which sends mail itself over SMTP (global.smtp)',
  'fxa-oauth-server': 'replaced by fxa-auth-server, which is the OAuth and OpenID Connect provider',
  fortress: 'replaced by 123done, the example relying party FxA keeps',
};
