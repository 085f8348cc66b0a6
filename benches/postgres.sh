#!/usr/bin/env bash
# pii-scan reading a PostgreSQL table against `psql -c "COPY … TO STDOUT"`
# into /dev/null on the same table, in one run (issue 18: target >= 0.5x).
# Run by hand, not in CI:
#
#   benches/postgres.sh [--rows 8000000] [--runs 3] [--url ADMIN_URL]
#
# Without --url it starts a private server (tests/servers/postgres.sh) in
# /tmp/pii-bench-pg and stops it at the end. The table is a users export:
# id, name, email, IPv4, phone, city, plan, a timestamp (about 130 bytes
# a row: 8 M rows is about 1 GB of CSV). Prints medians, MB/s of CSV and
# rows/s, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=8000000; runs=3; url=
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --url) url=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
cargo build --release --quiet --bin pii-scan
if [ -z "$url" ]; then
  dir=/tmp/pii-bench-pg
  url=$(tests/servers/postgres.sh start "$dir")
  trap 'tests/servers/postgres.sh stop "$dir"' EXIT
fi
db=${url%/*}/pii_bench
psql -q "$url" -c "DROP DATABASE IF EXISTS pii_bench WITH (FORCE)" -c "CREATE DATABASE pii_bench" >/dev/null
psql -q -v ON_ERROR_STOP=1 "$db" >/dev/null <<SQL
CREATE TABLE users AS
SELECT i AS id,
       (ARRAY['ana','jonas','emma','li','noah','sofia','omar','mia'])[1 + i % 8] || ' ' ||
       (ARRAY['lopez','haddad','tanaka','martin','kim','silva','muller','rossi'])[1 + (i / 8) % 8] AS full_name,
       'user' || i || '@' || (ARRAY['gmail.com','web.de','yahoo.fr','outlook.com'])[1 + i % 4] AS email,
       ((i * 7919) % 223 + 1) || '.' || (i % 256) || '.' || ((i / 256) % 256) || '.' || (i % 250 + 1) AS ip,
       '(' || (200 + i % 700) || ') ' || (200 + i % 800) || '-' || lpad((i % 10000)::text, 4, '0') AS phone,
       (ARRAY['Berlin','Lyon','Osaka','Porto','Madrid','Seoul'])[1 + i % 6] AS city,
       (ARRAY['free','pro','business'])[1 + i % 3] AS plan,
       timestamp '2024-01-01' + (i || ' seconds')::interval AS created_at
FROM generate_series(1::bigint, $rows) i;
ANALYZE users;
SQL
bytes=$(psql -qAt "$db" -c "COPY users TO STDOUT (FORMAT csv)" | wc -c)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
copy=(); scan=()
for _ in $(seq "$runs"); do
  copy+=("$(t psql -qAt "$db" -c "COPY (SELECT * FROM users) TO STDOUT (FORMAT csv)")")
  scan+=("$(t target/release/pii-scan --no-progress --format json "$db")")
done
c=$(printf '%s\n' "${copy[@]}" | median); s=$(printf '%s\n' "${scan[@]}" | median)
echo "table: $rows rows, $((bytes / 1000000)) MB of CSV"
echo "psql COPY > /dev/null: median ${c}s ($(echo "$bytes / $c / 1000000" | bc) MB/s, $(echo "$rows / $c" | bc) rows/s)  runs: ${copy[*]}"
echo "pii-scan:              median ${s}s ($(echo "$bytes / $s / 1000000" | bc) MB/s, $(echo "$rows / $s" | bc) rows/s)  runs: ${scan[*]}"
echo "ratio (COPY time / pii-scan time): $(echo "scale=2; $c / $s" | bc)"
