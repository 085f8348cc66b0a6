#!/usr/bin/env bash
# One large file through every read path, in one run, alternating (issue 31):
#
#   benches/one_file.sh [--size 1GiB] [--runs 3] [--dir /tmp/pii-bench]
#
# Builds pii-scan and examples/gen_corpus, makes one CSV and one NDJSON file
# of --size from the dense corpus's own (users.csv and events.ndjson bodies
# repeated), and a gzip copy of the CSV; then times, per file:
#   -j1 and -j2 mapped (1 -> 2 threads), -j2 --mmap never (the stream path:
#   what a table, an S3 object or stdin goes through), and the .csv.gz (a
#   decompressed stream) at -j2;
# and prints medians, MB/s of the file's own bytes, the 1 -> 2 speed-up, each
# stream's rate as a share of the mapped file's, and peak RSS.
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
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
bin=$PWD/target/release/pii-scan
seed=$dir/dense-100MiB
[ -d "$seed" ] || target/release/examples/gen_corpus --size 100MiB --pii-share 1 --out "$seed" >/dev/null
bytes=$(numfmt --from=iec-i "${size%B}")
one=$dir/one-$size
mkdir -p "$one"
python3 - "$seed" "$one" "$bytes" <<'PY'
import gzip, os, sys
seed, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name, header in [("users.csv", True), ("events.ndjson", False)]:
    path = os.path.join(out, name)
    if os.path.exists(path) and os.path.getsize(path) >= size:
        continue
    text = open(os.path.join(seed, name), "rb").read()
    cut = text.index(b"\n") + 1 if header else 0
    with open(path, "wb") as f:
        f.write(text)
        n = len(text)
        while n < size:
            f.write(text[cut:])
            n += len(text) - cut
gz = os.path.join(out, "users.csv.gz")
if not os.path.exists(gz):
    with open(os.path.join(out, "users.csv"), "rb") as src, gzip.open(gz, "wb", compresslevel=1) as dst:
        while chunk := src.read(1 << 24):
            dst.write(chunk)
PY
tmp=$(mktemp -d)
run() { # run NAME CMD...: appends "seconds rss_kb" to $tmp/NAME
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true
  cat "$tmp/t" >> "$tmp/$name"
}
for ((r = 0; r < runs; r++)); do
  for f in users.csv events.ndjson; do
    run "$f-j1" "$bin" -j1 --format json "$one/$f"
    run "$f-j2" "$bin" -j2 --format json "$one/$f"
    run "$f-never" "$bin" -j2 --mmap never --format json "$one/$f"
  done
  run "users.csv-gz" "$bin" -j2 --format json "$one/users.csv.gz"
done
python3 - "$tmp" "$one" <<'PY'
import os, statistics, sys
tmp, one = sys.argv[1], sys.argv[2]
def get(name):
    rows = [l.split() for l in open(os.path.join(tmp, name)) if l.strip()]
    return statistics.median(float(r[0]) for r in rows), max(int(r[1]) for r in rows)
print("| file | bytes | -j1 MB/s | -j2 MB/s | 1->2 | -j2 --mmap never | never/mapped | .gz -j2 | gz/mapped | peak RSS |")
print("|---|---|---|---|---|---|---|---|---|---|")
for f in ["users.csv", "events.ndjson"]:
    b = os.path.getsize(os.path.join(one, f))
    (t1, m1), (t2, m2), (tn, mn) = get(f + "-j1"), get(f + "-j2"), get(f + "-never")
    mb = lambda t: b / t / 1e6
    gz, gzm = ("", "")
    peak = max(m1, m2, mn)
    if f == "users.csv":
        tg, mg = get(f + "-gz")
        gz, gzm = f"{mb(tg):.0f}", f"{t2 / tg:.2f}"
        peak = max(peak, mg)
    print(f"| {f} | {b} | {mb(t1):.0f} | {mb(t2):.0f} | {t1 / t2:.2f}x | {mb(tn):.0f} | {t2 / tn:.2f} | {gz} | {gzm} | {peak // 1024} MiB |")
PY
rm -rf "$tmp"
