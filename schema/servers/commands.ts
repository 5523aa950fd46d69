/**
 * How each FxA server starts inside mozilla/fxa-mono: working directory and command, each with the file it
 * was read from. The image has no CMD of its own (its last stage only copies the built /fxa tree), so the
 * chart and the launcher (docker/launcher.sh, generated from this table) must say how to start every server.
 *
 * The image layout, from _dev/docker/mono/Dockerfile and its build.sh: the checkout is copied to /fxa,
 * `nx run-many -t build --all` builds every package, then `yarn workspaces focus --production --all` drops
 * development dependencies (no ts-node, tsx or nest CLI at run time). TypeScript packages compile with the
 * repository root as rootDir (tsconfig.base.json), so a package with `outDir ./dist` writes
 * `dist/packages/<package>/...` inside its own folder, and is started from that folder.
 */
import { FXA_HOME } from '../release.ts';
import type { CommandSource } from '../types.ts';

export interface Run {
  readonly workingDir: string;
  readonly command: readonly string[];
  readonly commandSource: CommandSource;
}

const inPackage = (pkg: string, command: readonly string[], commandSource: CommandSource): Run => ({
  workingDir: `${FXA_HOME}/packages/${pkg}`,
  command,
  commandSource,
});

const profilePm2: CommandSource = {
  file: 'packages/fxa-profile-server/pm2.config.js',
  commit: '18333b2c',
  why: 'lists the web, worker and static processes as these scripts run from the package folder; the package is plain JavaScript with no build step',
};

const rpPm2: CommandSource = {
  file: 'packages/123done/pm2.config.js',
  commit: '2c5630ad',
  why: 'runs 123done and 321done as the same server.js from the package folder, differing only in configuration',
};

export const RUN = {
  'fxa-auth-server': inPackage('fxa-auth-server', ['node', 'dist/packages/fxa-auth-server/bin/key_server.js'], {
    file: 'packages/fxa-auth-server/scripts/copy-assets.sh',
    commit: '2fccab89',
    why: 'the build (tsc, outDir ./dist under the root rootDir, tsconfig.json@0f524c05) emits bin/key_server.js to dist/packages/fxa-auth-server, and this script copies config/ and the email templates beside it',
  }),
  'fxa-content-server': inPackage('fxa-content-server', ['node', 'server/bin/fxa-content-server.js'], {
    file: 'packages/fxa-content-server/scripts/run_locally.js',
    commit: '07a27991',
    why: 'spawns node server/bin/fxa-content-server.js from the package folder; the server is plain JavaScript and the build only fills dist/ with the web app it serves (static_directory dist)',
  }),
  'fxa-profile-server': inPackage('fxa-profile-server', ['node', 'bin/server.js'], profilePm2),
  'fxa-profile-static': inPackage('fxa-profile-server', ['node', 'bin/_static.js'], profilePm2),
  'fxa-profile-worker': inPackage('fxa-profile-server', ['node', 'bin/worker.js'], profilePm2),
  'fxa-graphql-api': inPackage('fxa-graphql-api', ['node', 'dist/packages/fxa-graphql-api/src/main.js'], {
    file: 'packages/fxa-graphql-api/pm2.config.js',
    commit: 'unrecorded',
    why: 'its production script (CI=true or NODE_ENV=production) is exactly this command, with the package folder as cwd',
  }),
  'fxa-admin-server': inPackage('fxa-admin-server', ['node', 'dist/packages/fxa-admin-server/src/main.js'], {
    file: 'packages/fxa-admin-server/pm2.config.js',
    commit: 'unrecorded',
    why: 'its production script is this command from the package folder; the build copies src/config into the same dist tree',
  }),
  'fxa-admin-panel': inPackage('fxa-admin-panel', ['node', 'build/packages/fxa-admin-panel/server/bin/fxa-admin-panel.js'], {
    file: 'packages/fxa-admin-panel/server/tsconfig.json',
    commit: '367dd69f',
    why: 'derived, no start script states it: the server compiles with outDir ../build under the root rootDir, and the React app it serves is build/ (STATIC_DIRECTORY default), both relative to the package folder',
  }),
  'fxa-event-broker': inPackage('fxa-event-broker', ['node', 'dist/packages/fxa-event-broker/src/main.js'], {
    file: 'packages/fxa-event-broker/package.json',
    commit: 'unrecorded',
    why: 'its start-prod script runs node dist/packages/fxa-event-broker/src/main from the package folder',
  }),
  'fxa-payments-server': inPackage('fxa-payments-server', ['node', 'server/bin/fxa-payments-server.js'], {
    file: 'packages/fxa-payments-server/server/bin/fxa-payments-server.js',
    commit: '2dd112e1cb701454c6d87744f0d6b2846e236581',
    why: 'a plain JavaScript entry that registers the package module aliases (pointing at the built libs) and starts the server from the source tree',
  }),
  'db-migrations': inPackage('db-migrations', ['node', 'bin/patcher.mjs'], {
    file: 'packages/db-migrations/package.json',
    commit: '0818d1da',
    why: 'declares bin ./bin/patcher.mjs, an ES module with no build step, run from the package folder',
  }),
  '123done': inPackage('123done', ['node', 'server.js'], rpPm2),
  '321done': inPackage('123done', ['node', 'server.js'], rpPm2),
} as const satisfies Record<string, Run>;
