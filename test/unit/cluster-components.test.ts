/**
 * The flags each process of the cluster runs with, control plane and real node, against lists written
 * out here by hand: a flag dropped, renamed or pointed at the wrong file is a component that fails to
 * start (or starts insecure) only on a live cluster. The cluster's paths and ports are fixed by a mock.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { toolPath } from '../../scripts/lib/paths.ts';

vi.mock('../../scripts/cluster/paths.ts', () => ({
  CLUSTER_DIR: '/c',
  PKI_DIR: '/c/pki',
  LOG_DIR: '/c/logs',
  PID_DIR: '/c/pids',
  ETCD_DATA: '/c/etcd',
  KUBECONFIG: '/c/kubeconfig',
  REAL_DIR: '/c/real',
  kubeconfigFor: (user: string) => `/c/${user}.kubeconfig`,
  PORTS: {
    etcdClient: 1001, etcdPeer: 1002, apiserver: 1003, controllerManager: 1004, scheduler: 1005, kwok: 1006,
    kubelet: 1007, kubeletHealthz: 1008, kubeProxyHealthz: 1009, kubeProxyMetrics: 1010, containerdMetrics: 1011,
  },
}));

const { components } = await import('../../scripts/cluster/components.ts');
const cfg = await import('../../scripts/cluster/real/node-config.ts');
const { PAUSE_REF } = await import('../../scripts/cluster/real/image-specs.ts');

describe('the control plane', () => {
  // called inside each test, so that each mutant is tested by the tests that reach it
  const list = (): ReturnType<typeof components> => components('/c/kwok-stages.yaml');
  const byName = (name: string): ReturnType<typeof components>[number] => list().find((c) => c.name === name)!;

  it('starts etcd, the API server, controller-manager, scheduler and kwok, in that order, from the tools directory', () => {
    expect(list().map((c) => c.name)).toEqual(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok']);
    for (const c of list()) expect(c.bin).toBe(toolPath(c.name));
  });

  it('runs etcd on loopback as a one-member cluster without fsync', () => {
    expect(byName('etcd')).toEqual({
      name: 'etcd',
      bin: toolPath('etcd'),
      args: [
        '--name=fxa-helm',
        '--data-dir=/c/etcd',
        '--listen-client-urls=http://127.0.0.1:1001',
        '--advertise-client-urls=http://127.0.0.1:1001',
        '--listen-peer-urls=http://127.0.0.1:1002',
        '--initial-advertise-peer-urls=http://127.0.0.1:1002',
        '--initial-cluster=fxa-helm=http://127.0.0.1:1002',
        '--initial-cluster-state=new',
        '--unsafe-no-fsync=true',
        '--log-level=warn',
      ],
      health: 'http://127.0.0.1:1001/health',
    });
  });

  it('runs the API server with the PKI, Node and RBAC authorization and PodSecurity admission', () => {
    expect(byName('kube-apiserver').args).toEqual([
      '--etcd-servers=http://127.0.0.1:1001',
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      '--secure-port=1003',
      '--tls-cert-file=/c/pki/apiserver.crt',
      '--tls-private-key-file=/c/pki/apiserver.key',
      '--client-ca-file=/c/pki/ca.crt',
      '--requestheader-client-ca-file=/c/pki/front-proxy-ca.crt',
      '--requestheader-allowed-names=front-proxy-client',
      '--requestheader-username-headers=X-Remote-User',
      '--requestheader-group-headers=X-Remote-Group',
      '--requestheader-extra-headers-prefix=X-Remote-Extra-',
      '--proxy-client-cert-file=/c/pki/front-proxy-client.crt',
      '--proxy-client-key-file=/c/pki/front-proxy-client.key',
      '--endpoint-reconciler-type=none',
      '--kubelet-preferred-address-types=InternalIP,Hostname',
      '--kubelet-client-certificate=/c/pki/apiserver-kubelet-client.crt',
      '--kubelet-client-key=/c/pki/apiserver-kubelet-client.key',
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--service-account-key-file=/c/pki/sa.pub',
      '--service-account-signing-key-file=/c/pki/sa.key',
      '--service-cluster-ip-range=10.96.0.0/16',
      '--authorization-mode=Node,RBAC',
      '--enable-admission-plugins=NodeRestriction,PodSecurity',
      '--allow-privileged=false',
      '--profiling=false',
      '--v=1',
    ]);
    expect(byName('kube-apiserver').health).toBe('https://127.0.0.1:1003/readyz');
  });

  it('runs the controller-manager with its own kubeconfig for each purpose and the CA to sign with', () => {
    expect(byName('kube-controller-manager').args).toEqual([
      '--kubeconfig=/c/kube-controller-manager.kubeconfig',
      '--authentication-kubeconfig=/c/kube-controller-manager.kubeconfig',
      '--authorization-kubeconfig=/c/kube-controller-manager.kubeconfig',
      '--bind-address=127.0.0.1',
      '--secure-port=1004',
      '--leader-elect=false',
      '--use-service-account-credentials=true',
      '--service-account-private-key-file=/c/pki/sa.key',
      '--root-ca-file=/c/pki/ca.crt',
      '--cluster-signing-cert-file=/c/pki/ca.crt',
      '--cluster-signing-key-file=/c/pki/ca.key',
      '--service-cluster-ip-range=10.96.0.0/16',
      '--controllers=*,-cloud-node-lifecycle-controller',
      '--profiling=false',
      '--v=1',
    ]);
    expect(byName('kube-controller-manager').health).toBe('https://127.0.0.1:1004/healthz');
  });

  it('runs the scheduler and kwok on their ports, kwok only on the nodes annotated fake', () => {
    expect(byName('kube-scheduler').args).toEqual([
      '--kubeconfig=/c/kube-scheduler.kubeconfig',
      '--authentication-kubeconfig=/c/kube-scheduler.kubeconfig',
      '--authorization-kubeconfig=/c/kube-scheduler.kubeconfig',
      '--bind-address=127.0.0.1',
      '--secure-port=1005',
      '--leader-elect=false',
      '--profiling=false',
      '--v=1',
    ]);
    expect(byName('kube-scheduler').health).toBe('https://127.0.0.1:1005/healthz');
    expect(byName('kwok').args).toEqual([
      '--kubeconfig=/c/admin.kubeconfig',
      '--config=/c/kwok-stages.yaml',
      '--manage-all-nodes=false',
      '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
      '--cidr=10.244.0.0/16',
      '--node-ip=127.0.0.1',
      '--server-address=127.0.0.1:1006',
      '--node-lease-duration-seconds=40',
    ]);
    expect(byName('kwok').health).toBe('http://127.0.0.1:1006/healthz');
  });
});

describe('the real node', () => {
  it('starts containerd, the kubelet, kube-proxy and the API relay with the files it is given', () => {
    const list = cfg.realComponentList({ containerd: '/f/containerd.toml', kubelet: '/f/kubelet.json', proxy: '/f/kube-proxy.json' });
    expect(list).toEqual([
      { name: 'containerd', bin: '/usr/bin/containerd', args: ['--config', '/f/containerd.toml'], health: 'http://127.0.0.1:1011/v1/metrics' },
      {
        name: 'kubelet',
        bin: toolPath('kubelet'),
        args: ['--config=/f/kubelet.json', '--kubeconfig=/c/kubelet.kubeconfig', '--root-dir=/c/real/kubelet', '--hostname-override=real-node-0', '--node-ip=10.246.255.1', '--node-labels=fxa-helm/node=real,type=real', '--v=1'],
        health: 'http://127.0.0.1:1008/healthz',
      },
      { name: 'kube-proxy', bin: toolPath('kube-proxy'), args: ['--config=/f/kube-proxy.json', '--v=1'], health: 'http://127.0.0.1:1009/healthz' },
      {
        name: 'api-relay',
        bin: process.execPath,
        args: [join(import.meta.dirname, '..', '..', 'scripts', 'cluster', 'real', 'api-relay.mjs'), '10.246.255.1', '1003', '127.0.0.1', '1003'],
        health: 'https://10.246.255.1:1003/healthz',
      },
    ]);
  });

  it('keeps its sockets under a short /run directory named after the cluster directory', () => {
    // `printf %s /c | sha256sum` begins facd442e
    expect(cfg.RUN_DIR).toMatch(/^\/run\/fxa-helm-[0-9a-f]{8}$/);
    expect(cfg.RUN_DIR).toBe('/run/fxa-helm-facd442e');
    expect(cfg.CONTAINERD_SOCK).toBe(`${cfg.RUN_DIR}/containerd/containerd.sock`);
    expect(cfg.RUNC_ROOT).toBe(`${cfg.RUN_DIR}/runc`);
    expect(cfg.CONTAINERD_ROOT).toBe('/c/real/containerd');
    expect(cfg.CNI_CONF).toBe('/c/real/cni/net.d');
    expect(cfg.CONTAINERD_SOCK.length).toBeLessThan(108);
  });

  it("configures containerd's state, socket, sandbox image and runc root beside each other", () => {
    const toml = cfg.containerdConfig();
    // the quoted or bare value of every `key = value` line, in order (TOML's shape, without a parser)
    const settings = [...toml.matchAll(/^\s*([\w.]+) = "?([^"\n]*)"?$/gm)].map((m) => [m[1], m[2]]);
    const one = (key: string): string | undefined => {
      const found = settings.filter(([k]) => k === key);
      expect(found, key).toHaveLength(1);
      return found[0]![1];
    };
    expect(toml.startsWith('version = 2\n')).toBe(true);
    expect(one('root')).toBe('/c/real/containerd');
    // its state, its socket and runc's state all under the node's run directory, which cluster down sweeps
    expect(one('state')).toBe(`${cfg.RUN_DIR}/containerd`);
    expect(settings.filter(([k]) => k === 'address').map(([, v]) => v)).toEqual([cfg.CONTAINERD_SOCK, '127.0.0.1:1011']);
    expect(one('Root')).toBe(cfg.RUNC_ROOT);
    expect(one('sandbox_image')).toBe(PAUSE_REF);
    expect(one('netns_mounts_under_state_dir')).toBe('true');
    expect(one('restrict_oom_score_adj')).toBe('true');
    expect(one('default_runtime_name')).toBe('runc');
    expect(one('runtime_type')).toBe('io.containerd.runc.v2');
    expect(one('bin_dir')).toBe('/usr/lib/cni');
    expect(one('conf_dir')).toBe(cfg.CNI_CONF);
    // each setting under the table it belongs to
    const tableOf = (key: string): string => toml.slice(0, toml.indexOf(`${key} =`)).match(/\[([^\]\n]+)\]\s*(?:\n\s*#[^\n]*)*\n[^[]*$/)?.[1] ?? '';
    expect(tableOf('sandbox_image')).toBe('plugins."io.containerd.grpc.v1.cri"');
    expect(tableOf('Root')).toBe('plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options');
    expect(tableOf('conf_dir')).toBe('plugins."io.containerd.grpc.v1.cri".cni');
  });

  it('gives the pods one masquerading bridge with host-local leases under the node directory, and port maps', () => {
    expect(cfg.cniConfig()).toEqual({
      cniVersion: '1.0.0',
      name: 'fxa-helm',
      plugins: [
        {
          type: 'bridge',
          bridge: 'fxacni0',
          isGateway: true,
          ipMasq: true,
          hairpinMode: true,
          ipam: { type: 'host-local', ranges: [[{ subnet: '10.245.0.0/24' }]], routes: [{ dst: '0.0.0.0/0' }], dataDir: '/c/real/cni/ipam' },
        },
        { type: 'portmap', capabilities: { portMappings: true } },
      ],
    });
  });

  it('caps the kubelet at 4 GiB for pods on any machine, reserving the rest, and never below 256 MiB reserved', () => {
    const k = cfg.kubeletConfig(16384);
    expect(k).toEqual({
      apiVersion: 'kubelet.config.k8s.io/v1beta1',
      kind: 'KubeletConfiguration',
      address: '10.246.255.1',
      port: 1007,
      readOnlyPort: 0,
      healthzBindAddress: '127.0.0.1',
      healthzPort: 1008,
      authentication: { x509: { clientCAFile: '/c/pki/ca.crt' }, webhook: { enabled: true }, anonymous: { enabled: false } },
      authorization: { mode: 'Webhook' },
      containerRuntimeEndpoint: `unix://${cfg.RUN_DIR}/containerd/containerd.sock`,
      cgroupDriver: 'cgroupfs',
      failCgroupV1: false,
      cgroupRoot: '/fxa-helm',
      failSwapOn: false,
      enforceNodeAllocatable: ['pods'],
      systemReserved: { memory: '12288Mi' },
      evictionHard: { 'memory.available': '100Mi', 'nodefs.available': '1%', 'imagefs.available': '1%', 'nodefs.inodesFree': '1%' },
      imageGCHighThresholdPercent: 100,
      imageGCLowThresholdPercent: 99,
      maxPods: 30,
      registerWithTaints: [{ key: 'fxa-helm/real-node', value: 'true', effect: 'NoSchedule' }],
      resolvConf: '/etc/resolv.conf',
      rotateCertificates: false,
      serializeImagePulls: false,
      staticPodPath: '',
      podLogsDir: '/c/real/pod-logs',
      volumePluginDir: '/c/real/volume-plugins',
      tlsCertFile: '',
      nodeStatusReportFrequency: '10s',
      volumeStatsAggPeriod: '0s',
    });
    expect(cfg.kubeletConfig(4200).systemReserved).toEqual({ memory: '256Mi' });
    expect(cfg.kubeletConfig(4352).systemReserved).toEqual({ memory: '256Mi' });
    expect(cfg.kubeletConfig(4353).systemReserved).toEqual({ memory: '257Mi' });
  });

  it("runs kube-proxy in iptables mode on loopback, masquerading everything, leaving conntrack sysctls alone", () => {
    expect(cfg.kubeProxyConfig()).toEqual({
      apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
      kind: 'KubeProxyConfiguration',
      clientConnection: { kubeconfig: '/c/kube-proxy.kubeconfig' },
      hostnameOverride: 'real-node-0',
      bindAddress: '127.0.0.1',
      healthzBindAddress: '127.0.0.1:1009',
      metricsBindAddress: '127.0.0.1:1010',
      mode: 'iptables',
      clusterCIDR: '10.245.0.0/24',
      iptables: { masqueradeAll: true },
      conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
      nodePortAddresses: ['127.0.0.0/8'],
    });
  });
});
