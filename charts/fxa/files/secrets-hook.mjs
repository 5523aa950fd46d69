// Generated from scripts/secrets/hook.ts by `npm run gen` (esbuild). Do not edit.

// scripts/secrets/hook.ts
import { readFileSync as readFileSync2 } from "node:fs";

// schema/keys.ts
var KEY_FILES = {
  "secret-key.json": "Auth server signing key (private RSA JWK with kid and fxa-createdAt), as scripts/gen_keys.js writes it; startup fails without it",
  "public-key.json": "Public half of secret-key.json; startup fails without it",
  "openid-key.json": "Active OpenID signing key (private RSA JWK, RS256): signs id tokens and, in the event broker, security event tokens",
  "openid-newkey.json": "Next OpenID key, published in the JWKS before it signs (rotation step 1); {} when none",
  "openid-oldkey.json": "Previous OpenID public key, still published after a rotation (step 2) until retired (step 3); {} when none",
  "vapid-keys.json": "VAPID key pair (P-256, base64url) the auth server signs Web Push requests with"
};
var RANDOM_SECRETS = [
  "flowIdKey",
  "sessionTokenHandleKey",
  "profileServerAuthSecretBearerToken",
  "oauthServerSecretKey",
  "authServerSharedSecret",
  "ipHmacKey",
  "subscriptionsSharedSecret",
  "syncMasterSecret"
];

// scripts/lib/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

// scripts/secrets/generate.ts
import { createHash, createPublicKey, generateKeyPairSync, randomBytes } from "node:crypto";
var RSA_BITS = 2048;
var createdAt = (now, round) => round(now.getTime() / 1e3 / 3600) * 3600;
var ymd = (now, sep) => now.toISOString().slice(0, 10).replace(/-/g, sep);
function rsaJwk() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: RSA_BITS });
  return privateKey.export({ format: "jwk" });
}
function publicJwk(jwk) {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, ...alg ? { alg } : {}, ...use ? { use } : {}, "fxa-createdAt": jwk["fxa-createdAt"] };
}
function authSigningKey(now, jwk = rsaJwk()) {
  const kid = `${ymd(now, "-")}-${createHash("sha256").update(`${jwk.n}${jwk.e}`).digest("hex").slice(0, 32)}`;
  const secret = { ...jwk, kty: "RSA", kid, "fxa-createdAt": createdAt(now, Math.round) };
  return { secret, public: publicJwk(secret) };
}
function openidKey(now, jwk = rsaJwk()) {
  const pem = createPublicKey({ key: jwk, format: "jwk" }).export({ type: "pkcs1", format: "pem" }).toString();
  const kid = `${ymd(now, "")}-${createHash("sha256").update(pem).digest("hex").slice(0, 8)}`;
  return { ...jwk, kty: "RSA", kid, alg: "RS256", use: "sig", "fxa-createdAt": createdAt(now, Math.floor) };
}
function vapidKeys(pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" })) {
  const { privateKey, publicKey } = pair;
  const pub = publicKey.export({ format: "jwk" });
  const priv = privateKey.export({ format: "jwk" });
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(pub.x, "base64url"), Buffer.from(pub.y, "base64url")]);
  return { publicKey: point.toString("base64url"), privateKey: priv.d };
}
var randomSecret = () => randomBytes(32).toString("hex");
var file = (value) => JSON.stringify(value);
function newKeyFiles(now) {
  const signing = authSigningKey(now);
  return {
    "secret-key.json": file(signing.secret),
    "public-key.json": file(signing.public),
    "openid-key.json": file(openidKey(now)),
    "openid-newkey.json": "{}",
    "openid-oldkey.json": "{}",
    "vapid-keys.json": file(vapidKeys())
  };
}

// scripts/secrets/ensure.ts
async function ensureSecrets(store, p, given, now) {
  const lines = [];
  const ns = store.namespace;
  const keys = await store.get(p.keysSecret);
  if (!keys) {
    await store.create(p.keysSecret, newKeyFiles(now));
    lines.push(`created ${ns}/${p.keysSecret} with ${Object.keys(KEY_FILES).length} key files`);
  } else {
    const missing = Object.keys(KEY_FILES).filter((f) => !(f in keys.data));
    if (missing.length) {
      const fresh = newKeyFiles(now);
      await store.replace(p.keysSecret, { ...keys.data, ...Object.fromEntries(missing.map((f) => [f, fresh[f]])) }, keys.resourceVersion);
      lines.push(`kept ${ns}/${p.keysSecret}, added ${missing.join(", ")}`);
    } else lines.push(`kept ${ns}/${p.keysSecret} (all ${Object.keys(keys.data).length} key files present)`);
  }
  if (p.sharedInline) {
    lines.push(`shared secrets come inline from global.secrets.values: the chart renders ${p.sharedSecret}`);
    return lines;
  }
  const shared = await store.get(p.sharedSecret);
  const data = { ...shared?.data ?? {} };
  const added = [];
  for (const key of p.generated) if (!(key in data)) {
    data[key] = given.values[key] ?? randomSecret();
    added.push(key);
  }
  const absent = p.given.filter((g) => !(g.key in data) && !(g.key in given.values));
  if (absent.length) {
    throw new UserError(`${ns}/${p.sharedSecret} needs ${absent.map((g) => `${g.key} (${g.why})`).join("; ")}: ${given.how(absent.map((g) => g.key))}`);
  }
  for (const g of p.given) if (!(g.key in data)) {
    data[g.key] = given.values[g.key];
    added.push(g.key);
  }
  if (!shared) await store.create(p.sharedSecret, data);
  else if (added.length) await store.replace(p.sharedSecret, data, shared.resourceVersion);
  lines.push(`${shared ? "kept" : "created"} ${ns}/${p.sharedSecret}${added.length ? `, added ${added.join(", ")}` : ", nothing to add"}`);
  const differs = Object.keys(given.values).filter((k) => shared && k in shared.data && shared.data[k] !== given.values[k]).sort();
  if (differs.length) lines.push(`kept the stored ${differs.join(", ")}, which differ${differs.length > 1 ? "" : "s"} from the value given: \`fxa-helm secrets set ${differs.map((k) => `${k}=...`).join(" ")}\` replaces ${differs.length > 1 ? "them" : "it"}`);
  return lines;
}

// scripts/secrets/in-cluster.ts
import { readFileSync } from "node:fs";
import { request } from "node:https";

// scripts/secrets/store.ts
function secretManifest(name, data, resourceVersion) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    type: "Opaque",
    metadata: {
      name,
      ...resourceVersion ? { resourceVersion } : {},
      labels: { "app.kubernetes.io/part-of": "fxa", "app.kubernetes.io/managed-by": "fxa-helm-secrets" },
      annotations: { "fxa-helm/note": "made by `fxa-helm secrets` or the install hook; Helm never changes it. Rotate with `fxa-helm secrets rotate`, then helm upgrade" }
    },
    data: Object.fromEntries(Object.keys(data).sort().map((k) => [k, Buffer.from(data[k], "utf8").toString("base64")]))
  };
}
var decoded = (data) => Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));

// scripts/secrets/in-cluster.ts
var SA_DIR = process.env.FXA_HELM_SERVICEACCOUNT_DIR ?? "/var/run/secrets/kubernetes.io/serviceaccount";
function podAccess(env = process.env, dir = SA_DIR) {
  const host = env.KUBERNETES_SERVICE_HOST;
  if (!host) throw new UserError("not in a pod: KUBERNETES_SERVICE_HOST is not set");
  const server = `https://${host.includes(":") ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? "443"}`;
  return { server, token: readFileSync(`${dir}/token`, "utf8").trim(), ca: readFileSync(`${dir}/ca.crt`, "utf8"), namespace: readFileSync(`${dir}/namespace`, "utf8").trim() };
}
function call(a, method, path, body) {
  const url = new URL(path, a.server);
  const payload = body === void 0 ? void 0 : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca: a.ca, timeout: 3e4, headers: { authorization: `Bearer ${a.token}`, accept: "application/json", ...payload ? { "content-type": "application/json" } : {} } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json = {};
        try {
          json = text ? JSON.parse(text) : {};
        } catch {
          json = { message: text.slice(0, 200) };
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 30 s`)));
    req.on("error", reject);
    req.end(payload);
  });
}
var refusal = (what, r) => new UserError(`${what}: HTTP ${r.status} ${String(r.json.reason ?? "")} ${String(r.json.message ?? "")}`.trim());
function apiStore(a) {
  const base = `/api/v1/namespaces/${encodeURIComponent(a.namespace)}/secrets`;
  return {
    namespace: a.namespace,
    async get(name) {
      const r = await call(a, "GET", `${base}/${encodeURIComponent(name)}`);
      if (r.status === 404) return null;
      if (r.status !== 200) throw refusal(`reading Secret ${a.namespace}/${name}`, r);
      const meta = r.json.metadata;
      return { data: decoded(r.json.data), resourceVersion: meta.resourceVersion };
    },
    async create(name, data) {
      const r = await call(a, "POST", base, secretManifest(name, data));
      if (r.status !== 201) throw refusal(`creating Secret ${a.namespace}/${name}`, r);
    },
    async replace(name, data, resourceVersion) {
      const r = await call(a, "PUT", `${base}/${encodeURIComponent(name)}`, secretManifest(name, data, resourceVersion));
      if (r.status !== 200) throw refusal(`updating Secret ${a.namespace}/${name}`, r);
    }
  };
}

// schema/integrations-data.ts
var INTEGRATIONS = {
  googleSignIn: {
    doc: "Sign in with Google (third-party auth). Register the redirect URI <publicUrl>/post_verify/third_party_auth/callback with Google",
    settings: { clientId: { doc: "OAuth client id from the Google Cloud console", required: true } },
    secrets: { googleAuthClientSecret: "OAuth client secret of integrations.googleSignIn.clientId" }
  },
  appleSignIn: {
    doc: "Sign in with Apple (third-party auth)",
    settings: {
      clientId: { doc: "Apple Services ID", required: true },
      teamId: { doc: "Apple developer team id", required: true },
      keyId: { doc: "Id of the Sign in with Apple private key", required: true }
    },
    secrets: { appleAuthPrivateKey: "Sign in with Apple private key (PEM) of integrations.appleSignIn.keyId" }
  },
  subscriptions: {
    doc: "Paid subscriptions through Stripe (the payments server must be enabled too)",
    settings: {},
    secrets: {
      stripeApiKey: "Stripe secret API key (sk_live_...)",
      stripeWebhookSecret: "Signing secret of the Stripe webhook",
      stripePublishableKey: "Stripe publishable key (pk_live_...), handed to browsers by the payments server"
    }
  },
  recoveryPhone: {
    doc: "Recovery phone numbers: codes sent by SMS through Twilio",
    settings: {
      accountSid: { doc: "Twilio account SID", required: true },
      smsFrom: { doc: "Sending phone number or messaging service of the Twilio account", required: true }
    },
    secrets: { twilioAuthToken: "Auth token of the Twilio account" }
  },
  glean: {
    doc: "Glean product telemetry; off, no event is logged for Glean or sent to Mozilla's telemetry pipeline",
    settings: {
      serverEndpoint: { doc: "Your Glean ingestion endpoint (browser pings)", required: true },
      applicationId: { doc: "Glean application id of the browser app", required: true }
    },
    secrets: {}
  },
  sentry: {
    doc: "Error reporting to a Sentry project of yours",
    settings: {
      dsn: { doc: "Sentry DSN (https://<key>@<host>/<project>)", required: true }
    },
    secrets: {}
  },
  tracing: {
    doc: "OpenTelemetry traces exported over OTLP/HTTP",
    settings: { otelUrl: { doc: "OTLP/HTTP traces endpoint, e.g. http://otel-collector:4318/v1/traces", required: true } },
    secrets: {}
  },
  geodb: {
    doc: "IP geolocation from the MaxMind database bundled in the image (location shown in security emails)",
    settings: {},
    secrets: {}
  },
  cms: {
    doc: "Relying-party branding and copy from a Strapi CMS",
    settings: { graphqlApiUri: { doc: "URL of the Strapi GraphQL API", required: true } },
    secrets: { strapiApiKey: "Strapi API key" }
  },
  nimbus: {
    doc: "Experiments through a Nimbus Cirrus server of yours",
    settings: { cirrusHost: { doc: "URL of the Cirrus server", required: true } },
    secrets: {}
  },
  pairing: {
    doc: "Connect another device by QR code: needs a channel server (mozilla-services/channelserver) of yours",
    settings: { channelServerUrl: { doc: "wss:// URL of your channel server", required: true } },
    secrets: {}
  },
  accountEvents: {
    doc: "Account events published to AWS SNS (read by relying parties through SQS)",
    settings: { snsTopicArn: { doc: "ARN of the SNS topic", required: true }, region: { doc: "AWS region of the topic", required: true } },
    secrets: {}
  }
};
var INTEGRATION_SECRETS = Object.assign({}, ...Object.values(INTEGRATIONS).map((i) => i.secrets));
function integrationOfSecret(key) {
  return Object.keys(INTEGRATIONS).find((n) => key in INTEGRATIONS[n].secrets);
}

// schema/services.ts
var SERVICES = {
  mysql: {
    server: "mysql",
    host: "mysql.host",
    port: "mysql.port",
    emptyHostMeansInCluster: true,
    serverPort: "mysql",
    defaultPort: 3306,
    protocol: "TCP",
    storePassword: { key: "mysqlPassword", keptByStore: true },
    role: "data",
    label: "MySQL (global.mysql)"
  },
  redis: {
    server: "redis",
    host: "redis.host",
    port: "redis.port",
    emptyHostMeansInCluster: true,
    serverPort: "redis",
    defaultPort: 6379,
    protocol: "TCP",
    // the in-cluster Redis reads its password at every start; "empty" is Redis without AUTH
    storePassword: { key: "redisPassword", keptByStore: false, mayBeEmpty: true },
    role: "data",
    label: "Redis (global.redis)"
  },
  statsd: {
    server: "statsd",
    host: "statsd.host",
    port: "statsd.port",
    emptyHostMeansInCluster: true,
    enabledBy: "statsd.enabled",
    serverPort: "statsd",
    defaultPort: 8125,
    protocol: "UDP",
    role: "metrics",
    label: "StatsD receiver (global.statsd)"
  },
  smtp: {
    // submission (587): what relays such as Amazon SES take with STARTTLS
    server: "mailpit",
    host: "smtp.host",
    port: "smtp.port",
    emptyHostMeansInCluster: true,
    serverPort: "smtp",
    defaultPort: 587,
    protocol: "TCP",
    userPassword: { key: "smtpPassword", user: "smtp.user" },
    role: "mail",
    label: "SMTP relay (global.smtp)"
  }
};
var DATABASES = {
  fxa: "fxa",
  oauth: "fxa_oauth",
  profile: "fxa_profile",
  pushbox: "pushbox",
  syncstorage: "syncstorage",
  tokenserver: "tokenserver"
};

// schema/types.ts
var FACT_KEYS = [
  "mysql.host",
  "mysql.port",
  "mysql.user",
  "redis.host",
  "redis.port",
  "statsd.enabled",
  "statsd.host",
  "statsd.port",
  "persistence.redis.enabled",
  "smtp.host",
  "smtp.port",
  "smtp.secure",
  "smtp.user",
  "smtp.sender",
  "oauth.contentClientId",
  "accountDeletion.enabled"
];
var GLOBAL_KEYS = [
  ...FACT_KEYS,
  ...Object.keys(DATABASES).map((d) => `mysql.databases.${d}`)
];
var SHARED_SECRETS = {
  flowIdKey: "HMAC key for flow ids (auth and content server must agree)",
  sessionTokenHandleKey: "HMAC key deriving opaque session-token handles (auth)",
  profileServerAuthSecretBearerToken: "Bearer token the profile server accepts from auth, graphql-api and admin-server",
  oauthServerSecretKey: "Key auth signs internal OAuth requests with; auth verifies it through AUTH_SERVER_SECRETS",
  authServerSharedSecret: "Shared secret auth uses for the oauth side; verified through OAUTH_SERVER_SECRETS",
  ipHmacKey: "HMAC key for IP addresses (auth and admin-server must agree)",
  subscriptionsSharedSecret: "Shared secret auth checks on its subscription routes: the admin server and the event broker (capability fetch) send it",
  mysqlPassword: "Password of the MySQL user every server connects as",
  redisPassword: "Password of Redis (empty when Redis has no auth)",
  syncMasterSecret: "Master secret of syncstorage-rs and its token server",
  smtpPassword: "Password of global.smtp.user (only read when global.smtp.user is set)",
  ...INTEGRATION_SECRETS
};
var requiredSecretKeys = () => Object.keys(SHARED_SECRETS).filter((k) => !integrationOfSecret(k));

// scripts/lib/values-path.ts
var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function getPath(values, path) {
  return path.split(".").reduce((cur, k) => isTable(cur) ? cur[k] : void 0, values);
}

// scripts/lib/k8s-names.ts
var SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
var SECRET_NAME = `^${SUBDOMAIN}$`;
var SECRET_NAME_OR_EMPTY = `^(${SUBDOMAIN})?$`;
var SECRET_KEY = "^[-._a-zA-Z0-9]+$";
var NAME_PATTERN_WORDS = {
  [SECRET_NAME]: 'a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
  [SECRET_NAME_OR_EMPTY]: 'empty or a Kubernetes object name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
  [SECRET_KEY]: 'a Secret key: letters, digits, "-", "_" and "."'
};
var fullname = (release, name) => (name.startsWith(`${release}-`) ? name : `${release}-${name}`).slice(0, 63).replace(/-+$/, "");

// scripts/secrets/plan.ts
var str = (v) => typeof v === "string" ? v : "";
function plan(values, release) {
  const inline = getPath(values, "global.secrets.values");
  const sharedInline = !str(getPath(values, "global.secrets.existingSecret")) && typeof inline === "object" && inline !== null && Object.values(inline).some(Boolean);
  const generated = [...RANDOM_SECRETS];
  const given = [];
  for (const service of Object.values(SERVICES)) {
    const store = service.storePassword;
    if (store && str(getPath(values, `global.${service.host}`))) given.push({ key: store.key, why: `password on global.${service.host}${store.mayBeEmpty ? " (empty when it has none)" : ""}` });
    else if (store) generated.push(store.key);
    const user = service.userPassword;
    if (user && str(getPath(values, `global.${user.user}`))) given.push({ key: user.key, why: `password of global.${user.user}` });
  }
  for (const [name, def] of Object.entries(INTEGRATIONS)) {
    if (getPath(values, `global.integrations.${name}.enabled`) !== true) continue;
    for (const [key, doc] of Object.entries(def.secrets)) given.push({ key, why: doc });
  }
  const known = /* @__PURE__ */ new Set([...generated, ...given.map((g) => g.key)]);
  const userPasswords = new Set(Object.values(SERVICES).flatMap((s) => s.userPassword ? [s.userPassword.key] : []));
  for (const key of requiredSecretKeys()) if (!known.has(key) && !userPasswords.has(key)) generated.push(key);
  return {
    keysSecret: str(getPath(values, "global.keys.existingSecret")) || fullname(release, "fxa-keys"),
    sharedSecret: str(getPath(values, "global.secrets.existingSecret")) || fullname(release, "fxa-secrets"),
    sharedInline,
    generated,
    given
  };
}

// scripts/secrets/hook.ts
var howToGive = (namespace, secret) => (keys) => `add ${keys.length > 1 ? "them" : "it"} to the Secret first (kubectl -n ${namespace} create secret generic ${secret} ${keys.map((k) => `--from-literal=${k}=...`).join(" ")}, or, when it exists, kubectl -n ${namespace} edit secret ${secret}), then install again`;
async function runHook(inputFile, now = /* @__PURE__ */ new Date(), given) {
  const input = JSON.parse(readFileSync2(inputFile, "utf8"));
  const p = plan(input.values, input.release);
  const access = given ?? podAccess();
  return ensureSecrets(apiStore(access), p, { values: {}, how: howToGive(access.namespace, p.sharedSecret) }, now);
}
if (process.argv[1]?.endsWith("secrets-hook.mjs")) {
  runHook(process.argv[2] ?? "/fxa-helm/hook/values.json").then(
    (lines) => {
      for (const line of lines) process.stdout.write(`fxa-helm secrets hook: ${line}
`);
    },
    (err) => {
      process.stderr.write(`fxa-helm secrets hook: ${err.message}
`);
      process.exitCode = 1;
    }
  );
}
export {
  howToGive,
  runHook
};
