/** The `global` block every chart shares: the environment, the public URL, the image and the data stores. */
import { THRESHOLDS } from '../../schema/alerts.ts';
import { DEFAULT_IMAGE, INTEGRATIONS, LAUNCHER_IMAGE, PINNED_RELEASE, RELEASE_TAGS, SHARED_SECRETS } from '../../schema/index.ts';
import { SECRET_NAME_OR_EMPTY } from '../lib/k8s-names.ts';
import { HOST_OR_EMPTY } from '../lib/hosts.ts';
import { CONTENT_CLIENT_ID } from '../../schema/servers/oauth-clients.ts';
import { DATABASES } from '../../schema/services.ts';
import { defaultPort } from './service-address.ts';
import { doc } from './yaml.ts';
import type { JSONSchema } from './server-values.ts';

export function globalValues(): Record<string, unknown> {
  return {
    environment: doc('development or production: mapped per server to its own NODE_ENV vocabulary (dev/prod, development/production)', 'production'),
    publicUrl: doc('Public base URL: the content server sits at its root, other servers under their paths (/auth, /profile, ...)', 'https://accounts.example.com'),
    publicUrls: doc('Per-server public URL overrides (server name -> URL); routes follow them', {}),
    accountDeletion: doc('Account deletion without Google Cloud: the Cloud Tasks emulator beside auth in each auth pod receives the deletion tasks auth enqueues and delivers them back to it (schema/cloud-tasks.ts)', {
      enabled: doc('Run the emulator and point auth at it; off, auth enqueues to Google Cloud Tasks (configure AUTH_CLOUDTASKS_* yourself) or fails every account deletion', true),
    }),
    networkPolicy: doc('NetworkPolicies built from the catalog\'s calls graph: deny by default, allow each server\'s callers in and its callees out', {
      enabled: doc('Render them (they take effect where the cluster\'s network plugin enforces NetworkPolicy)', true),
      ingressFrom: doc('Who may reach the public servers (NetworkPolicyPeer list, e.g. the ingress controller\'s namespace); empty: any source', []),
      egressHttps: doc('Let FxA servers open HTTPS connections anywhere (push services, Stripe, Google, Sentry, ...)', true),
    }),
    routes: doc('How browsers reach the servers. Every public URL the servers are given comes from these values, and so do the routes', {
      layout: doc('paths: one host (publicUrl), each server under its path. subdomains: the content server at publicUrl, each other server at <subdomain>.<domain> (api., profile., graphql., sync., ...)', 'paths'),
      domain: doc('Parent domain of the subdomains layout; empty: the host of publicUrl (accounts.example.com gives api.accounts.example.com)', ''),
      kind: doc('none: your own router. ingress: Ingress objects. httpRoute: Gateway API HTTPRoutes', 'none'),
      ingress: doc('Ingress settings', {
        className: doc('ingressClassName (empty: the cluster default class)', ''),
        annotations: doc('Extra annotations on every Ingress', {}),
        stripPrefix: doc('How the controller strips a path prefix, which the paths layout needs for the servers that serve at their root (profile, graphql, sync, ...): nginx (rewrite-target), or none (then use the subdomains layout or httpRoute)', 'none'),
      }),
      httpRoute: doc('Gateway API HTTPRoute settings', {
        parentRefs: doc('Gateways the routes attach to, e.g. [{name: public-gateway, namespace: gateway-system}]', []),
      }),
      tls: doc('HTTPS at the router (Ingress): a certificate Secret, made by you or by cert-manager', {
        secretName: doc('Secret holding the certificate for every host (empty: <release>-fxa-tls when TLS is on)', ''),
        certManagerIssuer: doc('cert-manager ClusterIssuer that makes the certificate (empty: none; the Secret must then exist)', ''),
      }),
    }),
    fxaRelease: doc(`The FxA release the servers run (${RELEASE_TAGS.join(', ')}): which servers exist, the settings it reads and the fixes its files need (docs/conformance.md); the image tag follows it`, PINNED_RELEASE),
    image: doc(`Mozilla's image of every FxA server; each server gets its own command`, {
      repository: DEFAULT_IMAGE.repository,
      tag: doc('Image tag (empty: global.fxaRelease, the image Mozilla publishes for that release)', ''),
      digest: doc('Pin the image by digest as well (sha256:...); empty: by tag only', ''),
      pullPolicy: 'IfNotPresent',
    }),
    launcher: doc('Run FxA servers from the launcher image instead (docker/, `npm run docker:build`): one entrypoint that picks the server from the `server` variable', {
      enabled: doc('Use the launcher image; each pod then gets `server=<name>` instead of a command', false),
      image: doc('The launcher image, built FROM global.image by `npm run docker:build -- <version> [user]`', { repository: LAUNCHER_IMAGE.repository, tag: doc('Launcher image tag (empty: global.fxaRelease)', '') }),
    }),
    imagePullSecrets: doc('Image pull secrets for every pod', []),
    metrics: doc('Metrics: the servers send StatsD to global.statsd; the in-cluster statsd_exporter serves them to Prometheus', {
      serviceMonitor: doc('A Prometheus Operator ServiceMonitor for the exporter, rendered only where the cluster has that API', {
        enabled: doc('Render it when the ServiceMonitor API exists', true),
        interval: doc('Scrape interval', '30s'),
        labels: doc('Extra labels (e.g. the release label your Prometheus selects)', {}),
      }),
      rules: doc('Alerting rules as a Prometheus Operator PrometheusRule, rendered only where the cluster has that API; each alert\'s runbook is in docs/guides/troubleshooting.md (docs/observability.md lists them)', {
        enabled: doc('Render the PrometheusRule', false),
        labels: doc('Extra labels (the rule selector of your Prometheus)', {}),
        runbookBaseUrl: doc('Where your copy of docs/guides/troubleshooting.md is served; each alert links its section (empty: no runbook_url)', ''),
        thresholds: doc('When the alerts fire', Object.fromEntries(Object.entries(THRESHOLDS).map(([k, t]) => [k, doc(t.doc, t.value)]))),
      }),
      dashboards: doc('Grafana dashboards as ConfigMaps the Grafana sidecar loads (docs/observability.md lists every panel; the JSON is also in charts/fxa/dashboards/ for import)', {
        enabled: doc('Render the dashboard ConfigMaps', false),
        labels: doc('Labels the sidecar selects ConfigMaps by', { grafana_dashboard: '1' }),
        annotations: doc('Annotations for the sidecar (e.g. grafana_folder: FxA)', {}),
      }),
    }),
    serviceAccount: doc('Every pod runs as the release\'s own ServiceAccount (no API access, token not mounted)', {
      name: doc('Use this existing ServiceAccount instead of creating <release>-fxa-servers', ''),
    }),
    mysql: doc('MySQL every server connects to; empty host means the in-cluster mysql (development only)', {
      host: '',
      port: defaultPort('mysql'),
      user: 'fxa',
      databases: doc('Database names (FxA\'s own defaults); db-migrations creates the first four, syncstorage the last two', {
        ...DATABASES,
      }),
    }),
    redis: doc('Redis every server connects to; empty host means the in-cluster redis', { host: '', port: defaultPort('redis') }),
    statsd: doc('Where the servers send StatsD metrics', { enabled: doc('Send metrics (off: FxA\'s own no-op clients)', false), host: doc('StatsD host; empty: this release\'s statsd (statsd.enabled)', ''), port: defaultPort('statsd') }),
    persistence: doc('Volumes the chart claims', Object.fromEntries(Object.entries(CLAIMS).map(([claim, c]) => [claim, doc(c.doc, {
      ...(c.enabled ? { enabled: doc(c.enabled, false) } : {}),
      existingClaim: doc('Use this PersistentVolumeClaim instead of creating one', ''),
      storageClass: doc('Storage class of the claim (empty: the cluster default)', ''),
      accessMode: doc(c.accessMode, 'ReadWriteOnce'),
      size: doc('Requested size', c.size),
    })]))),
    smtp: doc('Mail relay the auth server sends verification codes and notices through (required in production)', {
      host: doc('SMTP host, e.g. email-smtp.us-east-1.amazonaws.com; empty: this release\'s mailpit (development only: mailpit.enabled)', ''),
      port: doc('SMTP port (587 with STARTTLS, 465 with secure)', defaultPort('smtp')),
      secure: doc('TLS from the first byte (port 465); false uses STARTTLS when offered', false),
      user: doc('SMTP user; its password is global.secrets key smtpPassword. Empty: no authentication', ''),
      sender: doc('From address of every mail, e.g. "Accounts <accounts@example.com>"', ''),
    }),
    oauth: doc('OAuth clients the auth server registers at startup (Firefox\'s and the content server\'s are built in)', {
      contentClientId: doc('Client id of the content server (FXA_OAUTH_CLIENT_ID); registered as a public client', CONTENT_CLIENT_ID),
      clients: doc('More clients (relying parties): {id, name, redirectUri, hashedSecret (sha256 hex of the secret\'s bytes), trusted, canGrant, publicClient, imageUri, allowedScopes}', []),
    }),
    integrations: doc('Optional third-party services, each off until enabled; their secrets are keys of global.secrets', Object.fromEntries(
      Object.entries(INTEGRATIONS).map(([name, def]) => [name, doc(def.doc, {
        enabled: doc(`Turn ${name} on`, false),
        ...Object.fromEntries(Object.entries(def.settings).map(([k, st]) => [k, doc(st.doc, '')])),
      })]),
    )),
    keys: doc('FxA\'s key files (signing keys, OpenID keys, VAPID): made once, by the install hook (global.secrets.generate) or `npx fxa-helm secrets init`, mounted read-only', {
      existingSecret: doc('Secret holding them; empty: <release>-fxa-keys (fxa-keys for a release named fxa)', ''),
    }),
    secrets: doc('Secrets shared across servers: name an existing Secret holding every key, or give the values (development)', {
      generate: doc('Make what is missing of the keys Secret and the shared Secret at install and upgrade (a hook Job from the FxA image; never overwrites a key). Off: make them with `npx fxa-helm secrets init` (GitOps, `helm template | kubectl apply`)', true),
      hook: doc('Where the hook Job\'s pod may run', { nodeSelector: doc('Node labels it must match', {}), tolerations: doc('Taints it tolerates', []) }),
      existingSecret: doc('Existing Secret with one key per entry of values (recommended for production)', ''),
      values: doc('Inline values; the chart stores them in the Secret <release>-fxa-secrets (fxa-secrets for a release named fxa)', Object.fromEntries(Object.entries(SHARED_SECRETS).map(([k, d]) => [k, doc(d, '')]))),
    }),
  };
}

/**
 * The volumes the chart may claim (the catalog's `sharedVolume` claims), each described once for its values and
 * its schema. A claim with `enabled` is optional: its servers get an emptyDir until it is turned on.
 */
export const CLAIMS: Record<string, { doc: string; enabled?: string; accessMode: string; size: string }> = {
  avatars: {
    doc: 'Uploaded avatars: written by fxa-profile-worker, served by fxa-profile-static and fxa-profile-server',
    accessMode: 'ReadWriteOnce binds on almost any storage class, and the chart then schedules every pod that mounts it onto one node (required pod affinity); ReadWriteMany (EFS, Filestore, NFS) lets them spread over nodes',
    size: '5Gi',
  },
  redis: {
    doc: 'The in-cluster Redis\'s data (sessions\' caches, OAuth access tokens, rate limits); off: in memory, lost on restart',
    enabled: 'Keep it on a PersistentVolumeClaim (append-only file)',
    accessMode: 'Access mode (Redis is a singleton)',
    size: '1Gi',
  },
  mysql: {
    doc: 'The in-cluster MySQL\'s databases (development only: production uses global.mysql.host); off: an emptyDir, lost when its pod goes',
    enabled: 'Keep them on a PersistentVolumeClaim',
    accessMode: 'Access mode (MySQL is a singleton)',
    size: '8Gi',
  },
};

/** A claim's settings under global.persistence (with `extra`, e.g. an on/off switch). */
function claimSchema(extra: JSONSchema = {}): JSONSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...extra,
      existingClaim: { type: 'string', description: 'Existing PersistentVolumeClaim' },
      storageClass: { type: 'string', description: 'Storage class' },
      accessMode: { enum: ['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'] },
      size: { type: 'string', description: 'Requested size', pattern: '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$' },
    },
  };
}

export function globalSchema(): JSONSchema {
  const str = (description: string, extra: JSONSchema = {}): JSONSchema => ({ type: 'string', description, ...extra });
  const SECRET_NAME_SCHEMA = { pattern: SECRET_NAME_OR_EMPTY, maxLength: 253 };
  const hostPort = (what: string, port: number, hostDoc = `${what} host; empty: the in-cluster service`, extra: Record<string, JSONSchema> = {}): JSONSchema => ({
    type: 'object',
    additionalProperties: false,
    description: `${what} connection`,
    properties: { ...extra, host: str(hostDoc, { pattern: HOST_OR_EMPTY }), port: { type: 'integer', minimum: 1, maximum: 65535, default: port } },
  });
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Values shared by every FxA chart',
    properties: {
      environment: { enum: ['development', 'production'], description: 'Deployment environment' },
      publicUrl: str('Public base URL (scheme and host, optionally a path)', { format: 'uri', pattern: '^https?://' }),
      publicUrls: { type: 'object', description: 'Per-server public URL overrides', additionalProperties: { type: 'string', format: 'uri', pattern: '^https?://' } },
      accountDeletion: {
        type: 'object',
        additionalProperties: false,
        properties: { enabled: { type: 'boolean', description: 'Run the Cloud Tasks emulator beside auth' } },
      },
      networkPolicy: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: { type: 'boolean' },
          ingressFrom: { type: 'array', items: { type: 'object' }, description: 'NetworkPolicyPeer objects' },
          egressHttps: { type: 'boolean' },
        },
      },
      routes: {
        type: 'object',
        additionalProperties: false,
        properties: {
          layout: { enum: ['paths', 'subdomains'], description: 'One host with paths, or a host per server' },
          domain: str('Parent domain of the subdomains layout', { pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?\\.)*[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^$' }),
          kind: { enum: ['none', 'ingress', 'httpRoute'], description: 'Which route objects the chart renders' },
          ingress: {
            type: 'object',
            additionalProperties: false,
            properties: {
              className: str('ingressClassName'),
              annotations: { type: 'object', additionalProperties: { type: 'string' } },
              stripPrefix: { enum: ['nginx', 'none'], description: 'How the controller strips path prefixes' },
            },
          },
          httpRoute: {
            type: 'object',
            additionalProperties: false,
            properties: { parentRefs: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } } },
          },
          tls: {
            type: 'object',
            additionalProperties: false,
            properties: { secretName: str('TLS Secret', SECRET_NAME_SCHEMA), certManagerIssuer: str('cert-manager ClusterIssuer') },
          },
        },
      },
      fxaRelease: { enum: [...RELEASE_TAGS], description: 'The FxA release the servers run' },
      image: {
        type: 'object',
        additionalProperties: false,
        properties: {
          repository: str('Image repository', { minLength: 1 }),
          tag: str('Image tag; empty: global.fxaRelease'),
          digest: str('Image digest (sha256:<64 hex>); empty: by tag only', { pattern: '^(sha256:[0-9a-f]{64})?$' }),
          pullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
        },
      },
      keys: {
        type: 'object',
        additionalProperties: false,
        properties: { existingSecret: str('Secret holding the key files; empty: <release>-fxa-keys', SECRET_NAME_SCHEMA) },
      },
      launcher: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: { type: 'boolean', description: 'Run FxA servers from the launcher image' },
          image: {
            type: 'object',
            additionalProperties: false,
            properties: { repository: str('Launcher image repository', { minLength: 1 }), tag: str('Launcher image tag; empty: global.fxaRelease') },
          },
        },
      },
      metrics: {
        type: 'object',
        additionalProperties: false,
        properties: {
          serviceMonitor: {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, interval: str('Scrape interval', { pattern: '^[0-9]+(ms|s|m|h)$' }), labels: { type: 'object', additionalProperties: { type: 'string' } } },
          },
          rules: {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { type: 'boolean' },
              labels: { type: 'object', additionalProperties: { type: 'string' } },
              runbookBaseUrl: str('Base URL of the troubleshooting guide', { pattern: '^(https?://\\S+)?$' }),
              thresholds: {
                type: 'object',
                additionalProperties: false,
                required: Object.keys(THRESHOLDS),
                properties: Object.fromEntries(Object.entries(THRESHOLDS).map(([k, t]) => [k, { type: 'number', exclusiveMinimum: 0, description: t.doc }])),
              },
            },
          },
          dashboards: {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { type: 'boolean' },
              labels: { type: 'object', additionalProperties: { type: 'string' } },
              annotations: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
      serviceAccount: { type: 'object', additionalProperties: false, properties: { name: str('Existing ServiceAccount') } },
      imagePullSecrets: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
      mysql: {
        type: 'object',
        additionalProperties: false,
        properties: {
          host: str('MySQL host; empty: the in-cluster mysql', { pattern: HOST_OR_EMPTY }),
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          user: str('MySQL user', { minLength: 1 }),
          databases: {
            type: 'object',
            additionalProperties: false,
            description: 'Database names',
            // letters, digits, _ and $: a name that needs no quoting inside a URL or SQL
            properties: Object.fromEntries(Object.keys(DATABASES).map((d) => [d, str(`Name of the ${d} database`, { pattern: '^[A-Za-z0-9_$]{1,64}$' })])),
          },
        },
      },
      redis: hostPort('Redis', defaultPort('redis')),
      statsd: hostPort('StatsD', defaultPort('statsd'), 'StatsD host; empty: this release\'s statsd', { enabled: { type: 'boolean', description: 'Send metrics' } }),
      persistence: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(CLAIMS).map(([claim, c]) => [claim, claimSchema(c.enabled ? { enabled: { type: 'boolean', description: c.enabled } } : {})])),
      },
      smtp: {
        type: 'object',
        additionalProperties: false,
        description: 'Mail relay',
        properties: {
          host: str('SMTP host; empty: this release\'s mailpit', { pattern: HOST_OR_EMPTY }),
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          secure: { type: 'boolean', description: 'TLS from the first byte' },
          user: str('SMTP user (password: global.secrets smtpPassword)'),
          sender: str('From address'),
        },
      },
      oauth: {
        type: 'object',
        additionalProperties: false,
        properties: {
          contentClientId: str('Client id of the content server', { pattern: '^[0-9a-f]{16}$' }),
          clients: {
            type: 'array',
            description: 'Extra OAuth clients',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'redirectUri', 'hashedSecret'],
              properties: {
                id: str('16 hex digits', { pattern: '^[0-9a-f]{16}$' }),
                name: str('Shown to users', { minLength: 1 }),
                redirectUri: str('Where the browser returns with the code'),
                hashedSecret: str('sha256 hex of the client secret\'s bytes', { pattern: '^[0-9a-f]{64}$' }),
                imageUri: str('Logo URL'),
                allowedScopes: str('Space-separated scopes beyond the defaults'),
                trusted: { type: 'boolean' },
                canGrant: { type: 'boolean' },
                publicClient: { type: 'boolean' },
              },
            },
          },
        },
      },
      integrations: {
        type: 'object',
        additionalProperties: false,
        description: 'Optional third-party services',
        properties: Object.fromEntries(Object.entries(INTEGRATIONS).map(([name, def]) => [name, {
          type: 'object',
          additionalProperties: false,
          description: def.doc,
          properties: {
            enabled: { type: 'boolean' },
            ...Object.fromEntries(Object.entries(def.settings).map(([k, st]) => [k, str(st.doc)])),
          },
        }])),
      },
      secrets: {
        type: 'object',
        additionalProperties: false,
        properties: {
          generate: { type: 'boolean', description: 'Make missing keys and random shared secrets at install and upgrade (a hook Job)' },
          hook: {
            type: 'object',
            additionalProperties: false,
            description: 'Where the hook Job\'s pod may run',
            properties: { nodeSelector: { type: 'object', additionalProperties: { type: 'string' } }, tolerations: { type: 'array', items: { type: 'object' } } },
          },
          existingSecret: str('Existing Secret holding every shared secret key', SECRET_NAME_SCHEMA),
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
