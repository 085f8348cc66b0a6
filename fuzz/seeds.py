#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, cut from the generated fixtures:
text files for the engine, chunk and parser targets (parsers get one copy per
format selector byte), containers and photos for the container target, the
built-in detectors file for the pattern loader.

    python3 fuzz/seeds.py            # writes fuzz/corpus/<target>/
"""
import glob
import os

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "fixtures")
out = os.path.join(here, "corpus")
for t in ["engine", "chunks", "parsers", "patterns", "containers"]:
    os.makedirs(os.path.join(out, t), exist_ok=True)


def put(target, name, data):
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data)


paths = sorted(p for p in glob.glob(os.path.join(fixtures, "**", "*"), recursive=True) if os.path.isfile(p))
for i, p in enumerate(paths):
    data = open(p, "rb").read()
    rel = os.path.relpath(p, fixtures)
    if rel.startswith(("containers", "photos")):
        if len(data) < 200_000:
            put("containers", f"seed{i}", b"\0" + data)
        continue
    head = data[:8192]
    put("engine", f"seed{i}", head)
    put("chunks", f"seed{i}", bytes([i % 64]) + head)
    for k in range(6):
        put("parsers", f"seed{i}_{k}", bytes([k]) + head)
put("patterns", "detectors", open(os.path.join(here, "..", "patterns", "detectors.toml"), "rb").read())
