// Imported from mozilla/fxa by `npm run import` (scripts/import); reviewed and committed as the catalog.
// Correct entries by hand here when FxA changes; the generator reads this file, never the network.
import { defineEnv, type SourceRef } from '../types.ts';

export const sources: readonly SourceRef[] = [
  { file: "packages/123done/config.js", commit: "unrecorded" },
];

export const env = defineEnv([
  { name: "CLIENT_ID", type: "string", default: "dcdb5ae7add825d2", key: "client_id", doc: "Oauth client id" },
  { name: "CLIENT_SECRET", type: "string", default: "b93ef8a8f3e553a430d7e5b904c6132b2722633af9f03128029201d24a97f2a8", secret: true, key: "client_secret", doc: "Oauth client secret" },
  { name: "REDIRECT_URI", type: "string", format: "uri", default: "http://localhost:8080/api/oauth", url: "public", key: "redirect_uri", doc: "Oauth client redirect" },
  { name: "ISSUER_URI", type: "string", format: "uri", default: "http://localhost:3030", url: "public", key: "issuer_uri", doc: "Oauth client issuer uri" },
  { name: "SCOPES", type: "string", default: "profile openid", key: "scopes", doc: "Oauth client requesting scopes" },
  { name: "PKCE_CLIENT_ID", type: "string", default: "38a6b9b3a65a1871", key: "pkce_client_id", doc: "Oauth pkce client id" },
  { name: "PKCE_REDIRECT_URI", type: "string", format: "uri", default: "http://localhost:8080/?oauth_pkce_redirect=1", url: "public", key: "pkce_redirect_uri", doc: "Oauth pkce client id" },
  { name: "COOKIE_SECRET", type: "string", default: "define a real secret, please", secret: true, key: "cookie_secret", doc: "Cookie secret" },
  { name: "COOKIE_NAME", type: "string", default: "123done", key: "cookie_name", doc: "Cookie name" },
  { name: "PORT", type: "number", default: 8080, key: "port", doc: "Port to run service" },
]);
