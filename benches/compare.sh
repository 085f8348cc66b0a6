#!/usr/bin/env bash
# Whole-tool comparison of pii-scan with ripgrep on the same corpus, in ONE run,
# alternating the tools, from the page cache. Run by hand, not in CI:
#
#   benches/compare.sh [--size 1GiB] [--runs 5] [--files 100000] [--dense 100MiB]
#                      [--sparse 700MiB] [--dir /tmp/pii-bench]
#
# It builds pii-scan, generates the corpora with examples/gen_corpus.rs if they
# are missing (a few large files; --files small ones; a dense breach dump of
# five structured files and no prose, --dense bytes; a PII-sparse one, 99%
# prose, --sparse bytes; 0 skips a shape), installs rg if it is
# not on PATH (Debian's ripgrep, else `cargo install ripgrep`), then measures:
#   cat (the page-cache ceiling), rg --count-matches -j1 / -jN with one
#   alternation of pii-scan's own detector regexes (ASCII mode, like pii-scan),
#   pii-scan --format json -j1 / -jN;
# and prints MB/s (median of --runs), ratios at equal threads, 1→N scaling and
# peak RSS, and rewrites the table at the top of BENCHMARKS.md (its other
# sections are kept).
set -euo pipefail
cd "$(dirname "$0")/.."

size=1GiB; runs=5; files=100000; dense=100MiB; sparse=700MiB; dir=/tmp/pii-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --files) files=$2; shift 2;;
    --dense) dense=$2; shift 2;;
    --sparse) sparse=$2; shift 2;;
    --dir) dir=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
threads=$(nproc)

cargo build --release --quiet --bin pii-scan --example gen_corpus
bin=target/release/pii-scan
if ! command -v rg >/dev/null; then
  (apt-get install -y -qq ripgrep >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq ripgrep) >/dev/null 2>&1) \
    || cargo install --quiet ripgrep
fi
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

large=$dir/large-$size; small=$dir/small-$files
[ -d "$large" ] || target/release/examples/gen_corpus --size "$size" --out "$large"
[ -d "$small" ] || [ "$files" = 0 ] || target/release/examples/gen_corpus --size $((files * 5))KiB --files "$files" --out "$small"
densed=$dir/dense-$dense; sparsed=$dir/sparse-$sparse
[ -d "$densed" ] || [ "$dense" = 0 ] || target/release/examples/gen_corpus --size "$dense" --pii-share 1 --out "$densed"
[ -d "$sparsed" ] || [ "$sparse" = 0 ] || target/release/examples/gen_corpus --size "$sparse" --pii-share 0.01 --out "$sparsed"

# One alternation of the detectors' own regexes.
patterns=$(python3 - <<'PY'
import tomllib
for d in tomllib.load(open("patterns/detectors.toml", "rb"))["detector"]:
    print(d["regex"])
PY
)
rgargs=(--no-unicode --count-matches --no-filename --hidden --no-ignore --no-messages)
while IFS= read -r p; do rgargs+=(-e "$p"); done <<< "$patterns"

# run NAME CMD...: one timed run; appends "seconds rss_kb" to $tmp/NAME.
tmp=$(mktemp -d)
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" > "$tmp/out" 2>/dev/null || true
  cat "$tmp/t" >> "$tmp/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {  # measure LABEL DIR
  local label=$1 d=$2
  local bytes; bytes=$(du -sb "$d" | cut -f1)
  cat "$d"/* "$d"/*/* > /dev/null 2>&1 || true   # warm the page cache
  for i in $(seq "$runs"); do
    run "$label.cat" sh -c "find '$d' -type f -print0 | xargs -0 cat > /dev/null"
    run "$label.rg1" rg -j1 "${rgargs[@]}" "$d"
    run "$label.pii1" "$bin" --no-progress --format json -j1 "$d"
    run "$label.rgN" rg -j"$threads" "${rgargs[@]}" "$d"
    run "$label.piiN" "$bin" --no-progress --format json -j"$threads" "$d"
  done
  rg -j"$threads" "${rgargs[@]}" "$d" | awk '{s+=$1} END {print s}' > "$tmp/$label.rgcount"
  "$bin" --no-progress --format json "$d" | python3 -c 'import json,sys; print(sum(c["matches"] for c in json.load(sys.stdin)["categories"]))' > "$tmp/$label.piicount"
  for k in cat rg1 pii1 rgN piiN; do
    local s; s=$(cut -d' ' -f1 "$tmp/$label.$k" | median)
    local rss; rss=$(cut -d' ' -f2 "$tmp/$label.$k" | median)
    echo "$label $k $s $rss $bytes" >> "$tmp/results"
  done
}

measure large "$large"
[ "$files" = 0 ] || measure small "$small"
[ "$dense" = 0 ] || measure dense "$densed"
[ "$sparse" = 0 ] || measure sparse "$sparsed"

python3 - "$tmp" "$runs" "$threads" "$size" "$files" "$dense" "$sparse" <<'PY'
import sys, pathlib, platform, subprocess, datetime
tmp, runs, threads, size, files, dense, sparse = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
rows = {}
for line in open(f"{tmp}/results"):
    label, k, s, rss, b = line.split()
    rows[(label, k)] = (float(s), int(rss), int(b))
def mbps(label, k):
    s, _, b = rows[(label, k)]
    return b / s / 1e6 if s > 0 else float("inf")
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
rgv = subprocess.run(["rg", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
out = [
    "# Benchmarks", "",
    f"Generated by `benches/compare.sh --size {size} --runs {runs} --files {files} --dense {dense} --sparse {sparse}` on {datetime.date.today()}:",
    f"{threads} cores ({cpu}), {rgv}, corpora from `examples/gen_corpus.rs` read from the page cache.",
    f"Each cell is the median of {runs} runs, the tools alternating within each run. MB/s = corpus bytes / wall time.",
    "rg runs `--count-matches --no-unicode` with one alternation of pii-scan's own detector regexes;",
    "pii-scan runs the full pipeline (validation, structure, aggregation) with `--format json`.",
    "Corpora: large = 30% breach-shaped in five files + prose; small = many 1-10 KB files; dense = five",
    "breach-shaped files (CSV, NDJSON, SQL, access log, tickets), no prose; sparse = 1% breach-shaped, 99% prose.", "",
    "| corpus | bytes | cat MB/s | rg -j1 | pii-scan -j1 | ratio -j1 | rg -jN | pii-scan -jN | ratio -jN | pii-scan 1→N | pii-scan peak RSS |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
]
for label in ("large", "small", "dense", "sparse"):
    if (label, "cat") not in rows:
        continue
    b = rows[(label, "cat")][2]
    r = lambda k: mbps(label, k)
    out.append(f"| {label} | {b/1e6:.0f} MB | {r('cat'):.0f} | {r('rg1'):.0f} | {r('pii1'):.0f} | {r('pii1')/r('rg1'):.2f} | "
               f"{r('rgN'):.0f} | {r('piiN'):.0f} | {r('piiN')/r('rgN'):.2f} | {r('piiN')/r('pii1'):.2f}x | {rows[(label, 'piiN')][1]/1024:.0f} MiB |")
out.append("")
for label in ("large", "small", "dense", "sparse"):
    p = pathlib.Path(f"{tmp}/{label}.rgcount")
    if p.exists():
        out.append(f"- {label}: rg counted {p.read_text().strip()} raw regex matches; pii-scan reported "
                   f"{pathlib.Path(f'{tmp}/{label}.piicount').read_text().strip()} values (after validation, placeholders apart, plus structure-derived categories).")
text = "\n".join(out) + "\n"
print(text)
# Only this table is replaced: the sections after it (other benches' figures)
# are kept.
md = pathlib.Path("BENCHMARKS.md")
old = md.read_text() if md.exists() else ""
keep = old[old.index("\n## ") + 1:] if "\n## " in old else ""
md.write_text(text + ("\n" + keep if keep else ""))
PY
rm -rf "$tmp"
