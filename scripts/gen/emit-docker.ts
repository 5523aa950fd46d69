/**
 * docker/: the launcher script and the Dockerfile of the optional launcher image, both from the catalog,
 * so `server=<name>` starts exactly the working directory and command the chart gives that server.
 */
import { CATALOG, DEFAULT_IMAGE, FXA_HOME, FXA_RELEASE, type ServerSpec } from '../../schema/index.ts';
import { RETIRED, SEED_ALIASES } from '../../schema/servers/seed-names.ts';
import { hashBanner, type OutputFile } from './output.ts';

/** Exit status for a missing, unknown or retired server name (EX_USAGE). */
export const USAGE_EXIT = 64;
/** The variable that makes the launcher print what it would run instead of running it. */
export const DRY_RUN_VAR = 'FXA_LAUNCHER_DRY_RUN';

const fxaServers = (catalog: readonly ServerSpec[]): ServerSpec[] => catalog.filter((s) => s.origin === 'fxa');

/** A word for sh: bare when it is only safe characters, single-quoted otherwise. */
const word = (w: string): string => (/^[A-Za-z0-9_./:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** The working directory with the image's FxA root as $FXA_HOME, so a dry run with another root still resolves. */
function dir(s: ServerSpec): string {
  const wd = s.workingDir ?? FXA_HOME;
  if (!wd.startsWith(`${FXA_HOME}/`) && wd !== FXA_HOME) throw new Error(`${s.name}: working directory ${wd} is outside ${FXA_HOME}`);
  return `"$FXA_HOME${wd.slice(FXA_HOME.length)}"`;
}

const runLine = (s: ServerSpec): string => `run ${dir(s)} ${s.command.map(word).join(' ')}`;

export function launcherScript(catalog: readonly ServerSpec[] = CATALOG): string {
  const servers = fxaServers(catalog);
  const byName = new Map(servers.map((s) => [s.name, s]));
  const names = [...servers.map((s) => s.name), 'debug'].join(' ');
  const cases: string[] = [];
  for (const s of servers) cases.push(`  ${s.name})\n    ${runLine(s)} ;;`);
  for (const [seed, current] of Object.entries(SEED_ALIASES)) {
    const target = byName.get(current);
    if (!target) throw new Error(`seed alias ${seed} names ${current}, which is not an FxA server of the catalog`);
    cases.push(`  ${seed})\n    echo "fxa-launcher: ${seed} is the seed's name for ${current}; running ${current}" >&2\n    ${runLine(target)} ;;`);
  }
  for (const [name, replacement] of Object.entries(RETIRED)) {
    cases.push(`  ${name})\n    fail "${name} was retired upstream: ${replacement}" ;;`);
  }
  cases.push(`  debug)\n    # the seed's debug pod: stay up doing nothing, for kubectl exec\n    run "$FXA_HOME" sleep infinity ;;`);
  cases.push(`  '')\n    fail "set server to one of: $SERVERS" ;;`);
  cases.push(`  *)\n    fail "unknown server '$server'; valid names: $SERVERS" ;;`);
  return `#!/bin/sh
${hashBanner()}#
# Starts the FxA server named by $server from ${DEFAULT_IMAGE.repository} (FxA ${FXA_RELEASE.tag}): the same working
# directory and command the chart gives it, by exec: the server replaces the launcher and receives its signals.
#   server=<name>           one of the names below; server=debug sleeps for kubectl exec
#   ${DRY_RUN_VAR}=1   print "<working dir>: <command>" and exit 0 instead of running
#   FXA_HOME                where FxA sits in the image (default ${FXA_HOME})
set -eu

FXA_HOME="\${FXA_HOME:-${FXA_HOME}}"
server="\${server:-}"
SERVERS="${names}"

fail() {
  echo "fxa-launcher: $1" >&2
  exit ${USAGE_EXIT}
}

run() {
  workdir="$1"
  shift
  if [ -n "\${${DRY_RUN_VAR}:-}" ]; then
    echo "$workdir: $*"
    exit 0
  fi
  cd "$workdir" 2>/dev/null || fail "$server: no directory $workdir in this image (FXA_HOME=$FXA_HOME)"
  exec "$@"
}

case "$server" in
${cases.join('\n')}
esac
`;
}

export function dockerfile(): string {
  return `${hashBanner()}# The optional launcher image: Mozilla's image of every FxA server plus an entrypoint that runs the one
# named by the \`server\` variable (docker/launcher.sh). Build it with \`npm run docker:build -- <version> [user]\`.
ARG FXA_RELEASE=${FXA_RELEASE.tag}
FROM ${DEFAULT_IMAGE.repository}:\${FXA_RELEASE}

LABEL org.opencontainers.image.title="fxa" \\
      org.opencontainers.image.description="Mozilla accounts (FxA) servers with a launcher that picks one from \\$server" \\
      org.opencontainers.image.licenses="MPL-2.0" \\
      org.opencontainers.image.base.name="${DEFAULT_IMAGE.repository}"

COPY --chown=0:0 --chmod=0555 launcher.sh /usr/local/bin/fxa-launcher

# the image's own unprivileged user (app, 10001), which the chart's securityContext also names
USER 10001:10001
WORKDIR ${FXA_HOME}
ENTRYPOINT ["/usr/local/bin/fxa-launcher"]
`;
}

export function emitDocker(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  return [
    { path: 'docker/launcher.sh', content: launcherScript(catalog) },
    { path: 'docker/Dockerfile', content: dockerfile() },
  ];
}
