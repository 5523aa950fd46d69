/**
 * The chart's own releases, newest first: the one source of the chart version, CHANGELOG.md and the
 * Artifact Hub `changes` annotation. A change under charts/ after a version was published (its git tag
 * `fxa-<version>` exists) needs a new entry here; `npm run lint` checks it, as chart-testing does.
 *
 * Kinds are Artifact Hub's (https://artifacthub.io/docs/topics/annotations/helm/): a `security` change
 * marks the version `containsSecurityUpdates`.
 */
export type ChangeKind = 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';

export interface Change {
  kind: ChangeKind;
  description: string;
  links?: readonly { name: string; url: string }[];
}

export interface ChartRelease {
  /** Semantic version of the chart (not of FxA: that is the appVersion, schema/release.ts). */
  version: string;
  changes: readonly Change[];
}

export const CHANGELOG: readonly [ChartRelease, ...ChartRelease[]] = [
  {
    version: '0.1.0',
    changes: [
      { kind: 'added', description: 'Every current FxA server as a subchart generated from a typed catalog of its environment variables, with a draft-07 values schema per server' },
      { kind: 'added', description: 'Default image mozilla/fxa-mono at the pinned FxA release, each server with its own working directory and command; an optional launcher image (docker/)' },
      { kind: 'added', description: 'Keys and shared secrets generated once by `fxa-helm secrets init` into Secrets Helm never renders; rotation restarts exactly the servers that read what changed' },
      { kind: 'added', description: 'Production wiring: external MySQL with per-database names, Redis with a password and optional persistence, SMTP, statsd, sync storage' },
      { kind: 'added', description: 'Ingress or Gateway API HTTPRoutes in a paths or subdomains layout, with TLS through cert-manager' },
      { kind: 'added', description: 'NetworkPolicies from the servers\' call graph, PodDisruptionBudgets, HorizontalPodAutoscalers, resource presets, probes and CronJobs for token pruning' },
      { kind: 'added', description: 'Probe timings from the catalog, overridable per server with `probes.readiness`, `probes.liveness` and `probes.startup`' },
      { kind: 'changed', description: 'NetworkPolicy egress to an in-cluster MySQL, Redis, statsd or mail catcher goes to its pods on its port only; the periodic jobs of an optional server get their NetworkPolicy while it is on' },
      { kind: 'changed', description: 'Runs FxA v1.330.6 by default (appVersion), the newest release with a working self-hosted install; `global.fxaRelease: v1.316.4` runs the previous profile (with fxa-graphql-api). The image tag follows the release unless set' },
      { kind: 'added', description: 'Compatibility fixes per release (auth cms.js and StatsD mock, profile monogram check, settings CDN origin) applied by an init container into copies mounted over the files, the root filesystem still read-only; docs/conformance.md compares each release with the working install name by name' },
      { kind: 'fixed', description: 'Auth no longer calls a customs server at localhost (CUSTOMS_SERVER_URL none), and settings a working install needs are set instead of left to defaults: CORS origin, pushbox, lastAccessTime sampling, React flows, static directories, CSP' },
      { kind: 'fixed', description: 'Values docs say how the chart sets every wired variable (integration switches, public hosts and origins, patterns, composed values) instead of naming an upstream default the chart overrides' },
      { kind: 'added', description: 'Account deletion without Google Cloud: the Cloud Tasks emulator beside auth in each auth pod (global.accountDeletion.enabled), with the release\'s queues; auth\'s tasks come back to it over the pod\'s loopback' },
      { kind: 'security', description: 'Every route refuses auth\'s task and scheduler callbacks (/v1/cloud-tasks, /v1/cloud-scheduler), which accept requests without a Google-signed token when the emulator is used' },
      { kind: 'fixed', description: 'Auth\'s OAuth ISSUER is the host of its public URL, as FxA compares it with the issuer of its own assertions; it was the content server\'s URL, which would fail OAuth authorization by session token' },
      { kind: 'fixed', description: 'The fixing init container applied nothing when its script was mounted from a ConfigMap (a symlink), so the pod could not start; it now applies every fix' },
      { kind: 'fixed', description: 'The event broker sends the subscriptions secret auth checks, and no longer stops at start without subscriptions (CAPABILITY_FAIL_ON_START follows global.integrations.subscriptions.enabled)' },
      { kind: 'added', description: 'docs/calls.md: every server-to-server URL with what its server does with it and how the callee checks it; 123done and 321done may reach the router for the public OpenID endpoints' },
      { kind: 'changed', description: 'The avatars volume is ReadWriteOnce by default, which almost every storage class binds; the profile server, static server and worker that mount it are scheduled onto one node by a required pod affinity (ReadWriteMany lifts it)' },
      { kind: 'changed', description: 'No release name is assumed: an empty global.statsd.host or global.smtp.host means this release\'s own statsd or Mailpit (as for MySQL and Redis), and metrics are switched by global.statsd.enabled; values/prod.yaml and values/dev.yaml name no in-cluster host, so they install under any release name' },
      { kind: 'fixed', description: 'Messages that point the right way: in production an empty database or mail host is refused at the host (global.mysql.host is now required there), never answered with the in-cluster stand-ins, and a message names the next requirement its fix brings' },
      { kind: 'fixed', description: 'Publishing a signed package of content a Helm repository or OCI registry holds unsigned adds its provenance (the .prov, or the provenance layer); an unsigned re-publish never removes it' },
      { kind: 'added', description: 'Keys and shared secrets made at install: a pre-install/pre-upgrade hook Job (global.secrets.generate, on by default) runs the code of `fxa-helm secrets init` in the FxA image\'s Node, as an account limited to the two Secrets; it never overwrites a key. Operators give only their own passwords' },
      { kind: 'added', description: 'With global.secrets.generate off, an install fails before anything is created when a Secret or key a server reads is missing, naming them and the command that makes them' },
      { kind: 'added', description: 'The CLI as an npm package (`npx fxa-helm@<version> secrets init|set|rotate, validate, config`), written by `npm run package` beside the chart; `secrets set` replaces a password only the operator knows' },
      { kind: 'added', description: 'Subscription renewal reminders run daily as a CronJob of auth while subscriptions are on; docs/periodic-jobs.md lists every periodic job of the release with its state and what a job that cannot run leaves undone' },
      { kind: 'added', description: 'External MySQL, Redis, StatsD and SMTP hosts are checked: a scheme, a port or a path in global.*.host is refused before Helm runs and by the schema' },
      { kind: 'security', description: 'Pod Security restricted everywhere: non-root, read-only root filesystems, no service account token, no secret in a ConfigMap or plain env value' },
      { kind: 'added', description: 'The in-cluster MySQL (development) keeps its databases on a PersistentVolumeClaim with global.persistence.mysql.enabled; off, an emptyDir as before' },
      { kind: 'added', description: 'Observability: statsd_exporter maps what the FxA servers send (auth requests by route, status and errno; customs, push, bounces, sign-in confirmation, password reset codes, account deletions and their Cloud Tasks queueing; payments page timing; the event broker; sync storage and the token server) to labelled series, each server told the prefix and tag format the mapping expects; alerts with runbooks as a PrometheusRule (global.metrics.rules) and four Grafana dashboards for the sidecar (global.metrics.dashboards); docs/observability.md lists every series, panel and alert' },
    ],
  },
];

/** The chart version every generated Chart.yaml carries. */
export const CHART_VERSION: string = CHANGELOG[0].version;
