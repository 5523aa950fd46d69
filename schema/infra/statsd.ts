import { defineEnv, defineServer } from '../types.ts';

/** statsd_exporter is configured by flags; it reads no environment. */
const env = defineEnv([]);

export const statsd = defineServer({
  name: 'statsd',
  description: 'Receives the servers\' StatsD metrics and exposes them to Prometheus (statsd_exporter)',
  origin: 'infra',
  image: {
    repository: 'prom/statsd-exporter',
    tag: 'v0.28.0',
    published: [
      { kind: 'release-workflow', repository: 'prometheus/statsd_exporter', path: '.circleci/config.yml', commit: 'c0a390a2c43f77863278615b47d46e886bdca726', note: 'the tagged commit v0.28.0 (CHANGELOG 0.28.0 / 2024-10-25) runs the Prometheus publish_release job on v* tags, to DOCKER_REPO prom (Makefile.common) as statsd-exporter (Makefile)' },
    ],
  },
  workload: { kind: 'Deployment' },
  scaling: 'singleton',
  enabledByDefault: false,
  production: true,
  command: ['/bin/statsd_exporter', '--statsd.listen-udp=:8125', '--statsd.listen-tcp=:8125', '--web.listen-address=:9102'],
  ports: [{ name: 'statsd', port: 8125, udp: true }, { name: 'metrics', port: 9102, scrape: true }],
  // statsd_exporter's own health endpoints on its web port
  probe: { path: '/-/ready', port: 'metrics', liveness: { path: '/-/healthy', port: 'metrics' } },
  resourcesPreset: 'nano',
  writablePaths: [],
  calls: [],
  runAsUser: 65534,
  env,
  wiring: {},
  sources: [{ file: 'prometheus/statsd_exporter (flags)', commit: 'v0.28.0' }],
});
