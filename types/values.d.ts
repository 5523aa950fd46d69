/* Generated from schema/ by `npm run gen`. Do not edit. Types of the fxa chart's values. */

export type FxaValues = {
/**
 * Values shared by every FxA chart
 */
global?: {
/**
 * Deployment environment
 */
environment?: ("development" | "production")
/**
 * Public base URL (scheme and host, optionally a path)
 */
publicUrl?: string
/**
 * Per-server public URL overrides
 */
publicUrls?: {
[k: string]: string | undefined
}
accountDeletion?: {
/**
 * Run the Cloud Tasks emulator beside auth
 */
enabled?: boolean
}
networkPolicy?: {
enabled?: boolean
/**
 * NetworkPolicyPeer objects
 */
ingressFrom?: {

}[]
egressHttps?: boolean
}
routes?: {
/**
 * One host with paths, or a host per server
 */
layout?: ("paths" | "subdomains")
/**
 * Parent domain of the subdomains layout
 */
domain?: string
/**
 * Which route objects the chart renders
 */
kind?: ("none" | "ingress" | "httpRoute")
ingress?: {
/**
 * ingressClassName
 */
className?: string
annotations?: {
[k: string]: string | undefined
}
/**
 * How the controller strips path prefixes
 */
stripPrefix?: ("nginx" | "none")
}
httpRoute?: {
parentRefs?: {
name: string
}[]
}
tls?: {
/**
 * TLS Secret
 */
secretName?: string
/**
 * cert-manager ClusterIssuer
 */
certManagerIssuer?: string
}
}
/**
 * The FxA release the servers run
 */
fxaRelease?: ("v1.330.6" | "v1.316.4")
image?: {
/**
 * Image repository
 */
repository?: string
/**
 * Image tag; empty: global.fxaRelease
 */
tag?: string
/**
 * Image digest (sha256:<64 hex>); empty: by tag only
 */
digest?: string
pullPolicy?: ("Always" | "IfNotPresent" | "Never")
}
keys?: {
/**
 * Secret holding the key files; empty: <release>-fxa-keys
 */
existingSecret?: string
}
launcher?: {
/**
 * Run FxA servers from the launcher image
 */
enabled?: boolean
image?: {
/**
 * Launcher image repository
 */
repository?: string
/**
 * Launcher image tag; empty: global.fxaRelease
 */
tag?: string
}
}
metrics?: {
serviceMonitor?: {
enabled?: boolean
/**
 * Scrape interval
 */
interval?: string
labels?: {
[k: string]: string | undefined
}
}
rules?: {
enabled?: boolean
labels?: {
[k: string]: string | undefined
}
/**
 * Base URL of the troubleshooting guide
 */
runbookBaseUrl?: string
thresholds?: {
/**
 * Share of auth API answers that are 5xx, over 10 minutes
 */
errorRatio: number
/**
 * 95th percentile of auth API answer time, in seconds, over 10 minutes
 */
latencySeconds: number
/**
 * Container restarts within 15 minutes that make a crash loop
 */
restarts: number
/**
 * Share of push messages to devices that fail, over 30 minutes
 */
pushFailureRatio: number
/**
 * Emails refused per hour because their address bounced too often
 */
bounceRefusalsPerHour: number
/**
 * Share of relying parties' webhook deliveries that fail, over 30 minutes
 */
webhookFailureRatio: number
/**
 * Days before a cert-manager certificate expires
 */
certificateDays: number
}
}
dashboards?: {
enabled?: boolean
labels?: {
[k: string]: string | undefined
}
annotations?: {
[k: string]: string | undefined
}
}
}
serviceAccount?: {
/**
 * Existing ServiceAccount
 */
name?: string
}
imagePullSecrets?: {
name: string
}[]
mysql?: {
/**
 * MySQL host; empty: the in-cluster mysql
 */
host?: string
port?: number
/**
 * MySQL user
 */
user?: string
/**
 * Database names
 */
databases?: {
/**
 * Name of the fxa database
 */
fxa?: string
/**
 * Name of the oauth database
 */
oauth?: string
/**
 * Name of the profile database
 */
profile?: string
/**
 * Name of the pushbox database
 */
pushbox?: string
/**
 * Name of the syncstorage database
 */
syncstorage?: string
/**
 * Name of the tokenserver database
 */
tokenserver?: string
}
}
/**
 * Redis connection
 */
redis?: {
/**
 * Redis host; empty: the in-cluster service
 */
host?: string
port?: number
}
/**
 * StatsD connection
 */
statsd?: {
/**
 * Send metrics
 */
enabled?: boolean
/**
 * StatsD host; empty: this release's statsd
 */
host?: string
port?: number
}
persistence?: {
avatars?: {
/**
 * Existing PersistentVolumeClaim
 */
existingClaim?: string
/**
 * Storage class
 */
storageClass?: string
accessMode?: ("ReadWriteMany" | "ReadWriteOnce" | "ReadWriteOncePod")
/**
 * Requested size
 */
size?: string
}
redis?: {
/**
 * Keep it on a PersistentVolumeClaim (append-only file)
 */
enabled?: boolean
/**
 * Existing PersistentVolumeClaim
 */
existingClaim?: string
/**
 * Storage class
 */
storageClass?: string
accessMode?: ("ReadWriteMany" | "ReadWriteOnce" | "ReadWriteOncePod")
/**
 * Requested size
 */
size?: string
}
mysql?: {
/**
 * Keep them on a PersistentVolumeClaim
 */
enabled?: boolean
/**
 * Existing PersistentVolumeClaim
 */
existingClaim?: string
/**
 * Storage class
 */
storageClass?: string
accessMode?: ("ReadWriteMany" | "ReadWriteOnce" | "ReadWriteOncePod")
/**
 * Requested size
 */
size?: string
}
}
/**
 * Mail relay
 */
smtp?: {
/**
 * SMTP host; empty: this release's mailpit
 */
host?: string
port?: number
/**
 * TLS from the first byte
 */
secure?: boolean
/**
 * SMTP user (password: global.secrets smtpPassword)
 */
user?: string
/**
 * From address
 */
sender?: string
}
oauth?: {
/**
 * Client id of the content server
 */
contentClientId?: string
/**
 * Extra OAuth clients
 */
clients?: {
/**
 * 16 hex digits
 */
id: string
/**
 * Shown to users
 */
name: string
/**
 * Where the browser returns with the code
 */
redirectUri: string
/**
 * sha256 hex of the client secret's bytes
 */
hashedSecret: string
/**
 * Logo URL
 */
imageUri?: string
/**
 * Space-separated scopes beyond the defaults
 */
allowedScopes?: string
trusted?: boolean
canGrant?: boolean
publicClient?: boolean
}[]
}
/**
 * Optional third-party services
 */
integrations?: {
/**
 * Sign in with Google (third-party auth). Register the redirect URI <publicUrl>/post_verify/third_party_auth/callback with Google
 */
googleSignIn?: {
enabled?: boolean
/**
 * OAuth client id from the Google Cloud console
 */
clientId?: string
}
/**
 * Sign in with Apple (third-party auth)
 */
appleSignIn?: {
enabled?: boolean
/**
 * Apple Services ID
 */
clientId?: string
/**
 * Apple developer team id
 */
teamId?: string
/**
 * Id of the Sign in with Apple private key
 */
keyId?: string
}
/**
 * Paid subscriptions through Stripe (the payments server must be enabled too)
 */
subscriptions?: {
enabled?: boolean
}
/**
 * Recovery phone numbers: codes sent by SMS through Twilio
 */
recoveryPhone?: {
enabled?: boolean
/**
 * Twilio account SID
 */
accountSid?: string
/**
 * Sending phone number or messaging service of the Twilio account
 */
smsFrom?: string
}
/**
 * Glean product telemetry; off, no event is logged for Glean or sent to Mozilla's telemetry pipeline
 */
glean?: {
enabled?: boolean
/**
 * Your Glean ingestion endpoint (browser pings)
 */
serverEndpoint?: string
/**
 * Glean application id of the browser app
 */
applicationId?: string
}
/**
 * Error reporting to a Sentry project of yours
 */
sentry?: {
enabled?: boolean
/**
 * Sentry DSN (https://<key>@<host>/<project>)
 */
dsn?: string
}
/**
 * OpenTelemetry traces exported over OTLP/HTTP
 */
tracing?: {
enabled?: boolean
/**
 * OTLP/HTTP traces endpoint, e.g. http://otel-collector:4318/v1/traces
 */
otelUrl?: string
}
/**
 * IP geolocation from the MaxMind database bundled in the image (location shown in security emails)
 */
geodb?: {
enabled?: boolean
}
/**
 * Relying-party branding and copy from a Strapi CMS
 */
cms?: {
enabled?: boolean
/**
 * URL of the Strapi GraphQL API
 */
graphqlApiUri?: string
}
/**
 * Experiments through a Nimbus Cirrus server of yours
 */
nimbus?: {
enabled?: boolean
/**
 * URL of the Cirrus server
 */
cirrusHost?: string
}
/**
 * Connect another device by QR code: needs a channel server (mozilla-services/channelserver) of yours
 */
pairing?: {
enabled?: boolean
/**
 * wss:// URL of your channel server
 */
channelServerUrl?: string
}
/**
 * Account events published to AWS SNS (read by relying parties through SQS)
 */
accountEvents?: {
enabled?: boolean
/**
 * ARN of the SNS topic
 */
snsTopicArn?: string
/**
 * AWS region of the topic
 */
region?: string
}
}
secrets?: {
/**
 * Make missing keys and random shared secrets at install and upgrade (a hook Job)
 */
generate?: boolean
/**
 * Where the hook Job's pod may run
 */
hook?: {
nodeSelector?: {
[k: string]: string | undefined
}
tolerations?: {

}[]
}
/**
 * Existing Secret holding every shared secret key
 */
existingSecret?: string
values?: {
/**
 * HMAC key for flow ids (auth and content server must agree)
 */
flowIdKey?: string
/**
 * HMAC key deriving opaque session-token handles (auth)
 */
sessionTokenHandleKey?: string
/**
 * Bearer token the profile server accepts from auth, graphql-api and admin-server
 */
profileServerAuthSecretBearerToken?: string
/**
 * Key auth signs internal OAuth requests with; auth verifies it through AUTH_SERVER_SECRETS
 */
oauthServerSecretKey?: string
/**
 * Shared secret auth uses for the oauth side; verified through OAUTH_SERVER_SECRETS
 */
authServerSharedSecret?: string
/**
 * HMAC key for IP addresses (auth and admin-server must agree)
 */
ipHmacKey?: string
/**
 * Shared secret auth checks on its subscription routes: the admin server and the event broker (capability fetch) send it
 */
subscriptionsSharedSecret?: string
/**
 * Password of the MySQL user every server connects as
 */
mysqlPassword?: string
/**
 * Password of Redis (empty when Redis has no auth)
 */
redisPassword?: string
/**
 * Master secret of syncstorage-rs and its token server
 */
syncMasterSecret?: string
/**
 * Password of global.smtp.user (only read when global.smtp.user is set)
 */
smtpPassword?: string
/**
 * OAuth client secret of integrations.googleSignIn.clientId
 */
googleAuthClientSecret?: string
/**
 * Sign in with Apple private key (PEM) of integrations.appleSignIn.keyId
 */
appleAuthPrivateKey?: string
/**
 * Stripe secret API key (sk_live_...)
 */
stripeApiKey?: string
/**
 * Signing secret of the Stripe webhook
 */
stripeWebhookSecret?: string
/**
 * Stripe publishable key (pk_live_...), handed to browsers by the payments server
 */
stripePublishableKey?: string
/**
 * Auth token of the Twilio account
 */
twilioAuthToken?: string
/**
 * Strapi API key
 */
strapiApiKey?: string
}
}
}
"fxa-common"?: {

}
/**
 * A sleeping pod from the FxA image, for kubectl exec
 */
debugPod?: {
enabled?: boolean
resources?: {

}
}
"fxa-auth-server"?: FxaAuthServerValues
"fxa-content-server"?: FxaContentServerValues
"fxa-profile-server"?: FxaProfileServerValues
"fxa-profile-static"?: FxaProfileStaticValues
"fxa-profile-worker"?: FxaProfileWorkerValues
"fxa-graphql-api"?: FxaGraphqlApiValues
"fxa-event-broker"?: FxaEventBrokerValues
"fxa-admin-server"?: FxaAdminServerValues
"fxa-admin-panel"?: FxaAdminPanelValues
"fxa-payments-server"?: FxaPaymentsServerValues
"db-migrations"?: DbMigrationsValues
"123done"?: DoneValues
"321done"?: DoneValues1
redis?: RedisValues
mysql?: MysqlValues
syncstorage?: SyncstorageValues
statsd?: StatsdValues
mailpit?: MailpitValues
}

export interface FxaAuthServerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * The current node.js environment. The chart sets it from global.environment (dev / prod) unless given here. (upstream default "prod")
 */
NODE_ENV?: ("dev" | "test" | "stage" | "prod" | null)
/**
 * Comma-separated JSON files overlaid on the configuration, in order. The chart sets it from "/fxa-helm/config/oauth-clients.json" unless given here. (unset (upstream has no default))
 */
CONFIG_FILES?: (string | null)
/**
 * Number part of versioned endpoints - ex: /v1/account/status. (upstream default 1)
 */
AUTH_API_VERSION?: (number | null)
/**
 * A regex that defines the routes that should skip the email verification check. (upstream default "")
 */
AUTH_STRATEGIES__VERIFIED_SESSION_TOKEN__SKIP_EMAIL_CHECK_FOR_ROUTES?: (string | null)
/**
 * A regex that defines the routes that should skip the token verified check. (upstream default "")
 */
AUTH_STRATEGIES__VERIFIED_SESSION_TOKEN__SKIP_TOKEN_VERIFIED_CHECK_FOR_ROUTES?: (string | null)
/**
 * A regex that defines the routes that should skip the account assurance level check. (upstream default "")
 */
AUTH_STRATEGIES__VERIFIED_SESSION_TOKEN__SKIP_AAL_CHECK_FOR_ROUTES?: (string | null)
/**
 * GCP Client key credential. (upstream default "test@localtest.com")
 */
FIRESTORE_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Whether to use firestore. (upstream default true)
 */
FIRESTORE_ENABLED?: (boolean | null)
/**
 * Path to GCP key file. (upstream computes it: path.resolve(__dirname, 'secret-key.json'))
 */
FIRESTORE_KEY_FILE?: (string | null)
/**
 * Firestore collection prefix. (upstream default "fxa-eb-")
 */
FIRESTORE_COLLECTION_PREFIX?: (string | null)
/**
 * GCP Project id. (upstream default "")
 */
FIRESTORE_PROJECT_ID?: (string | null)
/**
 * GCP Client key credential. (upstream default "test@localtest.com")
 */
AUTH_FIRESTORE_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Path to GCP key file. (upstream computes it: path.resolve(__dirname, 'secret-key.json'))
 */
AUTH_FIRESTORE_KEY_FILE?: (string | null)
/**
 * Firestore collection prefix. (upstream default "fxa-auth-")
 */
AUTH_FIRESTORE_COLLECTION_PREFIX?: (string | null)
/**
 * GCP Project id. (upstream default "")
 */
AUTH_FIRESTORE_PROJECT_ID?: (string | null)
/**
 * Event broker Firestore collection prefix. (upstream default "fxa-eb-")
 */
AUTH_EB_FIRESTORE_COLLECTION_PREFIX?: (string | null)
/**
 * PubSub JWT Audience for incoming Push Notifications. (upstream default "example.com")
 */
PUBSUB_AUDIENCE?: (string | null)
/**
 * Authenticate that incoming Push Notification originate from Google. (upstream default true)
 */
PUBSUB_AUTHENTICATE?: (boolean | null)
/**
 * Path to the maxmind database file. (upstream computes it: require.resolve('fxa-geodb/db/cities-db.mmdb'))
 */
GEODB_DBPATH?: (string | null)
/**
 * kill-switch for geodb. The chart sets it from "true" while global.integrations.geodb.enabled is on, else "false" unless given here. (upstream default true)
 */
GEODB_ENABLED?: (boolean | null)
/**
 * emit log lines for accuracy and confidence. (upstream default false)
 */
GEODB_LOG_ACCURACY?: (boolean | null)
/**
 * override for forcing location. (upstream default {})
 */
GEODB_LOCATION_OVERRIDE?: ({

} | unknown[] | null)
/**
 * Mapping of features to country codes that are allowed to see the feature. (upstream default {})
 */
GEO_ELIGIBILITY_RULES?: ({

} | unknown[] | null)
/**
 * Apple auth client id. The chart sets it from global.integrations.appleSignIn.clientId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default "com.mozilla.firefox.accounts.auth")
 */
APPLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Apple auth key id. The chart sets it from global.integrations.appleSignIn.keyId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default "")
 */
APPLE_AUTH_KEY_ID?: (string | null)
/**
 * Apple auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "https://localhost.dev:3030/post_verify/third_party_auth/callback")
 */
APPLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Apple auth team id. The chart sets it from global.integrations.appleSignIn.teamId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default "")
 */
APPLE_AUTH_TEAM_ID?: (string | null)
/**
 * Apple auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://appleid.apple.com/auth/token")
 */
APPLE_AUTH_TOKEN_ENDPOINT?: (string | null)
/**
 * Expected id_token issuer when jwksUri is set. An external URL, of a service outside the cluster. (upstream default "https://appleid.apple.com")
 */
APPLE_AUTH_ISSUER?: (string | null)
/**
 * When set, verify id_tokens against this JWKS instead of Apple-published keys and skip the client-secret JWT. Local mock IdP only. An external URL, of a service outside the cluster. (upstream default "")
 */
APPLE_AUTH_JWKS_URI?: (string | null)
/**
 * Apple auth security events client ids. The chart sets it from global.integrations.appleSignIn.clientId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default ["com.mozilla.firefox.accounts.auth"])
 */
APPLE_AUTH_SECURITY_EVENTS_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * Google auth client id. The chart sets it from global.integrations.googleSignIn.clientId while global.integrations.googleSignIn.enabled is on, else "" unless given here. (upstream default "218517873053-th4taguk9dvf03rrgk8sigon84oigf5l.apps.googleusercontent.com")
 */
GOOGLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Google auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "http://localhost:3030/post_verify/third_party_auth/callback")
 */
GOOGLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Google auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://oauth2.googleapis.com/token")
 */
GOOGLE_AUTH_TOKEN_ENDPOINT?: (string | null)
/**
 * Expected id_token issuer when jwksUri is set. An external URL, of a service outside the cluster. (upstream default "https://accounts.google.com")
 */
GOOGLE_AUTH_ISSUER?: (string | null)
/**
 * When set, verify id_tokens against this JWKS instead of Google-published certs. Local mock IdP only. An external URL, of a service outside the cluster. (upstream default "")
 */
GOOGLE_AUTH_JWKS_URI?: (string | null)
/**
 * Google auth security events client ids. The chart sets it from global.integrations.googleSignIn.clientId while global.integrations.googleSignIn.enabled is on, else "" unless given here. (upstream default ["218517873053-th4taguk9dvf03rrgk8sigon84oigf5l.apps.googleusercontent.com"])
 */
GOOGLE_AUTH_SECURITY_EVENTS_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * Sets log.app. (upstream default "fxa-auth-server")
 */
LOG_APP_NAME?: (string | null)
/**
 * Sets log.level. The chart sets it from "info" unless given here. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Sets log.fmt. (upstream default "heka")
 */
LOG_FORMAT?: ("heka" | "pretty" | null)
/**
 * Enable Amplitude event logging. (upstream default true)
 */
AMPLITUDE_ENABLED?: (boolean | null)
/**
 * Validate events against a JSON schema. (upstream default true)
 */
AMPLITUDE_SCHEMA_VALIDATION?: (boolean | null)
/**
 * Log raw Amplitude events. (upstream default false)
 */
AMPLITUDE_RAW_EVENTS?: (boolean | null)
/**
 * Sets publicUrl, oauthServer.publicUrl. A public URL, handed to browsers. The chart sets it from the public URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
PUBLIC_URL?: (string | null)
/**
 * Sets secretKeyFile. The chart sets it from "/fxa-helm/keys/secret-key.json" unless given here. (upstream computes it: path.resolve(__dirname, '../config/secret-key.json'))
 */
SECRET_KEY_FILE?: (string | null)
/**
 * Sets publicKeyFile. The chart sets it from "/fxa-helm/keys/public-key.json" unless given here. (upstream computes it: path.resolve(__dirname, '../config/public-key.json'))
 */
PUBLIC_KEY_FILE?: (string | null)
/**
 * Previous publicKeyFile, used for key rotation. (unset (upstream has no default))
 */
OLD_PUBLIC_KEY_FILE?: (string | null)
/**
 * Keys to use for VAPID in push notifications. The chart sets it from "/fxa-helm/keys/vapid-keys.json" unless given here. (upstream computes it: path.resolve(__dirname, '../config/vapid-keys.json'))
 */
VAPID_KEYS_FILE?: (string | null)
/**
 * The ip address the server should bind. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
IP_ADDRESS?: (string | null)
/**
 * The port the server should bind. The chart sets it from the container port unless given here. (upstream default 9000)
 */
PORT?: (number | null)
/**
 * The url of the corresponding fxa-content-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
CONTENT_SERVER_URL?: (string | null)
/**
 * host for test/mail_helper.js. The chart sets it from global.smtp.host unless given here. (upstream default "localhost")
 */
MAILER_HOST?: (string | null)
/**
 * port for test/mail_helper.js. (upstream default 9001)
 */
MAILER_PORT?: (number | null)
/**
 * The type of messaging to show. Options are prelaunch, postlaunch, or none. (upstream default "none")
 */
BRAND_MESSAGING_MODE?: (string | null)
/**
 * SMTP host for sending email. The chart sets it from global.smtp.host unless given here. (upstream default "localhost")
 */
SMTP_HOST?: (string | null)
/**
 * SMTP port. The chart sets it from global.smtp.port unless given here. (upstream default 25)
 */
SMTP_PORT?: (number | null)
/**
 * Connect to SMTP host securely. The chart sets it from global.smtp.secure unless given here. (upstream default false)
 */
SMTP_SECURE?: (boolean | null)
/**
 * Ignore STARTTLS even if the server advertises it (needed for local mail helper). (upstream default false)
 */
SMTP_IGNORE_TLS?: (boolean | null)
/**
 * SMTP username. The chart sets it from global.smtp.user unless given here. (unset (upstream has no default))
 */
SMTP_USER?: (string | null)
/**
 * email address of the sender. The chart sets it from global.smtp.sender unless given here. (upstream default "Mozilla <no-reply@lcip.org>")
 */
SMTP_SENDER?: (string | null)
/**
 * Should pooling be enabled for sending mail? (upstream default false)
 */
SMTP_POOL?: (boolean | null)
/**
 * Maximum number of messages to be sent via nodemailer before a new SES SMTP connection is made. (upstream default 10)
 */
SMTP_MAX_MESSAGES?: (number | null)
/**
 * Maximum number of simultaneous connections to make against the SES SMTP server. (upstream default 2)
 */
SMTP_MAX_CONNECTIONS?: (number | null)
/**
 * Maximum number of ses messages to send per second. (upstream default 1000)
 */
SMTP_MAX_SENDING_RATE?: (number | null)
/**
 * Flag to prepend a verification subdomain to verification emails. (upstream default false)
 */
PREPEND_VERIFICATION_SUBDOMAIN_ENABLED?: (boolean | null)
/**
 * Prepend this subdomain. (upstream default "confirm")
 */
PREPEND_VERIFICATION_SUBDOMAIN_SUBDOMAIN?: (string | null)
/**
 * Domain that mail urls are allowed to redirect to. The chart sets it from the public host names of fxa-content-server unless given here. (upstream default "firefox.com")
 */
REDIRECT_DOMAIN?: (string | null)
/**
 * url to support article about passkeys and Firefox Sync. An external URL, of a service outside the cluster. (upstream default "https://support.mozilla.org/kb/use-passkey-mozilla-account")
 */
PASSKEY_SUPPORT_URL?: (string | null)
/**
 * url to support article about reviewing Mozilla account activity. An external URL, of a service outside the cluster. (upstream default "https://support.mozilla.org/kb/review-mozilla-account-activity-and-protect-data")
 */
REVIEW_ACTIVITY_SUPPORT_URL?: (string | null)
/**
 * Subscription terms and cancellation policy URL. An external URL, of a service outside the cluster. (upstream default "https://www.mozilla.org/about/legal/terms/subscription-services")
 */
SUBSCRIPTION_TERMS_URL?: (string | null)
/**
 * Subscriptions management URL. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server + / unless given here. (upstream default "https://payments.firefox.com/")
 */
PAYMENTS_NEXT_HOSTED_URL?: (string | null)
/**
 * URL to unsubscribe from MoCo and MoFo emails. An external URL, of a service outside the cluster. (upstream default "https://privacyportal.onetrust.com/webform/1350748f-7139-405c-8188-22740b3b5587/4ba08202-2ede-4934-a89e-f0b0870f95f0")
 */
UNSUBSCRIBE_EMAIL_LISTS_URL?: (string | null)
/**
 * AWS SES Configuration Set for SES Event Publishing. If defined, X-SES-MESSAGE-TAGS headers will be added to emails. Only intended for Production/Stage use. (upstream default "")
 */
SES_CONFIGURATION_SET?: (string | null)
/**
 * Flag to enable checking for bounces before sending email. (upstream default true)
 */
BOUNCES_ENABLED?: (boolean | null)
/**
 * Tiers of max allowed complaints per amount of milliseconds. (upstream computes it: { 0: ONE_DAY, 1: 365 * ONE_DAY, })
 */
BOUNCES_COMPLAINT?: ({

} | unknown[] | null)
/**
 * Tiers of max allowed hard bounces per amount of milliseconds. (upstream computes it: { 0: 3 * FIVE_MINUTES, 1: ONE_DAY, })
 */
BOUNCES_HARD?: ({

} | unknown[] | null)
/**
 * Tiers of max allowed soft bounces per amount of milliseconds. (upstream computes it: { 0: FIVE_MINUTES, })
 */
BOUNCES_SOFT?: ({

} | unknown[] | null)
/**
 * Always ignore bounces from these email templates. (upstream default ["verifyLoginCode","verifyLogin","recovery","unblockCode"])
 */
BOUNCES_IGNORE_TEMPLATES?: ((string | number | boolean)[] | null)
/**
 * Flag to enable deleting account on email bounce. (upstream default true)
 */
BOUNCES_DELETE_ACCOUNT?: (boolean | null)
/**
 * List of email domain configurations for alias normalization. Each entry should have domain, regex, and replace properties. The replace value is used for the root email (strip alias), and can be overridden with a wildcard pattern at runtime. Example: [{domain: "mozilla.com", regex: "\+.*", replace: "" }]. (upstream computes it: JSON.stringify([ { domain: 'mozilla.com', regex: '\\+.*', replace: '' }, ]))
 */
BOUNCES_EMAIL_ALIAS_NORMALIZATION?: (string | null)
/**
 * Flag to enable checking email bounces on normalized email aliases. (upstream default false)
 */
BOUNCES_ALIAS_CHECK_ENABLED?: (boolean | null)
/**
 * Milliseconds to wait for the connection to establish (default is 2 minutes). (upstream default 120000)
 */
SMTP_CONNECTION_TIMEOUT?: (number | null)
/**
 * Milliseconds to wait for the greeting after connection is established (default is 30 seconds). (upstream default 30000)
 */
SMTP_GREETING_TIMEOUT?: (number | null)
/**
 * Milliseconds of inactivity to allow (default is 10 minutes). (upstream default 600000)
 */
SMTP_SOCKET_TIMEOUT?: (number | null)
/**
 * Milliseconds to wait for DNS requests to be resolved (default is 30 seconds). (upstream default 30000)
 */
SMTP_DNS_TIMEOUT?: (number | null)
/**
 * Maximum number of attempts for sending an email IF it fails. 1 means 1 additional attempt after the initial failure. (upstream default 3)
 */
SMTP_RETRY_MAX_RETRIES?: (number | null)
/**
 * Number of milliseconds to exponentially back off when retrying sending an email. (upstream default 200)
 */
SMTP_RETRY_BACKOFF_MS?: (number | null)
/**
 * Jitter factor (0-1) to add randomness to backoff timing. 0 = no jitter, 1 = up to 100% jitter. (upstream default 0.3)
 */
SMTP_RETRY_JITTER?: (number | null)
/**
 * Maximum delay in milliseconds to cap the backoff at. (upstream default 10000)
 */
SMTP_RETRY_MAX_DELAY_MS?: (number | null)
/**
 * Flag to enable UTM metrics for SMTP links. (upstream default true)
 */
SMTP_METRICS_ENABLED?: (boolean | null)
/**
 * Max event-loop delay before which incoming requests are rejected. (upstream default 0)
 */
MAX_EVENT_LOOP_DELAY?: (number | null)
/**
 * Max number of scrypt hash operations that can be pending. (upstream default 0)
 */
SCRYPT_MAX_PENDING?: (number | null)
/**
 * Sets i18n.defaultLanguage, oauthServer.i18n.defaultLanguage. (upstream default "en")
 */
DEFAULT_LANG?: (string | null)
/**
 * Sets i18n.supportedLanguages, oauthServer.i18n.supportedLanguages. (upstream computes it: DEFAULT_SUPPORTED_LANGUAGES)
 */
SUPPORTED_LANGS?: ((string | number | boolean)[] | null)
/**
 * The region where the queues live. (upstream default "")
 */
SUBHUB_REGION?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
SUBHUB_QUEUE_URL?: (string | null)
/**
 * Sets tokenLifetimes.accountResetToken. (upstream default "15 minutes")
 */
ACCOUNT_RESET_TOKEN_TTL?: (number | string | null)
/**
 * Sets tokenLifetimes.passwordForgotToken. (upstream default "24 hours")
 */
PASSWORD_FORGOT_TOKEN_TTL?: (number | string | null)
/**
 * Sets tokenLifetimes.passwordChangeToken. (upstream default "15 minutes")
 */
PASSWORD_CHANGE_TOKEN_TTL?: (number | string | null)
/**
 * Maximum age for session tokens without a device record, specify zero to disable. (upstream default "4 weeks")
 */
SESSION_TOKEN_WITHOUT_DEVICE_TTL?: (number | string | null)
/**
 * Turn on pruning for tokens. (upstream default true)
 */
TOKEN_PRUNING_ENABLED?: (boolean | null)
/**
 * Age at which to prune. (Set to 0 to disable token pruning). (upstream default "1 month")
 */
TOKEN_PRUNING_MAX_AGE?: (number | string | null)
/**
 * verifer version for new and changed passwords. (upstream default 1)
 */
VERIFIER_VERSION?: (number | null)
/**
 * Amazon SNS topic on which to send account event notifications. Set to "disabled" to turn off the notifier. The chart sets it from global.integrations.accountEvents.snsTopicArn while global.integrations.accountEvents.enabled is on, else "disabled" unless given here. (upstream default "")
 */
SNS_TOPIC_ARN?: (string | null)
/**
 * Amazon SNS topic endpoint. An external URL, of a service outside the cluster. (unset (upstream has no default))
 */
SNS_TOPIC_ENDPOINT?: (string | null)
/**
 * The region where the queues live, most likely the same region we are sending email e.g. us-east-1, us-west-2. (upstream default "")
 */
BOUNCE_REGION?: (string | null)
/**
 * The bounce queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
BOUNCE_QUEUE_URL?: (string | null)
/**
 * The complaint queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
COMPLAINT_QUEUE_URL?: (string | null)
/**
 * The email delivery queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
DELIVERY_QUEUE_URL?: (string | null)
/**
 * The email delivery delay queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
DELIVERY_DELAY_QUEUE_URL?: (string | null)
/**
 * Queue URL for notifications from fxa-email-service (eventually this will be the only email-related queue). An external URL, of a service outside the cluster. (upstream default "")
 */
NOTIFICATION_QUEUE_URL?: (string | null)
/**
 * The region where the queues live. (upstream default "")
 */
PROFILE_MESSAGING_REGION?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
PROFILE_UPDATES_QUEUE_URL?: (string | null)
/**
 * The url of the corresponding fxa-profile-server instance. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-server + /v1 unless given here. (upstream default "https://profile.accounts.firefox.com")
 */
PROFILE_SERVER_URL?: (string | null)
/**
 * set to true to serve directly over https. (upstream default false)
 */
USE_TLS?: (boolean | null)
/**
 * path to SSL key in PEM format if serving over https. (upstream computes it: path.resolve(__dirname, '../key.pem'))
 */
TLS_KEY_PATH?: (string | null)
/**
 * path to SSL certificate in PEM format if serving over https. (upstream computes it: path.resolve(__dirname, '../cert.pem'))
 */
TLS_CERT_PATH?: (string | null)
/**
 * Is account lockout enabled. (upstream default false)
 */
LOCKOUT_ENABLED?: (boolean | null)
/**
 * Are updates to device metadata enabled? (upstream default true)
 */
DEVICE_UPDATES_ENABLED?: (boolean | null)
/**
 * Are device-driven notifications enabled? (upstream default true)
 */
DEVICE_NOTIFICATIONS_ENABLED?: (boolean | null)
/**
 * Indicates whether talking to the SubHub server is enabled. (upstream default false)
 */
SUBHUB_ENABLED?: (boolean | null)
/**
 * Indicates whether to use stub methods for SubHub instead of talking to the server. (upstream default false)
 */
SUBHUB_USE_STUBS?: (boolean | null)
/**
 * Stub data used for plans. (upstream default [])
 */
SUBHUB_STUB_PLANS?: ((string | number | boolean)[] | null)
/**
 * SubHub Server URL. An external URL, of a service outside the cluster. The chart sets it from unset while global.integrations.subscriptions.enabled is on, else "https://subhub.invalid" unless given here. (upstream default "https://subhub.services.mozilla.com/")
 */
SUBHUB_URL?: (string | null)
/**
 * The number of seconds to cache a Stripe Customer response. (upstream default 3600)
 */
SUBHUB_CUSTOMER_CACHE_TTL_SECONDS?: (number | null)
/**
 * The number of seconds to cache the list of plans from subhub. (upstream default 64000000)
 */
SUBHUB_PLANS_CACHE_TTL_SECONDS?: (number | null)
/**
 * The number of seconds to cache tax rates from Stripe. (upstream default 64000000)
 */
SUBHUB_TAX_RATES_CACHE_TTL_SECONDS?: (number | null)
/**
 * Indicates whether subscriptions APIs are enabled. The chart sets it from "true" while global.integrations.subscriptions.enabled is on, else "false" unless given here. (upstream default false)
 */
SUBSCRIPTIONS_ENABLED?: (boolean | null)
/**
 * The url of the corresponding fxa-payments-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "https://subscriptions.firefox.com")
 */
PAYMENTS_SERVER_URL?: (string | null)
/**
 * Indicates whether PayPal APIs are enabled. (upstream default false)
 */
SUBSCRIPTIONS_PAYPAL_ENABLED?: (boolean | null)
/**
 * PayPal Sandbox mode. (upstream default true)
 */
PAYPAL_SANDBOX?: (boolean | null)
/**
 * PayPal NVP API User name. (upstream default "user")
 */
PAYPAL_NVP_USER?: (string | null)
/**
 * PayPal NVP API password. (upstream default "user")
 */
PAYPAL_NVP_PWD?: (string | null)
/**
 * PayPal NVP API signature. (upstream default "user")
 */
PAYPAL_NVP_SIGNATURE?: (string | null)
/**
 * Indicates whether the App Store API is enabled. (upstream default false)
 */
SUBSCRIPTIONS_APP_STORE_API_ENABLED?: (boolean | null)
/**
 * Apple App Store Sandbox mode. (upstream default true)
 */
APP_STORE_SANDBOX?: (boolean | null)
/**
 * The email of the service account to use for Play API calls. (upstream default "test@localtest.com")
 */
SUBSCRIPTIONS_PLAY_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Path to GCP key file. (upstream default "")
 */
SUBSCRIPTIONS_PLAY_KEY_FILE?: (string | null)
/**
 * GCP Project id for Play Store Account. (upstream default "")
 */
SUBSCRIPTIONS_PLAY_API_PROJECT_ID?: (string | null)
/**
 * Indicates whether the Play API is enabled. (upstream default false)
 */
SUBSCRIPTIONS_PLAY_API_ENABLED?: (boolean | null)
/**
 * Whether to use Firestore for product configurations. (upstream default false)
 */
SUBSCRIPTIONS_FIRESTORE_CONFIGS_ENABLED?: (boolean | null)
/**
 * CDN URL Regex. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default ["^https://cdn.accounts.firefox.com"])
 */
SUBSCRIPTIONS_FIRESTORE_CONFIGS_CDN_URL_REGEX?: ((string | number | boolean)[] | null)
/**
 * The maximum payload size in bytes that will be accepted by the Stripe webhook endpoint. (upstream default 1048576)
 */
STRIPE_WEBHOOK_PAYLOAD_LIMIT?: (number | null)
/**
 * Mapping of currency to tax ID to show on invoices. (upstream default {"EUR":"EU1234","CHF":"CH1234"})
 */
TAXIDS?: ({

} | unknown[] | null)
/**
 * Indicates whether FxA sends transactional lifecycle emails for subscriptions (i.e. versus Marketing Cloud). (upstream default true)
 */
SUBSCRIPTIONS_TRANSACTIONAL_EMAILS_ENABLED?: (boolean | null)
/**
 * list of unsupported locations according to ToS. (upstream default ["CN","KP","IR","SY","CU","SD","BY","IQ","OM","RU","TR","TM","AE"])
 */
SUBSCRIPTIONS_UNSUPPORTED_LOCATIONS?: ((string | number | boolean)[] | null)
/**
 * Firestore collection holding the free-access-program reconciler journal. (upstream default "subplat-free-access-program-journal")
 */
FREE_ACCESS_PROGRAM_JOURNAL_COLLECTION_NAME?: (string | null)
/**
 * Indicates whether the Free Access Program is enabled. (upstream default false)
 */
FREE_ACCESS_PROGRAM_ENABLED?: (boolean | null)
/**
 * Mapping from ISO 4217 three-letter currency codes to list of ISO 3166-1 alpha-2 two-letter country codes: {"EUR": ["DE", "FR"], "USD": ["CA", "GB", "US" ]} Requirement for only one currency per country. Tested at runtime. Must be uppercased. (upstream default {"USD":["US","GB","NZ","MY","SG","CA","AS","GU","MP","PR","VI"],"EUR":["FR","DE"]})
 */
CURRENCIES?: ({

} | unknown[] | null)
/**
 * URL at which to verify OAuth tokens. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
OAUTH_URL?: (string | null)
/**
 * Use HTTP keep-alive connections when talking to oauth server. (upstream default false)
 */
OAUTH_KEEPALIVE?: (boolean | null)
/**
 * Mappings from client id to service name: { "id1": "name-1", "id2": "name-2" }. (upstream default {})
 */
OAUTH_CLIENT_IDS?: ({

} | unknown[] | null)
/**
 * Client IDs of sync clients that migrated to OAuth. Used only by routes/oauth/token.js to label the account.signed metrics event service as "sync" for continuity with the retired BrowserID /certificate/sign flow. (upstream default ["5882386c6d801776","1b1a3e44c54fbb58"])
 */
OAUTH_OLD_SYNC_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * OAuth client_ids whose refresh tokens may register, read, destroy, notify, read own commands, and invoke commands for devices. Replaces the legacy oldsync-scope-only gate so Firefox sign-ins without Sync can still manage devices. (upstream default ["5882386c6d801776","1b1a3e44c54fbb58","3332a18d142636cb","a2270f727f45f648","3c49430b43dfba77"])
 */
OAUTH_DEVICE_MANAGEMENT_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * Comma-separated list of oauth client ids for which new connections should be temporarily refused. (upstream default [])
 */
OAUTH_DISABLE_NEW_CONNECTIONS_FOR_CLIENTS?: ((string | number | boolean)[] | null)
/**
 * Is oauth-based access to the devices API allowed at all? (upstream default true)
 */
OAUTH_DEVICE_ACCESS_ENABLED?: (boolean | null)
/**
 * Are oauth-based devices allowed to use device commands? (upstream default true)
 */
OAUTH_DEVICE_COMMANDS_ENABLED?: (boolean | null)
/**
 * TTL for OAuth client details (in milliseconds). (upstream default "3 days")
 */
OAUTH_CLIENT_INFO_CACHE_TTL?: (number | string | null)
/**
 * If true, then it allows http OAuth redirect uris. (upstream default false)
 */
ALLOW_HTTP_REDIRECTS?: (boolean | null)
/**
 * The auth-server public URL. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * We only accept assertions from this issuer. A public URL, handed to browsers. The chart sets it from the public host names of fxa-auth-server (with the port the public URL names) unless given here. (upstream default "api.accounts.firefox.com")
 */
ISSUER?: (string | null)
/**
 * Some pre-defined clients that will be inserted into the DB. (upstream default [])
 */
OAUTH_CLIENTS?: ((string | number | boolean)[] | null)
/**
 * Enable client management in OAuth server routes. Do NOT set this to true in production. (upstream default false)
 */
CLIENT_MANAGEMENT_ENABLED?: (boolean | null)
/**
 * Comma-separated list of client ids for which service should be temporarily refused. (upstream default [])
 */
OAUTH_CLIENTS_DISABLED?: ((string | number | boolean)[] | null)
/**
 * Some pre-defined list of scopes that will be inserted into the DB. (upstream default [])
 */
OAUTH_SCOPES?: ((string | number | boolean)[] | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * URL to UI page in fxa-content-server that starts OAuth flow. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /oauth/ unless given here. (upstream default "https://accounts.firefox.com/oauth/")
 */
CONTENT_URL?: (string | null)
/**
 * Sets oauthServer.db.driver. The chart sets it from "mysql" unless given here. (upstream default "mysql")
 */
DB?: ("mysql" | null)
/**
 * If true, update clients from config file settings. The chart sets it from "true" unless given here. (upstream default true)
 */
DB_AUTO_UPDATE_CLIENTS?: (boolean | null)
/**
 * Whether or not config.events has to be properly set in production. (upstream default true)
 */
EVENTS_ENABLED?: (boolean | null)
/**
 * AWS Region of fxa account events. (upstream default "")
 */
FXA_EVENTS_REGION?: (string | null)
/**
 * SQS queue url for fxa account events. An external URL, of a service outside the cluster. (upstream default "")
 */
FXA_EVENTS_QUEUE_URL?: (string | null)
/**
 * Access Tokens maximum expiration (can live shorter). (upstream default "365 minutes")
 */
FXA_EXPIRATION_ACCESS_TOKEN?: (number | string | null)
/**
 * Timestamp after which access token expiry is actively enforced. (unset (upstream has no default))
 */
FXA_EXPIRATION_ACCESS_TOKEN_EXPIRY_EPOCH?: (number | null)
/**
 * Clients must trade codes for tokens before they expire. (upstream default "15 minutes")
 */
FXA_EXPIRATION_CODE?: (number | string | null)
/**
 * lastUsedAt only gets updated in MySQL after this delay. (upstream default "24 hours")
 */
FXA_REFRESH_TOKEN_UPDATE_AFTER?: (number | string | null)
/**
 * Decimal value between 0 & 1 representing the percentage of account activity events that should be recorded. For example, 0.25 means 25% of events will be recorded. (upstream default 0)
 */
FXA_ACCOUNT_ACTIVITY_SAMPLE_RATE?: (number | null)
/**
 * lastSeenAt in accountActivity is only updated in MySQL after this delay per (userId, clientId). Mirrors refreshToken.updateAfter. (upstream default "24 hours")
 */
FXA_ACCOUNT_ACTIVITY_UPDATE_AFTER?: (number | string | null)
/**
 * Fraction (0-1) of eligible fxa-credentials grants for which the accountAuthorizations lookup runs, bucketed deterministically per-uid. 0 disables the bandaid; ramp per-env (e.g. 0.2 -> 0.5 -> 1). (upstream default 0)
 */
OAUTH_DESKTOP_VPN_DAU_FIX_ROLLOUT_RATE?: (number | null)
/**
 * How long the per-uid VPN authorization result (positive and negative) is cached in Redis before the OAuth DB is consulted again. (upstream default "12 hours")
 */
OAUTH_DESKTOP_VPN_DAU_FIX_CACHE_TTL?: (number | string | null)
/**
 * Write each consent row to both accountAuthorizations (v1) and accountAuthorizations_v2 (scopeId FK). Enable only after deploy and after the scopes table is seeded/verified. (upstream default false)
 */
OAUTH_ACCOUNT_AUTHORIZATIONS_DUAL_WRITE_V2?: (boolean | null)
/**
 * Read consent from accountAuthorizations_v2 first, falling back to v1. Enable only after the v1 -> v2 backfill is complete and verified (zero unresolved scopes). (upstream default false)
 */
OAUTH_ACCOUNT_AUTHORIZATIONS_READ_V2?: (boolean | null)
/**
 * Client IDs allowed to perform token exchange (only Firefox mobile clients as of FXA-12925). (upstream default ["1b1a3e44c54fbb58","3332a18d142636cb","a2270f727f45f648","3c49430b43dfba77","5882386c6d801776"])
 */
OAUTH_TOKEN_EXCHANGE_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * Scopes that can be requested via token exchange grant type. (upstream default ["https://identity.mozilla.com/apps/relay"])
 */
OAUTH_TOKEN_EXCHANGE_ALLOWED_SCOPES?: ((string | number | boolean)[] | null)
/**
 * Map from browser-service name to its authoritative scope URL. Drives token-exchange scope resolution, /authorization service= validation, and the per-RP ToS audit. Adding a new browser service is a config change plus deploy, with no schema migration required. (upstream default {"sync":"https://identity.mozilla.com/apps/oldsync","relay":"https://identity.mozilla.com/apps/relay","smartwindow":"https://identity.mozilla.com/apps/smartwindow","vpn":"https://identity.mozilla.com/apps/vpn"})
 */
OAUTH_EXCHANGE_SERVICE_SCOPES?: ({

} | unknown[] | null)
/**
 * Services for which silent token-exchange is always rejected, irrespective of accountAuthorizations rows. Wins over bypass. Today: sync, the Sync refresh token is the keys-bearing master credential. (upstream default ["sync"])
 */
OAUTH_EXCHANGE_DENY_SILENT_FOR_SERVICES?: ((string | number | boolean)[] | null)
/**
 * Services granted at token-exchange without consulting accountAuthorizations. Transitional; remove once application-services ships a 4xx rejection handler in iOS/Android Relay clients. (upstream default ["relay"])
 */
OAUTH_EXCHANGE_BYPASS_CONSENT_FOR_SERVICES?: ((string | number | boolean)[] | null)
/**
 * Per-service allowlist of OAuth client_ids permitted to write an accountAuthorizations row. A service absent from this map has no restriction; a service present with an empty list rejects all writes. Prevents a non-Mozilla RP from forging consent for a privileged service (e.g. claiming VPN consent on the user behalf). Deauthorization reads it too: a covering refresh token from any listed client sustains the service's rows, so a browser that reached VPN via token exchange keeps the consent alive after the app that showed the ToS disconnects. A service with no entry falls back to own-client only. (upstream default {"vpn":["5882386c6d801776","1b1a3e44c54fbb58","3332a18d142636cb","a2270f727f45f648","3c49430b43dfba77","e6eb0d1e856335fc"],"relay":["5882386c6d801776","1b1a3e44c54fbb58","3332a18d142636cb","a2270f727f45f648","3c49430b43dfba77","9ebfe2c2f9ea3c58"],"smartwindow":["5882386c6d801776"],"sync":["5882386c6d801776","1b1a3e44c54fbb58","3332a18d142636cb","a2270f727f45f648","3c49430b43dfba77"]})
 */
OAUTH_EXCHANGE_ALLOWED_CLIENTS_FOR_SERVICE?: ({

} | unknown[] | null)
/**
 * Per-service scope set granted by the /oauth/authorization gate when the client omits scope= and provides service= (ADR 0049). The full array is granted unconditionally. The keysConditionalScope below is added when keysJwe is present in the request, so non-Sync browser-service flows can opt into Sync once the user enters a password. (upstream default {"sync":["https://identity.mozilla.com/apps/oldsync","profile"],"relay":["https://identity.mozilla.com/apps/relay","profile"],"smartwindow":["https://identity.mozilla.com/apps/smartwindow","profile:uid"],"vpn":["https://identity.mozilla.com/apps/vpn","profile"]})
 */
OAUTH_AUTHORIZATION_SERVICE_SCOPES?: ({

} | unknown[] | null)
/**
 * Scope added to ADR 0049 resolutions when keysJwe is present in the /oauth/authorization request (i.e. the user entered a password and the client computed wrapped keys). Lets non-Sync Firefox-service flows opt into Sync without each per-service serviceScopes entry having to duplicate apps/oldsync. (upstream default "https://identity.mozilla.com/apps/oldsync")
 */
OAUTH_AUTHORIZATION_KEYS_CONDITIONAL_SCOPE?: (string | null)
/**
 * Whether or not JWT access tokens are enabled. (upstream default true)
 */
JWT_ACCESS_TOKENS_ENABLED?: (boolean | null)
/**
 * JWT access tokens are only returned for client_ids in this list. (upstream default [])
 */
JWT_ACCESS_TOKENS_ENABLED_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * When true, `localhost`, `127.0.0.1`, and `[::1]` are always legal redirects. (upstream default false)
 */
FXA_OAUTH_LOCAL_REDIRECTS?: (boolean | null)
/**
 * Sets oauthServer.mysql.createSchema. (upstream default false)
 */
CREATE_MYSQL_SCHEMA?: (boolean | null)
/**
 * Sets oauthServer.mysql.user. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
MYSQL_USERNAME?: (string | null)
/**
 * Sets oauthServer.mysql.database. The chart sets it from global.mysql.databases.oauth unless given here. (upstream default "fxa_oauth")
 */
MYSQL_DATABASE?: (string | null)
/**
 * Sets oauthServer.mysql.host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
MYSQL_HOST?: (string | null)
/**
 * Sets oauthServer.mysql.port. The chart sets it from global.mysql.port unless given here. (upstream default "3306")
 */
MYSQL_PORT?: (string | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
MYSQL_CONNECTION_LIMIT?: (number | null)
/**
 * The maximum number of connection requests the pool will queue before returning an error. (upstream default 0)
 */
MYSQL_QUEUE_LIMIT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 10000)
 */
MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * The timezone configured on the MySQL server. This is used to type cast server date/time values to JavaScript `Date` object. Can be `local`, `Z`, or an offset in the form of or an offset in the form +HH:MM or -HH:MM. (upstream default "Z")
 */
MYSQL_TIMEZONE?: (string | null)
/**
 * Path to private key JWK to sign various kinds of JWT tokens. The chart sets it from "/fxa-helm/keys/openid-key.json" unless given here. (upstream default "")
 */
FXA_OPENID_KEYFILE?: (string | null)
/**
 * Path to private key JWK that will be used to sign JWTs in the future. The chart sets it from "/fxa-helm/keys/openid-newkey.json" unless given here. (upstream default "")
 */
FXA_OPENID_NEWKEYFILE?: (string | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.fxa unless given here. (upstream default "fxa")
 */
AUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "::1")
 */
AUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
AUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
AUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
AUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
AUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * IP address or host name for Redis server. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REDIS_HOST?: (string | null)
/**
 * Port for Redis server. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REDIS_PORT?: (number | null)
/**
 * Pending request limit for Redis. (upstream default 1000)
 */
REDIS_POOL_MAX_PENDING?: (number | null)
/**
 * Retry limit for Redis connection attempts. (upstream default 5)
 */
REDIS_POOL_RETRY_COUNT?: (number | null)
/**
 * Initial backoff for Redis connection retries, increases exponentially with each attempt. (upstream default "100 milliseconds")
 */
REDIS_POOL_TIMEOUT?: (number | string | null)
/**
 * Enable Redis for refresh token metadata. (upstream default true)
 */
ACCESS_TOKEN_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.accessTokens.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
ACCESS_TOKEN_REDIS_HOST?: (string | null)
/**
 * Sets redis.accessTokens.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
ACCESS_TOKEN_REDIS_PORT?: (number | null)
/**
 * Key prefix for access tokens in Redis. (upstream default "at:")
 */
ACCESS_TOKEN_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum number of access tokens per account at any one time. (upstream default 100)
 */
ACCESS_TOKEN_REDIS_LIMIT?: (number | null)
/**
 * Enable Redis for refresh token metadata. (upstream default true)
 */
REFRESH_TOKEN_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.refreshTokens.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REFRESH_TOKEN_REDIS_HOST?: (string | null)
/**
 * Sets redis.refreshTokens.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REFRESH_TOKEN_REDIS_PORT?: (number | null)
/**
 * Key prefix for refresh tokens in Redis. (upstream default "rt:")
 */
REFRESH_TOKEN_REDIS_KEY_PREFIX?: (string | null)
/**
 * ttl for redis data. (upstream default 86400000)
 */
REFRESH_TOKEN_REDIS_MAX_TTL?: (number | null)
/**
 * Maximum number of refresh tokens per account stored in redis. (upstream default 20)
 */
REFRESH_TOKEN_REDIS_LIMIT?: (number | null)
/**
 * Enable Redis for session tokens. (upstream default true)
 */
USE_REDIS?: (boolean | null)
/**
 * Key prefix for session tokens in Redis. (upstream default "fxa-auth-session")
 */
SESSIONS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the session token Redis pool. (upstream default 200)
 */
REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the session token Redis pool. (upstream default 2)
 */
REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for email config. (upstream default true)
 */
EMAIL_CONFIG_USE_REDIS?: (boolean | null)
/**
 * Key prefix for the email config Redis pool. (upstream default "email:")
 */
EMAIL_CONFIG_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the email config Redis pool. (upstream default 10)
 */
EMAIL_CONFIG_REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the email config Redis pool. (upstream default 1)
 */
EMAIL_CONFIG_REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for subhub responses. (upstream default true)
 */
SUBHUB_USE_REDIS?: (boolean | null)
/**
 * Key prefix for subhub responses in Redis. (upstream default "subhub:")
 */
SUBHUB_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the subhub responses Redis pool. (upstream default 10)
 */
SUBHUB_REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the subhub responses Redis pool. (upstream default 1)
 */
SUBHUB_REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for customs server rate limiting. (upstream default false)
 */
CUSTOMS_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.customs.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
CUSTOMS_REDIS_HOST?: (string | null)
/**
 * Sets redis.customs.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
CUSTOMS_REDIS_PORT?: (number | null)
/**
 * Key prefix for custom server records in Redis. (upstream default "customs:")
 */
CUSTOMS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for customs server rate limiting. (upstream default true)
 */
RATELIMIT_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.ratelimit.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
RATELIMIT_REDIS_HOST?: (string | null)
/**
 * Sets redis.ratelimit.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
RATELIMIT_REDIS_PORT?: (number | null)
/**
 * Key prefix for custom server records in Redis. (upstream default "ratelimit:")
 */
RATELIMIT_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for storing metrics data (metricsContext). (upstream default true)
 */
METRICS_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.metrics.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
METRICS_REDIS_HOST?: (string | null)
/**
 * Sets redis.metrics.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
METRICS_REDIS_PORT?: (number | null)
/**
 * Key prefix for metrics records in Redis. (upstream default "metrics:")
 */
METRICS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Default time that a metric record will be stored in Redis. (upstream default 7200)
 */
METRICS_REDIS_RECORD_LIFETIME?: (number | null)
/**
 * Enable Redis for storing metrics data (metricsContext). (upstream default true)
 */
AUTH_CACHE_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.authServerCache.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
AUTH_CACHE_REDIS_HOST?: (string | null)
/**
 * Sets redis.authServerCache.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
AUTH_CACHE_REDIS_PORT?: (number | null)
/**
 * Key prefix for Redis. (upstream default "auth:cache:")
 */
AUTH_CACHE_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for recovery phone library. (upstream default true)
 */
RECOVERY_PHONE_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.recoveryPhone.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
RECOVERY_PHONE_REDIS_HOST?: (string | null)
/**
 * Sets redis.recoveryPhone.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
RECOVERY_PHONE_REDIS_PORT?: (number | null)
/**
 * Path to public key JWK that was used to sign JWTs in the past. The chart sets it from "/fxa-helm/keys/openid-oldkey.json" unless given here. (upstream default "")
 */
FXA_OPENID_OLDKEYFILE?: (string | null)
/**
 * Do not error out if there is no active key; should only be used when initializing keys. (upstream default false)
 */
FXA_OPENID_UNSAFELY_ALLOW_MISSING_ACTIVE_KEY?: (boolean | null)
/**
 * The value of the `iss` property of the id_token. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "https://accounts.firefox.com")
 */
FXA_OPENID_ISSUER?: (string | null)
/**
 * Number of milliseconds until id_token should expire. (upstream default "5 minutes")
 */
FXA_OPENID_TTL?: (number | string | null)
/**
 * Whether pairwise pseudonymous identifiers (PPIDs) are enabled. (upstream default false)
 */
PPID_ENABLED?: (boolean | null)
/**
 * client_ids that receive PPIDs. (upstream default [])
 */
PPID_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * client_ids that receive automatically rotating PPIDs based on server time. (upstream default [])
 */
PPID_ROTATING_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * salt used in HKDF for PPIDs, converted to milliseconds. (upstream default "6 hours")
 */
PPID_ROTATION_PERIOD?: (number | string | null)
/**
 * Sets oauthServer.server.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
HOST?: (string | null)
/**
 * Sets oauthServer.serverInternal.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
HOST_INTERNAL?: (string | null)
/**
 * Sets oauthServer.serverInternal.port. (upstream default 9011)
 */
PORT_INTERNAL?: (number | null)
/**
 * If true, removes OAuth scopes that are invalid. (upstream default false)
 */
OAUTH_STRICT_SCOPE_VALIDATION?: (boolean | null)
/**
 * Time after which flowIds are considered stale. (upstream default "2 hours")
 */
FLOW_ID_EXPIRY?: (number | string | null)
/**
 * Enable StatsD. The chart sets it from "true" while global.statsd.enabled is on, else "false" unless given here. (upstream default false)
 */
STATSD_ENABLE?: (boolean | null)
/**
 * Sampling rate for StatsD. (upstream default 1)
 */
STATSD_SAMPLE_RATE?: (number | null)
/**
 * StatsD message buffer size in number of characters. (upstream default 500)
 */
STATSD_BUFFER_SIZE?: (number | null)
/**
 * StatsD host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "localhost")
 */
DD_AGENT_HOST?: (string | null)
/**
 * Port number of StatsD server. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
DD_DOGSTATSD_PORT?: (number | null)
/**
 * StatsD metrics name prefix. The chart sets it from "fxa-auth-server." unless given here. (upstream default "fxa-auth-server.")
 */
STATSD_PREFIX?: (string | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. The chart sets it from the public origins of fxa-content-server unless given here. (upstream default ["*"])
 */
CORS_ORIGIN?: ((string | number | boolean)[] | null)
/**
 * Override address chain with this chain. Should be comma separated list of IPs. (upstream default "")
 */
REMOTE_ADDRESS_CHAIN_OVERRIDE?: (string | null)
/**
 * Force Sync-style sign-in confirmation (mustVerify: 1) for matching emails. The session cannot complete an OAuth grant until the emailed code is entered, as when scoped keys are requested. Overrides the skip settings below. (upstream computes it: /.+@mozilla\.com$/)
 */
SIGNIN_CONFIRMATION_FORCE_EMAIL_REGEX?: (string | null)
/**
 * Force the heuristic (non-Sync non-2FA) unverified session state for matching emails: sign-in confirmation with mustVerify: 0. The session is created unverified, RP redirect flows outside servicesWithEmailVerification continue without a code, and Settings asks for it later. This is the state the heuristics produce for older accounts. (upstream computes it: /^unverifiedsession.*@restmail\.net$/)
 */
SIGNIN_CONFIRMATION_FORCE_HEURISTIC_EMAIL_REGEX?: (string | null)
/**
 * Skip sign-in confirmation for matching emails even when scoped keys are requested. A customs suspect verdict, the forced regexes above, and TOTP still apply. (upstream computes it: /^$/)
 */
SIGNIN_CONFIRMATION_SKIP_FOR_EMAIL_REGEX?: (string | null)
/**
 * Skip all sign-in email confirmations for newly-created accounts. Set false locally to put any account into the heuristic (non-Sync non-2FA) unverified session state. (upstream default true)
 */
SIGNIN_CONFIRMATION_SKIP_FOR_NEW_ACCOUNTS?: (boolean | null)
/**
 * Maximum age at which an account is considered "new". (upstream default "48 hours")
 */
SIGNIN_CONFIRMATION_MAX_AGE_OF_NEW_ACCOUNTS?: (number | string | null)
/**
 * (Deprecated) Number of digits to make up a token code. (upstream default 6)
 */
SIGNIN_TOKEN_CODE_LENGTH?: (number | null)
/**
 * (Deprecated) How long code should be valid for. (upstream default "20 minutes")
 */
SIGNIN_TOKEN_CODE_LIFETIME?: (number | string | null)
/**
 * Force the Sync-style state (mustVerify: 1) for every account, as a suspicious request or a scoped-key request would. Per-email equivalent: forcedSyncEmailAddresses. (upstream default false)
 */
SIGNIN_CONFIRMATION_FORCE_GLOBALLY?: (boolean | null)
/**
 * Enable device fingerprinting based verification skip. (upstream default false)
 */
SIGNIN_CONFIRMATION_DEVICE_FINGERPRINTING_ENABLED?: (boolean | null)
/**
 * When true, logs device matches but does not skip verification. (upstream default true)
 */
SIGNIN_CONFIRMATION_DEVICE_FINGERPRINTING_REPORT_ONLY?: (boolean | null)
/**
 * How long a recognized device can skip verification. (upstream default "7 days")
 */
SIGNIN_CONFIRMATION_DEVICE_FINGERPRINTING_DURATION?: (number | string | null)
/**
 * Force password change for email addresses matching this regex. (upstream computes it: /^$/)
 */
FORCE_PASSWORD_CHANGE_EMAIL_REGEX?: (string | null)
/**
 * Length of time since previously verified event to allow skipping confirmation. (upstream default "7 days")
 */
IP_PROFILING_RECENCY?: (number | string | null)
/**
 * enable updates to the lastAccessTime session token property. (upstream default true)
 */
LASTACCESSTIME_UPDATES_ENABLED?: (boolean | null)
/**
 * sample rate for updates to the lastAccessTime session token property, in the range 0..1. The chart sets it from "1" unless given here. (upstream default 0.3)
 */
LASTACCESSTIME_UPDATES_SAMPLE_RATE?: (number | null)
/**
 * timestamp used as the basis of the fallback value for lastAccessTimeFormatted, currently pinned to the deployment of 1.96.4 / a0940d7dc51e2ba20fa18aa3a830810e35c9a9d9. (upstream default 1507081020000)
 */
LASTACCESSTIME_EARLIEST_SANE_TIMESTAMP?: (number | null)
/**
 * update lastAccessTime in Redis when the session token is used to create an OAuth token. (upstream default true)
 */
LASTACCESSTIME_UPDATES_ON_OAUTH_TOKEN_CREATION?: (boolean | null)
/**
 * Number of alphanumeric digits to make up an unblockCode. (upstream default 8)
 */
SIGNIN_UNBLOCK_CODE_LENGTH?: (number | null)
/**
 * How long an unblockCode should be valid for. (upstream default "1 hour")
 */
SIGNIN_UNBLOCK_CODE_LIFETIME?: (number | string | null)
/**
 * If feature enabled, force sign-in unblock for email addresses matching this regex. (upstream computes it: /^$/)
 */
SIGNIN_UNBLOCK_FORCED_EMAILS?: (string | null)
/**
 * Indicates whether Pushbox integration enabled. The chart sets it from "true" unless given here. (upstream default false)
 */
PUSHBOX_ENABLED?: (boolean | null)
/**
 * Maximum TTL to set on items written to pushbox. (upstream default "28 days")
 */
PUSHBOX_MAX_TTL?: (number | string | null)
/**
 * The minimum amount of time an account can be unverified before another account can use it for secondary email. (upstream default "1 day")
 */
SECONDARY_EMAIL_MIN_UNVERIFIED_ACCOUNT_TIME?: (number | string | null)
/**
 * TTL in seconds for pending secondary email reservations (Redis). (upstream default 600)
 */
SECONDARY_EMAIL_PENDING_TTL_SECONDS?: (number | null)
/**
 * signinCode size in bytes. (upstream default 6)
 */
SIGNIN_CODE_SIZE?: (number | null)
/**
 * For users in a non-2FA non-Sync unverified session state going through an RP redirect flow, we skip 1) redirecting the user to enter emailed code verification page, and we skip 2) sending that email verification. Services in this list will NOT skip the redirect or email, and are blocked in the BE from completing the oauth flow by hitting our API directly in this state. Content-server has this config as well. (upstream default ["32aaeb6f1c21316a","98e6508e88680e1a"])
 */
SERVICES_WITH_EMAIL_VERIFICATION?: ((string | number | boolean)[] | null)
/**
 * how long before emails status polling is considered stale. (upstream default "1 month")
 */
EMAIL_STATUS_POLLING_TIMEOUT?: (number | string | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. This is the most reliable way to determine the active environment. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Rate at which sentry errors are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-auth-server")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * Default service name to appear in authenticator. (upstream default "Mozilla")
 */
TOTP_SERVICE_NAME?: (string | null)
/**
 * Default time step size (seconds). (upstream default 30)
 */
TOTP_STEP_SIZE?: (number | null)
/**
 * Tokens in the previous x-windows that should be considered valid. (upstream default 1)
 */
TOTP_WINDOW?: (number | null)
/**
 * The length of a backup authentication code. (upstream default 10)
 */
RECOVERY_CODE_LENGTH?: (number | null)
/**
 * Number of backup authentication codes to create. (upstream default 8)
 */
RECOVERY_CODE_COUNT?: (number | null)
/**
 * Notify the user when there are less than these many backup authentication codes. (upstream default 2)
 */
RECOVERY_CODE_NOTIFY_LOW_COUNT?: (number | null)
/**
 * Rollout rate for verification reminder emails, in the range 0 .. 1. (upstream default 1)
 */
VERIFICATION_REMINDERS_ROLLOUT_RATE?: (number | null)
/**
 * Time since account creation after which the first reminder is sent. (upstream default "1 day")
 */
VERIFICATION_REMINDERS_FIRST_INTERVAL?: (number | string | null)
/**
 * Time since account creation after which the second reminder is sent. (upstream default "5 days")
 */
VERIFICATION_REMINDERS_SECOND_INTERVAL?: (number | string | null)
/**
 * Time since account creation after which the final reminder is sent. (upstream default "15 days")
 */
VERIFICATION_REMINDERS_FINAL_INTERVAL?: (number | string | null)
/**
 * Key prefix for the verification reminders Redis pool. (upstream default "verificationReminders:")
 */
VERIFICATION_REMINDERS_REDIS_PREFIX?: (string | null)
/**
 * Maximum connection count for the verification reminders Redis pool. (upstream default 10)
 */
VERIFICATION_REMINDERS_REDIS_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the verification reminders Redis pool. (upstream default 1)
 */
VERIFICATION_REMINDERS_REDIS_MIN_CONNECTIONS?: (number | null)
/**
 * Rollout rate for subscriptionAccount reminder emails, in the range 0 .. 1. (upstream default 1)
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_ROLLOUT_RATE?: (number | null)
/**
 * Time since account creation after which the first reminder is sent. (upstream default "1 day")
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_FIRST_INTERVAL?: (number | string | null)
/**
 * Time since account creation after which the second reminder is sent. (upstream default "5 days")
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_SECOND_INTERVAL?: (number | string | null)
/**
 * Key prefix for the verification reminders Redis pool. (upstream default "subscriptionAccountReminders:")
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_REDIS_PREFIX?: (string | null)
/**
 * Maximum connection count for the subscriptionAccount reminders Redis pool. (upstream default 10)
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_REDIS_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the subscriptionAccount reminders Redis pool. (upstream default 1)
 */
SUBSCRIPTION_ACCOUNT_REMINDERS_REDIS_MIN_CONNECTIONS?: (number | null)
/**
 * Rollout rate in the range 0 .. 1. (upstream default 1)
 */
CAD_REMINDERS_ROLLOUT_RATE?: (number | null)
/**
 * Time which the first reminder is sent. (upstream default "8 hours")
 */
CAD_REMINDERS_FIRST_INTERVAL?: (number | string | null)
/**
 * Time which the second reminder is sent. (upstream default "3 days")
 */
CAD_REMINDERS_SECOND_INTERVAL?: (number | string | null)
/**
 * Key prefix for the cad reminders Redis pool. (upstream default "cadReminders:")
 */
CAD_REMINDERS_REDIS_PREFIX?: (string | null)
/**
 * Maximum connection count for the cad reminders Redis pool. (upstream default 10)
 */
CAD_REMINDERS_REDIS_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the cad reminders Redis pool. (upstream default 1)
 */
CAD_REMINDERS_REDIS_MIN_CONNECTIONS?: (number | null)
/**
 * Zendesk Username for support interaction. (upstream default "")
 */
ZENDESK_USERNAME?: (string | null)
/**
 * Zendesk subdomain for support interaction. (upstream default "mozilladev")
 */
ZENDESK_SUBDOMAIN?: (string | null)
/**
 * Zendesk support ticket custom field for the product name. (upstream default 360022027772)
 */
ZENDESK_PRODUCT_NAME_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for the product drop down. (upstream default 360047198211)
 */
ZENDESK_PRODUCT_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for the city of the location. (upstream default 360026463311)
 */
ZENDESK_LOCATION_CITY_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for the state/region of the location. (upstream default 360026463491)
 */
ZENDESK_LOCATION_STATE_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for the country of the location. (upstream default 360026463511)
 */
ZENDESK_LOCATION_COUNTRY_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for topic. (upstream default 360028484432)
 */
ZENDESK_TOPIC_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket category field for category drop down. (upstream default 360047206172)
 */
ZENDESK_CATEGORY_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for product specific app or service. (upstream default 360030780972)
 */
ZENDESK_APP_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for the product platform. (upstream default 360047272851)
 */
ZENDESK_PRODUCT_PLATFORM_FIELD_ID?: (number | null)
/**
 * Zendesk support ticket custom field for product version. (upstream default 360047246812)
 */
ZENDESK_PRODUCT_VERSION_FIELD_ID?: (number | null)
/**
 * Default time step size (seconds). (upstream default 600)
 */
OTP_SIGNUP_STEP_SIZE?: (number | null)
/**
 * Tokens in the previous x-windows that should be considered valid. (upstream default 1)
 */
OTP_SIGNUP_WINDOW?: (number | null)
/**
 * Number of digits in token. (upstream default 6)
 */
OTP_SIGNUP_DIGIT?: (number | null)
/**
 * Enable passwordless authentication feature. (upstream default false)
 */
PASSWORDLESS_ENABLED?: (boolean | null)
/**
 * Map of client IDs to their allowed services for passwordless authentication. Format: {"clientId": {"allowedServices": ["service1", "service2"]}}. Use "*" in allowedServices for all services. Empty array denies all services. (upstream default {})
 */
PASSWORDLESS_ALLOWED_CLIENT_SERVICES?: ({

} | unknown[] | null)
/**
 * Number of digits in passwordless OTP code. (upstream default 6)
 */
OTP_PASSWORDLESS_DIGITS?: (number | null)
/**
 * Duration in seconds when the passwordless OTP is valid. (upstream default 600)
 */
OTP_PASSWORDLESS_TTL?: (number | null)
/**
 * Whether or not the account must be verified in order to destroy it. (upstream default false)
 */
ACCOUNT_DESTROY__REQUIRE_VERIFIED_ACCOUNT?: (boolean | null)
/**
 * Whether or not the account must have a verified session in order to destroy it. (upstream default true)
 */
ACCOUNT_DESTROY__REQUIRE_VERIFIED_SESSION?: (boolean | null)
/**
 * Whether or not the account record should be deleted during account creation if the email has not yet been verified.. (upstream default true)
 */
ACCOUNT_DESTROY__ON_CREATE_IF_UNVERIFIED?: (boolean | null)
/**
 * Number of digits in token. (upstream default 8)
 */
OTP_PASSWORD_FORGOT_DIGITS?: (number | null)
/**
 * Duration in seconds when the OTP is valid. (upstream default 600)
 */
OTP_PASSWORD_FORGOT_TTL?: (number | null)
/**
 * The url of the Firefox Sync tokenserver. A public URL, handed to browsers. The chart sets it from the public URL of syncstorage unless given here. (upstream default "http://localhost:8000/token")
 */
SYNC_TOKENSERVER_URL?: (string | null)
/**
 * The payload limit in bytes, default is 2^17. (upstream default 131072)
 */
SUPPORT_TICKET_PAYLOAD_LIMIT?: (number | null)
/**
 * Flag to enable account event logging. Currently only email based events. The chart sets it from "false" unless given here. (upstream default true)
 */
ACCOUNT_EVENTS_ENABLED?: (boolean | null)
/**
 * Enable Glean metrics logging. The chart sets it from "true" while global.integrations.glean.enabled is on, else "false" unless given here. (upstream default true)
 */
AUTH_GLEAN_ENABLED?: (boolean | null)
/**
 * The Glean application id. (upstream default "accounts_backend_dev")
 */
AUTH_GLEAN_APP_ID?: (string | null)
/**
 * The application channel, e.g. development, stage, production, etc. (upstream default "development")
 */
AUTH_GLEAN_APP_CHANNEL?: (string | null)
/**
 * Used to form the mozlog logger name. (upstream default "fxa-auth-api")
 */
AUTH_GLEAN_LOGGER_APP_NAME?: (string | null)
/**
 * Whether to use CMS. The chart sets it from "true" while global.integrations.cms.enabled is on, else "false" unless given here. (upstream default false)
 */
CMS_ENABLED?: (boolean | null)
/**
 * Strapi client Firestore cache TTL in seconds. (upstream default 60)
 */
CMS_LEGACY_MAPPER_CACHE_TTL?: (number | null)
/**
 * Invalidate CMS cache by webhook. (upstream default false)
 */
CMS_WEBHOOK_CACHE_INVALIDATION_ENABLED?: (boolean | null)
/**
 * Base URL for GraphQL API. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.cms.graphqlApiUri while global.integrations.cms.enabled is on, else "" unless given here. (upstream default "http://localhost:1337/graphql")
 */
STRAPI_CLIENT_GRAPHQL_API_URI?: (string | null)
/**
 * Strapi client memory cache TTL in seconds. (upstream default 300)
 */
STRAPI_CLIENT_MEM_CACHE_TTL?: (number | null)
/**
 * Firestore collection name to store CMS query cache. (upstream default "fxa-auth-server-strapi-query-cache")
 */
STRAPI_CLIENT_FIRESTORE_CACHE_COLLECTION_NAME?: (string | null)
/**
 * Strapi client Firestore cache TTL in seconds. (upstream default 1800)
 */
STRAPI_CLIENT_FIRESTORE_CACHE_TTL?: (number | null)
/**
 * Strapi client Firestore offline cache TTL in seconds, used for when Strapi is down. (upstream default 604800)
 */
STRAPI_CLIENT_FIRESTORE_OFFLINE_CACHE_TTL?: (number | null)
/**
 * The audience value of the id token payload. (upstream default "")
 */
AUTH_CLOUDSCHEDULER_OIDC_AUD?: (string | null)
/**
 * The GCP service account email address. (upstream default "")
 */
AUTH_CLOUDSCHEDULER_OIDC_EMAIL?: (string | null)
/**
 * The time since which unverified accounts should be deleted. (upstream default 15)
 */
AUTH_CLOUDSCHEDULER_DELETE_UNVERIFIED_ACCOUNTS_SINCE_DAYS?: (number | null)
/**
 * The duration to delete accounts from the since day. For example, if sinceDay is 15 and duration is 15, unverified accounts created between 15 and 30 days ago will be deleted. (upstream default 15)
 */
AUTH_CLOUDSCHEDULER_DELETE_UNVERIFIED_ACCOUNTS_DURATION_DAYS?: (number | null)
/**
 * Sets cloudScheduler.deleteUnverifiedAccounts.taskLimit. (upstream default 200)
 */
AUTH_CLOUDSCHEDULER_DELETE_UNVERIFIED_ACCOUNTS_TASK_LIMIT?: (number | null)
/**
 * Set of IPs to ignore while rate limiting. Rules will not apply to these values. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_IPS?: ((string | number | boolean)[] | null)
/**
 * Set of UIDs to ignore while rate limiting. Rules will not apply to these values. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_UIDS?: ((string | number | boolean)[] | null)
/**
 * Set of emails to ignore while rate limiting. Rules will not apply to these values. Values can be a string or parsable regex. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_EMAILS?: ((string | number | boolean)[] | null)
/**
 * Rules for rate limiting user actions. These are essentially customs v2 rules. (upstream computes it: fs.readFileSync(`${__dirname}/rate-limit-rules.txt`, 'utf8'))
 */
RATE_LIMIT__RULES?: (string | null)
/**
 * Enables automatic rate limiting checks on all end points. Action will be {HTTP_METHOD}_${PATH.replaceAll("/","_")}. (upstream default true)
 */
RATE_LIMIT__CHECK_ALL_ENDPOINTS?: (boolean | null)
/**
 * When checkAllEndpoints is true, this is allows certain endpoints to be skipped from the automatic customs check. (upstream default ["/__lbheartbeat__","/config","/__heartbeat__","/__version__","/","/v1/introspect"])
 */
RATE_LIMIT__SKIP_ENDPOINTS?: ((string | number | boolean)[] | null)
/**
 * List of email domain configurations for alias normalization. Each entry should have domain, regex, and replace properties. Example: [{domain: "mozilla.com", regex: "\+[^@]+", replace: ""}]. (upstream computes it: JSON.stringify([ { domain: 'mozilla.com', regex: '\\+.*', replace: '' }, ]))
 */
RATE_LIMIT__EMAIL_ALIAS_NORMALIZATION?: (string | null)
/**
 * Enable logging rate limit checks to BigQuery. (upstream default false)
 */
RATE_LIMIT__BIGQUERY__ENABLED?: (boolean | null)
/**
 * GCP project ID for BigQuery. (upstream default "")
 */
RATE_LIMIT__BIGQUERY__PROJECT_ID?: (string | null)
/**
 * BigQuery dataset name. (upstream default "fxa")
 */
RATE_LIMIT__BIGQUERY__DATASET?: (string | null)
/**
 * BigQuery table name. (upstream default "rate_limit_checks_v2")
 */
RATE_LIMIT__BIGQUERY__TABLE?: (string | null)
/**
 * How often to flush buffered events to BigQuery (ms). (upstream default 5000)
 */
RATE_LIMIT__BIGQUERY__FLUSH_INTERVAL_MS?: (number | null)
/**
 * Max events to buffer before flushing to BigQuery. (upstream default 100)
 */
RATE_LIMIT__BIGQUERY__BATCH_SIZE?: (number | null)
/**
 * Enable recovery phone feature. The chart sets it from "true" while global.integrations.recoveryPhone.enabled is on, else "false" unless given here. (upstream default false)
 */
RECOVERY_PHONE__ENABLED?: (boolean | null)
/**
 * Allowed regions for recovery phone. (upstream default ["CA","US"])
 */
RECOVERY_PHONE__ALLOWED_REGIONS?: ((string | number | boolean)[] | null)
/**
 * An identifier for the type of otp codes being sent out. (upstream default "recovery-phone-code")
 */
RECOVERY_PHONE__OTP__KIND?: (string | null)
/**
 * The number of digits in an otp code. (upstream default 6)
 */
RECOVERY_PHONE__OTP__DIGITS?: (number | null)
/**
 * Max number of uids that can be associated to the same phone number. (upstream default 5)
 */
RECOVERY_PHONE__MAX_UID_PER_NUMBER?: (number | null)
/**
 * The twilio number messages are sent from. The chart sets it from global.integrations.recoveryPhone.smsFrom while global.integrations.recoveryPhone.enabled is on, else "" unless given here. (upstream default ["15005550006"])
 */
RECOVERY_PHONE__SMS__FROM?: ((string | number | boolean)[] | null)
/**
 * Max allowed sms message segment length. (upstream default 1)
 */
RECOVERY_PHONE__SMS__MAX_MESSAGE_SEGMENT_LENGTH?: (number | null)
/**
 * Allowed phone number prefixes. Controls the numbers that a message can be sent to. (upstream default ["+1"])
 */
RECOVERY_PHONE__SMS__VALID_NUMBER_PREFIXES?: ((string | number | boolean)[] | null)
/**
 * Allowed phone number prefixes. Controls the countries that a message can be sent to. (upstream default ["US","CA"])
 */
RECOVERY_PHONE__SMS__VALID_COUNTRY_CODES?: ((string | number | boolean)[] | null)
/**
 * Number of times an sms message can be retried in the event a sms sending rate limit is encountered. Note that we use an exponential back off here. e.g. 3 would mean up to a 1s, 2s and then 4s retry. (upstream default 3)
 */
RECOVERY_PHONE__SMS__MAX_RETRIES?: (number | null)
/**
 * Max sms pumping risk score allowed. Value is from 0 to 100. e.g. 74-90 is moderate risk. See twilio docs for more info. https://www.twilio.com/docs/lookup/v2-api/sms-pumping-risk. (upstream default 75)
 */
RECOVERY_PHONE__SMS__SMS_PUMPING_RISK_THRESHOLD?: (number | null)
/**
 * Extra data to fetch about phone numbers being registered for sms backup. (upstream default [])
 */
RECOVERY_PHONE__SMS__EXTRA_LOOKUP_FIELDS?: ((string | number | boolean)[] | null)
/**
 * Primary switch for passkeys. Must be true for registrationEnabled or authenticationEnabled to take effect. (upstream default false)
 */
PASSKEYS__ENABLED?: (boolean | null)
/**
 * Enable passkey registration and management (add/view/delete/rename). Requires passkeys.enabled. (upstream default false)
 */
PASSKEYS__REGISTRATION_ENABLED?: (boolean | null)
/**
 * Enable passkey authentication (sign in with passkey). Requires passkeys.enabled. (upstream default false)
 */
PASSKEYS__AUTHENTICATION_ENABLED?: (boolean | null)
/**
 * Enable passwordless sync sign-in, where kB is recovered from a passkey-wrapped envelope instead of the password. Requires passkeys.enabled. (upstream default false)
 */
PASSKEYS__PASSWORDLESS_SYNC_ENABLED?: (boolean | null)
/**
 * WebAuthn Relying Party ID. Must match the domain of the deployment (e.g. "accounts.firefox.com"). Required when passkeys are enabled. The chart sets it from the public host names of fxa-content-server unless given here. (upstream default "")
 */
PASSKEYS__RP_ID?: (string | null)
/**
 * List of allowed origins for WebAuthn registration and authentication ceremonies. Must be full origins (scheme + host + optional port), e.g. ["https://accounts.firefox.com"]. Must have at least one entry when passkeys are enabled. A public URL, handed to browsers. The chart sets it from the public origins of fxa-content-server unless given here. (upstream default [])
 */
PASSKEYS__ALLOWED_ORIGINS?: ((string | number | boolean)[] | null)
/**
 * Time in milliseconds before a WebAuthn challenge expires. Defaults to 300000 ms (5 minutes). (upstream default 300000)
 */
PASSKEYS__CHALLENGE_TIMEOUT?: (number | null)
/**
 * Maximum number of passkeys a single user account may register. (upstream default 10)
 */
PASSKEYS__MAX_PASSKEYS_PER_USER?: (number | null)
/**
 * WebAuthn resident-key (discoverable credential) requirement. One of "required", "preferred", or "discouraged". Discoverable credential flow won't work if not set to "required". (upstream default "required")
 */
PASSKEYS__RESIDENT_KEY?: ("required" | "preferred" | "discouraged" | null)
/**
 * Optional authenticator attachment preference. One of "platform" (device-bound) or "cross-platform" (roaming key). (upstream default "")
 */
PASSKEYS__AUTHENTICATOR_ATTACHMENT?: ("platform" | "cross-platform" | "" | null)
/**
 * Request the WebAuthn PRF extension at passkey registration. (upstream default false)
 */
PASSKEYS__REQUEST_PRF_AT_REGISTRATION?: (boolean | null)
/**
 * Scope of the WebAuthn PRF request at sign-in. "off" (kill switch) never requests PRF; "keys-required" requests it only for keys-required (Sync) sign-ins; "all" requests it for every passkey sign-in. Validated/normalized in buildPasskeyConfig (invalid → "off"); String format here so a bad value cannot crash startup. (upstream default "off")
 */
PASSKEYS__REQUEST_PRF_AT_AUTHENTICATION?: (string | null)
/**
 * Which credential set to use. Options are "", "test", "default", or "apiKeys". (upstream default "")
 */
RECOVERY_PHONE__TWILIO__CREDENTIAL_MODE?: (string | null)
/**
 * Twilio Testing Account ID. Note must be used for tests leveraging Twilio magic phone numbers. Required when credentialMode is test. (upstream default "AC_REPLACEMEWITHKEY")
 */
RECOVERY_PHONE__TWILIO__TEST_ACCOUNT_SID?: (string | null)
/**
 * Twilio Account ID. Required when credentialMode is default or apiKeys. The chart sets it from global.integrations.recoveryPhone.accountSid while global.integrations.recoveryPhone.enabled is on, else "" unless given here. (upstream default "AC_REPLACEMEWITHKEY")
 */
RECOVERY_PHONE__TWILIO__ACCOUNT_SID?: (string | null)
/**
 * Webhook url registered with twilio for message status updates. An external URL, of a service outside the cluster. (upstream default "")
 */
RECOVERY_PHONE__TWILIO__WEBHOOK_URL?: (string | null)
/**
 * Controls if twilio signature is validated during webhook calls from twilio. (upstream default true)
 */
RECOVERY_PHONE__TWILIO__VALIDATE_WEBHOOK_CALLS?: (boolean | null)
/**
 * A key used to to for validating signature in webhook calls. (upstream default "")
 */
RECOVERY_PHONE__TWILIO__FXA_PUBLIC_KEY?: (string | null)
/**
 * Enable localization on the /cms/config endpoint. When enabled, the endpoint will attempt to fetch and merge localized FTL content with the base CMS configuration. When disabled, only the base configuration is returned. (upstream default false)
 */
CMS_L10N_ENABLED?: (boolean | null)
/**
 * Enable Strapi webhook for creating l10n PRs. (upstream default false)
 */
CMS_L10N_STRAPI_WEBHOOK_ENABLED?: (boolean | null)
/**
 * Strapi webhook URL. An internal URL, for calls inside the cluster. The chart sets it from unset while global.integrations.cms.enabled is on, else "" unless given here. (upstream default "http://localhost:1337")
 */
CMS_L10N_STRAPI_WEBHOOK_STRAPI_URL?: (string | null)
/**
 * URL template for FTL files. Use {locale} placeholder for locale substitution. An external URL, of a service outside the cluster. (upstream default "https://raw.githubusercontent.com/mozilla/fxa-cms-l10n/main/locales/{locale}/cms.ftl")
 */
CMS_L10N_FTL_URL_TEMPLATE?: (string | null)
/**
 * Timeout for FTL requests in milliseconds. (upstream default 5000)
 */
CMS_L10N_FTL_TIMEOUT?: (number | null)
/**
 * TTL for FTL content in memory cache (seconds). (upstream default 900)
 */
CMS_L10N_FTL_CACHE_MEMORY_TTL?: (number | null)
/**
 * TTL for FTL content in Firestore cache (seconds). (upstream default 3600)
 */
CMS_L10N_FTL_CACHE_FIRESTORE_TTL?: (number | null)
/**
 * TTL for FTL content in Firestore offline cache (seconds). (upstream default 604800)
 */
CMS_L10N_FTL_CACHE_FIRESTORE_OFFLINE_TTL?: (number | null)
/**
 * GitHub repository owner. (upstream default "vbudhram")
 */
CMS_L10N_GITHUB_OWNER?: (string | null)
/**
 * GitHub repository name. (upstream default "fxa-cms-l10n")
 */
CMS_L10N_GITHUB_REPO?: (string | null)
/**
 * GitHub base branch for PRs. (upstream default "main")
 */
CMS_L10N_GITHUB_BRANCH?: (string | null)
/**
 * Flag for whether or not mfa are enabled. (upstream default true)
 */
MFA__ENABLED?: (boolean | null)
/**
 * Actions protected by MFA. (upstream default ["2fa","email","recovery_key","password","passkey"])
 */
MFA__ACTIONS?: ((string | number | boolean)[] | null)
/**
 * Duration that JWT tokens guarding mfa last for. (upstream default 600)
 */
MFA__JWT__EXPIRES_IN_SEC?: (number | null)
/**
 * The value of the `iss` property of the id_token. A public URL, handed to browsers. The chart sets it from the public host names of fxa-content-server unless given here. (upstream default "accounts.firefox.com")
 */
MFA__JWT__ISSUER?: (string | null)
/**
 * The audience for the mfa token. (upstream default "fxa")
 */
MFA__JWT__AUDIENCE?: (string | null)
/**
 * Overrides epoch otp options. (unset (upstream has no default))
 */
MFA__OTP__EPOCH?: (number | null)
/**
 * Overrides step otp options. (upstream default 300)
 */
MFA__OTP__STEP?: (number | null)
/**
 * Overrides window otp options. (upstream default 1)
 */
MFA__OTP__WINDOW?: (number | null)
/**
 * Length of code. (upstream default 6)
 */
MFA__OTP__DIGITS?: (number | null)
/**
 * The interval in ms at which we update the list of known registered client ids. (upstream default 60000)
 */
REGISTERED_CLIENTS__REFRESH_INTERVAL?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.pushbox unless given here. (upstream default "pushbox")
 */
PUSHBOX_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "::1")
 */
PUSHBOX_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
PUSHBOX_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
PUSHBOX_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
PUSHBOX_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
PUSHBOX_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
PUSHBOX_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
PUSHBOX_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 100)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Targets a local cloud task emulator instead of a GCP instance. The chart sets it from "true" while global.accountDeletion.enabled is on, else "false" unless given here. (upstream default false)
 */
AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR?: (boolean | null)
/**
 * The GCP project id. Optional when in an environment with Application Default Credentials. The chart sets it from "fxa" unless given here. (upstream default "test")
 */
AUTH_CLOUDTASKS_PROJECT_ID?: (string | null)
/**
 * Google cloud location id, e.g. us-west1. The chart sets it from "local" unless given here. (upstream default "test")
 */
AUTH_CLOUDTASKS_LOCATION_ID?: (string | null)
/**
 * Path to service account key. Optional when in an environment where authentication with services is automatic. (upstream default "")
 */
AUTH_CLOUDTASKS_KEY_FILE?: (string | null)
/**
 * The audience value of the id token payload. (upstream default "")
 */
AUTH_CLOUDTASKS_OIDC_AUD?: (string | null)
/**
 * The GCP service account email address. (upstream default "")
 */
AUTH_CLOUDTASKS_OIDC_EMAIL?: (string | null)
/**
 * URL that handles deletion tasks. An external URL, of a service outside the cluster. The chart sets it from the server's own URL on the pod's loopback + /v1/cloud-tasks/accounts/delete unless given here. (upstream default "")
 */
AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL?: (string | null)
/**
 * The name of the queue. It should match the x-cloudtasks-queuename header value sent to the target. The chart sets it from "delete-accounts-queue" unless given here. (upstream default "delete-accounts-queue")
 */
AUTH_CLOUDTASKS_DEL_ACCT_QUEUENAME?: (string | null)
/**
 * URL that sends the email. An external URL, of a service outside the cluster. The chart sets it from the server's own URL on the pod's loopback + /v1/cloud-tasks/emails/notify-inactive unless given here. (upstream default "")
 */
AUTH_CLOUDTASKS_NOTIFICATION_EMAILS_TASK_URL?: (string | null)
/**
 * The name of the queue for the first email. It should match the x-cloudtasks-queuename header value sent to the target. The chart sets it from "inactives-first-email" unless given here. (upstream default "inactives-first-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_FIRST_EMAIL_QUEUENAME?: (string | null)
/**
 * The name of the queue for the second email. It should match the x-cloudtasks-queuename header value sent to the target. The chart sets it from "inactives-second-email" unless given here. (upstream default "inactives-second-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_SECOND_EMAIL_QUEUENAME?: (string | null)
/**
 * The name of the queue for the third email. It should match the x-cloudtasks-queuename header value sent to the target. The chart sets it from "inactives-third-email" unless given here. (upstream default "inactives-third-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_THIRD_EMAIL_QUEUENAME?: (string | null)
/**
 * The interval between the first and second email in milliseconds. (upstream default 4579200000)
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_FIRST_TO_SECOND_EMAIL_INTERVAL?: (number | null)
/**
 * The interval between the second and third email in milliseconds. (upstream default 518400000)
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_SECOND_TO_THIRD_EMAIL_INTERVAL?: (number | null)
/**
 * URL of the customs (abuse-checking) server; "none" turns the HTTP checks off. An internal URL, for calls inside the cluster. The chart sets it from "none" unless given here. (upstream default "http://localhost:7000")
 */
CUSTOMS_SERVER_URL?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * HMAC key used to derive the opaque session-token handles returned in place of raw sessionTokenIds on the attached-clients and sessions endpoints. A raw sessionTokenId is a bearer credential, so it must never be emitted. The chart sets it from global.secrets sessionTokenHandleKey unless given here.
 */
SESSION_TOKEN_HANDLE_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GCP Private key credential.
 */
FIRESTORE_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GCP Private key credential.
 */
AUTH_FIRESTORE_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * PubSub Verification Token for incoming Push Notifications.
 */
PUBSUB_VERIFICATION_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Apple auth client secret.
 */
APPLE_AUTH_CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Apple auth private key. The chart sets it from global.secrets appleAuthPrivateKey (while global.integrations.appleSignIn.enabled is set) unless given here.
 */
APPLE_AUTH_PRIVATE_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Google auth client secret. The chart sets it from global.secrets googleAuthClientSecret (while global.integrations.googleSignIn.enabled is set) unless given here.
 */
GOOGLE_AUTH_CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Google Maps Services API key.
 */
GOOGLE_MAPS_APIKEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * SMTP password. The chart sets it from global.secrets smtpPassword (while global.smtp.user is set) unless given here.
 */
SMTP_PASS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Secret for server-to-server bearer token auth for fxa-profile-server. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Authentication key to use when accessing SubHub server.
 */
SUBHUB_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Map of AppStore Connect credentials by app bundle ID.
 */
APP_STORE_CREDENTIALS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The private key of the service account to use for Play API calls.
 */
SUBSCRIPTIONS_PLAY_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Shared secret for authentication between backend subscription services. The chart sets it from global.secrets subscriptionsSharedSecret unless given here.
 */
SUBSCRIPTIONS_SHARED_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Stripe API key for direct Stripe integration. The chart sets it from global.secrets stripeApiKey (while global.integrations.subscriptions.enabled is set) unless given here.
 */
SUBHUB_STRIPE_APIKEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A shared secret to authenticate Stripe webhook requests. The chart sets it from global.secrets stripeWebhookSecret (while global.integrations.subscriptions.enabled is set) unless given here.
 */
STRIPE_WEBHOOK_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Shared secret for signing auth-to-oauth server JWT assertions. The chart sets it from global.secrets oauthServerSecretKey unless given here.
 */
OAUTH_SERVER_SECRET_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Comma-separated list of secret keys for verifying oauth-to-auth server JWTs. The chart sets it from global.secrets authServerSharedSecret unless given here.
 */
OAUTH_SERVER_SECRETS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Shared secret for signing oauth-to-auth server JWT assertions. The chart sets it from global.secrets authServerSharedSecret unless given here.
 */
AUTH_SERVER_SHARED_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Comma-separated list of secret keys for verifying server-to-server JWTs. The chart sets it from global.secrets oauthServerSecretKey unless given here.
 */
AUTH_SERVER_SECRETS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Sets oauthServer.mysql.password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
AUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
ACCESS_TOKEN_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
REFRESH_TOKEN_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
CUSTOMS_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
RATELIMIT_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
METRICS_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to Redis. The chart sets it from global.secrets redisPassword unless given here.
 */
AUTH_CACHE_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to Redis. The chart sets it from global.secrets redisPassword unless given here.
 */
RECOVERY_PHONE_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Private key JWK to sign various kinds of JWT tokens.
 */
FXA_OPENID_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Private key JWK that will be used to sign JWTs in the future.
 */
FXA_OPENID_NEWKEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Public key JWK that was used to sign JWTs in the past.
 */
FXA_OPENID_OLDKEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * salt used in HKDF for PPIDs.
 */
PPID_SALT?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * FlowId validation key, as used by content-server. The chart sets it from global.secrets flowIdKey unless given here.
 */
FLOW_ID_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A secret to hash IP addresses for security history events. The chart sets it from global.secrets ipHmacKey unless given here.
 */
IP_HMAC_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Zendesk Token for support interaction.
 */
ZENDESK_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Shared secret to access the support endpoint.
 */
SUPPORT_AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The secret used in the Authorization header for the webhook.
 */
CMS_WEBHOOK_CACHE_INVALIDATION_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GraphQL Content API key for Strapi to fetch RP-provided content. The chart sets it from global.secrets strapiApiKey (while global.integrations.cms.enabled is set) unless given here.
 */
STRAPI_CLIENT_API_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Strapi client webhook secret.
 */
STRAPI_CLIENT_WEBHOOK_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Static base64url salt supplied as the WebAuthn PRF eval input.
 */
PASSKEYS__PRF_SALT?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Twilio Testing Account Auth Token. Note must be used for tests leverage Twilio magic phone numbers. Required when credentialMode is test.
 */
RECOVERY_PHONE__TWILIO__TEST_AUTH_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Twilio Auth Token to access api. Note, using apiKey/apiSecret is preferred. Required when credentialMode is default. The chart sets it from global.secrets twilioAuthToken (while global.integrations.recoveryPhone.enabled is set) unless given here.
 */
RECOVERY_PHONE__TWILIO__AUTH_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * An api key used to access the twilio rest api. Required when credentialMode is apiKeys.
 */
RECOVERY_PHONE__TWILIO__API_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A secret used in conjunction with the apiKey to access the twilio rest api. Required when credentialMode is apiKeys.
 */
RECOVERY_PHONE__TWILIO__API_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A private key used for signing messages provided to twilio webhook calls.
 */
RECOVERY_PHONE__TWILIO__FXA_PRIVATE_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * API key to access the Identity API of Recorded Future.
 */
RECORDED_FUTURE__IDENTITY_API_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The secret used in the Authorization header for the webhook.
 */
CMS_L10N_STRAPI_WEBHOOK_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GitHub personal access token for creating PRs.
 */
CMS_L10N_GITHUB_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The secret key to sign tokens with. Do not share!
 */
MFA__JWT__KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
PUSHBOX_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * Periodic maintenance jobs
 */
cronJobs?: {
/**
 * Deletes tokens and codes older than 30 days (device sessions kept), trims accounts with over 1000 sessions, cleans orphaned sessions from Redis
 */
"prune-tokens"?: {
enabled?: boolean
/**
 * Cron schedule (five fields, or @daily and the like)
 */
schedule?: string
activeDeadlineSeconds?: number
}
/**
 * Deletes up to 10,000 expired OAuth authorization codes per run (older than 15 minutes)
 */
"prune-oauth-codes"?: {
enabled?: boolean
/**
 * Cron schedule (five fields, or @daily and the like)
 */
schedule?: string
activeDeadlineSeconds?: number
}
/**
 * Emails subscribers of plans longer than 28 days before a renewal charge (7 days ahead for monthly plans, 15 for yearly)
 */
"subscription-reminders"?: {
enabled?: boolean
/**
 * Cron schedule (five fields, or @daily and the like)
 */
schedule?: string
activeDeadlineSeconds?: number
}
}
/**
 * Helper containers in each of its pods
 */
sidecars?: {
/**
 * auth enqueues the second half of every account deletion in Cloud Tasks and fails the request when it cannot
 */
"cloud-tasks-emulator"?: {
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Container resources (empty: the preset)
 */
resources?: {

}
}
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaContentServerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Origins that are allowed to request the /metrics-flow endpoint. A public URL, handed to browsers. (upstream default ["null"])
 */
ALLOWED_METRICS_FLOW_ORIGINS?: ((string | number | boolean)[] | null)
/**
 * DEPRECATED - Origins that are allowed to embed FxA within an IFRAME. A public URL, handed to browsers. (upstream default [])
 */
ALLOWED_PARENT_ORIGINS?: ((string | number | boolean)[] | null)
/**
 * Disable amplitude events. (upstream default false)
 */
AMPLITUDE_DISABLED?: (boolean | null)
/**
 * Validate events against a JSON schema. (upstream default true)
 */
AMPLITUDE_SCHEMA_VALIDATION?: (boolean | null)
/**
 * Log raw Amplitude events. (upstream default false)
 */
AMPLITUDE_RAW_EVENTS?: (boolean | null)
/**
 * Maximum event offset. (upstream default "2 days")
 */
CLIENT_METRICS_MAX_EVENT_OFFSET?: (number | string | null)
/**
 * disable client metrics output to stderr. (upstream default false)
 */
DISABLE_CLIENT_METRICS_STDERR?: (boolean | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * Is the COPPA age check enabled? (upstream default true)
 */
COPPA_ENABLED?: (boolean | null)
/**
 * Send "Content-Security-Policy" header. The chart sets it from "true" unless given here. (upstream default false)
 */
CSP_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for full, blocking CSP rules. An external URL, of a service outside the cluster. (upstream default "/_/csp-violation")
 */
CSP_REPORT_URI?: (string | null)
/**
 * DEPRECATED - Only send the "Content-Security-Policy-Report-Only" header. (upstream default false)
 */
CSP_REPORT_ONLY?: (boolean | null)
/**
 * Send "Content-Security-Policy-Report-Only" header. (upstream default false)
 */
CSP_REPORT_ONLY_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for report-only CSP rules. An external URL, of a service outside the cluster. (upstream default "/_/csp-violation-report-only")
 */
CSP_REPORT_ONLY_URI?: (string | null)
/**
 * Default allowed img sources for CSP blocking. A public URL, handed to browsers. The chart sets it from the public origins of fxa-profile-static unless given here. (upstream default ["https://secure.gravatar.com","https://cdn.accounts.firefox.com"])
 */
CSP_ALLOWED_IMG_SOURCES?: ((string | number | boolean)[] | null)
/**
 * Send the "Integrity-Policy-WAICT-v1" header in report mode. (upstream default false)
 */
WAICT_ENABLED?: (boolean | null)
/**
 * URL path the WAICT integrity manifest is served from. (upstream default "/waict-manifest.json")
 */
WAICT_MANIFEST_PATH?: (string | null)
/**
 * Value of the WAICT header "max-age" directive, in seconds. (upstream default 0)
 */
WAICT_MAX_AGE?: (number | null)
/**
 * Fetch destinations the WAICT manifest is enforced against. (upstream default ["script"])
 */
WAICT_BLOCKED_DESTINATIONS?: ((string | number | boolean)[] | null)
/**
 * Location reports for WAICT violations are sent to. An external URL, of a service outside the cluster. (upstream default "/_/waict-violation")
 */
WAICT_REPORT_URI?: (string | null)
/**
 * Serve a canary script deliberately absent from the manifest to verify the reporting pipeline is live. (upstream default false)
 */
WAICT_CANARY_ENABLED?: (boolean | null)
/**
 * Disable route logging completely. Useful for trimming CI logs. (upstream default false)
 */
DISABLE_ROUTE_LOGGING?: (boolean | null)
/**
 * What environment are we running in? Note: all hosted environments are 'production'. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("production" | "development" | null)
/**
 * Enable feature flagging. (upstream default true)
 */
FEATURE_FLAGS_ENABLED?: (boolean | null)
/**
 * The refresh interval for feature-flagging. (upstream default "30 seconds")
 */
FEATURE_FLAGS_INTERVAL?: (number | string | null)
/**
 * Redis host name or IP address. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
FEATURE_FLAGS_REDIS_HOST?: (string | null)
/**
 * Initial backoff for feature-flagging Redis connection retries, increases exponentially with each attempt. (upstream default "100 milliseconds")
 */
FEATURE_FLAGS_REDIS_TIMEOUT?: (number | string | null)
/**
 * Maximum connection count for feature-flagging Redis pool. (upstream default 1)
 */
FEATURE_FLAGS_REDIS_MAX_CONNECTIONS?: (number | null)
/**
 * Maximum waiting client count for feature-flagging Redis pool. (upstream default 10)
 */
FEATURE_FLAGS_REDIS_MAX_PENDING?: (number | null)
/**
 * Minimum connection count for feature-flagging Redis pool. (upstream default 1)
 */
FEATURE_FLAGS_REDIS_MIN_CONNECTIONS?: (number | null)
/**
 * Redis port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
FEATURE_FLAGS_REDIS_PORT?: (number | null)
/**
 * Retry limit for feature-flagging Redis connection attempts. (upstream default 5)
 */
FEATURE_FLAGS_REDIS_RETRY_COUNT?: (number | null)
/**
 * Enables V2 key stretching. (upstream default true)
 */
FEATURE_FLAGS_KEY_STRETCH_V2?: (boolean | null)
/**
 * Enables setting up a recovery code after a Sync sign in. (upstream default false)
 */
FEATURE_FLAGS_RECOVERY_CODE_SETUP_ON_SYNC_SIGN_IN?: (boolean | null)
/**
 * Enables the locale toggle in the footer. (upstream default false)
 */
FEATURE_FLAGS_SHOW_LOCALE_TOGGLE?: (boolean | null)
/**
 * Enables Paid Subscriptions link in Account Settings to redirect to payments next. (upstream default false)
 */
FEATURE_FLAGS_PAYMENTS_NEXT_SUBSCRIPTION_MANAGEMENT?: (boolean | null)
/**
 * Primary switch for passkeys UI. Must be true for registration or authentication UI to activate. (upstream default false)
 */
FEATURE_FLAGS_PASSKEYS_ENABLED?: (boolean | null)
/**
 * Enables passkey registration and management UI. (upstream default false)
 */
FEATURE_FLAGS_PASSKEY_REGISTRATION_ENABLED?: (boolean | null)
/**
 * Enables passkey sign-in UI. (upstream default false)
 */
FEATURE_FLAGS_PASSKEY_AUTHENTICATION_ENABLED?: (boolean | null)
/**
 * Enables passwordless sync sign-in UI, where sync keys are recovered from a passkey instead of the password. (upstream default false)
 */
FEATURE_FLAGS_PASSKEY_PASSWORDLESS_SYNC_ENABLED?: (boolean | null)
/**
 * Enables auto-redirect to passwordless OTP signup for new accounts on allowed RPs. (upstream default false)
 */
PASSWORDLESS_SIGNUP_ENABLED?: (boolean | null)
/**
 * Maximum number of passkeys a single user account may register. Must stay in sync with auth-server PASSKEYS__MAX_PASSKEYS_PER_USER. (upstream default 10)
 */
PASSKEYS__MAX_PASSKEYS_PER_USER?: (number | null)
/**
 * Enables dark mode toggle. (upstream default false)
 */
DARK_MODE_ENABLED?: (boolean | null)
/**
 * Enables the CMS (Strapi) for frontend. Users are also required to be in a english locale to see the CMS content. The chart sets it from "true" while global.integrations.cms.enabled is on, else "false" unless given here. (upstream default false)
 */
CMS_ENABLED?: (boolean | null)
/**
 * Enables serving localization content of the CMS. (upstream default false)
 */
CMS_L10N_ENABLED?: (boolean | null)
/**
 * Enable users to visit the React version of "email first" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_EMAIL_FIRST_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of "simple" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_SIMPLE_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of routes requiring oauth. (upstream default false)
 */
REACT_CONVERSION_OAUTH_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of "signin" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_SIGNIN_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of "signup" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_SIGNUP_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of "pair" routes. (upstream default false)
 */
REACT_CONVERSION_PAIR_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of any other "post verify" routes. (upstream default false)
 */
REACT_CONVERSION_POST_VERIFY_OTHER_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of third party auth "post verify" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_POST_VERIFY_THIRD_PARTY_AUTH?: (boolean | null)
/**
 * Enable users to visit the React version of "post verify CAD via QR code" routes. (upstream default false)
 */
REACT_CONVERSION_POST_VERIFY_CAD_VIA_QR_ROUTES?: (boolean | null)
/**
 * Enable users to visit the React version of "web channel example" routes. (upstream default false)
 */
REACT_CONVERSION_WEB_CHANNEL_EXAMPLE_ROUTES?: (boolean | null)
/**
 * FXA-13863: Enable the throwaway deep-link pairing POC pages (poc_deep_link, poc_pair_init, poc_pair_start). (upstream default true)
 */
REACT_CONVERSION_POC_PAIRING_ROUTES?: (boolean | null)
/**
 * Enable users to visit the in-progress React "pair2" pairing rewrite routes. (upstream default false)
 */
REACT_CONVERSION_PAIR2_ROUTES?: (boolean | null)
/**
 * The type of messaging to show. Options are prelaunch, postlaunch, or none. (upstream default "none")
 */
BRAND_MESSAGING_MODE?: (string | null)
/**
 * Time after which flow ids are considered stale. (upstream default "2 hours")
 */
FLOW_ID_EXPIRY?: (number | string | null)
/**
 * Disable flow metrics output to stderr. (upstream default false)
 */
FLOW_METRICS_DISABLED?: (boolean | null)
/**
 * The url of the Firefox Account auth server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
FXA_URL?: (string | null)
/**
 * Enable Glean metrics logging. The chart sets it from "true" while global.integrations.glean.enabled is on, else "false" unless given here. (upstream default true)
 */
CONTENT_SERVER_GLEAN_ENABLED?: (boolean | null)
/**
 * The Glean application id. (upstream default "accounts_backend_dev")
 */
CONTENT_SERVER_GLEAN_APP_ID?: (string | null)
/**
 * The application channel, e.g. development, stage, production, etc. (upstream default "development")
 */
CONTENT_SERVER_GLEAN_APP_CHANNEL?: (string | null)
/**
 * Used to form the mozlog logger name. (upstream default "fxa-content")
 */
CONTENT_SERVER_GLEAN_LOGGER_APP_NAME?: (string | null)
/**
 * Sets glean.enabled. The chart sets it from "true" while global.integrations.glean.enabled is on, else "false" unless given here. (upstream default false)
 */
GLEAN_ENABLED?: (boolean | null)
/**
 * Sets glean.applicationId. The chart sets it from global.integrations.glean.applicationId while global.integrations.glean.enabled is on, else "" unless given here. (upstream default "accounts_frontend_dev")
 */
GLEAN_APPLICATION_ID?: (string | null)
/**
 * Sets glean.uploadEnabled. The chart sets it from "true" while global.integrations.glean.enabled is on, else "false" unless given here. (upstream default true)
 */
GLEAN_UPLOAD_ENABLED?: (boolean | null)
/**
 * Sets glean.appChannel. (upstream default "development")
 */
GLEAN_APP_CHANNEL?: (string | null)
/**
 * Sets glean.serverEndpoint. An external URL, of a service outside the cluster. The chart sets it from global.integrations.glean.serverEndpoint while global.integrations.glean.enabled is on, else "https://glean.invalid" unless given here. (upstream default "https://incoming.telemetry.mozilla.org")
 */
GLEAN_SERVER_ENDPOINT?: (string | null)
/**
 * log pings to the console. The chart sets it from "false" unless given here. (upstream default true)
 */
GLEAN_LOG_PINGS?: (boolean | null)
/**
 * the tag with which to log pings to The Glean Debug View (https://mozilla.github.io/glean/book/user/debugging/index.html#glean-debug-view). (upstream default "")
 */
GLEAN_DEBUG_VIEW_TAG?: (string | null)
/**
 * Sets googleAuthConfig.enabled. The chart sets it from "true" while global.integrations.googleSignIn.enabled is on, else "false" unless given here. (upstream default "true")
 */
GOOGLE_AUTH_ENABLED?: (string | null)
/**
 * Google auth client id. The chart sets it from global.integrations.googleSignIn.clientId while global.integrations.googleSignIn.enabled is on, else "" unless given here. (upstream default "218517873053-th4taguk9dvf03rrgk8sigon84oigf5l.apps.googleusercontent.com")
 */
GOOGLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Google auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "http://localhost:3030/post_verify/third_party_auth/callback")
 */
GOOGLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Google auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://accounts.google.com/o/oauth2/v2/auth")
 */
GOOGLE_AUTH_AUTHORIZATION_ENDPOINT?: (string | null)
/**
 * Sets appleAuthConfig.enabled. The chart sets it from "true" while global.integrations.appleSignIn.enabled is on, else "false" unless given here. (upstream default "true")
 */
APPLE_AUTH_ENABLED?: (string | null)
/**
 * Apple auth client id. The chart sets it from global.integrations.appleSignIn.clientId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default "com.mozilla.firefox.accounts.auth")
 */
APPLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Apple auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "https://localhost.dev:3030/post_verify/third_party_auth/callback")
 */
APPLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Apple auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://appleid.apple.com/auth/authorize")
 */
APPLE_AUTH_AUTHORIZATION_ENDPOINT?: (string | null)
/**
 * Path to maxmind database file. (upstream computes it: path.resolve(__dirname, '../../../fxa-geodb/db/cities-db.mmdb'))
 */
GEODB_DBPATH?: (string | null)
/**
 * Feature flag for geolocation. The chart sets it from "true" while global.integrations.geodb.enabled is on, else "false" unless given here. (upstream default true)
 */
GEODB_ENABLED?: (boolean | null)
/**
 * HTTP port for local dev. (upstream default 3080)
 */
HTTP_PORT?: (number | null)
/**
 * Enable alternative localized resources for Mozilla Online with private use subtag. (upstream default "")
 */
I18N_LOCALE_SUBDIR_SUFFIX?: ("" | "_x_mococn" | null)
/**
 * List of languages this deployment should detect and display localized strings. (upstream computes it: DEFAULT_SUPPORTED_LANGUAGES)
 */
I18N_SUPPORTED_LANGUAGES?: ((string | number | boolean)[] | null)
/**
 * The directory where per-locale .json files containing translations reside. (upstream computes it: path.resolve(__dirname, '../../app/i18n/'))
 */
I18N_TRANSLATION_DIR?: (string | null)
/**
 * The file format used for the translations. (upstream default "key-value-json")
 */
I18N_TRANSLATION_TYPE?: (string | null)
/**
 * Sets logging.level. The chart sets it from "info" unless given here. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Feature flag for communication preferences in settings. The chart sets it from "false" unless given here. (upstream default true)
 */
FXA_MARKETING_EMAIL_ENABLED?: (boolean | null)
/**
 * User facing URL where a user can manage their email preferences. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /settings unless given here. (upstream default "https://basket.allizom.org/fxa/")
 */
FXA_MARKETING_EMAIL_PREFERENCES_URL?: (string | null)
/**
 * The number of minutes before the OTP for MFA expires. (upstream default 5)
 */
FXA_MFA_OTP_EXPIRES_IN_MINUTES?: (number | null)
/**
 * Feature flag for MX record validation. (upstream default true)
 */
FXA_MX_RECORD_VALIDATION?: (boolean | null)
/**
 * List of domains that we will not perform MX record validation on. (upstream default [])
 */
FXA_MX_RECORD_EXCLUSIONS?: ((string | number | boolean)[] | null)
/**
 * URL of the GraphQL API the settings app calls. A public URL, handed to browsers. The chart sets it from the public URL of fxa-graphql-api unless given here. (upstream default "http://localhost:8290")
 */
FXA_GQL_URL?: (string | null)
/**
 * The client_id of the content server. The chart sets it from global.oauth.contentClientId unless given here. (upstream default "ea3ca969f8c6bb0d")
 */
FXA_OAUTH_CLIENT_ID?: (string | null)
/**
 * Mappings from client id to service name: { "id1": "name-1", "id2": "name-2" }. (upstream default {"dcdb5ae7add825d2":"123done","325b4083e32fe8e7":"321done"})
 */
OAUTH_CLIENT_IDS?: ({

} | unknown[] | null)
/**
 * The url of the Firefox Account OAuth server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
FXA_OAUTH_URL?: (string | null)
/**
 * Is prompt=none enabled globally? (upstream default true)
 */
OAUTH_PROMPT_NONE_ENABLED?: (boolean | null)
/**
 * client_ids for which prompt=none is enabled. (upstream default ["dcdb5ae7add825d2","7f368c6886429f19","32aaeb6f1c21316a"])
 */
OAUTH_PROMPT_NONE_ENABLED_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * client_ids for which feature flags in react are supported. (upstream default ["dcdb5ae7add825d2","7f368c6886429f19"])
 */
OAUTH_REACT_FEATURE_FLAGS_ENABLED_CLIENT_IDS?: ((string | number | boolean)[] | null)
/**
 * Timeout in milliseconds for each /v1/oauth/client/:id fetch attempt in fxa-settings. (upstream default 10000)
 */
OAUTH_CLIENT_INFO_TIMEOUT?: (number | null)
/**
 * Number of attempts (including the first) for the /v1/oauth/client/:id fetch in fxa-settings. (upstream default 4)
 */
OAUTH_CLIENT_INFO_RETRIES?: (number | null)
/**
 * Subdirectory of page_template_root for server-rendered page templates. The chart sets it from "dist" unless given here. (upstream default "dist")
 */
PAGE_TEMPLATE_SUBDIRECTORY?: ("src" | "dist" | null)
/**
 * Enables nimbus experiments. The chart sets it from "true" while global.integrations.nimbus.enabled is on, else "false" unless given here. (upstream default false)
 */
NIMBUS_ENABLED?: (boolean | null)
/**
 * Enables preview mode for nimbus experiments for development and testing. (upstream default false)
 */
NIMBUS_PREVIEW?: (boolean | null)
/**
 * Base URI for cirrus (Nimbus experimentation endpoint). An internal URL, for calls inside the cluster. The chart sets it from global.integrations.nimbus.cirrusHost while global.integrations.nimbus.enabled is on, else "" unless given here. (upstream default "http://localhost:8001")
 */
NIMBUS_CIRRUS_HOST?: (string | null)
/**
 * Amount of time in milliseconds to wait for a response from cirrus. (upstream default 400)
 */
NIMBUS_CIRRUS_TIMEOUT?: (number | null)
/**
 * Android package suffix (org.mozilla.<build>) the pairing deep link is pinned to. "fenix" targets pre-release builds. (upstream default "firefox")
 */
PAIRING_BROWSER_BUILD?: ("firefox" | "fenix" | null)
/**
 * URL scheme the iOS pairing deep link opens. Every Firefox iOS flavour registers "firefox", so name a build-specific scheme to reach a local build when a release install is also present. An external URL, of a service outside the cluster. (upstream default "firefox")
 */
PAIRING_IOS_URL_SCHEME?: ("firefox" | "fennec" | "firefox-beta" | "firefox-internal" | null)
/**
 * Whether a pairing QR scanned outside Firefox on iOS is handed off to the Firefox app. Disabled while Firefox iOS cannot finish a pairing it did not start, since the hand-off card is then only an extra step in front of /pair/unsupported. (upstream default false)
 */
PAIRING_IOS_HANDOFF?: (boolean | null)
/**
 * OAuth Client IDs that are allowed to pair. Remove all clients from this list to disable pairing. The chart sets it from unset while global.integrations.pairing.enabled is on, else "" unless given here. (upstream default ["3c49430b43dfba77","a2270f727f45f648","1b1a3e44c54fbb58"])
 */
PAIRING_CLIENTS?: ((string | number | boolean)[] | null)
/**
 * The url of the Pairing channel server. An external URL, of a service outside the cluster. The chart sets it from global.integrations.pairing.channelServerUrl while global.integrations.pairing.enabled is on, else "wss://channelserver.invalid" unless given here. (upstream default "wss://channelserver.services.mozilla.com")
 */
PAIRING_SERVER_BASE_URI?: (string | null)
/**
 * The pairing flow version to use. 1 is the legacy content-server flow, 2 is the React "pair2" rewrite. (upstream default 1)
 */
PAIRING_VERSION?: (number | null)
/**
 * App Store URL for Firefox iOS (used by the deep-link interstitial store fallback). An external URL, of a service outside the cluster. (upstream default "https://apps.apple.com/app/firefox-private-safe-browser/id989804926")
 */
MOBILE_STORE_LINK_IOS?: (string | null)
/**
 * Play Store URL for Firefox Android (used by the deep-link interstitial store fallback). An external URL, of a service outside the cluster. (upstream default "https://play.google.com/store/apps/details?id=org.mozilla.firefox")
 */
MOBILE_STORE_LINK_ANDROID?: (string | null)
/**
 * the url of the Payments-Next server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "http://localhost:3035")
 */
PAYMENTS_NEXT_HOSTED_URL?: (string | null)
/**
 * HTTPS port for local dev. The chart sets it from the container port unless given here. (upstream default 3030)
 */
PORT?: (number | null)
/**
 * The url of the Firefox Account Profile Image Server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-static unless given here. (upstream default "http://localhost:1112")
 */
FXA_PROFILE_IMAGES_URL?: (string | null)
/**
 * The url of the Firefox Account Profile Server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-server unless given here. (upstream default "http://localhost:1111")
 */
FXA_PROFILE_URL?: (string | null)
/**
 * The publically visible URL of the deployment. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
PUBLIC_URL?: (string | null)
/**
 * The default number of backup authentication codes to create. (upstream default 8)
 */
RECOVERY_CODE_COUNT?: (number | null)
/**
 * The default length of a backup authentication code. (upstream default 10)
 */
RECOVERY_CODE_LENGTH?: (number | null)
/**
 * Redirect port for HTTPS. (upstream default 80)
 */
REDIRECT_PORT?: (number | null)
/**
 * A comma separated list of hostname rules to let through on redirects. Rules support wildcards. - A postfix wildcard is not allowed, e.g. 'foo.*' is invalid. - Empty fragments are not allowed. This means things like 'foo. .bar', '..', '.' are all invalid. - Partial matching is allowed. So 'foo.b*.bar' would match 'foo.baz.bar'. - Note that for partial matching each segment is evaluated in isolation. This means that 'foo.b*.bar' would not allow 'foo.b.az.bar'. The chart sets it from the public host names of fxa-content-server, fxa-auth-server, fxa-profile-server, fxa-profile-static, fxa-graphql-api, fxa-payments-server unless given here. (upstream computes it: '*.mozilla.org,*.mozilla.com,*.mozaws.net,*.mozgcp.net,*.firefox.com,firefox.com,localhost'.split( ',' ))
 */
REDIRECT_CHECK_ALLOW_LIST?: (string | null)
/**
 * Enable Scoped Key OAuth features. (upstream default true)
 */
SCOPED_KEYS_ENABLED?: (boolean | null)
/**
 * Validates redirect uris for requested scopes. The chart sets it from "{\"https://identity.mozilla.com/apps/oldsync\":{\"redirectUris\":[" + "\"" + the public URL of fxa-content-server + /oauth/success/a2270f727f45f648 + "\"" + ",\"" + the public URL of fxa-content-server + /oauth/success/1b1a3e44c54fbb58 + "\"" + ",\"" + the public URL of fxa-content-server + /oauth/success/3c49430b43dfba77 + "\"" + ",\"urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel\",\"urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel\"]}}" unless given here. (upstream default {"https://identity.mozilla.com/apps/lockbox":{"redirectUris":["https://2aa95473a5115d5f3deb36bb6875cf76f05e4c4d.extensions.allizom.org/","https://mozilla-lockbox.github.io/fxa/ios-redirect.html","https://lockbox.firefox.com/fxa/ios-redirect.html","https://lockbox.firefox.com/fxa/android-redirect.html"]},"https://identity.mozilla.com/apps/notes":{"redirectUris":["https://dee85c67bd72f3de1f0a0fb62a8fe9b9b1a166d7.extensions.allizom.org/","https://mozilla.github.io/notes/fxa/android-redirect.html"]},"https://identity.mozilla.com/apps/oldsync":{"redirectUris":["https://lockbox.firefox.com/fxa/ios-redirect.html","https://lockbox.firefox.com/fxa/android-redirect.html","https://accounts.firefox.com/oauth/success/a2270f727f45f648","https://accounts.firefox.com/oauth/success/3c49430b43dfba77","https://accounts.firefox.com/oauth/success/85da77264642d6a1","https://accounts.firefox.com/oauth/success/1b1a3e44c54fbb58","urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel","urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel"]},"https://identity.mozilla.com/apps/send":{"redirectUris":["https://send.firefox.com/oauth","https://send.firefox.com/fxa/android-redirect.html","https://send2.dev.lcip.org/oauth"]},"https://identity.mozilla.com/apps/123done":{"redirectUris":["http://localhost:8080/api/oauth","https://stage-123done.herokuapp.com/api/oauth"]},"https://identity.thunderbird.net/apps/sync":{"redirectUris":["urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel","net.thunderbird.android://mozilla-accounts-redirect","net.thunderbird.android.beta://mozilla-accounts-redirect","net.thunderbird.android.daily://mozilla-accounts-redirect","net.thunderbird.android.debug://mozilla-accounts-redirect"]}})
 */
SCOPED_KEYS_VALIDATION?: ({

} | unknown[] | null)
/**
 * Sentry config for reporting errors. If not set, then no errors reported. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Sentry config for client side errors. If not set, then no errors reported. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * For users in a non-2FA non-Sync unverified session state going through an RP redirect flow, we skip 1) redirecting the user to enter emailed code verification page, and we skip 2) sending that email verification. Services in this list will NOT skip the redirect or email, and are blocked in the BE from completing the oauth flow by hitting our API directly in this state. Auth-server has this config as well. (upstream default ["32aaeb6f1c21316a"])
 */
SERVICES_WITH_EMAIL_VERIFICATION?: ((string | number | boolean)[] | null)
/**
 * Type of source maps created. See https://webpack.js.org/configuration/devtool/. (upstream default "source-map")
 */
SOURCE_MAP_TYPE?: (string | null)
/**
 * Tells webpack how to optimize build. See https://webpack.js.org/configuration/mode/. (unset (upstream has no default))
 */
WEBPACK_MODE_OVERRIDE?: (string | null)
/**
 * The rollout rate for key stretching changes. Valid values are from 0 to 1.0. (upstream default 0)
 */
ROLLOUT_KEY_STRETCH_V2?: (number | null)
/**
 * The rollout rate for the generalized react app experiment. Valid values are from 0 to 1.0. Applies to react route groups that are enabled but not set to fullProdRollout. (upstream default 0)
 */
ROLLOUT_GENERALIZED_REACT_APP?: (number | null)
/**
 * Enable StatsD. The chart sets it from "true" while global.statsd.enabled is on, else "false" unless given here. (upstream default false)
 */
METRIC_ENABLED?: (boolean | null)
/**
 * Sampling rate for StatsD. (upstream default 1)
 */
METRIC_SAMPLE_RATE?: (number | null)
/**
 * StatsD message buffer size in number of characters. (upstream default 500)
 */
METRIC_BUFFER_SIZE?: (number | null)
/**
 * StatsD host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "localhost")
 */
METRIC_HOST?: (string | null)
/**
 * Port number of StatsD server. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
METRIC_PORT?: (number | null)
/**
 * StatsD metrics name prefix for content server. The chart sets it from "fxa-content." unless given here. (upstream default "fxa-content.")
 */
METRIC_PREFIX?: (string | null)
/**
 * Indicates if settings requests should proxy to fxa-settings. This should only be true for local development. (upstream default false)
 */
PROXY_SETTINGS?: (boolean | null)
/**
 * Directory that static files are served from. The chart sets it from "dist" unless given here. (upstream default "dist")
 */
STATIC_DIRECTORY?: (string | null)
/**
 * Directory in fxa-settings build folder that contains the target output. (upstream default "prod")
 */
STATIC_SETTINGS_DIRECTORY?: ("dev" | "stage" | "prod" | null)
/**
 * Cache max age for static assets, in ms. (upstream default "10 minutes")
 */
STATIC_MAX_AGE?: (number | string | null)
/**
 * The origin of the static resources. A public URL, handed to browsers. (unset (upstream has no default))
 */
STATIC_RESOURCE_URL?: (string | null)
/**
 * Indicates whether subscriptions APIs are enabled. The chart sets it from "true" while global.integrations.subscriptions.enabled is on, else "false" unless given here. (upstream default false)
 */
SUBSCRIPTIONS_ENABLED?: (boolean | null)
/**
 * OAuth client ID for subscriptions management pages. (upstream default "59cceb6f8c32317c")
 */
SUBSCRIPTIONS_MANAGEMENT_CLIENT_ID?: (string | null)
/**
 * OAuth scopes needed for the subscription management pages to access auth server APIs. (upstream computes it: `profile ${OAUTH_SCOPE_SUBSCRIPTIONS}`)
 */
SUBSCRIPTIONS_MANAGEMENT_SCOPES?: (string | null)
/**
 * OAuth token time-to-live (in seconds) for subscriptions management pages. (upstream default 1800)
 */
SUBSCRIPTIONS_MANAGEMENT_TOKEN_TTL?: (number | null)
/**
 * The publicly visible URL of the subscription management server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "http://localhost:3031")
 */
SUBSCRIPTIONS_MANAGEMENT_URL?: (string | null)
/**
 * Whether to allow any redirects to Payments for an unauthenticated user. (upstream default true)
 */
SUBSCRIPTIONS_UNAUTHED_REDIRECTS?: (boolean | null)
/**
 * Feature flag on whether to expect Firestore (and not Stripe metadata) based product and plan configurations. (upstream default false)
 */
SUBSCRIPTIONS_FIRESTORE_CONFIGS_ENABLED?: (boolean | null)
/**
 * The url of the Firefox Sync tokenserver. A public URL, handed to browsers. The chart sets it from the public URL of syncstorage unless given here. (upstream default "http://localhost:8000/token")
 */
SYNC_TOKENSERVER_URL?: (string | null)
/**
 * The path where deployment specific resources will be sought (keys, etc), and logs will be kept. (upstream computes it: path.resolve(__dirname, '..', 'var'))
 */
VAR_PATH?: (string | null)
/**
 * The path (or url) where ftl files are held. An external URL, of a service outside the cluster. (upstream default "/settings/static")
 */
L10N_BASE_URL?: (string | null)
/**
 * Enable users to visit the React version of "reset_password" routes. The chart sets it from "true" unless given here. (upstream default false)
 */
REACT_CONVERSION_RESET_PASSWORD_ROUTES?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Redis password. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * HMAC key used to verify flow event data. The chart sets it from global.secrets flowIdKey unless given here.
 */
FLOW_ID_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaProfileServerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * URL of fxa-auth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * Timeout in milliseconds for requests to fxa-auth-server. (upstream default "5 seconds")
 */
AUTH_SERVER_TIMEOUT_MS?: (number | string | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. (upstream default ["*"])
 */
CORS_ORIGIN?: ((string | number | boolean)[] | null)
/**
 * Sets db.driver. The chart sets it from "mysql" unless given here. (upstream default "memory")
 */
DB?: ("mysql" | "memory" | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Whether or not config.events has to be properly set in production. The chart sets it from "false" unless given here. (upstream default true)
 */
EVENTS_ENABLED?: (boolean | null)
/**
 * AWS Region of fxa account events. (upstream default "")
 */
EVENTS_REGION?: (string | null)
/**
 * SQS queue url for fxa account events. An external URL, of a service outside the cluster. (upstream default "")
 */
EVENTS_QUEUE_URL?: (string | null)
/**
 * Sets img.driver. The chart sets it from "local" unless given here. (upstream default "aws")
 */
IMG?: ("local" | "aws" | null)
/**
 * Patterns to match a URL to ensure we only accept certain URLs. The chart sets it from a pattern matching the public URL of fxa-profile-static + /a/ unless given here. (upstream default "^http://localhost:1112/a/[0-9a-f]{32}$")
 */
IMG_PROVIDERS_FXA?: (string | null)
/**
 * Number of seconds in Cache-Control: max-age=seconds header. (upstream default "31536000")
 */
IMG_UPLOADS_CACHE_CONTROL_SECONDS?: (string | null)
/**
 * Path or bucket name for images to be served publicly. The chart sets it from "/fxa-helm/avatars" unless given here. (upstream default "BUCKET_NAME")
 */
IMG_UPLOADS_DEST_PUBLIC?: (string | null)
/**
 * The AWS region of the image S3 bucket. (upstream default "us-east-1")
 */
IMG_UPLOADS_DEST_REGION?: (string | null)
/**
 * Maximum bytes allow for uploads. (upstream default 2097152)
 */
IMG_UPLOADS_DEST_MAX_SIZE?: (number | null)
/**
 * max child processes for compute-cluster. (upstream computes it: Math.ceil(require('os').cpus().length * 1.25))
 */
IMG_COMPUTE_MAX_PROCESSES?: (string | null)
/**
 * Pattern to generate FxA avatar URLs. {id} will be replaced. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-static + /a/{id} unless given here. (upstream default "http://localhost:1112/a/{id}")
 */
IMG_URL?: (string | null)
/**
 * Default avatar id. (upstream default "00000000000000000000000000000000")
 */
DEFAULT_AVATAR_ID?: (string | null)
/**
 * Sets logging.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Sets logging.debug. (upstream default false)
 */
LOG_DEBUG?: (boolean | null)
/**
 * Sets mysql.createSchema. (upstream default true)
 */
CREATE_MYSQL_SCHEMA?: (boolean | null)
/**
 * Sets mysql.user. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
MYSQL_USERNAME?: (string | null)
/**
 * Sets mysql.database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
MYSQL_DATABASE?: (string | null)
/**
 * Sets mysql.host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
MYSQL_HOST?: (string | null)
/**
 * Sets mysql.port. The chart sets it from global.mysql.port unless given here. (upstream default "3306")
 */
MYSQL_PORT?: (string | null)
/**
 * Sets mysql.connectionLimit. (upstream default 10)
 */
MYSQL_CONNECTION_LIMIT?: (number | null)
/**
 * Sets mysql.queueLimit. (upstream default 0)
 */
MYSQL_QUEUE_LIMIT?: (number | null)
/**
 * URL of fxa-oauth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
OAUTH_SERVER_URL?: (string | null)
/**
 * Sets publicUrl. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-server unless given here. (upstream default "http://localhost:1111")
 */
PUBLIC_URL?: (string | null)
/**
 * Sets server.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
HOST?: (string | null)
/**
 * Sets server.port. The chart sets it from the container port unless given here. (upstream default 1111)
 */
PORT?: (number | null)
/**
 * Sets worker.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
WORKER_HOST?: (string | null)
/**
 * Sets worker.port. (upstream default 1113)
 */
WORKER_PORT?: (number | null)
/**
 * Sets worker.url. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-worker unless given here. (upstream default "http://localhost:1113")
 */
WORKER_URL?: (string | null)
/**
 * HTTP headers to not pass through to the worker requests (in lower case). (upstream default ["host"])
 */
WORKER_HEADERS_EXCLUDE?: ((string | number | boolean)[] | null)
/**
 * The region where the queues live. (upstream default "")
 */
AUTH_SERVER_MESSAGING_REGION?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
PROFILE_UPDATES_QUEUE_URL?: (string | null)
/**
 * Url for redis host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REDIS_HOST?: (string | null)
/**
 * which redis key prefix to use for hapi server cache. (upstream default "fxa-profile")
 */
REDIS_KEY_PREFIX?: (string | null)
/**
 * port for redis server. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REDIS_PORT?: (number | null)
/**
 * Enable redis cache. (upstream default true)
 */
USE_REDIS?: (boolean | null)
/**
 * how long before cached resources expire. (upstream default "1 hour")
 */
CACHE_EXPIRES_IN?: (number | string | null)
/**
 * how long catbox will wait for a value from db to cache before timing out. (upstream default "11 seconds")
 */
CACHE_GENERATE_TIMEOUT?: (number | string | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-profile-server")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry errors are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 10)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Allows traces to reported to sentry. Note that sentry must be initialized separately and first!. The chart sets it from unset while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default true)
 */
TRACING_SENTRY_EXPORTER_ENABLED?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Sets mysql.password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Redis password. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Secret for server-to-server bearer token auth. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaProfileStaticValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * URL of fxa-auth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * Timeout in milliseconds for requests to fxa-auth-server. (upstream default "5 seconds")
 */
AUTH_SERVER_TIMEOUT_MS?: (number | string | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. (upstream default ["*"])
 */
CORS_ORIGIN?: ((string | number | boolean)[] | null)
/**
 * Sets db.driver. The chart sets it from "mysql" unless given here. (upstream default "memory")
 */
DB?: ("mysql" | "memory" | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Whether or not config.events has to be properly set in production. (upstream default true)
 */
EVENTS_ENABLED?: (boolean | null)
/**
 * AWS Region of fxa account events. (upstream default "")
 */
EVENTS_REGION?: (string | null)
/**
 * SQS queue url for fxa account events. An external URL, of a service outside the cluster. (upstream default "")
 */
EVENTS_QUEUE_URL?: (string | null)
/**
 * Sets img.driver. The chart sets it from "local" unless given here. (upstream default "aws")
 */
IMG?: ("local" | "aws" | null)
/**
 * Patterns to match a URL to ensure we only accept certain URLs. The chart sets it from a pattern matching the public URL of fxa-profile-static + /a/ unless given here. (upstream default "^http://localhost:1112/a/[0-9a-f]{32}$")
 */
IMG_PROVIDERS_FXA?: (string | null)
/**
 * Number of seconds in Cache-Control: max-age=seconds header. (upstream default "31536000")
 */
IMG_UPLOADS_CACHE_CONTROL_SECONDS?: (string | null)
/**
 * Path or bucket name for images to be served publicly. The chart sets it from "/fxa-helm/avatars" unless given here. (upstream default "BUCKET_NAME")
 */
IMG_UPLOADS_DEST_PUBLIC?: (string | null)
/**
 * The AWS region of the image S3 bucket. (upstream default "us-east-1")
 */
IMG_UPLOADS_DEST_REGION?: (string | null)
/**
 * Maximum bytes allow for uploads. (upstream default 2097152)
 */
IMG_UPLOADS_DEST_MAX_SIZE?: (number | null)
/**
 * max child processes for compute-cluster. (upstream computes it: Math.ceil(require('os').cpus().length * 1.25))
 */
IMG_COMPUTE_MAX_PROCESSES?: (string | null)
/**
 * Pattern to generate FxA avatar URLs. {id} will be replaced. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-static + /a/{id} unless given here. (upstream default "http://localhost:1112/a/{id}")
 */
IMG_URL?: (string | null)
/**
 * Default avatar id. (upstream default "00000000000000000000000000000000")
 */
DEFAULT_AVATAR_ID?: (string | null)
/**
 * Sets logging.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Sets logging.debug. (upstream default false)
 */
LOG_DEBUG?: (boolean | null)
/**
 * Sets mysql.createSchema. (upstream default true)
 */
CREATE_MYSQL_SCHEMA?: (boolean | null)
/**
 * Sets mysql.user. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
MYSQL_USERNAME?: (string | null)
/**
 * Sets mysql.database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
MYSQL_DATABASE?: (string | null)
/**
 * Sets mysql.host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
MYSQL_HOST?: (string | null)
/**
 * Sets mysql.port. The chart sets it from global.mysql.port unless given here. (upstream default "3306")
 */
MYSQL_PORT?: (string | null)
/**
 * Sets mysql.connectionLimit. (upstream default 10)
 */
MYSQL_CONNECTION_LIMIT?: (number | null)
/**
 * Sets mysql.queueLimit. (upstream default 0)
 */
MYSQL_QUEUE_LIMIT?: (number | null)
/**
 * URL of fxa-oauth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
OAUTH_SERVER_URL?: (string | null)
/**
 * Sets publicUrl. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-server unless given here. (upstream default "http://localhost:1111")
 */
PUBLIC_URL?: (string | null)
/**
 * Sets server.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
HOST?: (string | null)
/**
 * Sets server.port. The chart sets it from "1111" unless given here. (upstream default 1111)
 */
PORT?: (number | null)
/**
 * Sets worker.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
WORKER_HOST?: (string | null)
/**
 * Sets worker.port. (upstream default 1113)
 */
WORKER_PORT?: (number | null)
/**
 * Sets worker.url. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-worker unless given here. (upstream default "http://localhost:1113")
 */
WORKER_URL?: (string | null)
/**
 * HTTP headers to not pass through to the worker requests (in lower case). (upstream default ["host"])
 */
WORKER_HEADERS_EXCLUDE?: ((string | number | boolean)[] | null)
/**
 * The region where the queues live. (upstream default "")
 */
AUTH_SERVER_MESSAGING_REGION?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
PROFILE_UPDATES_QUEUE_URL?: (string | null)
/**
 * Url for redis host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REDIS_HOST?: (string | null)
/**
 * which redis key prefix to use for hapi server cache. (upstream default "fxa-profile")
 */
REDIS_KEY_PREFIX?: (string | null)
/**
 * port for redis server. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REDIS_PORT?: (number | null)
/**
 * Enable redis cache. (upstream default true)
 */
USE_REDIS?: (boolean | null)
/**
 * how long before cached resources expire. (upstream default "1 hour")
 */
CACHE_EXPIRES_IN?: (number | string | null)
/**
 * how long catbox will wait for a value from db to cache before timing out. (upstream default "11 seconds")
 */
CACHE_GENERATE_TIMEOUT?: (number | string | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-profile-server")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry errors are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 10)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Allows traces to reported to sentry. Note that sentry must be initialized separately and first!. The chart sets it from unset while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default true)
 */
TRACING_SENTRY_EXPORTER_ENABLED?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Sets mysql.password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Redis password. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Secret for server-to-server bearer token auth. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaProfileWorkerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * URL of fxa-auth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * Timeout in milliseconds for requests to fxa-auth-server. (upstream default "5 seconds")
 */
AUTH_SERVER_TIMEOUT_MS?: (number | string | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. (upstream default ["*"])
 */
CORS_ORIGIN?: ((string | number | boolean)[] | null)
/**
 * Sets db.driver. The chart sets it from "mysql" unless given here. (upstream default "memory")
 */
DB?: ("mysql" | "memory" | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Whether or not config.events has to be properly set in production. (upstream default true)
 */
EVENTS_ENABLED?: (boolean | null)
/**
 * AWS Region of fxa account events. (upstream default "")
 */
EVENTS_REGION?: (string | null)
/**
 * SQS queue url for fxa account events. An external URL, of a service outside the cluster. (upstream default "")
 */
EVENTS_QUEUE_URL?: (string | null)
/**
 * Sets img.driver. The chart sets it from "local" unless given here. (upstream default "aws")
 */
IMG?: ("local" | "aws" | null)
/**
 * Patterns to match a URL to ensure we only accept certain URLs. The chart sets it from a pattern matching the public URL of fxa-profile-static + /a/ unless given here. (upstream default "^http://localhost:1112/a/[0-9a-f]{32}$")
 */
IMG_PROVIDERS_FXA?: (string | null)
/**
 * Number of seconds in Cache-Control: max-age=seconds header. (upstream default "31536000")
 */
IMG_UPLOADS_CACHE_CONTROL_SECONDS?: (string | null)
/**
 * Path or bucket name for images to be served publicly. The chart sets it from "/fxa-helm/avatars" unless given here. (upstream default "BUCKET_NAME")
 */
IMG_UPLOADS_DEST_PUBLIC?: (string | null)
/**
 * The AWS region of the image S3 bucket. (upstream default "us-east-1")
 */
IMG_UPLOADS_DEST_REGION?: (string | null)
/**
 * Maximum bytes allow for uploads. (upstream default 2097152)
 */
IMG_UPLOADS_DEST_MAX_SIZE?: (number | null)
/**
 * max child processes for compute-cluster. (upstream computes it: Math.ceil(require('os').cpus().length * 1.25))
 */
IMG_COMPUTE_MAX_PROCESSES?: (string | null)
/**
 * Pattern to generate FxA avatar URLs. {id} will be replaced. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-static + /a/{id} unless given here. (upstream default "http://localhost:1112/a/{id}")
 */
IMG_URL?: (string | null)
/**
 * Default avatar id. (upstream default "00000000000000000000000000000000")
 */
DEFAULT_AVATAR_ID?: (string | null)
/**
 * Sets logging.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Sets logging.debug. (upstream default false)
 */
LOG_DEBUG?: (boolean | null)
/**
 * Sets mysql.createSchema. (upstream default true)
 */
CREATE_MYSQL_SCHEMA?: (boolean | null)
/**
 * Sets mysql.user. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
MYSQL_USERNAME?: (string | null)
/**
 * Sets mysql.database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
MYSQL_DATABASE?: (string | null)
/**
 * Sets mysql.host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
MYSQL_HOST?: (string | null)
/**
 * Sets mysql.port. The chart sets it from global.mysql.port unless given here. (upstream default "3306")
 */
MYSQL_PORT?: (string | null)
/**
 * Sets mysql.connectionLimit. (upstream default 10)
 */
MYSQL_CONNECTION_LIMIT?: (number | null)
/**
 * Sets mysql.queueLimit. (upstream default 0)
 */
MYSQL_QUEUE_LIMIT?: (number | null)
/**
 * URL of fxa-oauth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
OAUTH_SERVER_URL?: (string | null)
/**
 * Sets publicUrl. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-server unless given here. (upstream default "http://localhost:1111")
 */
PUBLIC_URL?: (string | null)
/**
 * Sets server.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
HOST?: (string | null)
/**
 * Sets server.port. (upstream default 1111)
 */
PORT?: (number | null)
/**
 * Sets worker.host. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
WORKER_HOST?: (string | null)
/**
 * Sets worker.port. The chart sets it from the container port unless given here. (upstream default 1113)
 */
WORKER_PORT?: (number | null)
/**
 * Sets worker.url. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-worker unless given here. (upstream default "http://localhost:1113")
 */
WORKER_URL?: (string | null)
/**
 * HTTP headers to not pass through to the worker requests (in lower case). (upstream default ["host"])
 */
WORKER_HEADERS_EXCLUDE?: ((string | number | boolean)[] | null)
/**
 * The region where the queues live. (upstream default "")
 */
AUTH_SERVER_MESSAGING_REGION?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
PROFILE_UPDATES_QUEUE_URL?: (string | null)
/**
 * Url for redis host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REDIS_HOST?: (string | null)
/**
 * which redis key prefix to use for hapi server cache. (upstream default "fxa-profile")
 */
REDIS_KEY_PREFIX?: (string | null)
/**
 * port for redis server. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REDIS_PORT?: (number | null)
/**
 * Enable redis cache. (upstream default true)
 */
USE_REDIS?: (boolean | null)
/**
 * how long before cached resources expire. (upstream default "1 hour")
 */
CACHE_EXPIRES_IN?: (number | string | null)
/**
 * how long catbox will wait for a value from db to cache before timing out. (upstream default "11 seconds")
 */
CACHE_GENERATE_TIMEOUT?: (number | string | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-profile-server")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry errors are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 10)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Allows traces to reported to sentry. Note that sentry must be initialized separately and first!. The chart sets it from unset while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default true)
 */
TRACING_SENTRY_EXPORTER_ENABLED?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Sets mysql.password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Redis password. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Secret for server-to-server bearer token auth. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaGraphqlApiValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * A list of json files holding sanctioned gql queries. (upstream default ["src/config/gql/allowlist/fxa-settings.json","src/config/gql/allowlist/gql-playground.json"])
 */
GQL_ALLOWLIST?: ((string | number | boolean)[] | null)
/**
 * Toggles whether or not gql queries are checked against the allowlist. (upstream default true)
 */
GQL_ALLOWLIST_ENABLED?: (boolean | null)
/**
 * URL of fxa-auth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. The chart sets it from the public origins of fxa-content-server unless given here. (upstream default ["http://accounts.firefox.com/"])
 */
CORS_ORIGIN?: ((string | number | boolean)[] | null)
/**
 * fraud / abuse server url; set to the string 'none' to disable. An internal URL, for calls inside the cluster. The chart sets it from "none" unless given here. (upstream default "http://localhost:7000")
 */
CUSTOMS_SERVER_URL?: (string | null)
/**
 * Settings server url. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
SETTINGS_SERVER_URL?: (string | null)
/**
 * Where legal docs reside. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-content-server + /settings/legal-docs unless given here. (upstream default "http://localhost:3030/settings/legal-docs")
 */
SETTINGS_LEGAL_DOCS_URL?: (string | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Sets log.fmt. (upstream default "heka")
 */
LOGGING_FORMAT?: ("heka" | "pretty" | null)
/**
 * Sets log.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Enable route logging. Set to false to trimming CI logs. (upstream default true)
 */
ENABLE_ROUTE_LOGGING?: (boolean | null)
/**
 * Maximum bytes allow for uploads. (upstream default 2097152)
 */
IMG_UPLOADS_DEST_MAX_SIZE?: (number | null)
/**
 * Metrics host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "")
 */
METRIC_HOST?: (string | null)
/**
 * Metric port to report to. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
METRIC_PORT?: (number | null)
/**
 * Metric prefix for statsD. (upstream default "fxa-graphql-api.")
 */
METRIC_PREFIX?: (string | null)
/**
 * Whether to use telegraf formatted metrics. (upstream default true)
 */
METRIC_USE_TELEGRAF?: (boolean | null)
/**
 * Sampling rate for StatsD. (upstream default 1)
 */
METRIC_SAMPLE_RATE?: (number | null)
/**
 * OAuth client id to identify with to the profile-server. (upstream default "98e6508e88680e1a")
 */
OAUTH_CLIENT_ID?: (string | null)
/**
 * URL of fxa-profile-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-server + /v1 unless given here. (upstream default "http://localhost:1111/v1")
 */
PROFILE_SERVER_URL?: (string | null)
/**
 * Sets redis.accessTokens.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
ACCESS_TOKEN_REDIS_HOST?: (string | null)
/**
 * Sets redis.accessTokens.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
ACCESS_TOKEN_REDIS_PORT?: (number | null)
/**
 * Key prefix for access tokens in Redis. (upstream default "at:")
 */
ACCESS_TOKEN_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for customs server rate limiting. (upstream default true)
 */
RATELIMIT_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.ratelimit.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
RATELIMIT_REDIS_HOST?: (string | null)
/**
 * Sets redis.ratelimit.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
RATELIMIT_REDIS_PORT?: (number | null)
/**
 * Key prefix for custom server records in Redis. (upstream default "ratelimit:")
 */
RATELIMIT_REDIS_KEY_PREFIX?: (string | null)
/**
 * Default port to listen on. The chart sets it from the container port unless given here. (upstream default 8290)
 */
PORT?: (number | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Rate at which errors are sampled. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-graphql-api")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * Send a Strict-Transport-Security header. (upstream default true)
 */
HSTS_ENABLED?: (boolean | null)
/**
 * Amazon SNS topic on which to send account event notifications. Set to "disabled" to turn off the notifier. The chart sets it from global.integrations.accountEvents.snsTopicArn while global.integrations.accountEvents.enabled is on, else "disabled" unless given here. (upstream default "")
 */
SNS_TOPIC_ARN?: (string | null)
/**
 * Amazon SNS topic endpoint. An external URL, of a service outside the cluster. The chart sets it from unset while global.integrations.accountEvents.enabled is on, else "disabled" unless given here. (unset (upstream has no default))
 */
SNS_TOPIC_ENDPOINT?: (string | null)
/**
 * Set of dig lookups to run to determine IP filters. (upstream default ["all.knownips.circleci.com"])
 */
RATE_LIMIT__IGNORE_IPS_BY_DNS?: ((string | number | boolean)[] | null)
/**
 * Sets rateLimit.rules. (upstream default ["#  action              | blockOn  | maxAttempts  | windowDuration | banDuration ","   unblockEmail        : email    : 10            : 24 hours      : 24 hours    ","   updateDisplayName   : ip       : 60            : 15 minutes    : 15 minutes  "])
 */
RATE_LIMIT__RULES?: ((string | number | boolean)[] | null)
/**
 * Sets l10n.defaultLanguage. (upstream default "en")
 */
L10N__DEFAULT_LANGUAGE?: (string | null)
/**
 * Sets l10n.supportedLanguages. (upstream default ["en","fr"])
 */
L10N__SUPPORTED_LANGUAGES?: ((string | number | boolean)[] | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.fxa unless given here. (upstream default "fxa")
 */
AUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
AUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
AUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
AUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
AUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
AUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
PROFILE_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
PROFILE_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
PROFILE_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
PROFILE_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
PROFILE_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
PROFILE_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.oauth unless given here. (upstream default "fxa_oauth")
 */
OAUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
OAUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
OAUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
OAUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
OAUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
OAUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 10)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Allows traces to reported to sentry. Note that sentry must be initialized separately and first!. The chart sets it from unset while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default true)
 */
TRACING_SENTRY_EXPORTER_ENABLED?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Secret for server-to-server bearer token auth for fxa-profile-server. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
ACCESS_TOKEN_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
RATELIMIT_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
AUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
PROFILE_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
OAUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaEventBrokerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * The FxA Auth server /oauth/subscriptions/clients url. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1/oauth/subscriptions/clients unless given here. (upstream default "")
 */
CAPABILITY_URL?: (string | null)
/**
 * Refresh interval in seconds for fetching capability updates. (upstream computes it: FIVE_MINUTES)
 */
CAPABILITY_REFRESH_INTERVAL?: (number | null)
/**
 * Whether to fail to start if capabilties are not available from the auth server. The chart sets it from "true" while global.integrations.subscriptions.enabled is on, else "false" unless given here. (upstream default true)
 */
CAPABILITY_FAIL_ON_START?: (boolean | null)
/**
 * Object of clientId:webhookUrl mappings for in-memory database for dev server. An external URL, of a service outside the cluster. (upstream default {})
 */
CLIENT_WEBHOOK_URLS?: ({

} | unknown[] | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Whether the queue worker should be disabled. Disable for scripts. (upstream default false)
 */
DISABLE_QUEUE_WORKER?: (boolean | null)
/**
 * GCP Client key credential. (upstream default "test@localtest.com")
 */
FIRESTORE_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Whether to use firestore. (upstream default true)
 */
FIRESTORE_ENABLED?: (boolean | null)
/**
 * Path to GCP key file. (upstream computes it: path.resolve( __dirname, '../../fxa-auth-server/config/secret-key.json' ))
 */
FIRESTORE_KEY_FILE?: (string | null)
/**
 * Firestore collection prefix. (upstream default "fxa-eb-")
 */
FIRESTORE_COLLECTION_PREFIX?: (string | null)
/**
 * GCP Project id. (upstream default "")
 */
FIRESTORE_PROJECT_ID?: (string | null)
/**
 * Sets log.app. (upstream default "fxa-event-broker")
 */
LOG_APP_NAME?: (string | null)
/**
 * Sets log.fmt. (upstream default "heka")
 */
LOG_FORMAT?: ("heka" | "pretty" | null)
/**
 * Sets log.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Metrics host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "localhost")
 */
METRIC_HOST?: (string | null)
/**
 * Metric port to report to. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
METRIC_PORT?: (number | null)
/**
 * Metric prefix for statsD. The chart sets it from "fxa-event-broker." unless given here. (upstream default "fxa-event-broker.")
 */
METRIC_PREFIX?: (string | null)
/**
 * Whether to use telegraf formatted metrics. The chart sets it from "true" unless given here. (upstream default true)
 */
METRIC_USE_TELEGRAF?: (boolean | null)
/**
 * OpenID Issuer. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "")
 */
OPENID_ISSUER?: (string | null)
/**
 * OpenID Keyfile. The chart sets it from "/fxa-helm/keys/openid-key.json" unless given here. (upstream computes it: path.resolve( __dirname, '../../fxa-auth-server/config/secret-key.json' ))
 */
OPENID_KEYFILE?: (string | null)
/**
 * Port to run PubSub proxy on. The chart sets it from the container port unless given here. (upstream default 8090)
 */
PUBSUB_PROXY_PORT?: (number | null)
/**
 * PubSub JWT Audience for incoming Push Notifications. (upstream default "example.com")
 */
PUBSUB_AUDIENCE?: (string | null)
/**
 * Authenticate that incoming Push Notifcation originate from Google. (upstream default true)
 */
PUBSUB_AUTHENTICATE?: (boolean | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Rate at which errors are sampled. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-event-broker")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * The queue URL to use (should include https://sqs.<region>.amazonaws.com/<account-id>/<queue-name>). An external URL, of a service outside the cluster. (upstream default "")
 */
SERVICE_NOTIFICATION_QUEUE_URL?: (string | null)
/**
 * GCP PubSub Queue prefix. (upstream default "rpQueue-")
 */
PUBSUB_QUEUE_PREFIX?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Authorization token to use with the request. The chart sets it from global.secrets subscriptionsSharedSecret unless given here.
 */
CAPABILITY_AUTH_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GCP Private key credential.
 */
FIRESTORE_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Private JWK to sign Security Event Tokens.
 */
OPENID_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * PubSub Verification Token for incoming Push Notifications.
 */
PUBSUB_VERIFICATION_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaAdminServerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * A list of json files holding allowed gql queries. (upstream default ["src/config/gql/allowlist/fxa-admin-panel.json","src/config/gql/allowlist/gql-playground.json"])
 */
GQL_ALLOWLIST?: ((string | number | boolean)[] | null)
/**
 * Toggles whether or not gql queries are checked against the allowlist. (upstream default true)
 */
GQL_ALLOWLIST_ENABLED?: (boolean | null)
/**
 * Authentication header that should be logged for the user. (upstream computes it: USER_EMAIL_HEADER)
 */
AUTH_HEADER?: (string | null)
/**
 * URL of fxa-auth-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + /v1 unless given here. (upstream default "http://localhost:9000/v1")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * Version of key stretching to use. (upstream default 1)
 */
AUTH_CLIENT_KEY_STRETCH_VERSION?: (number | null)
/**
 * Group to operate under for dev / test. (upstream default "")
 */
TEST_USER_GROUP?: (string | null)
/**
 * Email to operate under for dev / test. (upstream default "")
 */
TEST_USER_EMAIL?: (string | null)
/**
 * Set of IPs to ignore while rate limiting. Rules will not apply to these values. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_IPS?: ((string | number | boolean)[] | null)
/**
 * Set of UIDs to ignore while rate limiting. Rules will not apply to these values. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_UIDS?: ((string | number | boolean)[] | null)
/**
 * Set of emails to ignore while rate limiting. Rules will not apply to these values. Values can be a string or parsable regex. (unset (upstream has no default))
 */
RATE_LIMIT__IGNORE_EMAILS?: ((string | number | boolean)[] | null)
/**
 * Rules for rate limiting user actions. These are essentially customs v2 rules. (upstream default "")
 */
RATE_LIMIT__RULES?: (string | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "test" | "stage" | "production" | null)
/**
 * Sets log.fmt. (upstream default "heka")
 */
LOGGING_FORMAT?: ("heka" | "pretty" | null)
/**
 * Sets log.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Properties to sanitize in the audit log. (upstream default ["password","sessionToken","token","secret","key","auth"])
 */
LOGGING_AUDIT_SANITIZE_PROPERTIES?: ((string | number | boolean)[] | null)
/**
 * Default port to listen on. The chart sets it from the container port unless given here. (upstream default 8095)
 */
PORT?: (number | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Rate at which sentry errors are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-admin-server")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * Rate at which sentry traces are captured. (upstream default 0)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * Indicates whether subscriptions APIs are enabled. The chart sets it from "true" while global.integrations.subscriptions.enabled is on, else "false" unless given here. (upstream default false)
 */
SUBSCRIPTIONS_ENABLED?: (boolean | null)
/**
 * The url of the corresponding fxa-payments-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "https://subscriptions.firefox.com")
 */
PAYMENTS_SERVER_URL?: (string | null)
/**
 * Indicates whether PayPal APIs are enabled. (upstream default false)
 */
SUBSCRIPTIONS_PAYPAL_ENABLED?: (boolean | null)
/**
 * PayPal Sandbox mode. (upstream default true)
 */
PAYPAL_SANDBOX?: (boolean | null)
/**
 * PayPal NVP API User name. (upstream default "user")
 */
PAYPAL_NVP_USER?: (string | null)
/**
 * PayPal NVP API password. (upstream default "user")
 */
PAYPAL_NVP_PWD?: (string | null)
/**
 * PayPal NVP API signature. (upstream default "user")
 */
PAYPAL_NVP_SIGNATURE?: (string | null)
/**
 * Indicates whether the App Store API is enabled. (upstream default false)
 */
SUBSCRIPTIONS_APP_STORE_API_ENABLED?: (boolean | null)
/**
 * Apple App Store Sandbox mode. (upstream default true)
 */
APP_STORE_SANDBOX?: (boolean | null)
/**
 * The email of the service account to use for Play API calls. (upstream default "test@localtest.com")
 */
SUBSCRIPTIONS_PLAY_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Path to GCP key file. (upstream default "")
 */
SUBSCRIPTIONS_PLAY_KEY_FILE?: (string | null)
/**
 * GCP Project id for Play Store Account. (upstream default "")
 */
SUBSCRIPTIONS_PLAY_API_PROJECT_ID?: (string | null)
/**
 * Indicates whether the Play API is enabled. (upstream default false)
 */
SUBSCRIPTIONS_PLAY_API_ENABLED?: (boolean | null)
/**
 * Whether to use Firestore for product configurations. (upstream default false)
 */
SUBSCRIPTIONS_FIRESTORE_CONFIGS_ENABLED?: (boolean | null)
/**
 * CDN URL Regex. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default ["^https://cdn.accounts.firefox.com"])
 */
SUBSCRIPTIONS_FIRESTORE_CONFIGS_CDN_URL_REGEX?: ((string | number | boolean)[] | null)
/**
 * The maximum payload size in bytes that will be accepted by the Stripe webhook endpoint. (upstream default 1048576)
 */
STRIPE_WEBHOOK_PAYLOAD_LIMIT?: (number | null)
/**
 * Mapping of currency to tax ID to show on invoices. (upstream default {"EUR":"EU1234","CHF":"CH1234"})
 */
TAXIDS?: ({

} | unknown[] | null)
/**
 * Indicates whether FxA sends transactional lifecycle emails for subscriptions (i.e. versus Marketing Cloud). (upstream default true)
 */
SUBSCRIPTIONS_TRANSACTIONAL_EMAILS_ENABLED?: (boolean | null)
/**
 * Metrics host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "")
 */
METRIC_HOST?: (string | null)
/**
 * Metric port to report to. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
METRIC_PORT?: (number | null)
/**
 * Metric prefix for statsD. (upstream default "fxa-admin-server.")
 */
METRIC_PREFIX?: (string | null)
/**
 * Whether to use telegraf formatted metrics. (upstream default true)
 */
METRIC_USE_TELEGRAF?: (boolean | null)
/**
 * Send a Strict-Transport-Security header. (upstream default true)
 */
HSTS_ENABLED?: (boolean | null)
/**
 * Value for the Access-Control-Allow-Origin response header. A public URL, handed to browsers. (upstream default "*")
 */
CORS_ORIGIN?: (string | null)
/**
 * default target language. (upstream default "en")
 */
L10N_DEFAULT_LANGUAGE?: (string | null)
/**
 * list of supported languages. (upstream default ["en"])
 */
L10N_SUPPORTED_LANGUAGE?: ((string | number | boolean)[] | null)
/**
 * timestamp used as the basis of the fallback value for lastAccessTimeFormatted, currently pinned to the deployment of 1.96.4 / a0940d7dc51e2ba20fa18aa3a830810e35c9a9d9. (upstream default 1507081020000)
 */
LASTACCESSTIME_EARLIEST_SANE_TIMESTAMP?: (number | null)
/**
 * GCP Client key credential. (upstream default "test@localtest.com")
 */
AUTH_FIRESTORE_CLIENT_EMAIL_CREDENTIAL?: (string | null)
/**
 * Path to GCP key file. (upstream computes it: path.resolve(__dirname, 'secret-key.json'))
 */
AUTH_FIRESTORE_KEY_FILE?: (string | null)
/**
 * Firestore collection prefix. (upstream default "fxa-auth-")
 */
AUTH_FIRESTORE_COLLECTION_PREFIX?: (string | null)
/**
 * GCP Project id. (upstream default "")
 */
AUTH_FIRESTORE_PROJECT_ID?: (string | null)
/**
 * Indicates whether talking to the SubHub server is enabled. (upstream default false)
 */
SUBHUB_ENABLED?: (boolean | null)
/**
 * Indicates whether to use stub methods for SubHub instead of talking to the server. (upstream default false)
 */
SUBHUB_USE_STUBS?: (boolean | null)
/**
 * Stub data used for plans. (upstream default [])
 */
SUBHUB_STUB_PLANS?: ((string | number | boolean)[] | null)
/**
 * SubHub Server URL. An external URL, of a service outside the cluster. The chart sets it from unset while global.integrations.subscriptions.enabled is on, else "https://subhub.invalid" unless given here. (upstream default "https://subhub.services.mozilla.com/")
 */
SUBHUB_URL?: (string | null)
/**
 * The number of seconds to cache a Stripe Customer response. (upstream default 3600)
 */
SUBHUB_CUSTOMER_CACHE_TTL_SECONDS?: (number | null)
/**
 * The number of seconds to cache the list of plans from subhub. (upstream default 64000000)
 */
SUBHUB_PLANS_CACHE_TTL_SECONDS?: (number | null)
/**
 * The number of seconds to cache tax rates from Stripe. (upstream default 64000000)
 */
SUBHUB_TAX_RATES_CACHE_TTL_SECONDS?: (number | null)
/**
 * Apple auth client id. The chart sets it from global.integrations.appleSignIn.clientId while global.integrations.appleSignIn.enabled is on, else "" unless given here. (upstream default "com.mozilla.firefox.accounts.auth")
 */
APPLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Apple auth key id. (upstream default "")
 */
APPLE_AUTH_KEY_ID?: (string | null)
/**
 * Apple auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "https://localhost.dev:3030/post_verify/third_party_auth/callback")
 */
APPLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Apple auth team id. (upstream default "")
 */
APPLE_AUTH_TEAM_ID?: (string | null)
/**
 * Apple auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://appleid.apple.com/auth/token")
 */
APPLE_AUTH_TOKEN_ENDPOINT?: (string | null)
/**
 * Google auth client id. The chart sets it from global.integrations.googleSignIn.clientId while global.integrations.googleSignIn.enabled is on, else "" unless given here. (upstream default "218517873053-th4taguk9dvf03rrgk8sigon84oigf5l.apps.googleusercontent.com")
 */
GOOGLE_AUTH_CLIENT_ID?: (string | null)
/**
 * Google auth redirect uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /post_verify/third_party_auth/callback unless given here. (upstream default "http://localhost:3030/post_verify/third_party_auth/callback")
 */
GOOGLE_AUTH_REDIRECT_URI?: (string | null)
/**
 * Google auth token endpoint. An external URL, of a service outside the cluster. (upstream default "https://oauth2.googleapis.com/token")
 */
GOOGLE_AUTH_TOKEN_ENDPOINT?: (string | null)
/**
 * Querying of Google play store subscriptions. (upstream default false)
 */
FEATURE_PLAYSTORE_SUBS?: (boolean | null)
/**
 * Querying of Apple app store subscriptions. (upstream default false)
 */
FEATURE_APPSTORE_SUBS?: (boolean | null)
/**
 * Querying of stripe subscriptions. (upstream default false)
 */
FEATURE_STRIPE_SUBS?: (boolean | null)
/**
 * Sets secretKeyFile. The chart sets it from "/fxa-helm/keys/secret-key.json" unless given here. (upstream computes it: path.resolve(__dirname, '../config/secret-key.json'))
 */
SECRET_KEY_FILE?: (string | null)
/**
 * Sets publicKeyFile. The chart sets it from "/fxa-helm/keys/public-key.json" unless given here. (upstream computes it: path.resolve(__dirname, '../config/public-key.json'))
 */
PUBLIC_KEY_FILE?: (string | null)
/**
 * Host where basket api lives. (upstream default "basket.mozilla.org")
 */
BASKET_HOST?: (string | null)
/**
 * Host where newsletter api lives. (upstream default "www.mozilla.org")
 */
NEWSLETTER_HOST?: (string | null)
/**
 * Whether to use CMS. The chart sets it from "true" while global.integrations.cms.enabled is on, else "false" unless given here. (upstream default false)
 */
CMS_ENABLED?: (boolean | null)
/**
 * Amazon SNS topic on which to send account event notifications. Set to "disabled" to turn off the notifier. The chart sets it from global.integrations.accountEvents.snsTopicArn while global.integrations.accountEvents.enabled is on, else "disabled" unless given here. (upstream default "")
 */
SNS_TOPIC_ARN?: (string | null)
/**
 * Amazon SNS topic endpoint. An external URL, of a service outside the cluster. (unset (upstream has no default))
 */
SNS_TOPIC_ENDPOINT?: (string | null)
/**
 * URL of fxa-profile-server. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-profile-server + /v1 unless given here. (upstream default "http://localhost:1111/v1")
 */
PROFILE_SERVER_URL?: (string | null)
/**
 * Domain that mail urls are allowed to redirect to. The chart sets it from the public host names of fxa-content-server unless given here. (upstream default "firefox.com")
 */
REDIRECT_DOMAIN?: (string | null)
/**
 * Subscription terms and cancellation policy URL. An external URL, of a service outside the cluster. (upstream default "https://www.mozilla.org/about/legal/terms/subscription-services")
 */
SUBSCRIPTION_TERMS_URL?: (string | null)
/**
 * Subscriptions management URL. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server + / unless given here. (upstream default "https://payments.firefox.com/")
 */
PAYMENTS_NEXT_HOSTED_URL?: (string | null)
/**
 * URL to unsubscribe from MoCo and MoFo emails. An external URL, of a service outside the cluster. (upstream default "https://privacyportal.onetrust.com/webform/1350748f-7139-405c-8188-22740b3b5587/4ba08202-2ede-4934-a89e-f0b0870f95f0")
 */
UNSUBSCRIBE_EMAIL_LISTS_URL?: (string | null)
/**
 * URL that allows a user to reset their account. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /reset_password unless given here. (upstream default "http://localhost:3030/reset_password")
 */
ACCOUNT_RESET_URL?: (string | null)
/**
 * URL for account settings. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /settings unless given here. (upstream default "http://localhost:3030/settings")
 */
ACCOUNT_SETTINGS_URL?: (string | null)
/**
 * host for test/mail_helper.js. The chart sets it from global.smtp.host unless given here. (upstream default "localhost")
 */
MAILER_HOST?: (string | null)
/**
 * port for test/mail_helper.js. (upstream default 9001)
 */
MAILER_PORT?: (number | null)
/**
 * The type of messaging to show. Options are prelaunch, postlaunch, or none. (upstream default "none")
 */
BRAND_MESSAGING_MODE?: (string | null)
/**
 * SMTP host for sending email. The chart sets it from global.smtp.host unless given here. (upstream default "localhost")
 */
SMTP_HOST?: (string | null)
/**
 * SMTP port. The chart sets it from global.smtp.port unless given here. (upstream default 9999)
 */
SMTP_PORT?: (number | null)
/**
 * Connect to SMTP host securely. The chart sets it from global.smtp.secure unless given here. (upstream default false)
 */
SMTP_SECURE?: (boolean | null)
/**
 * Ignore fact the TLS should be required. (upstream default true)
 */
SMTP__IGNORE_TLS?: (boolean | null)
/**
 * How fast we can send emails. (upstream default 5)
 */
SMTP__SENDING_RATE?: (number | null)
/**
 * SMTP username. The chart sets it from global.smtp.user unless given here. (upstream default "local")
 */
SMTP_USER?: (string | null)
/**
 * email address of the sender. The chart sets it from global.smtp.sender unless given here. (upstream default "Mozilla <no-reply@lcip.org>")
 */
SMTP_SENDER?: (string | null)
/**
 * Should pooling be enabled for sending mail? (upstream default false)
 */
SMTP_POOL?: (boolean | null)
/**
 * Maximum number of messages to be sent via nodemailer before a new SES SMTP connection is made. (upstream default 10)
 */
SMTP_MAX_MESSAGES?: (number | null)
/**
 * Maximum number of simultaneous connections to make against the SES SMTP server. (upstream default 2)
 */
SMTP_MAX_CONNECTIONS?: (number | null)
/**
 * Flag to prepend a verification subdomain to verification emails. (upstream default false)
 */
PREPEND_VERIFICATION_SUBDOMAIN_ENABLED?: (boolean | null)
/**
 * Prepend this subdomain. (upstream default "confirm")
 */
PREPEND_VERIFICATION_SUBDOMAIN_SUBDOMAIN?: (string | null)
/**
 * AWS SES Configuration Set for SES Event Publishing. If defined, X-SES-MESSAGE-TAGS headers will be added to emails. Only intended for Production/Stage use. (upstream default "")
 */
SES_CONFIGURATION_SET?: (string | null)
/**
 * Milliseconds to wait for the connection to establish (default is 2 minutes). (upstream default 120000)
 */
SMTP_CONNECTION_TIMEOUT?: (number | null)
/**
 * Milliseconds to wait for the greeting after connection is established (default is 30 seconds). (upstream default 30000)
 */
SMTP_GREETING_TIMEOUT?: (number | null)
/**
 * Milliseconds of inactivity to allow (default is 10 minutes). (upstream default 600000)
 */
SMTP_SOCKET_TIMEOUT?: (number | null)
/**
 * Milliseconds to wait for DNS requests to be resolved (default is 30 seconds). (upstream default 30000)
 */
SMTP_DNS_TIMEOUT?: (number | null)
/**
 * Maximum number of attempts for sending an email IF it fails. 1 means 1 additional attempt after the initial failure. (upstream default 3)
 */
SMTP_RETRY_MAX_RETRIES?: (number | null)
/**
 * Number of milliseconds to exponentially back off when retrying sending an email. (upstream default 200)
 */
SMTP_RETRY_BACKOFF_MS?: (number | null)
/**
 * Jitter factor (0-1) to add randomness to backoff timing. 0 = no jitter, 1 = up to 100% jitter. (upstream default 0.3)
 */
SMTP_RETRY_JITTER?: (number | null)
/**
 * Maximum delay in milliseconds to cap the backoff at. (upstream default 10000)
 */
SMTP_RETRY_MAX_DELAY_MS?: (number | null)
/**
 * Flag to enable UTM metrics for SMTP links. (upstream default true)
 */
SMTP_METRICS_ENABLED?: (boolean | null)
/**
 * Flag to enable checking for bounces before sending email. (upstream default true)
 */
BOUNCES_ENABLED?: (boolean | null)
/**
 * Tiers of max allowed complaints per amount of milliseconds. (upstream default {"0":86400000,"1":31536000000})
 */
BOUNCES_COMPLAINT?: ({

} | unknown[] | null)
/**
 * Tiers of max allowed hard bounces per amount of milliseconds. (upstream default {"0":900000,"1":86400000})
 */
BOUNCES_HARD?: ({

} | unknown[] | null)
/**
 * Tiers of max allowed soft bounces per amount of milliseconds. (upstream default {"0":300000})
 */
BOUNCES_SOFT?: ({

} | unknown[] | null)
/**
 * Always ignore bounces from these email templates. (upstream default ["verifyLoginCode","verifyLogin","recovery","unblockCode"])
 */
BOUNCES_IGNORE_TEMPLATES?: ((string | number | boolean)[] | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.fxa unless given here. (upstream default "fxa")
 */
AUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
AUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
AUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
AUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
AUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
AUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
PROFILE_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
PROFILE_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
PROFILE_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
PROFILE_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
PROFILE_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
PROFILE_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.oauth unless given here. (upstream default "fxa_oauth")
 */
OAUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
OAUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
OAUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
OAUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
OAUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
OAUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * IP address or host name for Redis server. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REDIS_HOST?: (string | null)
/**
 * Port for Redis server. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REDIS_PORT?: (number | null)
/**
 * Pending request limit for Redis. (upstream default 1000)
 */
REDIS_POOL_MAX_PENDING?: (number | null)
/**
 * Retry limit for Redis connection attempts. (upstream default 5)
 */
REDIS_POOL_RETRY_COUNT?: (number | null)
/**
 * Initial backoff for Redis connection retries, increases exponentially with each attempt. (upstream default "100 milliseconds")
 */
REDIS_POOL_TIMEOUT?: (number | string | null)
/**
 * Enable Redis for refresh token metadata. (upstream default true)
 */
ACCESS_TOKEN_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.accessTokens.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
ACCESS_TOKEN_REDIS_HOST?: (string | null)
/**
 * Sets redis.accessTokens.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
ACCESS_TOKEN_REDIS_PORT?: (number | null)
/**
 * Key prefix for access tokens in Redis. (upstream default "at:")
 */
ACCESS_TOKEN_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum number of access tokens per account at any one time. (upstream default 100)
 */
ACCESS_TOKEN_REDIS_LIMIT?: (number | null)
/**
 * Access Tokens maximum expiration (can live shorter). (upstream default "365 minutes")
 */
FXA_EXPIRATION_ACCESS_TOKEN?: (number | string | null)
/**
 * Enable Redis for refresh token metadata. (upstream default true)
 */
REFRESH_TOKEN_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.refreshTokens.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
REFRESH_TOKEN_REDIS_HOST?: (string | null)
/**
 * Sets redis.refreshTokens.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
REFRESH_TOKEN_REDIS_PORT?: (number | null)
/**
 * Key prefix for refresh tokens in Redis. (upstream default "rt:")
 */
REFRESH_TOKEN_REDIS_KEY_PREFIX?: (string | null)
/**
 * ttl for redis data. (upstream default 86400000)
 */
REFRESH_TOKEN_REDIS_MAX_TTL?: (number | null)
/**
 * Maximum number of refresh tokens per account stored in redis. (upstream default 20)
 */
REFRESH_TOKEN_REDIS_LIMIT?: (number | null)
/**
 * Enable Redis for session tokens. (upstream default true)
 */
USE_REDIS?: (boolean | null)
/**
 * Key prefix for session tokens in Redis. (upstream default "fxa-auth-session")
 */
SESSIONS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the session token Redis pool. (upstream default 200)
 */
REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the session token Redis pool. (upstream default 2)
 */
REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for email config. (upstream default true)
 */
EMAIL_CONFIG_USE_REDIS?: (boolean | null)
/**
 * Key prefix for the email config Redis pool. (upstream default "email:")
 */
EMAIL_CONFIG_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the email config Redis pool. (upstream default 10)
 */
EMAIL_CONFIG_REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the email config Redis pool. (upstream default 1)
 */
EMAIL_CONFIG_REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for subhub responses. (upstream default true)
 */
SUBHUB_USE_REDIS?: (boolean | null)
/**
 * Key prefix for subhub responses in Redis. (upstream default "subhub:")
 */
SUBHUB_REDIS_KEY_PREFIX?: (string | null)
/**
 * Maximum connection count for the subhub responses Redis pool. (upstream default 10)
 */
SUBHUB_REDIS_POOL_MAX_CONNECTIONS?: (number | null)
/**
 * Minimum connection count for the subhub responses Redis pool. (upstream default 1)
 */
SUBHUB_REDIS_POOL_MIN_CONNECTIONS?: (number | null)
/**
 * Enable Redis for customs server rate limiting. (upstream default false)
 */
CUSTOMS_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.customs.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
CUSTOMS_REDIS_HOST?: (string | null)
/**
 * Sets redis.customs.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
CUSTOMS_REDIS_PORT?: (number | null)
/**
 * Key prefix for custom server records in Redis. (upstream default "customs:")
 */
CUSTOMS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for customs server rate limiting. (upstream default true)
 */
RATELIMIT_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.ratelimit.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
RATELIMIT_REDIS_HOST?: (string | null)
/**
 * Sets redis.ratelimit.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
RATELIMIT_REDIS_PORT?: (number | null)
/**
 * Key prefix for custom server records in Redis. (upstream default "ratelimit:")
 */
RATELIMIT_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for storing metrics data (metricsContext). (upstream default true)
 */
METRICS_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.metrics.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
METRICS_REDIS_HOST?: (string | null)
/**
 * Sets redis.metrics.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
METRICS_REDIS_PORT?: (number | null)
/**
 * Key prefix for metrics records in Redis. (upstream default "metrics:")
 */
METRICS_REDIS_KEY_PREFIX?: (string | null)
/**
 * Default time that a metric record will be stored in Redis. (upstream default 7200)
 */
METRICS_REDIS_RECORD_LIFETIME?: (number | null)
/**
 * Enable Redis for storing metrics data (metricsContext). (upstream default true)
 */
AUTH_CACHE_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.authServerCache.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
AUTH_CACHE_REDIS_HOST?: (string | null)
/**
 * Sets redis.authServerCache.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
AUTH_CACHE_REDIS_PORT?: (number | null)
/**
 * Key prefix for Redis. (upstream default "auth:cache:")
 */
AUTH_CACHE_REDIS_KEY_PREFIX?: (string | null)
/**
 * Enable Redis for recovery phone library. (upstream default true)
 */
RECOVERY_PHONE_REDIS_ENABLED?: (boolean | null)
/**
 * Sets redis.recoveryPhone.host. The chart sets it from global.redis.host unless given here. (upstream default "localhost")
 */
RECOVERY_PHONE_REDIS_HOST?: (string | null)
/**
 * Sets redis.recoveryPhone.port. The chart sets it from global.redis.port unless given here. (upstream default 6379)
 */
RECOVERY_PHONE_REDIS_PORT?: (number | null)
/**
 * The name of client being traced. (upstream default "")
 */
TRACING_CLIENT_NAME?: (string | null)
/**
 * Indicates if batch processing should be used. Batch processing is better for production environments. (upstream default true)
 */
TRACING_BATCH_PROCESSING?: (boolean | null)
/**
 * A regex to allow tracing of cors requests. A public URL, handed to browsers. The chart sets it from a pattern matching the public URL of fxa-content-server + / unless given here. (upstream default "http://localhost:\\d* /")
 */
TRACING_CORS_URLS?: (string | null)
/**
 * Enables filtering PII in Console traces. (upstream default true)
 */
TRACING_FILTER_PII?: (boolean | null)
/**
 * A number between 0 and 1 that indicates the rate at which to sample. 1 will capture all traces. .5 would capture half the traces, and 0 would capture no traces. (upstream default 0)
 */
TRACING_SAMPLE_RATE?: (number | null)
/**
 * The name of service being traced. (upstream default "")
 */
TRACING_SERVICE_NAME?: (string | null)
/**
 * Trace report to the console. (upstream default false)
 */
TRACING_CONSOLE_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to google cloud tracing. This should be turned on in the wild, but is discouraged for local development. (upstream default false)
 */
TRACING_GCP_EXPORTER_ENABLED?: (boolean | null)
/**
 * Traces report to the otel. This is only applicable for local development. The chart sets it from "true" while global.integrations.tracing.enabled is on, else "false" unless given here. (upstream default false)
 */
TRACING_OTEL_EXPORTER_ENABLED?: (boolean | null)
/**
 * Open telemetry collector url. An internal URL, for calls inside the cluster. The chart sets it from global.integrations.tracing.otelUrl while global.integrations.tracing.enabled is on, else "https://otel.invalid" unless given here. (upstream default "http://localhost:4318/v1/traces")
 */
TRACING_OTEL_URL?: (string | null)
/**
 * Max amount of concurrency. (upstream default 100)
 */
TRACING_OTEL_CONCURRENCY_LIMIT?: (number | null)
/**
 * Expected environment guard is operating in. (upstream default "prod")
 */
GUARD_ENV?: (string | null)
/**
 * Targets a local cloud task emulator instead of a GCP instance. (upstream default false)
 */
AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR?: (boolean | null)
/**
 * The GCP project id. Optional when in an environment with Application Default Credentials. (upstream default "test")
 */
AUTH_CLOUDTASKS_PROJECT_ID?: (string | null)
/**
 * Google cloud location id, e.g. us-west1. (upstream default "test")
 */
AUTH_CLOUDTASKS_LOCATION_ID?: (string | null)
/**
 * Path to service account key. Optional when in an environment where authentication with services is automatic. (upstream default "")
 */
AUTH_CLOUDTASKS_KEY_FILE?: (string | null)
/**
 * The audience value of the id token payload. (upstream default "")
 */
AUTH_CLOUDTASKS_OIDC_AUD?: (string | null)
/**
 * The GCP service account email address. (upstream default "")
 */
AUTH_CLOUDTASKS_OIDC_EMAIL?: (string | null)
/**
 * URL that handles deletion tasks. An external URL, of a service outside the cluster. (upstream default "")
 */
AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL?: (string | null)
/**
 * The name of the queue. It should match the x-cloudtasks-queuename header value sent to the target. (upstream default "delete-accounts-queue")
 */
AUTH_CLOUDTASKS_DEL_ACCT_QUEUENAME?: (string | null)
/**
 * URL that sends the email. An external URL, of a service outside the cluster. (upstream default "")
 */
AUTH_CLOUDTASKS_NOTIFICATION_EMAILS_TASK_URL?: (string | null)
/**
 * The name of the queue for the first email. It should match the x-cloudtasks-queuename header value sent to the target. (upstream default "inactives-first-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_FIRST_EMAIL_QUEUENAME?: (string | null)
/**
 * The name of the queue for the second email. It should match the x-cloudtasks-queuename header value sent to the target. (upstream default "inactives-second-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_SECOND_EMAIL_QUEUENAME?: (string | null)
/**
 * The name of the queue for the third email. It should match the x-cloudtasks-queuename header value sent to the target. (upstream default "inactives-third-email")
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_THIRD_EMAIL_QUEUENAME?: (string | null)
/**
 * The interval between the first and second email in milliseconds. (upstream default 4579200000)
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_FIRST_TO_SECOND_EMAIL_INTERVAL?: (number | null)
/**
 * The interval between the second and third email in milliseconds. (upstream default 518400000)
 */
AUTH_CLOUDTASKS_INACTIVE_ACCT_SECOND_TO_THIRD_EMAIL_INTERVAL?: (number | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Map of AppStore Connect credentials by app bundle ID.
 */
APP_STORE_CREDENTIALS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The private key of the service account to use for Play API calls.
 */
SUBSCRIPTIONS_PLAY_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Shared secret for authentication between backend subscription services. The chart sets it from global.secrets subscriptionsSharedSecret unless given here.
 */
SUBSCRIPTIONS_SHARED_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Stripe API key for direct Stripe integration.
 */
SUBHUB_STRIPE_APIKEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A shared secret to authenticate Stripe webhook requests.
 */
STRIPE_WEBHOOK_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * A secret to hash IP addresses for security history events. The chart sets it from global.secrets ipHmacKey unless given here.
 */
IP_HMAC_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * GCP Private key credential.
 */
AUTH_FIRESTORE_PRIVATE_KEY_CREDENTIAL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Authentication key to use when accessing SubHub server.
 */
SUBHUB_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Apple auth client secret.
 */
APPLE_AUTH_CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Apple auth private key.
 */
APPLE_AUTH_PRIVATE_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Google auth client secret.
 */
GOOGLE_AUTH_CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Api key for basket.
 */
BASKET_API_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Secret for server-to-server bearer token auth for fxa-profile-server. The chart sets it from global.secrets profileServerAuthSecretBearerToken unless given here.
 */
PROFILE_SERVER_AUTH_SECRET_BEARER_TOKEN?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * SMTP password. The chart sets it from global.secrets smtpPassword (while global.smtp.user is set) unless given here.
 */
SMTP_PASS?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
AUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
PROFILE_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
OAUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
ACCESS_TOKEN_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
REFRESH_TOKEN_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
CUSTOMS_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
RATELIMIT_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to redis. The chart sets it from global.secrets redisPassword unless given here.
 */
METRICS_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to Redis. The chart sets it from global.secrets redisPassword unless given here.
 */
AUTH_CACHE_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password for connecting to Redis. The chart sets it from global.secrets redisPassword unless given here.
 */
RECOVERY_PHONE_REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaAdminPanelValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "production" | "test" | null)
/**
 * Instead of loading static resources from disk, get them by proxy from this URL (typically a special reloading dev server). (upstream default "")
 */
PROXY_STATIC_RESOURCES_FROM?: (string | null)
/**
 * Send a Strict-Transport-Security header. (upstream default true)
 */
HSTS_ENABLED?: (boolean | null)
/**
 * Send "Content-Security-Policy" header. (upstream default true)
 */
CSP_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for full, blocking CSP rules. An external URL, of a service outside the cluster. (upstream default "/_/csp-violation")
 */
CSP_REPORT_URI?: (string | null)
/**
 * Send "Content-Security-Policy-Report-Only" header. (upstream default false)
 */
CSP_REPORT_ONLY_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for report-only CSP rules. An external URL, of a service outside the cluster. (upstream default "/_/csp-violation-report-only")
 */
CSP_REPORT_ONLY_URI?: (string | null)
/**
 * Sentry DSN for error and log reporting. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Environment name to report to sentry. (upstream default "local")
 */
SENTRY_ENV?: ("local" | "ci" | "dev" | "stage" | "prod" | null)
/**
 * Rate at which sentry traces are captured. (upstream default 1)
 */
SENTRY_SAMPLE_RATE?: (number | null)
/**
 * Rate at which sentry traces are captured. (upstream default 1)
 */
SENTRY_TRACES_SAMPLE_RATE?: (number | null)
/**
 * Name used by sentry to identify the server. (upstream default "fxa-admin-panel")
 */
SENTRY_SERVER_NAME?: (string | null)
/**
 * The ip address the server should bind. The chart sets it from "0.0.0.0" unless given here. (upstream default "localhost")
 */
IP_ADDRESS?: (string | null)
/**
 * The port the server should bind. The chart sets it from the container port unless given here. (upstream default 8091)
 */
PORT?: (number | null)
/**
 * Sets listen.publicUrl. A public URL, handed to browsers. (upstream default "http://localhost:8091")
 */
PUBLIC_URL?: (string | null)
/**
 * set to true to serve directly over https. (upstream default false)
 */
USE_TLS?: (boolean | null)
/**
 * Sets logging.fmt. (upstream default "heka")
 */
LOGGING_FORMAT?: ("heka" | "pretty" | null)
/**
 * Sets logging.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Enable route logging. Set to false to trimming CI logs. (upstream default true)
 */
ENABLE_ROUTE_LOGGING?: (boolean | null)
/**
 * The url of the fxa-admin-server instance. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-admin-server unless given here. (upstream default "http://localhost:8095")
 */
ADMIN_SERVER_URL?: (string | null)
/**
 * Directory where static resources are located. (upstream default "build")
 */
STATIC_DIRECTORY?: (string | null)
/**
 * Cache max age for static assets, in ms. (upstream default "10 minutes")
 */
STATIC_MAX_AGE?: (number | string | null)
/**
 * The origin of the static resources. A public URL, handed to browsers. (upstream default "http://localhost:8091")
 */
STATIC_RESOURCE_URL?: (string | null)
/**
 * Group to operate under for dev / test. (upstream default "")
 */
TEST_USER_GROUP?: (string | null)
/**
 * Email to operate under for dev / test. (upstream default "")
 */
TEST_USER_EMAIL?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {

}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface FxaPaymentsServerValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Whether to use PayPal payment UI by default rather than Stripe payment UI alone. (upstream default false)
 */
FEATURE_USE_PAYPAL_UI_BY_DEFAULT?: (boolean | null)
/**
 * Enable amplitude events. (upstream default true)
 */
AMPLITUDE_ENABLED?: (boolean | null)
/**
 * Validate events against a JSON schema. (upstream default true)
 */
AMPLITUDE_SCHEMA_VALIDATION?: (boolean | null)
/**
 * Log raw Amplitude events. (upstream default false)
 */
AMPLITUDE_RAW_EVENTS?: (boolean | null)
/**
 * location of the client ip address in the remote address chain. (upstream default 3)
 */
CLIENT_ADDRESS_DEPTH?: (number | null)
/**
 * Maximum event offset. (upstream default "2 days")
 */
CLIENT_METRICS_MAX_EVENT_OFFSET?: (number | string | null)
/**
 * Send "Content-Security-Policy" header. (upstream default true)
 */
CSP_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for full, blocking CSP rules. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /_/csp-violation unless given here. (upstream default "https://accounts.firefox.com/_/csp-violation")
 */
CSP_REPORT_URI?: (string | null)
/**
 * Send "Content-Security-Policy-Report-Only" header. (upstream default false)
 */
CSP_REPORT_ONLY_ENABLED?: (boolean | null)
/**
 * Location of "report-uri" for report-only CSP rules. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server + /_/csp-violation-report-only unless given here. (upstream default "https://accounts.firefox.com/_/csp-violation-report-only")
 */
CSP_REPORT_ONLY_URI?: (string | null)
/**
 * Additional hosts to allow as image sources. (upstream default [])
 */
CSP_EXTRA_IMG_SRC?: ((string | number | boolean)[] | null)
/**
 * The current node.js environment. The chart sets it from global.environment (development / production) unless given here. (upstream default "production")
 */
NODE_ENV?: ("development" | "production" | "test" | null)
/**
 * Time after which flow ids are considered stale. (upstream default "2 hours")
 */
FLOW_ID_EXPIRY?: (number | string | null)
/**
 * Send a Strict-Transport-Security header. (upstream default true)
 */
HSTS_ENABLED?: (boolean | null)
/**
 * Link to Privacy Notice. An external URL, of a service outside the cluster. (upstream default "https://www.mozilla.org/privacy/firefox-private-network")
 */
PAYMENT_PRIVACY_NOTICE?: (string | null)
/**
 * Link to Terms of Service. An external URL, of a service outside the cluster. (upstream default "https://www.mozilla.org/about/legal/terms/firefox-private-network")
 */
PAYMENT_TERMS_OF_SERVCIE?: (string | null)
/**
 * The domain name where the legal doc downloads are hosted. The chart sets it from the public host names of fxa-content-server unless given here. (upstream default "accounts-static.cdn.mozilla.net")
 */
PAYMENT_LEGAL_DOWNLOAD_FQDN?: (string | null)
/**
 * The max number of entries in the redirect endpoint HTTP results cache. 0 means unlimited and the memory usage on the cache could reach the max of Map (1GB on V8). (upstream default 65536)
 */
PAYMENT_LEGAL_DOWNLOAD_CACHE_LIMIT?: (number | null)
/**
 * The ip address the server should bind. The chart sets it from "0.0.0.0" unless given here. (upstream default "0.0.0.0")
 */
IP_ADDRESS?: (string | null)
/**
 * The port the server should bind. The chart sets it from the container port unless given here. (upstream default 3031)
 */
PORT?: (number | null)
/**
 * Sets listen.publicUrl. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "http://localhost:3031")
 */
PUBLIC_URL?: (string | null)
/**
 * set to true to serve directly over https. (upstream default false)
 */
USE_TLS?: (boolean | null)
/**
 * Sets logging.fmt. (upstream default "heka")
 */
LOGGING_FORMAT?: ("heka" | "pretty" | null)
/**
 * Sets logging.level. (upstream default "info")
 */
LOG_LEVEL?: (string | null)
/**
 * Enable route logging. Set to false to trimming CI logs. (upstream default true)
 */
ENABLE_ROUTE_LOGGING?: (boolean | null)
/**
 * Mapping between product IDs and post-subscription redirect URLs. A public URL, handed to browsers. The chart sets it from "{}" unless given here. (upstream default {"123doneProProduct":"http://localhost:8080/","fortressProProduct":"http://localhost:9292/download","prod_FUUNYnlDso7FeB":"https://fortress-latest.dev.lcip.org/","prod_GqM9ToKK62qjkK":"https://123done-latest.dev.lcip.org/","prod_FfiuDs9u11ESbD":"https://123done-stage.dev.lcip.org"})
 */
PRODUCT_REDIRECT_URLS?: ({

} | unknown[] | null)
/**
 * Instead of loading static resources from disk, get them by proxy from this URL (typically a special reloading dev server). (upstream default "")
 */
PROXY_STATIC_RESOURCES_FROM?: (string | null)
/**
 * Sentry DSN. The chart sets it from global.integrations.sentry.dsn while global.integrations.sentry.enabled is on, else "" unless given here. (upstream default "")
 */
SENTRY_DSN?: (string | null)
/**
 * Sentry URL. An external URL, of a service outside the cluster. The chart sets it from unset while global.integrations.sentry.enabled is on, else "https://sentry.invalid" unless given here. (upstream default "https://sentry.prod.mozaws.net/444")
 */
SENTRY_URL?: (string | null)
/**
 * The url of the fxa-auth-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
AUTH_SERVER_URL?: (string | null)
/**
 * The url of the corresponding fxa-content-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
CONTENT_SERVER_URL?: (string | null)
/**
 * The url of the corresponding fxa-oauth-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-auth-server unless given here. (upstream default "http://localhost:9000")
 */
OAUTH_SERVER_URL?: (string | null)
/**
 * The Payments frontend OAuth client id. (upstream default "59cceb6f8c32317c")
 */
OAUTH_SUBSCRIPTIONS_CLIENT_ID?: (string | null)
/**
 * The url of the corresponding fxa-profile-server instance. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-server unless given here. (upstream default "http://localhost:1111")
 */
PROFILE_SERVER_URL?: (string | null)
/**
 * The url of the Firefox Account Profile Image Server. A public URL, handed to browsers. The chart sets it from the public URL of fxa-profile-static unless given here. (upstream default "http://localhost:1112")
 */
FXA_PROFILE_IMAGES_URL?: (string | null)
/**
 * The URL of the Firefox Accounts static content CDN. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "https://accounts-static.cdn.mozilla.net")
 */
FXA_STATIC_CDN_URL?: (string | null)
/**
 * The Survey Gizmo iframe embed url. An external URL, of a service outside the cluster. (upstream default "https://www.surveygizmo.com")
 */
SURVEY_GIZMO_EMBED_URL?: (string | null)
/**
 * Directory where static resources are located. (upstream default "build")
 */
STATIC_DIRECTORY?: (string | null)
/**
 * Cache max age for static assets, in ms. (upstream default "10 minutes")
 */
STATIC_MAX_AGE?: (number | string | null)
/**
 * The origin of the static resources. A public URL, handed to browsers. The chart sets it from the public URL of fxa-payments-server unless given here. (upstream default "http://localhost:3031")
 */
STATIC_RESOURCE_URL?: (string | null)
/**
 * Enable StatsD. The chart sets it from "true" while global.statsd.enabled is on, else "false" unless given here. (upstream default false)
 */
STATSD_ENABLE?: (boolean | null)
/**
 * Sampling rate for StatsD. (upstream default 1)
 */
STATSD_SAMPLE_RATE?: (number | null)
/**
 * StatsD message buffer size in number of characters. (upstream default 500)
 */
STATSD_BUFFER_SIZE?: (number | null)
/**
 * StatsD host to report to. The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "localhost")
 */
DD_AGENT_HOST?: (string | null)
/**
 * Port number of StatsD server. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
DD_DOGSTATSD_PORT?: (number | null)
/**
 * StatsD metrics name prefix. The chart sets it from "fxa-payments." unless given here. (upstream default "fxa-payments.")
 */
STATSD_PREFIX?: (string | null)
/**
 * The PayPal client ID. (upstream default "sb")
 */
PAYPAL_CLIENT_ID?: (string | null)
/**
 * The PAYPAL API url. An external URL, of a service outside the cluster. (upstream default "https://www.sandbox.paypal.com")
 */
PAYPAL_API_URL?: (string | null)
/**
 * The PayPal script url. An external URL, of a service outside the cluster. (upstream default "https://www.paypal.com")
 */
PAYPAL_SCRIPT_URL?: (string | null)
/**
 * The Stripe API url. An external URL, of a service outside the cluster. (upstream default "https://api.stripe.com")
 */
STRIPE_API_URL?: (string | null)
/**
 * The Stripe hooks url. An external URL, of a service outside the cluster. (upstream default "https://hooks.stripe.com")
 */
STRIPE_HOOKS_URL?: (string | null)
/**
 * The Stripe script url. An external URL, of a service outside the cluster. (upstream default "https://js.stripe.com")
 */
STRIPE_SCRIPT_URL?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * API key for Stripe. The chart sets it from global.secrets stripePublishableKey (while global.integrations.subscriptions.enabled is set) unless given here.
 */
STRIPE_API_KEY?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface DbMigrationsValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Sets . (unset (upstream has no default))
 */
CONFIG_FILES?: (string | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.fxa unless given here. (upstream default "fxa")
 */
AUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
AUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
AUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
AUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
AUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
AUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
AUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.profile unless given here. (upstream default "fxa_profile")
 */
PROFILE_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
PROFILE_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
PROFILE_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
PROFILE_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
PROFILE_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
PROFILE_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
PROFILE_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.oauth unless given here. (upstream default "fxa_oauth")
 */
OAUTH_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
OAUTH_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
OAUTH_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
OAUTH_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
OAUTH_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
OAUTH_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
OAUTH_MYSQL_IDLE_LIMIT_MS?: (number | null)
/**
 * MySQL database. The chart sets it from global.mysql.databases.pushbox unless given here. (upstream default "pushbox")
 */
PUSHBOX_MYSQL_DATABASE?: (string | null)
/**
 * MySQL host. The chart sets it from global.mysql.host unless given here. (upstream default "localhost")
 */
PUSHBOX_MYSQL_HOST?: (string | null)
/**
 * MySQL port. The chart sets it from global.mysql.port unless given here. (upstream default 3306)
 */
PUSHBOX_MYSQL_PORT?: (number | null)
/**
 * MySQL username. The chart sets it from global.mysql.user unless given here. (upstream default "root")
 */
PUSHBOX_MYSQL_USERNAME?: (string | null)
/**
 * The min number of connections that the pool can use at once. (upstream default 2)
 */
PUSHBOX_MYSQL_CONNECTION_LIMIT_MIN?: (number | null)
/**
 * The maximum number of connections that the pool can use at once. (upstream default 10)
 */
PUSHBOX_MYSQL_CONNECTION_LIMIT_MAX?: (number | null)
/**
 * The milliseconds before a timeout occurs if a resource cannot be acquired. (upstream default 30000)
 */
PUSHBOX_MYSQL_ACQUIRE_TIMEOUT?: (number | null)
/**
 * The number of milliseconds a connection can be idle before it is closed. (upstream default 60000)
 */
PUSHBOX_MYSQL_IDLE_LIMIT_MS?: (number | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
AUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
PROFILE_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
OAUTH_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * MySQL password. The chart sets it from global.secrets mysqlPassword unless given here.
 */
PUSHBOX_MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
/**
 * Seconds before a stuck run is stopped and the upgrade fails
 */
activeDeadlineSeconds?: (number | null)
}
export interface DoneValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Oauth client id. (upstream default "dcdb5ae7add825d2")
 */
CLIENT_ID?: (string | null)
/**
 * Oauth client redirect. A public URL, handed to browsers. The chart sets it from the public URL of 123done + /api/oauth unless given here. (upstream default "http://localhost:8080/api/oauth")
 */
REDIRECT_URI?: (string | null)
/**
 * Oauth client issuer uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
ISSUER_URI?: (string | null)
/**
 * Oauth client requesting scopes. (upstream default "profile openid")
 */
SCOPES?: (string | null)
/**
 * Oauth pkce client id. (upstream default "38a6b9b3a65a1871")
 */
PKCE_CLIENT_ID?: (string | null)
/**
 * Oauth pkce client id. A public URL, handed to browsers. The chart sets it from the public URL of 123done + /?oauth_pkce_redirect=1 unless given here. (upstream default "http://localhost:8080/?oauth_pkce_redirect=1")
 */
PKCE_REDIRECT_URI?: (string | null)
/**
 * Cookie name. (upstream default "123done")
 */
COOKIE_NAME?: (string | null)
/**
 * Port to run service. The chart sets it from the container port unless given here. (upstream default 8080)
 */
PORT?: (number | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Oauth client secret.
 */
CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Cookie secret.
 */
COOKIE_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface DoneValues1 {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Oauth client id. The chart sets it from "325b4083e32fe8e7" unless given here. (upstream default "dcdb5ae7add825d2")
 */
CLIENT_ID?: (string | null)
/**
 * Oauth client redirect. A public URL, handed to browsers. The chart sets it from the public URL of 321done + /api/oauth unless given here. (upstream default "http://localhost:8080/api/oauth")
 */
REDIRECT_URI?: (string | null)
/**
 * Oauth client issuer uri. A public URL, handed to browsers. The chart sets it from the public URL of fxa-content-server unless given here. (upstream default "http://localhost:3030")
 */
ISSUER_URI?: (string | null)
/**
 * Oauth client requesting scopes. (upstream default "profile openid")
 */
SCOPES?: (string | null)
/**
 * Oauth pkce client id. (upstream default "38a6b9b3a65a1871")
 */
PKCE_CLIENT_ID?: (string | null)
/**
 * Oauth pkce client id. A public URL, handed to browsers. The chart sets it from the public URL of 321done + /?oauth_pkce_redirect=1 unless given here. (upstream default "http://localhost:8080/?oauth_pkce_redirect=1")
 */
PKCE_REDIRECT_URI?: (string | null)
/**
 * Cookie name. The chart sets it from "321done" unless given here. (upstream default "123done")
 */
COOKIE_NAME?: (string | null)
/**
 * Port to run service. The chart sets it from the container port unless given here. (upstream default 8080)
 */
PORT?: (number | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Oauth client secret.
 */
CLIENT_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Cookie secret.
 */
COOKIE_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface RedisValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas; a singleton runs at most one
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Write every change to an append-only file in /data, so data survives a restart. The chart sets it from "yes" while global.persistence.redis.enabled is on, else "no" unless given here. (upstream default "no")
 */
REDIS_APPENDONLY?: ("yes" | "no" | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Password clients must send (AUTH); empty: none. The chart sets it from global.secrets redisPassword unless given here.
 */
REDIS_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface MysqlValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas; a singleton runs at most one
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Additional user created on first start. (unset (upstream has no default))
 */
MYSQL_USER?: (string | null)
/**
 * Database created on first start. (unset (upstream has no default))
 */
MYSQL_DATABASE?: (string | null)
/**
 * Set to allow root without a password (never in production). (unset (upstream has no default))
 */
MYSQL_ALLOW_EMPTY_PASSWORD?: (string | null)
/**
 * Generate a random root password on first start. (unset (upstream has no default))
 */
MYSQL_RANDOM_ROOT_PASSWORD?: (string | null)
/**
 * Expire the root password after first start. (unset (upstream has no default))
 */
MYSQL_ONETIME_PASSWORD?: (string | null)
/**
 * Skip loading time zone data on first start. (unset (upstream has no default))
 */
MYSQL_INITDB_SKIP_TZINFO?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * Password of the root user, set on first start. The chart sets it from global.secrets mysqlPassword unless given here.
 */
MYSQL_ROOT_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * Password of MYSQL_USER.
 */
MYSQL_PASSWORD?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface SyncstorageValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * TCP port the server binds to. Default: 8000. The chart sets it from the container port unless given here. (upstream default 8000)
 */
SYNC_PORT?: (number | null)
/**
 * Host address the server binds to. Default: "127.0.0.1". Use "0.0.0.0" inside containers so the port is reachable from the host. The chart sets it from "0.0.0.0" unless given here. (upstream default "127.0.0.1")
 */
SYNC_HOST?: (string | null)
/**
 * Keep-alive header value (seconds). (unset (upstream has no default))
 */
SYNC_ACTIX_KEEP_ALIVE?: (number | null)
/**
 * Emit human-readable logs instead of mozlog JSON. Default: false. Production environments should leave this off (JSON is preferred). (upstream default false)
 */
SYNC_HUMAN_LOGS?: (boolean | null)
/**
 * Hostname of the StatsD/metrics sink. Default: "localhost". The chart sets it from global.statsd.host while global.statsd.enabled is on, else "" unless given here. (upstream default "localhost")
 */
SYNC_STATSD_HOST?: (string | null)
/**
 * Port of the StatsD/metrics sink. Default: 8125. The chart sets it from global.statsd.port unless given here. (upstream default 8125)
 */
SYNC_STATSD_PORT?: (number | null)
/**
 * Whether to include the hostname in metrics, which increases cardinality significantly in prod. (upstream default false)
 */
SYNC_INCLUDE_HOSTNAME_TAG?: (boolean | null)
/**
 * Environment of Sync application (Stage, Prod, Dev, etc). (upstream default "dev")
 */
SYNC_ENVIRONMENT?: (string | null)
/**
 * Cors Settings. A public URL, handed to browsers. (upstream default "*")
 */
SYNC_CORS_ALLOWED_ORIGIN?: (string | null)
/**
 * Sets cors_max_age. (upstream default 1728000)
 */
SYNC_CORS_MAX_AGE?: (number | null)
/**
 * Sets cors_allowed_methods. (upstream default ["DELETE","GET","POST","PUT"])
 */
SYNC_CORS_ALLOWED_METHODS?: ((string | number | boolean)[] | null)
/**
 * Sets cors_allowed_headers. (upstream default ["Authorization","Content-Type","User-Agent","x-last-modified","x-weave-timestamp","x-weave-next-offset","x-weave-records","x-weave-bytes","x-weave-total-records","x-weave-total-bytes","x-verify-code","TEST_IDLES"])
 */
SYNC_CORS_ALLOWED_HEADERS?: ((string | number | boolean)[] | null)
/**
 * The maximum number of blocking threads that can be used by the worker. Note, we don't want "Option" here because we use this as part of the metric periodic reporter. The default value is 512. (upstream default 512)
 */
SYNC_WORKER_MAX_BLOCKING_THREADS?: (number | null)
/**
 * Max size of the database connection pool. Default: 10. (upstream default 10)
 */
SYNC_SYNCSTORAGE__DATABASE_POOL_MAX_SIZE?: (number | null)
/**
 * Pool timeout when waiting for a slot to become available, in seconds. (upstream default 30)
 */
SYNC_SYNCSTORAGE__DATABASE_POOL_CONNECTION_TIMEOUT?: (number | null)
/**
 * Max age a given connection should live, in seconds. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__DATABASE_POOL_CONNECTION_LIFESPAN?: (number | null)
/**
 * Max time a connection should sit idle before being dropped. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__DATABASE_POOL_CONNECTION_MAX_IDLE?: (number | null)
/**
 * Interval for sweeper task releasing unused connections. (upstream default 30)
 */
SYNC_SYNCSTORAGE__DATABASE_POOL_SWEEPER_TASK_INTERVAL?: (number | null)
/**
 * Sets syncstorage.database_use_test_transactions. (upstream default false)
 */
SYNC_SYNCSTORAGE__DATABASE_USE_TEST_TRANSACTIONS?: (boolean | null)
/**
 * Whether leader aware router headers are sent to Spanner. (upstream default false)
 */
SYNC_SYNCSTORAGE__DATABASE_SPANNER_ROUTE_TO_LEADER?: (boolean | null)
/**
 * Maximum combined size of BSO payloads for a single request, in bytes. (upstream default 2621440)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_POST_BYTES?: (number | null)
/**
 * Maximum BSO count for a single request. (upstream default 100)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_POST_RECORDS?: (number | null)
/**
 * Maximum size of an individual BSO payload, in bytes. At present is limited to 2.5MB. (upstream default 2621440)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_RECORD_PAYLOAD_BYTES?: (number | null)
/**
 * Maximum `Content-Length` for all incoming requests, in bytes. Enforced externally to this repo, at the web server level. It's important that nginx (or whatever) really is configured to enforce exactly this limit, otherwise client requests may fail with a 413 before even reaching the API. (upstream default 2625536)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_REQUEST_BYTES?: (number | null)
/**
 * Maximum combined size of BSO payloads across a batch upload, in bytes. (upstream default 262144000)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_TOTAL_BYTES?: (number | null)
/**
 * Maximum BSO count across a batch upload. (upstream default 10000)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_TOTAL_RECORDS?: (number | null)
/**
 * Sets syncstorage.limits.max_quota_limit. (upstream default 2097152000)
 */
SYNC_SYNCSTORAGE__LIMITS__MAX_QUOTA_LIMIT?: (number | null)
/**
 * Optional per-collection overrides of the limits above by collection name. Configured as a JSON string mapping each collection name to an overrides object, e.g. `SYNC_SYNCSTORAGE__LIMITS__COLLECTIONS='{"newtab-images":{"max_record_payload_bytes":20971520,"max_post_bytes":26214400,"max_request_bytes":26218496}}'`. Supported override fields: `max_record_payload_bytes`, `max_post_bytes`, `max_request_bytes`. Any field left unset inherits the corresponding global limit. (upstream default "{}")
 */
SYNC_SYNCSTORAGE__LIMITS__COLLECTIONS?: (string | null)
/**
 * StatsD metrics label prefix for syncstorage. Default: "syncstorage". The chart sets it from "syncstorage" unless given here. (upstream default "syncstorage")
 */
SYNC_SYNCSTORAGE__STATSD_LABEL?: (string | null)
/**
 * Track per-user storage quota. Spanner-only; force-disabled on other backends. Default: false. (upstream default false)
 */
SYNC_SYNCSTORAGE__ENABLE_QUOTA?: (boolean | null)
/**
 * Reject writes that exceed `limits.max_quota_limit`. Requires `enable_quota`. Spanner-only; force-disabled on other backends. Default: false. (upstream default false)
 */
SYNC_SYNCSTORAGE__ENFORCE_QUOTA?: (boolean | null)
/**
 * Whether Glean telemetry metric emission is enabled. The chart sets it from "true" while global.integrations.glean.enabled is on, else "false" unless given here. (upstream default true)
 */
SYNC_SYNCSTORAGE__GLEAN_ENABLED?: (boolean | null)
/**
 * gRPC address of a local Spanner emulator (e.g. "localhost:9010"). Leave unset to use real Spanner. Default: None. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__SPANNER_EMULATOR_HOST?: (string | null)
/**
 * Whether the Syncstorage service is enabled. Default: true. (upstream default true)
 */
SYNC_SYNCSTORAGE__ENABLED?: (boolean | null)
/**
 * Fail the `/__lbheartbeat__` healthcheck after running for this duration of time (in seconds) + jitter. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__LBHEARTBEAT_TTL?: (number | null)
/**
 * Percentage of `lbheartbeat_ttl` time to "jitter" (adds additional, randomized time). (upstream default 25)
 */
SYNC_SYNCSTORAGE__LBHEARTBEAT_TTL_JITTER?: (number | null)
/**
 * Optional Google Cloud Storage bucket for off-loading BSO payloads. When set and the request's collection appears in [`Self::gcs_payload_offload_collections`], incoming payloads are uploaded to this bucket and the resulting URL is stored in the `payload_link` column instead of the inline `payload` column. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__GCS_PAYLOAD_BUCKET?: (string | null)
/**
 * Collections whose BSO payloads are off-loaded to GCS (see [`Self::gcs_payload_bucket`]). Empty by default, which disables the off-load path for all collections. (upstream default [])
 */
SYNC_SYNCSTORAGE__GCS_PAYLOAD_OFFLOAD_COLLECTIONS?: ((string | number | boolean)[] | null)
/**
 * Maximum number of GCS payload uploads/downloads to run concurrently within a single batch request. (upstream default "4")
 */
SYNC_SYNCSTORAGE__GCS_PAYLOAD_MAX_CONCURRENCY?: (string | null)
/**
 * Override the GCS endpoint URL for testing (e.g. an httptest mock or fake-gcs-server instance). When set, anonymous credentials are used. Unset in prod deployments; setting it to a wrong value in prod would immediately break offload, so the opt-in is self-defeating as a stealth-security-degradation vector. An external URL, of a service outside the cluster. (unset (upstream has no default))
 */
SYNC_SYNCSTORAGE__GCS_ENDPOINT?: (string | null)
/**
 * The max size of the database connection pool. (upstream default 10)
 */
SYNC_TOKENSERVER__DATABASE_POOL_MAX_SIZE?: (number | null)
/**
 * Pool timeout when waiting for a slot to become available, in seconds. (upstream default 30)
 */
SYNC_TOKENSERVER__DATABASE_POOL_CONNECTION_TIMEOUT?: (number | null)
/**
 * Database request timeout, in seconds. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__DATABASE_REQUEST_TIMEOUT?: (number | null)
/**
 * Whether or not to enable Tokenserver. The chart sets it from "true" unless given here. (upstream default false)
 */
SYNC_TOKENSERVER__ENABLED?: (boolean | null)
/**
 * The email domain for users' FxA accounts. This should be set according to the desired FxA environment (production or stage). The chart sets it from the public host names of fxa-auth-server unless given here. (upstream default "api-accounts.stage.mozaws.net")
 */
SYNC_TOKENSERVER__FXA_EMAIL_DOMAIN?: (string | null)
/**
 * The URL of the FxA server used for verifying OAuth tokens. An internal URL, for calls inside the cluster. The chart sets it from the in-cluster URL of fxa-auth-server + / unless given here. (upstream default "https://oauth.stage.mozaws.net")
 */
SYNC_TOKENSERVER__FXA_OAUTH_SERVER_URL?: (string | null)
/**
 * The timeout to be used when making requests to the FxA OAuth verification server. (upstream default 10)
 */
SYNC_TOKENSERVER__FXA_OAUTH_REQUEST_TIMEOUT?: (number | null)
/**
 * The JWK to be used to verify OAuth tokens. Passing a JWK to the PyFxA Python library prevents it from making an external API call to FxA to get the JWK, yielding substantial performance benefits. This value should match that on the `/v1/jwks` endpoint on the FxA Auth Server. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__FXA_OAUTH_PRIMARY_JWK?: (string | null)
/**
 * A secondary JWK to be used to verify OAuth tokens. This is intended to be used to enable seamless key rotations on FxA. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__FXA_OAUTH_SECONDARY_JWK?: (string | null)
/**
 * The rate at which capacity should be released from nodes that are at capacity. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__NODE_CAPACITY_RELEASE_RATE?: (number | null)
/**
 * The type of the storage nodes used by this instance of Tokenserver. The chart sets it from "mysql" unless given here. (upstream default "spanner")
 */
SYNC_TOKENSERVER__NODE_TYPE?: (string | null)
/**
 * The label to be used when reporting Metrics. The chart sets it from "syncstorage.tokenserver" unless given here. (upstream default "syncstorage.tokenserver")
 */
SYNC_TOKENSERVER__STATSD_LABEL?: (string | null)
/**
 * Whether or not to run the Tokenserver migrations upon startup. The chart sets it from "true" unless given here. (upstream computes it: cfg!(test))
 */
SYNC_TOKENSERVER__RUN_MIGRATIONS?: (boolean | null)
/**
 * The database ID of the Spanner node. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__SPANNER_NODE_ID?: (number | null)
/**
 * The number of additional blocking threads to add to the blocking threadpool to handle OAuth verification requests to FxA. This value is added to the worker_max_blocking_threads config var. Note that this setting only applies if the OAuth public JWK is not cached, since OAuth verifications do not require requests to FXA if the JWK is set on Tokenserver. The server will return an error at startup if the JWK is not cached and this setting is `None`. (upstream default 1)
 */
SYNC_TOKENSERVER__ADDITIONAL_BLOCKING_THREADS_FOR_FXA_REQUESTS?: (number | null)
/**
 * The amount of time in seconds before a token provided by Tokenserver expires. (upstream default 3600)
 */
SYNC_TOKENSERVER__TOKEN_DURATION?: (number | null)
/**
 * The storage node URL to insert into the `nodes` table on startup. The insert is performed only when this value is set. On db record conflict it will do nothing. A public URL, handed to browsers. The chart sets it from the public URL of syncstorage unless given here. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__INIT_NODE_URL?: (string | null)
/**
 * The capacity value for the node record created for `init_node_url`. Only used if `init_node_url` is set. (upstream default 100000)
 */
SYNC_TOKENSERVER__INIT_NODE_CAPACITY?: (number | null)
/**
 * Whether to enable the FxA webhook endpoint. Defaults to false. (upstream default false)
 */
SYNC_TOKENSERVER__FXA_WEBHOOK_ENABLED?: (boolean | null)
/**
 * Whether the FxA webhook handler runs in metrics-only mode. When enabled, received events are counted but not processed. Defaults to false. (upstream default false)
 */
SYNC_TOKENSERVER__FXA_WEBHOOK_METRICS_ONLY?: (boolean | null)
/**
 * The `aud` of Security Event Tokens received on the account events webhook endpoint. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__FXA_WEBHOOK_SET_CLIENT_ID?: (string | null)
/**
 * The `iss` of Security Event Tokens received on the account events webhook endpoint. A public URL, handed to browsers. (unset (upstream has no default))
 */
SYNC_TOKENSERVER__FXA_WEBHOOK_SET_ISSUER?: (string | null)
/**
 * Whether new users may register to the Tokenserver. Defaults to true. (upstream default true)
 */
SYNC_TOKENSERVER__ALLOW_NEW_USERS?: (boolean | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {
/**
 * The master secret, from which are derived the signing secret and token secret that are used during Hawk authentication. The chart sets it from global.secrets syncMasterSecret unless given here.
 */
SYNC_MASTER_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The syncstorage database connection string. Has no usable default: when unset this is left empty so the server fails fast at startup (see `syncserver_settings::Settings::validate`) rather than silently connecting to a default host. The chart sets it from "mysql://" + global.mysql.user + ":" + global.secrets mysqlPassword + "@" + global.mysql.host + ":" + global.mysql.port + "/" + global.mysql.databases.syncstorage unless given here.
 */
SYNC_SYNCSTORAGE__DATABASE_URL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The URL of the Tokenserver MySQL database. Has no usable default: when unset (and Tokenserver is enabled) this is left empty so the server fails fast at startup (see `syncserver_settings::Settings::validate`) rather than silently connecting to a default host. The chart sets it from "mysql://" + global.mysql.user + ":" + global.secrets mysqlPassword + "@" + global.mysql.host + ":" + global.mysql.port + "/" + global.mysql.databases.tokenserver unless given here.
 */
SYNC_TOKENSERVER__DATABASE_URL?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
/**
 * The secret to be used when computing the hash for a Tokenserver user's metrics UID.
 */
SYNC_TOKENSERVER__FXA_METRICS_HASH_SECRET?: {
/**
 * The secret itself; the chart stores it in a Secret (use existingSecret in production)
 */
value?: string
/**
 * Name of an existing Secret that holds the value
 */
existingSecret?: string
/**
 * Key inside existingSecret (default: the variable name)
 */
key?: string
}
}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
pdb?: {
enabled?: boolean
/**
 * Pods that may be evicted at once (number or percentage)
 */
maxUnavailable?: (number | string)
}
autoscaling?: {
enabled?: boolean
minReplicas?: number
maxReplicas?: number
targetCPUUtilizationPercentage?: number
}
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface StatsdValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas; a singleton runs at most one
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {

}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {

}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
export interface MailpitValues {
/**
 * Values shared by every FxA chart (see the fxa chart)
 */
global?: {

}
/**
 * Deploy this server (read by the fxa chart)
 */
enabled?: boolean
/**
 * Replicas; a singleton runs at most one
 */
replicaCount?: number
/**
 * Image override; empty fields fall back to global.image (or the pinned infra image)
 */
image?: {
repository?: string
tag?: string
pullPolicy?: ("" | "Always" | "IfNotPresent" | "Never")
}
/**
 * Non-secret environment, one key per variable the server reads
 */
env?: {
/**
 * Accept any SMTP username and password, so a relay configured with credentials still delivers here. The chart sets it from "true" unless given here. (upstream default false)
 */
MP_SMTP_AUTH_ACCEPT_ANY?: (boolean | null)
/**
 * Allow SMTP authentication without TLS. The chart sets it from "true" unless given here. (upstream default false)
 */
MP_SMTP_AUTH_ALLOW_INSECURE?: (boolean | null)
/**
 * Path the web UI and API are served under. The chart sets it from "/mailpit/" unless given here. (upstream default "/")
 */
MP_WEBROOT?: (string | null)
/**
 * Messages kept; older ones are deleted. (upstream default 500)
 */
MP_MAX_MESSAGES?: (number | null)
/**
 * Address of the web UI and API. (upstream default "[::]:8025")
 */
MP_UI_BIND_ADDR?: (string | null)
/**
 * Address of the SMTP server. (upstream default "[::]:1025")
 */
MP_SMTP_BIND_ADDR?: (string | null)
}
/**
 * Secret environment: each from an inline value or an existing Secret
 */
secretEnv?: {

}
/**
 * Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know
 */
extraEnv?: {
name: string
}[]
/**
 * Container resources
 */
resources?: {

}
/**
 * Node labels for pod assignment
 */
nodeSelector?: {
[k: string]: string | undefined
}
/**
 * Pod tolerations
 */
tolerations?: unknown[]
/**
 * Pod affinity
 */
affinity?: {

}
/**
 * Extra pod annotations
 */
podAnnotations?: {
[k: string]: string | undefined
}
/**
 * Extra pod labels
 */
podLabels?: {
[k: string]: string | undefined
}
/**
 * Pod security context (merged over the restricted default)
 */
podSecurityContext?: {

}
/**
 * Container security context (merged over the restricted default)
 */
securityContext?: {

}
/**
 * Extra pod volumes (Kubernetes Volume objects)
 */
extraVolumes?: {
name: string
}[]
/**
 * Extra mounts into the server container (Kubernetes VolumeMount objects)
 */
extraVolumeMounts?: {
name: string
mountPath: string
}[]
/**
 * Init containers run before the server (Kubernetes Container objects)
 */
initContainers?: {
name: string
}[]
/**
 * Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default
 */
serviceAccountName?: string
/**
 * Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent
 */
topologySpreadConstraints?: {

}[]
/**
 * Priority class of the pods
 */
priorityClassName?: string
/**
 * Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)
 */
terminationGracePeriodSeconds?: (number | null)
/**
 * Startup probe (Kubernetes Probe); empty: the readiness check at probes.startup's timing (every 10 s, up to 30 times)
 */
startupProbe?: {

}
/**
 * Probe timings; a field left out keeps the catalog's
 */
probes?: {
/**
 * Readiness: while it fails, the pod is out of its Service. The catalog's: periodSeconds 10, failureThreshold 3
 */
readiness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Liveness: once it fails, the container restarts. The catalog's: periodSeconds 20, failureThreshold 6
 */
liveness?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
/**
 * Startup: liveness waits until it passes (unless startupProbe replaces it). The catalog's: periodSeconds 10, failureThreshold 30
 */
startup?: {
/**
 * Seconds between two checks
 */
periodSeconds?: number
/**
 * Failures in a row before it counts
 */
failureThreshold?: number
/**
 * Seconds one check may take (Kubernetes default: 1)
 */
timeoutSeconds?: number
}
}
/**
 * Requests and memory limits by size, used while resources is empty; none: no resources at all
 */
resourcesPreset?: ("nano" | "small" | "medium" | "large" | "none")
/**
 * The server's Service
 */
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer")
annotations?: {
[k: string]: string | undefined
}
}
}
