#!/usr/bin/env python3
"""Run pii-scan across a Spark cluster: N shards, one part each, one merge.

The driver ships the pii-scan binary with the job, hands shard ids 0..N-1
to the executors (one task each), and on each runs

    pii-scan --shard K/N --format part -o PART  ROOT...

over roots every executor can read (a shared file system, s3:// prefixes,
postgres:// or mysql:// URLs). The parts come back to the driver, are
written to --parts, and `pii-scan merge` turns them into the report one run
over everything gives, policy verdict and exit status included. pii-scan
itself assigns inputs to shards (a stable hash of each file's path relative
to its root, of each table's name, of each object's key), so the driver
never lists files and no file is scanned twice. A task that fails is retried
by Spark; a shard that never finishes makes the merge refuse (it names the
missing shard) rather than report part of the data.

Local mode (what CI runs):

    python3 contrib/spark/pii_scan_spark.py --master 'local[2]' --shards 4 \
        --binary target/release/pii-scan --parts /tmp/parts --format json \
        -o report.json -- fixtures

On a cluster, ship a static binary (cargo build --release --target
x86_64-unknown-linux-musl) and submit the driver:

    spark-submit --master yarn --deploy-mode client \
        contrib/spark/pii_scan_spark.py --shards 200 \
        --binary ./pii-scan --parts /mnt/shared/parts --format json \
        -o scope.json -- s3://vendor-export/2024-11/

Arguments after `--` are the roots; pii-scan scan options (`--sample`,
`--s3-endpoint`, ...) go in --scan-args; policy options for the merged
verdict (`--fail-on password`) go in --merge-args.
"""

import argparse
import os
import shlex
import stat
import subprocess
import sys
import tempfile


def run_shard(index, count, binary_name, roots, scan_args):
    """On an executor: scan shard `index` of `count`; return its part."""
    from pyspark import SparkFiles

    binary = SparkFiles.get(binary_name)
    mode = os.stat(binary).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    with tempfile.TemporaryDirectory() as tmp:
        part = os.path.join(tmp, f"{index}.part")
        cmd = [binary, "--no-progress", "--shard", f"{index}/{count}",
               "--format", "part", "-o", part, *scan_args, *roots]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            # Spark retries the task; after its retries the job fails, and
            # the merge never runs on a partial set.
            raise RuntimeError(f"shard {index}/{count}: exit {done.returncode}: {done.stderr.strip()}")
        with open(part, "rb") as f:
            return index, f.read()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's)")
    p.add_argument("--shards", type=int, required=True, help="N: how many shards (tasks)")
    p.add_argument("--binary", required=True, help="the pii-scan binary to ship")
    p.add_argument("--parts", required=True, help="where the driver writes the parts")
    p.add_argument("--format", default="human", help="the merged report's format")
    p.add_argument("-o", "--output", default=None, help="the merged report's file (default stdout)")
    p.add_argument("--scan-args", default="", help="more pii-scan options for every shard")
    p.add_argument("--merge-args", default="", help="more options for pii-scan merge (policy)")
    p.add_argument("roots", nargs="+", help="what to scan, as every executor sees it")
    a = p.parse_args(argv)

    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("pii-scan")
    if a.master:
        b = b.master(a.master)
    spark = b.getOrCreate()
    sc = spark.sparkContext
    binary = os.path.abspath(a.binary)
    sc.addFile(binary)
    name = os.path.basename(binary)
    roots, scan_args, n = a.roots, shlex.split(a.scan_args), a.shards
    parts = (
        sc.parallelize(range(n), n)
        .map(lambda k: run_shard(k, n, name, roots, scan_args))
        .collect()
    )
    spark.stop()

    os.makedirs(a.parts, exist_ok=True)
    paths = []
    for index, data in sorted(parts):
        path = os.path.join(a.parts, f"{index}-of-{n}.part")
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    cmd = [binary, "merge", "--format", a.format, *shlex.split(a.merge_args)]
    if a.output:
        cmd += ["-o", a.output]
    # The merge's exit status is the run's: 0, 1 on a policy violation, 2.
    return subprocess.run(cmd + paths).returncode


if __name__ == "__main__":
    sys.exit(main())
