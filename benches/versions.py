#!/usr/bin/env python3
"""Two builds of pii-scan on the same corpora, alternating, in one run: what
a change costs. Run by hand, not in CI (timings belong in benchmarks, not
tests):

    git worktree add /tmp/base <commit>
    (cd /tmp/base && CARGO_TARGET_DIR=/tmp/base-target cargo build --release --bin pii-scan)
    cargo build --release --bin pii-scan --example gen_corpus
    target/release/examples/gen_corpus --size 100MiB --pii-share 1 --out /tmp/pii-bench/dense
    target/release/examples/gen_corpus --size 300MiB --out /tmp/pii-bench/large
    benches/versions.py /tmp/base-target/release/pii-scan target/release/pii-scan \\
        /tmp/pii-bench/dense /tmp/pii-bench/large [--runs 5] [-j 1,2]

Prints, per corpus and thread count, each build's median MB/s, the ratio of
median times (new / base) and the peak RSS (GNU time).
"""
import argparse
import os
import statistics
import subprocess
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("-j", default="1,2")
    a = ap.parse_args()
    bins = {"base": a.base, "new": a.new}
    for d in a.corpora:
        size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
        subprocess.run(["sh", "-c", f"find '{d}' -type f -exec cat {{}} + > /dev/null"])
        for j in a.j.split(","):
            t = {k: [] for k in bins}
            rss = {k: [] for k in bins}
            for _ in range(a.runs):
                for name, b in bins.items():
                    s = time.perf_counter()
                    o = subprocess.run(
                        ["/usr/bin/time", "-f", "%M", b, "--no-config", "--no-progress", "--format", "json", "-j", j, d],
                        capture_output=True,
                    )
                    t[name].append(time.perf_counter() - s)
                    rss[name].append(int(o.stderr.decode().strip().splitlines()[-1]))
            mb, mn = statistics.median(t["base"]), statistics.median(t["new"])
            print(
                f"{os.path.basename(d)} ({size / 1e6:.0f} MB) -j{j}: base {size / 1e6 / mb:.1f} MB/s, "
                f"new {size / 1e6 / mn:.1f} MB/s, new/base time {mn / mb:.2f}; peak RSS base "
                f"{max(rss['base']) / 1024:.0f} MiB, new {max(rss['new']) / 1024:.0f} MiB",
                flush=True,
            )


if __name__ == "__main__":
    main()
