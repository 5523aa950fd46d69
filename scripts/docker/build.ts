/**
 * `npm run docker:build -- <version> [user]`: the launcher image `<user>/fxa:<version>`, built FROM
 * mozilla/fxa-mono:<version> with docker/ as context, as the seed's build script named it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FXA_RELEASE, LAUNCHER_IMAGE } from '../../schema/index.ts';
import { UserError } from '../lib/errors.ts';
import { ROOT } from '../lib/paths.ts';

const RELEASE_TAG = /^v\d+\.\d+\.\d+(-rc\d+)?$/;
const DEFAULT_USER = LAUNCHER_IMAGE.repository.split('/')[0] ?? 'fxa-helm';

export interface BuildOptions {
  dryRun?: boolean;
  /** Container engine command; default $CONTAINER_ENGINE, else docker. */
  engine?: string;
}

/** The engine's build argv for this version and user. */
export function buildArgs(version: string, user = DEFAULT_USER): string[] {
  if (!RELEASE_TAG.test(version)) throw new UserError(`version "${version}" is not an FxA release tag such as ${FXA_RELEASE.tag}: it names the mozilla/fxa-mono image to build from`);
  if (!/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/.test(user)) throw new UserError(`user "${user}" is not a valid image namespace (lowercase letters, digits, . _ - and /)`);
  const docker = join(ROOT, 'docker');
  return ['build', '--build-arg', `FXA_RELEASE=${version}`, '--tag', `${user}/fxa:${version}`, '--file', join(docker, 'Dockerfile'), docker];
}

/** One line on why the engine cannot build, or null when it answers. */
function engineProblem(engine: string): string | null {
  const probe = spawnSync(engine, ['info'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) return `no container engine: ${engine} is not installed (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})`;
  if (probe.status !== 0) {
    const why = `${probe.stderr}`.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? `exit ${probe.status}`;
    return `no container engine is running: \`${engine} info\` says: ${why}`;
  }
  return null;
}

export function runDockerBuild(version: string, user: string | undefined, opts: BuildOptions = {}): number {
  const engine = opts.engine ?? process.env.CONTAINER_ENGINE ?? 'docker';
  const args = buildArgs(version, user);
  if (version !== FXA_RELEASE.tag) {
    process.stderr.write(`docker:build: note: the launcher's commands were read for ${FXA_RELEASE.tag}; releases built with the same nx layout use the same paths\n`);
  }
  if (opts.dryRun) {
    process.stdout.write(`${[engine, ...args].join(' ')}\n`);
    return 0;
  }
  const problem = engineProblem(engine);
  if (problem) throw new UserError(`docker:build: ${problem} (start Docker, or set CONTAINER_ENGINE=podman, and run again)`);
  process.stderr.write(`docker:build: ${engine} ${args.join(' ')}\n`);
  execFileSync(engine, args, { stdio: 'inherit' });
  process.stderr.write(`docker:build: built ${args[4]}; run it with global.launcher.enabled=true and global.launcher.image set to it\n`);
  return 0;
}
