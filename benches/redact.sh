#!/usr/bin/env bash
# Redaction against the scan on the same file, in ONE run, alternating,
# from the page cache (issue 30's target: redaction at least half the
# scan's throughput, peak RSS under 256 MiB on 1 GiB). Run by hand:
#
#   benches/redact.sh [--size 1GiB] [--runs 3] [--dir /tmp/pii-bench]
#
# It builds pii-scan, makes one CSV of --size from examples/gen_corpus.rs's
# users.csv (its rows repeated), then times `pii-scan FILE` and `pii-scan
# redact FILE -o COPY --mode mask` (COPY beside FILE, removed after each
# run) and prints the medians, the ratio and each one's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

size=1GiB; runs=3; dir=/tmp/pii-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --dir) dir=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
cargo build --release --quiet --bin pii-scan --example gen_corpus
bin=$PWD/target/release/pii-scan
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

bytes=$(numfmt --from=iec-i "${size%B}")
seed=$dir/redact-seed; csv=$dir/redact-$size.csv
[ -d "$seed" ] || target/release/examples/gen_corpus --size 64MiB --out "$seed"
if [ ! -f "$csv" ]; then
  cp "$seed/users.csv" "$csv"
  while [ "$(stat -c %s "$csv")" -lt "$bytes" ]; do tail -n +2 "$seed/users.csv" >> "$csv"; done
  truncate -s "$bytes" "$csv"  # a last row cut short, as a dump cut off is
fi
cat "$csv" > /dev/null

tmp=$(mktemp -d)
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -a -o "$tmp/scan" "$bin" --no-progress --format json "$csv" > /dev/null
  rm -f "$csv.copy"
  /usr/bin/time -f "%e %M" -a -o "$tmp/redact" "$bin" redact "$csv" -o "$csv.copy" --mode mask 2> /dev/null
  rm -f "$csv.copy"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(cut -d' ' -f1 "$tmp/scan" | median); r=$(cut -d' ' -f1 "$tmp/redact" | median)
srss=$(cut -d' ' -f2 "$tmp/scan" | sort -n | tail -1); rrss=$(cut -d' ' -f2 "$tmp/redact" | sort -n | tail -1)
python3 - "$bytes" "$s" "$r" "$srss" "$rrss" "$runs" <<'PY'
import sys
b, s, r, srss, rrss, runs = int(sys.argv[1]), *map(float, sys.argv[2:6]), sys.argv[6]
print(f"one {b / 2**30:.2f} GiB CSV, medians of {runs} alternating runs")
print(f"| | seconds | MB/s | peak RSS |")
print(f"|---|---|---|---|")
print(f"| scan | {s:.1f} | {b / s / 1e6:.1f} | {srss / 1024:.0f} MiB |")
print(f"| redact --mode mask | {r:.1f} | {b / r / 1e6:.1f} | {rrss / 1024:.0f} MiB |")
print(f"redaction throughput: {s / r:.2f}x the scan's")
PY
rm -rf "$tmp"
