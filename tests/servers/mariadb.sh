#!/usr/bin/env bash
# A private MariaDB server on loopback for the store tests.
#
#   tests/servers/mariadb.sh start DIR [--install]   # prints the admin URL
#   tests/servers/mariadb.sh stop DIR
#
# Uses Debian's `mariadb-server` package (mariadb-install-db, mariadbd);
# with --install, installs the package when it is missing (CI; needs root
# and apt). The data directory and socket live in DIR; the server listens
# on 127.0.0.1 at a free port and nowhere else; as root it runs as the
# `mysql` user the package creates. The anonymous accounts a fresh data
# directory holds are dropped (they would shadow `user@localhost`). The
# tests read the URL from PII_SCAN_TEST_MARIADB:
#
#   export PII_SCAN_TEST_MARIADB=$(tests/servers/mariadb.sh start /tmp/mdb)
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?a directory for the server}
install=${3:-}
password=pii-scan-admin

server() {
  command -v mariadbd 2>/dev/null || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; } || true
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u mysql -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin=$(server)
    if [ -z "$bin" ]; then
      if [ "$install" = "--install" ]; then
        echo "mariadb.sh: installing Debian's mariadb-server package" >&2
        # The package's own service is not wanted: policy-rc.d says no.
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >&2 || {
          apt-get update -q >&2
          DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >&2
        }
        rm -f /usr/sbin/policy-rc.d
        bin=$(server)
      else
        echo "mariadb.sh: no MariaDB server (apt-get install mariadb-server)" >&2
        exit 3
      fi
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown mysql "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    sock="$dir/mysqld.sock"
    if [ ! -d "$dir/data/mysql" ]; then
      as_owner mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
    fi
    as_owner "$bin" --no-defaults --datadir="$dir/data" --socket="$sock" --port="$port" \
      --bind-address=127.0.0.1 --pid-file="$dir/mariadbd.pid" --log-error="$dir/server.log" \
      --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --innodb-buffer-pool-size=256M \
      >/dev/null 2>&1 &
    for _ in $(seq 1 120); do
      [ -S "$sock" ] && mariadb --no-defaults --socket="$sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
      sleep 0.5
    done
    mariadb --no-defaults --socket="$sock" -uroot >&2 <<SQL || { cat "$dir/server.log" >&2; exit 1; }
DELETE FROM mysql.global_priv WHERE User='';
CREATE USER IF NOT EXISTS 'admin'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'admin'@'127.0.0.1' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
    echo "$port" > "$dir/port"
    echo "mysql://admin:$password@127.0.0.1:$port/mysql"
    ;;
  stop)
    if [ -f "$dir/mariadbd.pid" ]; then
      kill "$(cat "$dir/mariadbd.pid")" 2>/dev/null || true
      for _ in $(seq 1 60); do
        kill -0 "$(cat "$dir/mariadbd.pid" 2>/dev/null)" 2>/dev/null || break
        sleep 0.5
      done
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR [--install]" >&2
    exit 2
    ;;
esac
