import { defineEnv, defineServer } from '../types.ts';

/** statsd_exporter is configured by flags; it reads no environment. */
const env = defineEnv([]);

/** The exporter's Go module at the image's version: the real node builds its image from it, and the tests run it. */
export const STATSD_EXPORTER_MODULE = { path: 'github.com/prometheus/statsd_exporter', version: 'v0.28.0' } as const;

export const statsd = defineServer({
  name: 'statsd',
  description: 'Receives the servers\' StatsD metrics and exposes them to Prometheus (statsd_exporter)',
  origin: 'infra',
  image: {
    repository: 'prom/statsd-exporter',
    tag: STATSD_EXPORTER_MODULE.version,
    published: [
      { kind: 'release-workflow', repository: 'prometheus/statsd_exporter', path: '.circleci/config.yml', commit: 'c0a390a2c43f77863278615b47d46e886bdca726', note: 'the tagged commit v0.28.0 (CHANGELOG 0.28.0 / 2024-10-25) runs the Prometheus publish_release job on v* tags, to DOCKER_REPO prom (Makefile.common) as statsd-exporter (Makefile)' },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: false,
  production: true,
  // the mapping (generated from schema/metrics.ts) turns FxA's names into labelled series
  command: ['/bin/statsd_exporter', '--statsd.listen-udp=:8125', '--statsd.listen-tcp=:8125', '--web.listen-address=:9102', '--statsd.mapping-config=/fxa-helm/config/statsd-mapping.yaml'],
  configFiles: [{ name: 'statsd-mapping.yaml', template: 'fxa-common.statsd.mapping' }],
  ports: [{ name: 'statsd', port: 8125, udp: true }, { name: 'metrics', port: 9102, scrape: true }],
  // statsd_exporter's own health endpoints on its web port
  probe: { path: '/-/ready', port: 'metrics', liveness: { path: '/-/healthy', port: 'metrics' } },
  resourcesPreset: 'nano',
  writablePaths: [],
  calls: [],
  runAsUser: 65534,
  env,
  wiring: {},
  sources: [{ file: 'prometheus/statsd_exporter (flags)', commit: STATSD_EXPORTER_MODULE.version }],
});
