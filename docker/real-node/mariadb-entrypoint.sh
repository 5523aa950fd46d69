#!/bin/sh
# The real node's stand-in for the official MySQL image's entrypoint: MariaDB from Debian's packages,
# initialised on its first start from the variables the chart renders for the mysql server
# (MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD), then run in the foreground.
set -eu

[ "${1:-}" = mysqld ] && shift
# MySQL 8.4's switches that turn the native password plugin back on: MariaDB has no such switches
# and its users already authenticate with mysql_native_password
for arg do
  shift
  case "$arg" in
    --mysql-native-password=* | --authentication-policy=*) ;;
    *) set -- "$@" "$arg" ;;
  esac
done

datadir=/var/lib/mysql
sql_string() { printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g")"; }

if [ ! -d "$datadir/mysql" ]; then
  : "${MYSQL_ROOT_PASSWORD:?is required on first start}"
  echo "entrypoint: initialising $datadir"
  mariadb-install-db --datadir="$datadir" --auth-root-authentication-method=normal --skip-test-db > /dev/null
  mariadbd --datadir="$datadir" --skip-networking --socket=/tmp/init.sock &
  pid=$!
  i=0
  until mariadb-admin --socket=/tmp/init.sock -uroot ping > /dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -lt 120 ] || { echo "entrypoint: MariaDB did not start" >&2; exit 1; }
    sleep 0.5
  done
  root=$(sql_string "$MYSQL_ROOT_PASSWORD")
  # the install makes password-less root accounts for 127.0.0.1, ::1 and the pod's name: a TCP client
  # from 127.0.0.1 would match those before root@'%', so only root@localhost stays
  mariadb --socket=/tmp/init.sock -uroot -N -e "SELECT CONCAT('DROP USER ', QUOTE(user), '@', QUOTE(host), ';') FROM mysql.user WHERE user = '' OR (user = 'root' AND host <> 'localhost')" \
    | mariadb --socket=/tmp/init.sock -uroot
  {
    echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $root;"
    echo "CREATE USER 'root'@'%' IDENTIFIED BY $root; GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
    if [ -n "${MYSQL_DATABASE:-}" ]; then echo "CREATE DATABASE IF NOT EXISTS \`$MYSQL_DATABASE\`;"; fi
    if [ -n "${MYSQL_USER:-}" ] && [ -n "${MYSQL_PASSWORD:-}" ]; then
      echo "CREATE USER $(sql_string "$MYSQL_USER")@'%' IDENTIFIED BY $(sql_string "$MYSQL_PASSWORD");"
      if [ -n "${MYSQL_DATABASE:-}" ]; then echo "GRANT ALL ON \`$MYSQL_DATABASE\`.* TO $(sql_string "$MYSQL_USER")@'%';"; fi
    fi
  } | mariadb --socket=/tmp/init.sock -uroot
  kill "$pid"
  wait "$pid" || true
  echo "entrypoint: initialised"
fi

exec mariadbd --datadir="$datadir" "$@"
