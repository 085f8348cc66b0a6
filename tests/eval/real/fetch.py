#!/usr/bin/env python3
"""Rebuilds the real-data evaluation corpus in tests/eval/real/ from its
public sources (see SOURCES.md beside this file for licences and what each
file is). Nothing here is typed by us: every value comes from a registry
package or from a public Git repository at a recorded commit; the script
only picks rows and columns, never edits a value.

Sources come two ways:

* registry packages, fetched with the ordinary clients: `pip download`
  (vega-datasets), `npm pack` (country-codes-list, currency-codes) and the
  crates.io package `bytes` as cargo leaves it in $CARGO_HOME/registry/src
  after `cargo fetch` in the repository root (it is in Cargo.lock);
* Git repositories, read at the commit recorded below with `git show
  COMMIT:PATH`. Give the folder that holds the checkouts (bare or not) with
  --checkouts DIR; each repository is looked up there as `owner+name`,
  `owner+name/repo`, `owner/name` or `name`. A checkout that lacks the
  commit is an error, not a silent substitution.

    python3 tests/eval/real/fetch.py --checkouts /path/to/checkouts
    python3 tests/eval/real/fetch.py --only registry     # no Git sources

Written files are listed with their row counts, sizes and SHA-256 (first
16 hex digits) at the end; SOURCES.md lists the same digests, so a rebuild
can be compared with the shipped files.
"""
import argparse, csv, glob, hashlib, io, json, os, re, shutil, subprocess, sys, tarfile, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Git sources: owner/name -> commit the extracts were taken at.
REPOS = {
    "lerocha/chinook-database": "7f67772503d71ba90f19283c38e93923addb43fa",
    "smartnews-smri/house-of-councillors": "2a62cf15ce514aec69ea23a851ace951732a0306",
    "teampopong/data-for-rnd": "15536ca12792c36b72abd40df05085391a550f9b",
    "teampopong/data-election": "c1c8e9c02ac7664c64b52e969822ad279b967dfc",
    "teampopong/data-assembly": "8cf7f357d765423a34a769ca9feccb089be7fd90",
    "teampopong/korea-assembly-officials-property": "60cd507bb2b91bfcdc5c03439cd9a1446ee01478",
    "michalmilek/michalmilek-wybory-2024-count": "c6ece8d064e7298419635af9b278ce45a1d5f2d9",
    "microsoft/sql-server-samples": "481085dc95720244a359f1311afd6003e0bcc09c",
    "aFemzz/Sakila-db": "44864c2865dff5004bfb6b77d055426e0ba29996",
    "elastic/examples": "6d86454ebb7a850bcd7e80abe86fe683370018a6",
}
PIP = ("vega-datasets", "0.9.0")
NPM = [("country-codes-list", "3.2.0"), ("currency-codes", "2.2.0")]
CRATE = ("bytes", "1.12.2")

written = []  # (relative path, rows, note)


class Git:
    def __init__(self, root):
        self.root = root

    def locate(self, repo):
        owner, name = repo.split("/")
        for cand in (f"{owner}+{name}/repo/.git", f"{owner}+{name}/repo", f"{owner}+{name}",
                     f"{owner}/{name}", name):
            p = os.path.join(self.root, cand)
            if os.path.isdir(p):
                return p
        sys.exit(f"no checkout of {repo} under {self.root}")

    def show(self, repo, path):
        p = self.locate(repo)
        commit = REPOS[repo]
        for args in (["git", f"--git-dir={p}"], ["git", "-C", p]):
            r = subprocess.run(args + ["show", f"{commit}:{path}"], capture_output=True)
            if r.returncode == 0:
                return r.stdout
        sys.exit(f"{repo}: cannot read {path} at {commit} from {p}: {r.stderr.decode(errors='replace')}")


def out(rel, data, rows, note=""):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    written.append((rel, rows, note))


def lines_keep(text, n):
    """The first n lines, line endings kept as they are."""
    return "".join(text.splitlines(keepends=True)[:n])


# ---------------------------------------------------------------- CSV helpers

def csv_rows(text, delimiter=","):
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def raw_records(text):
    """Splits CSV text into raw records (quoted newlines kept inside), so a
    subset can be written back byte for byte, quoting untouched."""
    recs, cur, quoted = [], [], False
    for line in text.splitlines(keepends=True):
        cur.append(line)
        quoted ^= line.count('"') % 2 == 1
        if not quoted:
            recs.append("".join(cur))
            cur = []
    if cur:
        recs.append("".join(cur))
    return recs


def looks_like_label(cell):
    """The scanner's header test (src/parse/delimited.rs), to keep headerless files headerless."""
    c = cell.strip()
    if len(c) >= 2 and c[0] == '"' and c[-1] == '"':
        c = c[1:-1].strip()
    b = c.encode()
    return (bool(b) and len(b) <= 64 and b"@" not in b and b"://" not in b
            and not all(ch in b"0123456789.-+ :/" for ch in b))


# ---------------------------------------------------------------- SQL helpers

def sql_statement(text, start_re):
    """The statement that starts at the first match of start_re, up to its ';'
    (or, for T-SQL, up to the line before the next 'go')."""
    m = re.search(start_re, text, re.M)
    if not m:
        sys.exit(f"no statement matching {start_re}")
    end = text.index(";", m.start()) + 1
    return text[m.start():end]


def mysql_tuples(text, table):
    """Raw tuple lines of a mysqldump `INSERT INTO table VALUES (...),\n(...);`
    block (one tuple per line, as the Sakila dump writes them)."""
    m = re.search(rf"^INSERT INTO `?{table}`? VALUES (.*?);$", text, re.M | re.S)
    head = m.group(0)[: m.start(1) - m.start(0)]
    body = m.group(1)
    tuples = [t.rstrip(",") for t in body.split("\n")]
    return head, tuples


# ---------------------------------------------------------------- sources

def japanese(g):
    repo = "smartnews-smri/house-of-councillors"
    text = g.show(repo, "data/giin.csv").decode("utf-8")
    recs = raw_records(text)
    out("ja/sangiin_giin.csv", "".join(recs[:101]), 100, "header + first 100 members")
    kaiha = g.show(repo, "data/kaiha.csv").decode("utf-8")
    out("controls/ja_sangiin_kaiha.csv", kaiha, len(raw_records(kaiha)) - 1, "whole file")


def polish(g):
    repo = "michalmilek/michalmilek-wybory-2024-count"
    text = g.show(repo, "src/assets/csv/kandydaci_wbp_utf8.csv").decode("utf-8")
    recs = raw_records(text)
    body = recs[1:][::7][:250]
    out("pl/pkw2024_kandydaci_wbp.csv", recs[0] + "".join(body), len(body), "header + every 7th candidate, first 250")
    text = g.show(repo, "src/assets/csv/okregi_wojt_burmistrz_prezydent_utf8.csv").decode("utf-8")
    recs = raw_records(text)
    body = recs[1:][::10][:250]
    out("controls/pl_pkw2024_okregi_wbp.csv", recs[0] + "".join(body), len(body), "header + every 10th district, first 250")


def korean(g):
    repo = "teampopong/data-for-rnd"
    text = g.show(repo, "assembly.csv").decode("utf-8")
    recs = raw_records(text)
    out("ko/assembly19.csv", "".join(recs[1:]), len(recs) - 1, "all members, header row dropped")
    first = csv_rows(recs[1])[0]
    assert not all(looks_like_label(c) for c in first), "assembly19.csv would look headed"
    text = g.show(repo, "candidacies.csv").decode("utf-8")
    recs = raw_records(text)
    body = recs[1:][::64][:300]
    out("ko/candidacies.csv", recs[0] + "".join(body), len(body), "header + every 64th candidacy, first 300")
    parties = g.show(repo, "parties/parties.csv").decode("utf-8")
    out("controls/ko_parties.csv", parties, len(raw_records(parties)) - 1, "whole file")

    repo = "teampopong/data-election"
    data = g.show(repo, "local/2014-06-04/local-province_governor-precandidates-6.0.json")
    out("ko/precandidates_province_governor_2014.json", data, len(json.loads(data)), "whole file, byte for byte")

    repo = "teampopong/data-assembly"
    data = g.show(repo, "committees/committee_list_예산결산특별위원회.csv").decode("utf-8")
    out("ko/committee_yesan.csv", data, len(raw_records(data)) - 1, "whole file")

    repo = "teampopong/korea-assembly-officials-property"
    text = g.show(repo, "data/20120530/4_aligned.csv").decode("utf-8")
    recs = raw_records(text)  # headerless at the source
    body = recs[::5][:300]
    assert not all(looks_like_label(c) for c in csv_rows(body[0])[0]), "property file would look headed"
    out("ko/officials_property_2012.csv", "".join(body), len(body), "every 5th row, first 300 (source has no header)")


def chinook(g):
    repo = "lerocha/chinook-database"
    text = g.show(repo, "ChinookDatabase/DataSources/Chinook_Sqlite.sql").decode("utf-8")
    banner = text[: text.index("*/") + 2] + "\n\n"
    parts = [banner,
             sql_statement(text, r"^CREATE TABLE \[Employee\]"), "\n\n",
             sql_statement(text, r"^CREATE TABLE \[Customer\]"), "\n\n",
             sql_statement(text, r"^INSERT INTO \[Employee\]"), "\n\n",
             sql_statement(text, r"^INSERT INTO \[Customer\]"), "\n"]
    emp = sql_statement(text, r"^INSERT INTO \[Employee\]").count("\n    (")
    cus = sql_statement(text, r"^INSERT INTO \[Customer\]").count("\n    (")
    out("sample-db/chinook_people.sql", "".join(parts), emp + cus, f"Employee {emp} + Customer {cus} rows")
    data = json.loads(g.show(repo, "ChinookDatabase/DataSources/ChinookData.json"))
    inv = data["Invoice"][:200]
    out("sample-db/chinook_invoices.json", json.dumps({"Invoice": inv}, ensure_ascii=False, indent=2) + "\n",
        len(inv), "first 200 of ChinookData.json's Invoice array")


def northwind(g):
    repo = "microsoft/sql-server-samples"
    text = g.show(repo, "samples/databases/northwind-pubs/instnwnd.sql").decode("utf-8")
    banner = text[: text.index("*/") + 2] + "\n\n"
    # T-SQL batches, each ended by a `go` line; kept whole with their own separator.
    batches = re.findall(r"(.*?\n)((?:GO|go)[ \t]*\n)", text, re.S)

    def pick(prefix, drop_photo=False):
        kept, rows = [], 0
        for body, sep in batches:
            b = body.lstrip("\n")
            if not b.startswith(prefix):
                continue
            if drop_photo:
                # Drop the Photo column (a ~20 KB bitmap per row): its line in
                # CREATE TABLE, its name in the column list, its 0x... literal.
                b = "".join(l for l in b.splitlines(keepends=True) if not l.strip().startswith('"Photo"'))
                b = b.replace('"Extension","Photo","Notes"', '"Extension","Notes"')
                b = re.sub(r",0x[0-9A-Fa-f]+,", ",", b)
                assert "0x" not in b and '"Photo"' not in b
            rows += len(re.findall(r"^INSERT ", b, re.M))
            kept.append(b + sep)
        return "".join(kept), rows

    create, _ = pick('CREATE TABLE "Employees"', drop_photo=True)
    ins, n = pick('INSERT "Employees"', drop_photo=True)
    out("sample-db/northwind_employees.sql", banner + create + ins, n, "all 9 employees, Photo column dropped")
    create, _ = pick('CREATE TABLE "Products"')
    ins, n = pick('INSERT "Products"')
    out("controls/northwind_products.sql", banner + create + ins, n, "all 77 products")


def sakila(g):
    repo = "aFemzz/Sakila-db"
    schema = g.show(repo, "sakila-db/sakila-schema.sql").decode("utf-8")
    data = g.show(repo, "sakila-db/sakila-data.sql").decode("utf-8")
    banner = schema[: schema.index("\n\n", schema.index("POSSIBILITY OF SUCH DAMAGE"))] + "\n\n"

    def create(table, drop=()):
        s = sql_statement(schema, rf"^CREATE TABLE {table} \(")
        return "\n".join(l for l in s.splitlines() if not any(l.strip().startswith(d + " ") for d in drop)) + "\n\n"

    def insert(table, n=None, fix=None):
        head, tuples = mysql_tuples(data, table)
        tuples = tuples[:n] if n else tuples
        if fix:
            tuples = [fix(t) for t in tuples]
        return head + ",\n".join(tuples) + ";\n\n", len(tuples)

    a, na = insert("address", 200)
    c, nc = insert("customer", 200)
    # staff.picture: drop the column (a PNG in hex in row 1, NULL in row 2).
    s, ns = insert("staff", fix=lambda t: re.sub(r"^(\(\d+,'[^']*','[^']*',\d+),(?:0x[0-9A-F]+|NULL),", r"\1,", t))
    assert "0x" not in s
    body = create("address") + create("customer") + create("staff", drop=("picture",)) + a + c + s
    out("sample-db/sakila_customers.sql", banner + body, na + nc + ns,
        f"address {na} + customer {nc} + staff {ns} rows; staff.picture dropped")
    f, nf = insert("film", 200)
    out("controls/sakila_films.sql", banner + create("film") + f, nf, "first 200 films")
    ci, nci = insert("city", 300)
    co, nco = insert("country")
    out("controls/sakila_cities.sql", banner + create("city") + create("country") + ci + co, nci + nco,
        f"city {nci} + country {nco} rows")


def logs(g):
    repo = "elastic/examples"
    text = g.show(repo, "Common Data Formats/apache_logs/apache_logs").decode("utf-8")
    out("logs/apache_access.log", lines_keep(text, 300), 300, "first 300 lines")
    base = "Miscellaneous/kafka_monitoring/filebeat_monitoring/logs/kafka0/logs/"
    for src, dst, n in (("server.log.2016-12-19-16", "controls/kafka_server.log", 300),
                        ("kafkaServer-gc.log", "controls/kafka_gc.log", 300),
                        ("controller.log.2016-12-19-17", "controls/kafka_controller.log", 60)):
        text = g.show(repo, base + src).decode("utf-8")
        out(dst, lines_keep(text, n), n, f"first {n} lines of {src}")


def registry():
    tmp = tempfile.mkdtemp(prefix="pii-eval-")
    try:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                        f"{PIP[0]}=={PIP[1]}"], check=True)
        whl = glob.glob(os.path.join(tmp, "vega_datasets-*.whl"))[0]
        with zipfile.ZipFile(whl) as z:
            def member(name):
                return z.read(f"vega_datasets/_data/{name}").decode("utf-8")
            w = member("seattle-weather.csv")
            out("controls/seattle_weather.csv", lines_keep(w, 301), 300, "header + first 300 days")
            e = member("us-employment.csv")
            out("controls/us_employment.csv", e, len(e.splitlines()) - 1, "whole file")
            ap = member("airports.csv")
            out("controls/airports.csv", lines_keep(ap, 301), 300, "header + first 300 airports")
            out("LICENSES/vega-datasets.LICENSE", z.read("vega_datasets-0.9.0.dist-info/LICENSE"), 0, "licence text")
        for name, ver in NPM:
            subprocess.run(["npm", "pack", "--silent", f"{name}@{ver}"], cwd=tmp, check=True, capture_output=True)
        with tarfile.open(os.path.join(tmp, "country-codes-list-3.2.0.tgz")) as t:
            c = t.extractfile("package/dist/countries.csv").read().decode("utf-8")
            out("controls/countries.csv", c, len(raw_records(c)) - 1, "whole file")
            out("LICENSES/country-codes-list.LICENSE", t.extractfile("package/LICENSE").read(), 0, "licence text")
        with tarfile.open(os.path.join(tmp, "currency-codes-2.2.0.tgz")) as t:
            js = t.extractfile("package/data.js").read().decode("utf-8")
            # data.js is `/* comment */ module.exports = [ ...JSON... ];`: keep the JSON array.
            arr = json.loads(js[js.index("["): js.rindex("]") + 1])
            out("controls/currencies.json", json.dumps(arr, ensure_ascii=False, indent=2) + "\n", len(arr),
                "data.js's array as JSON")
            out("LICENSES/currency-codes.LICENSE", t.extractfile("package/LICENSE").read(), 0, "licence text")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    hits = glob.glob(os.path.join(home, "registry", "src", "*", f"{CRATE[0]}-{CRATE[1]}", "CHANGELOG.md"))
    if not hits:
        sys.exit(f"crate {CRATE[0]} {CRATE[1]} not in {home}/registry/src: run `cargo fetch` in the repository root")
    with open(hits[0], encoding="utf-8") as f:
        ch = f.read()
    out("controls/bytes_CHANGELOG.md", ch, len(ch.splitlines()), f"CHANGELOG.md of crate {CRATE[0]} {CRATE[1]}")
    with open(os.path.join(os.path.dirname(hits[0]), "LICENSE"), "rb") as f:
        out("LICENSES/bytes.LICENSE", f.read(), 0, "licence text")


def licences(g):
    """The notices the sources' licences ask to keep with copies."""
    pick = [("lerocha/chinook-database", "LICENSE.md", "chinook-database.LICENSE.md"),
            ("smartnews-smri/house-of-councillors", "LICENSE", "smartnews-smri.LICENSE"),
            ("teampopong/data-for-rnd", "LICENSE.md", "teampopong-data-for-rnd.LICENSE.md"),
            ("microsoft/sql-server-samples", "license.txt", "microsoft-sql-server-samples.license.txt"),
            ("elastic/examples", "LICENSE", "elastic-examples.LICENSE")]
    for repo, path, dst in pick:
        out(f"LICENSES/{dst}", g.show(repo, path), 0, "licence text")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkouts", help="folder holding the Git checkouts (see above)")
    ap.add_argument("--only", choices=["registry", "git"], help="rebuild one kind of source only")
    a = ap.parse_args()
    if a.only != "registry":
        if not a.checkouts:
            ap.error("--checkouts DIR is needed for the Git sources (or --only registry)")
        g = Git(a.checkouts)
        for step in (japanese, polish, korean, chinook, northwind, sakila, logs, licences):
            step(g)
    if a.only != "git":
        registry()
    total = 0
    for rel, rows, note in written:
        with open(os.path.join(HERE, rel), "rb") as f:
            b = f.read()
        total += len(b)
        print(f"{rel}\t{rows}\t{len(b)}\t{hashlib.sha256(b).hexdigest()[:16]}\t{note}")
    print(f"total\t\t{total}")


if __name__ == "__main__":
    main()
