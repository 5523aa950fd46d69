/** The launcher image's Dockerfile, checked by hadolint and by what it must say; and `docker:build` without an engine. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE, FXA_RELEASE } from '../../schema/index.ts';
import { ROOT, toolPath } from '../../scripts/lib/paths.ts';
import { cli } from '../helpers/cli.ts';

const DOCKERFILE = join(ROOT, 'docker', 'Dockerfile');

/** Instructions of a Dockerfile: comments dropped, continuation lines joined. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [op = '', ...rest] = l.split(/\s+/); return { op: op.toUpperCase(), args: rest.join(' ') }; });
}

describe('docker/Dockerfile', () => {
  const steps = instructions(readFileSync(DOCKERFILE, 'utf8'));
  const all = (op: string): string[] => steps.filter((s) => s.op === op).map((s) => s.args);

  it('passes hadolint at every severity', () => {
    const r = spawnSync(toolPath('hadolint'), ['--no-color', '--failure-threshold', 'style', DOCKERFILE], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('hadolint is a real check: it fails an unpinned, root Dockerfile', () => {
    const r = spawnSync(toolPath('hadolint'), ['--no-color', '-'], { input: 'FROM node:latest\nRUN apt-get install -y curl\n', encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/DL3007/);
  });

  it('builds FROM the pinned mozilla/fxa-mono release by default', () => {
    expect(all('ARG')).toContain(`FXA_RELEASE=${FXA_RELEASE.tag}`);
    expect(all('FROM')).toEqual([`${DEFAULT_IMAGE.repository}:\${FXA_RELEASE}`]);
  });

  it('runs as a numeric non-root user, with the launcher as exec-form entrypoint, and carries no secret', () => {
    const users = all('USER');
    expect(users.at(-1)).toMatch(/^[1-9]\d*(:\d+)?$/);
    expect(all('COPY').join('\n')).toMatch(/launcher\.sh \/usr\/local\/bin\/fxa-launcher$/);
    expect(JSON.parse(all('ENTRYPOINT').at(-1)!)).toEqual(['/usr/local/bin/fxa-launcher']);
    expect(all('ENV')).toEqual([]);
    expect(steps.map((s) => s.args).join('\n')).not.toMatch(/secret|password|key=/i);
  });
});

describe('npm run docker:build', () => {
  const build = (args: string[], env: Record<string, string> = {}) =>
    cli(['docker:build', ...args], { env: { ...process.env, ...env }, timeout: 60_000 });

  it('names <user>/fxa:<version> built FROM that release (dry run)', () => {
    const r = build(['v1.316.4', 'someone', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`docker build --build-arg FXA_RELEASE=v1.316.4 --tag someone/fxa:v1.316.4 --file ${DOCKERFILE} ${join(ROOT, 'docker')}`);
  });

  it('says clearly that no container engine is running, in one line', () => {
    const r = build([FXA_RELEASE.tag], { DOCKER_HOST: 'unix:///nonexistent/docker.sock', CONTAINER_ENGINE: 'docker' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: docker:build: no container engine (is running|: docker is not installed)/);
  });

  it('says so when the engine is not installed at all', () => {
    const r = build([FXA_RELEASE.tag], { CONTAINER_ENGINE: '/nonexistent/engine' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no container engine: \/nonexistent\/engine is not installed/);
  });

  it('refuses a version that is not a release tag, before anything runs', () => {
    const r = build(['latest', '--dry-run']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"latest" is not an FxA release tag/);
  });
});
