#!/bin/sh
# Generated from schema/ (the FxA catalog) by `npm run gen`. Do not edit: change schema/ and regenerate.
#
# Starts the FxA server named by $server from mozilla/fxa-mono (FxA v1.330.6): the same working
# directory and command the chart gives it, by exec: the server replaces the launcher and receives its signals.
#   server=<name>           one of the names below; server=debug sleeps for kubectl exec
#   FXA_LAUNCHER_DRY_RUN=1   print "<working dir>: <command>" and exit 0 instead of running
#   FXA_HOME                where FxA sits in the image (default /fxa)
set -eu

FXA_HOME="${FXA_HOME:-/fxa}"
server="${server:-}"
SERVERS="fxa-auth-server fxa-content-server fxa-profile-server fxa-profile-static fxa-profile-worker fxa-graphql-api fxa-event-broker fxa-admin-server fxa-admin-panel fxa-payments-server db-migrations 123done 321done debug"

fail() {
  echo "fxa-launcher: $1" >&2
  exit 64
}

run() {
  workdir="$1"
  shift
  if [ -n "${FXA_LAUNCHER_DRY_RUN:-}" ]; then
    echo "$workdir: $*"
    exit 0
  fi
  cd "$workdir" 2>/dev/null || fail "$server: no directory $workdir in this image (FXA_HOME=$FXA_HOME)"
  exec "$@"
}

case "$server" in
  fxa-auth-server)
    run "$FXA_HOME/packages/fxa-auth-server" node dist/packages/fxa-auth-server/bin/key_server.js ;;
  fxa-content-server)
    run "$FXA_HOME/packages/fxa-content-server" node server/bin/fxa-content-server.js ;;
  fxa-profile-server)
    run "$FXA_HOME/packages/fxa-profile-server" node bin/server.js ;;
  fxa-profile-static)
    run "$FXA_HOME/packages/fxa-profile-server" node bin/_static.js ;;
  fxa-profile-worker)
    run "$FXA_HOME/packages/fxa-profile-server" node bin/worker.js ;;
  fxa-graphql-api)
    run "$FXA_HOME/packages/fxa-graphql-api" node dist/packages/fxa-graphql-api/src/main.js ;;
  fxa-event-broker)
    run "$FXA_HOME/packages/fxa-event-broker" node dist/packages/fxa-event-broker/src/main.js ;;
  fxa-admin-server)
    run "$FXA_HOME/packages/fxa-admin-server" node dist/packages/fxa-admin-server/src/main.js ;;
  fxa-admin-panel)
    run "$FXA_HOME/packages/fxa-admin-panel" node build/packages/fxa-admin-panel/server/bin/fxa-admin-panel.js ;;
  fxa-payments-server)
    run "$FXA_HOME/packages/fxa-payments-server" node server/bin/fxa-payments-server.js ;;
  db-migrations)
    run "$FXA_HOME/packages/db-migrations" node bin/patcher.mjs ;;
  123done)
    run "$FXA_HOME/packages/123done" node server.js ;;
  321done)
    run "$FXA_HOME/packages/123done" node server.js ;;
  fxa-payments-server-static)
    echo "fxa-launcher: fxa-payments-server-static is the seed's name for fxa-profile-static; running fxa-profile-static" >&2
    run "$FXA_HOME/packages/fxa-profile-server" node bin/_static.js ;;
  fxa-payments-server-worker)
    echo "fxa-launcher: fxa-payments-server-worker is the seed's name for fxa-profile-worker; running fxa-profile-worker" >&2
    run "$FXA_HOME/packages/fxa-profile-server" node bin/worker.js ;;
  fxa-auth-db-mysql)
    fail "fxa-auth-db-mysql was retired upstream: replaced by fxa-auth-server, which talks to MySQL itself, and db-migrations, which patches the schema" ;;
  fxa-customs-server)
    fail "fxa-customs-server was retired upstream: replaced by fxa-auth-server, which does rate limiting itself" ;;
  browserid-verifier)
    fail "browserid-verifier was retired upstream: replaced by fxa-auth-server: BrowserID is gone and relying parties verify OAuth tokens there" ;;
  fxa-mail-service)
    fail "fxa-mail-service was retired upstream: replaced by fxa-auth-server, which sends mail itself over SMTP (global.smtp)" ;;
  fxa-email-service)
    fail "fxa-email-service was retired upstream: replaced by fxa-auth-server, which sends mail itself over SMTP (global.smtp)" ;;
  fxa-oauth-server)
    fail "fxa-oauth-server was retired upstream: replaced by fxa-auth-server, which is the OAuth and OpenID Connect provider" ;;
  fortress)
    fail "fortress was retired upstream: replaced by 123done, the example relying party FxA keeps" ;;
  debug)
    # the seed's debug pod: stay up doing nothing, for kubectl exec
    run "$FXA_HOME" sleep infinity ;;
  '')
    fail "set server to one of: $SERVERS" ;;
  *)
    fail "unknown server '$server'; valid names: $SERVERS" ;;
esac
