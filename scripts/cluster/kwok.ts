/**
 * kwok's behaviour: which fake lifecycle each Node and Pod goes through. We use kwok's own stage files
 * from its Go module (the ones `kwokctl` uses: node/fast, node/heartbeat-with-lease, pod/fast) plus its
 * chaos stage, so a test can make a pod fail by labelling it
 * `pod-container-running-failed.stage.kwok.x-k8s.io: "true"`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KWOK_MODULE, VOLUME_POOL, kwokConfigText, poolPath } from './kwok-objects.ts';
import { CLUSTER_DIR } from './paths.ts';

// the stages and objects live in kwok-objects.ts; their importers keep importing them from here
export { KWOK_MODULE, VOLUME_POOL, fakeNode, poolPath, poolVolume } from './kwok-objects.ts';

/** Write kwok's --config file (its stages) and return its path. */
export function writeKwokConfig(): string {
  const dir = (JSON.parse(execFileSync('go', ['mod', 'download', '-json', KWOK_MODULE], { encoding: 'utf8' })) as { Dir: string }).Dir;
  const file = join(CLUSTER_DIR, 'kwok-stages.yaml');
  writeFileSync(file, kwokConfigText(dir, (p) => readFileSync(p, 'utf8')));
  return file;
}

/**
 * The directories behind the pool: on the real node the kubelet mounts them into pods, whose non-root users
 * must write there (a hostPath volume takes no fsGroup), so they exist and are writable by all, sticky.
 */
export function ensurePoolDirs(): void {
  for (let i = 0; i < VOLUME_POOL; i++) {
    mkdirSync(poolPath(i), { recursive: true });
    chmodSync(poolPath(i), 0o1777);
  }
}
