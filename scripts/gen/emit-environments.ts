/** Emits the example environments values/dev.yaml and values/prod.yaml. */
import { createHash } from 'node:crypto';
import { CATALOG, inRelease, requiredSecretKeys, type ServerSpec } from '../../schema/index.ts';
import { env as exampleRpEnv } from '../../schema/env/123done.ts';
import { rp123done, rp321done } from '../../schema/servers/example-rps.ts';


const DEV_PUBLIC_URL = 'http://fxa.localhost';
/** The release name the example values assume for in-cluster hosts. */
const EXAMPLE_RELEASE = 'fxa';

/**
 * The example relying parties as OAuth clients: ids and redirect URIs from their own catalog wiring,
 * secret hash from their config's published development secret.
 */
function exampleClients(): Record<string, unknown>[] {
  const secret = exampleRpEnv.find((v) => v.name === 'CLIENT_SECRET')?.default;
  const hashedSecret = createHash('sha256').update(Buffer.from(String(secret), 'hex')).digest('hex');
  return [rp123done, rp321done].map((rp) => {
    const id = rp.wiring.CLIENT_ID?.from === 'literal' ? rp.wiring.CLIENT_ID.value : exampleRpEnv.find((v) => v.name === 'CLIENT_ID')?.default;
    const redirect = rp.wiring.REDIRECT_URI;
    const path = redirect?.from === 'publicUrl' ? redirect.path ?? '' : '';
    const trusted = rp === rp123done;
    return { id, name: rp.name, redirectUri: `${DEV_PUBLIC_URL}${rp.publicPath ?? ''}${path}`, hashedSecret, trusted, canGrant: false };
  });
}
import { modeline } from './emit-editor-schema.ts';
import { isOptional } from './emit-umbrella.ts';
import { hashBanner, type OutputFile } from './output.ts';
import { doc, toYaml } from './yaml.ts';
import { defaultPort, inClusterPort, mailCatcherUi } from './service-address.ts';

const enableAll = (catalog: readonly ServerSpec[], pick: (name: string, production: boolean) => boolean): Record<string, unknown> =>
  Object.fromEntries(catalog.filter(isOptional).map((s) => [s.name, { enabled: pick(s.name, s.production) }]));

/** Development: everything on, in-cluster MySQL, inline throwaway secrets. */
function dev(catalog: readonly ServerSpec[]): Record<string, unknown> {
  const secrets = Object.fromEntries(requiredSecretKeys().map((k) => [k, `dev-only-${k}-not-for-production`]));
  const servers = enableAll(catalog, () => true);
  const ui = mailCatcherUi(EXAMPLE_RELEASE, catalog);
  return {
    global: {
      environment: 'development',
      publicUrl: DEV_PUBLIC_URL,
      routes: doc('One host, each server under its path: ingress-nginx strips the paths of the servers that serve at their root', {
        layout: 'paths',
        kind: 'ingress',
        ingress: { className: 'nginx', annotations: {}, stripPrefix: 'nginx' },
      }),
      mysql: { host: '', port: inClusterPort('mysql', catalog), user: 'root' },
      statsd: doc('Metrics to this release\'s statsd (an empty host: whatever the release is named)', { enabled: true, host: '', port: inClusterPort('statsd', catalog) }),
      smtp: doc(`Mail to this release's Mailpit (an empty host); read the codes at its web UI (for a release named "${EXAMPLE_RELEASE}": ${ui.command}, then ${ui.url})`, {
        host: '',
        port: inClusterPort('smtp', catalog),
        secure: false,
        user: '',
        sender: 'Firefox Accounts <no-reply@fxa.localhost>',
      }),
      secrets: doc('Throwaway development secrets: never use these anywhere reachable', { existingSecret: '', values: secrets }),
      oauth: doc('The example relying parties, registered with their published development secret', { clients: exampleClients() }),
    },
    ...servers,
    // the example relying parties' redirect URIs are plain http on fxa.localhost
    'fxa-auth-server': { env: { ALLOW_HTTP_REDIRECTS: true } },
  };
}

/** Which optional servers values/prod.yaml turns on: the production ones (never an in-cluster stand-in), but not the admin tools. */
const inProduction = (name: string, production: boolean): boolean => production && !['fxa-admin-server', 'fxa-admin-panel'].includes(name);

/** Every server values/prod.yaml runs. */
export const prodServers = (catalog: readonly ServerSpec[] = CATALOG): string[] =>
  catalog.filter((s) => inPinnedRelease(s.name) && (!isOptional(s) || inProduction(s.name, s.production))).map((s) => s.name);

/** The pinned release has the server (a catalog server of another release only, such as fxa-graphql-api, gets no values here). */
const inPinnedRelease = (name: string): boolean => inRelease(name as ServerSpec['name']);

/** Production: external MySQL (e.g. Amazon RDS), every secret by reference, no example relying parties. */
function prod(catalog: readonly ServerSpec[]): Record<string, unknown> {
  const scaled = { replicaCount: 2, resourcesPreset: 'medium' };
  const servers = enableAll(catalog, inProduction);
  return {
    global: {
      environment: 'production',
      publicUrl: doc('Your public HTTPS origin; the content server is served at its root', 'https://accounts.example.com'),
      routes: doc('One host per server (api.accounts.example.com, profile.accounts.example.com, ...) behind Ingress, any controller; certificates from cert-manager', {
        layout: 'subdomains',
        kind: 'ingress',
        ingress: { className: '', annotations: {}, stripPrefix: 'none' },
        tls: { secretName: '', certManagerIssuer: 'letsencrypt' },
      }),
      mysql: doc('Managed MySQL 8 (e.g. Amazon RDS); databases fxa, fxa_oauth, fxa_profile, pushbox are created by db-migrations', {
        host: 'fxa.cluster-example.us-east-1.rds.amazonaws.com',
        port: defaultPort('mysql'),
        user: 'fxa',
      }),
      smtp: doc('Your mail relay (e.g. Amazon SES SMTP); put the password in the shared Secret as smtpPassword', {
        host: 'email-smtp.us-east-1.amazonaws.com',
        port: defaultPort('smtp'),
        secure: false,
        user: 'AKIAEXAMPLESMTPUSER',
        sender: 'Example Accounts <accounts@example.com>',
      }),
      statsd: doc('Metrics to this release\'s statsd_exporter (an empty host; statsd.enabled below)', { enabled: true, host: '', port: inClusterPort('statsd', catalog) }),
      metrics: doc('Alerts for the Prometheus Operator (rendered only where its PrometheusRule API exists) and dashboards for Grafana\'s sidecar (docs/observability.md)', { rules: { enabled: true }, dashboards: { enabled: true } }),
      persistence: doc('Redis keeps OAuth access tokens and session caches: keep them across restarts', { redis: { enabled: true } }),
      secrets: doc('Give the passwords only you know before installing: kubectl -n <namespace> create secret generic fxa-shared-secrets --from-literal=mysqlPassword=<RDS password> --from-literal=smtpPassword=<SMTP password>; the install hook adds every other key, and FxA\'s key files go to the Secret <release>-fxa-keys (fxa-keys for a release named fxa)', { existingSecret: 'fxa-shared-secrets' }),
    },
    ...servers,
    ...Object.fromEntries(
      Object.entries({ 'fxa-auth-server': scaled, 'fxa-content-server': scaled, 'fxa-profile-server': scaled, 'fxa-graphql-api': scaled, syncstorage: scaled }).filter(([n]) => inPinnedRelease(n)),
    ),
  };
}

export function emitEnvironments(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  const files: OutputFile[] = [];
  for (const [name, values] of [['dev', dev(catalog)], ['prod', prod(catalog)]] as const) {
    const content = (dir: string): string => toYaml(hashBanner('scripts/gen/emit-environments.ts') + modeline(dir), values);
    files.push({ path: `values/${name}.yaml`, content: content('values') });
    // chart-testing lints and installs the chart once per file in its ci/ folder
    files.push({ path: `charts/fxa/ci/${name}-values.yaml`, content: content('charts/fxa/ci') });
  }
  return files;
}
