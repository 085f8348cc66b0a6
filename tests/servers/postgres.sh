#!/usr/bin/env bash
# A private PostgreSQL server on loopback for the store tests.
#
#   tests/servers/postgres.sh start DIR [--install]   # prints the admin URL
#   tests/servers/postgres.sh stop DIR
#
# Uses the server binaries of Debian's `postgresql` package
# (/usr/lib/postgresql/*/bin); with --install, installs the package when
# they are missing (CI; needs root and apt). The cluster lives in DIR, its
# socket too, on 127.0.0.1 at a free port; as root it runs as the `postgres`
# user the package creates. The tests read the URL from
# PII_SCAN_TEST_POSTGRES:
#
#   export PII_SCAN_TEST_POSTGRES=$(tests/servers/postgres.sh start /tmp/pg)
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?a directory for the cluster}
install=${3:-}

bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin=$(bindir)
    if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
      if [ "$install" = "--install" ]; then
        echo "postgres.sh: installing Debian's postgresql package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || {
          apt-get update -q >&2
          DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
        }
        bin=$(bindir)
      else
        echo "postgres.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2
        exit 3
      fi
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      pwfile="$dir/pw"
      echo "pii-scan-admin" > "$pwfile"
      [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" -A scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      rm -f "$pwfile"
    fi
    # TLS with a private CA (ca.crt beside the server's certificate, which
    # names 127.0.0.1 and not localhost): the TLS tests check both.
    ssl=""
    if command -v openssl >/dev/null; then
      if [ ! -f "$dir/server.crt" ]; then
        (
          cd "$dir"
          openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj "/CN=pii-scan test CA" 2>/dev/null
          openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1" 2>/dev/null
          printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > server.ext
          openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 30 -extfile server.ext 2>/dev/null
          chmod 600 server.key
          [ "$(id -u)" = 0 ] && chown postgres server.key server.crt
          true
        ) || echo "postgres.sh: could not make a certificate; TLS off" >&2
      fi
      [ -f "$dir/server.crt" ] && ssl="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off $ssl" \
      start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres:pii-scan-admin@127.0.0.1:$port/postgres"
    ;;
  stop)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    ;;
  *)
    echo "usage: $0 start|stop DIR [--install]" >&2
    exit 2
    ;;
esac
