#!/usr/bin/env python3
"""Rebuilds the held-out real-data evaluation set in tests/eval/holdout/ from
its public sources (SOURCES.md beside this file gives the licences and what
each file is). None of these sources is used by tests/eval/real/, and none
was looked at while the scanner's rules were written. Nothing here is typed
by us: every value comes from a registry package or from a public Git
repository at a recorded commit; the script only picks rows, never edits a
value. The one format change (a JSON subset written back) is noted where it
happens.

Sources come two ways:

* registry packages, fetched with the ordinary clients: `pip download`
  (palmerpenguins), `npm pack` (mime-db) and `apt-get download`
  (Debian's nginx-common);
* Git repositories, read at the commit recorded below with `git show
  COMMIT:PATH`. Give the folder that holds the checkouts (bare or not) with
  --checkouts DIR; each repository is looked up there as `owner+name`,
  `owner+name/repo`, `owner/name` or `name`. A checkout that lacks the
  commit is an error, not a silent substitution.

    python3 tests/eval/holdout/fetch.py --checkouts /path/to/checkouts
    python3 tests/eval/holdout/fetch.py --only registry     # no Git sources

Written files are listed with their row counts, sizes and SHA-256 (first
16 hex digits) at the end; SOURCES.md lists the same digests.
"""
import argparse, csv, glob, hashlib, io, json, os, re, shutil, subprocess, sys, tarfile, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Git sources: owner/name -> commit the extracts were taken at.
REPOS = {
    "tategallery/collection": "a51d8afc988ed083557e2950f4d0b644e7719f4a",
    "ashwath92/nobel_json": "be3d94add04a96a760d872f26f09b131c72f375c",
    "kiesraad/eml2csv": "c6245632317a88b4439e3a3d575ccfd0a24d998a",
    "code4fukui/digital-agency-jp": "755ac651ab15b9f8e9f73aebc5a9070577bb011f",
    "code4fukui/localgovjp": "232edc3ae7b6e58d7cc931df6ee09dc7ce2c2257",
    "bialmeidamello/Analise_Genero_Deputados-2023_2027": "10d9c0f8687270c337a81efd4443f9d66536f794",
    "ORARiccardo/Parlamentari_Italiani": "1cc48a5e51f0dacb74262068f85b44d4f400ae34",
    # This commit still has the Polish column names (okreg_nazwa, data_urodzenia, …); the next one renamed them.
    "sejmflix/dane": "b3c7c6fbe95f46f6a4becfbbb5b093fba0ebd710",
    # milletvekilleri.csv and secmenler.csv were deleted in a later commit; this is the one that added them.
    "hkadir24/2018_network_deputy": "27e0a3039a3385ef84b0cf52fa0b3a4b04f78171",
    "oracle-samples/db-sample-schemas": "6660bad68c07bd143430ace58565b3f727e17263",
    "microsoft/sql-server-samples": "481085dc95720244a359f1311afd6003e0bcc09c",
}
PIP = ("palmerpenguins", "0.1.6")
NPM = ("mime-db", "1.54.0")
DEB = ("nginx-common", "1.22.1-9+deb12u11")

BOM = "\ufeff"
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

    def text(self, repo, path):
        return self.show(repo, path).decode("utf-8")


def out(rel, data, rows, note=""):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    written.append((rel, rows, note))


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
    """Same test as tests/eval/real/fetch.py uses to keep headerless files headerless:
    a first row all of whose cells could be labels would be read as a header."""
    c = cell.strip()
    if len(c) >= 2 and c[0] == '"' and c[-1] == '"':
        c = c[1:-1].strip()
    b = c.encode()
    return (bool(b) and len(b) <= 64 and b"@" not in b and b"://" not in b
            and not all(ch in b"0123456789.-+ :/" for ch in b))


def assert_headerless(first_record, delimiter=","):
    cells = csv_rows(first_record.lstrip(BOM), delimiter)[0]
    assert not all(looks_like_label(c) for c in cells), f"first row would look like a header: {cells}"


def header_plus(text, step, limit, skip=0):
    """Header record, then every `step`-th data record, at most `limit` of them.
    `skip` drops that many records before the header (a preamble)."""
    recs = raw_records(text)[skip:]
    body = recs[1:][::step][:limit]
    return recs[0] + "".join(body), len(body)


def sql_statement(text, start_re):
    """The statement that starts at the first match of start_re, up to its ';'."""
    m = re.search(start_re, text, re.M)
    if not m:
        sys.exit(f"no statement matching {start_re}")
    return text[m.start(): text.index(";", m.start()) + 1]


def rem_banner(text):
    """The leading `rem` comment block of an Oracle sample script (its licence notice)."""
    lines = text.splitlines(keepends=True)
    n = 0
    while n < len(lines) and lines[n].lower().startswith("rem"):
        n += 1
    return "".join(lines[:n]) + "\n"


# ---------------------------------------------------------------- sources

def tate(g):
    repo = "tategallery/collection"
    text = g.text(repo, "artist_data.csv")
    data, n = header_plus(text, 11, 300)
    out("art/tate_artist_data.csv", data, n, "header + every 11th artist, first 300")
    out("LICENSES/tate-collection.LICENCE", g.show(repo, "LICENCE"), 0, "licence text (CC0 1.0)")


def nobel(g):
    repo = "ashwath92/nobel_json"
    raw = g.show(repo, "laureates.json")
    d = json.loads(raw)
    # The source is json.dumps' default output (', ' and ': ', \\u escapes): check that, then
    # write a subset the same way, so every kept byte is as at the source.
    assert json.dumps(d).encode() == raw.rstrip(b"\n"), "laureates.json is not in json.dumps' default form"
    sub = {"laureates": d["laureates"][:250]}
    out("nobel/laureates_v1.json", json.dumps(sub), 250, "first 250 of the 968 laureates, same serialisation")


def dutch(g):
    repo = "kiesraad/eml2csv"
    text = g.text(repo, "tests/osv4-3_telling_tk2025_gemeente_westmaasenwaal.csv")
    assert text.startswith(BOM)
    recs = raw_records(text[1:])
    # Records 0-3 are `"Verkiezing";;"…"`-style key/value lines and record 4 is blank: a
    # preamble before the table's header. They are dropped; the BOM is kept.
    assert recs[5].startswith('"Lijstnummer";"Aanduiding";"Volgnummer";"Naam kandidaat"'), recs[5]
    body = recs[6:6 + 300]
    out("nl/kiesraad_osv4-3_tk2025_westmaasenwaal.csv", BOM + recs[5] + "".join(body), len(body),
        "header + first 300 records after it (5-line preamble dropped, BOM kept)")
    out("LICENSES/kiesraad-eml2csv.LICENSE.txt", g.show(repo, "LICENSE.txt"), 0, "repository licence (EUPL-1.2, the tool's)")


def japanese(g):
    repo = "code4fukui/digital-agency-jp"
    t = g.text(repo, "デジタル庁幹部名簿.csv")
    out("ja/digital_agency_kanbu_meibo.csv", t, len(raw_records(t)) - 1, "whole file")
    t = g.text(repo, "デジタル庁人事.csv")
    out("ja/digital_agency_jinji.csv", t, len(raw_records(t)) - 1, "whole file")
    out("LICENSES/digital-agency-jp.copyright-policy.md", g.show(repo, "md/copyright-policy.md"), 0,
        "Digital Agency copyright policy (政府標準利用規約 2.0, CC BY 4.0 compatible)")

    repo = "code4fukui/localgovjp"
    t = g.text(repo, "localgovjp-utf8.csv")
    data, n = header_plus(t, 7, 300)
    out("controls/jp_localgovjp.csv", data, n, "header + every 7th municipality")


def brazil(g):
    repo = "bialmeidamello/Analise_Genero_Deputados-2023_2027"
    t = g.text(repo, "deputados.csv")
    data, n = header_plus(t, 26, 300)
    out("pt/camara_deputados.csv", data, n, "header + every 26th deputy, first 300")


def italian(g):
    repo = "ORARiccardo/Parlamentari_Italiani"
    recs = raw_records(g.text(repo, "deputati.csv"))
    body = recs[1:][::2][:300]
    assert_headerless(body[0])
    out("it/camera_deputati_mail.csv", "".join(body), len(body),
        "every 2nd deputy, first 300, header row `Deputato, mail` dropped (headerless)")


def polish(g):
    repo = "sejmflix/dane"
    data, n = header_plus(g.text(repo, "poslowie.csv"), 2, 200)
    out("pl/sejm10_poslowie.csv", data, n, "header + every 2nd MP, first 200")
    data, n = header_plus(g.text(repo, "biura_poselskie.csv"), 4, 300)
    out("pl/sejm10_biura_poselskie.csv", data, n, "header + every 4th MP office")


def turkish(g):
    repo = "hkadir24/2018_network_deputy"
    data, n = header_plus(g.text(repo, "milletvekilleri.csv"), 1, 300)
    out("tr/tbmm27_milletvekilleri.csv", data, n, "header + first 300 records (province separator rows kept)")
    t = g.text(repo, "secmenler.csv")
    out("controls/tr_ysk_secmenler.csv", t, len(raw_records(t)) - 2, "whole file (two header rows)")


def oracle(g):
    repo = "oracle-samples/db-sample-schemas"
    create = g.text(repo, "human_resources/hr_create.sql")
    pop = g.text(repo, "human_resources/hr_populate.sql")
    banner = rem_banner(pop)

    def inserts(table):
        stmts = re.findall(rf"^  INSERT INTO {table} VALUES\n.*?\);\n", pop, re.M | re.S)
        return "\n".join(stmts), len(stmts)

    ins, n = inserts("employees")
    body = sql_statement(create, r"^CREATE TABLE employees") + "\n\n" + ins
    out("sample-db/oracle_hr_employees.sql", banner + body, n, f"employees: CREATE TABLE + all {n} rows")
    parts, total = [], 0
    for t in ("regions", "countries", "locations", "departments", "jobs"):
        ins, n = inserts(t)
        parts.append(sql_statement(create, rf"^CREATE TABLE {t}\b") + "\n\n" + ins)
        total += n
    out("controls/oracle_hr_lookups.sql", banner + "\n\n".join(parts), total,
        "regions, countries, locations, departments, jobs: CREATE TABLE + all rows")

    create = g.text(repo, "customer_orders/co_create.sql")
    pop = g.text(repo, "customer_orders/co_populate.sql")
    banner = rem_banner(pop)

    def block(table, n=None):
        """The table's PL/SQL block (`[DECLARE …] BEGIN … END;` and `/`) after its `Prompt` line.
        With n, only the first n INSERT lines are kept (used for tables whose INSERTs are one line each)."""
        m = re.search(rf"^Prompt \*+  Populating {table.upper()} table \.\.\.\.\n\n((?:DECLARE|BEGIN)\n.*?^END;\n/\n)",
                      pop, re.M | re.S)
        b = m.group(1)
        rows = len(re.findall(rf"^  INSERT INTO {table} \(", b, re.M))
        if n:
            lines = b.splitlines(keepends=True)
            assert lines[0] == "BEGIN\n" and all(l.startswith(f"  INSERT INTO {table} (") for l in lines[1:-2])
            b = "BEGIN\n" + "".join(lines[1:1 + n]) + "END;\n/\n"
            rows = min(n, rows)
        return b, rows

    parts, total = [], 0
    for t in ("customers", "orders", "shipments"):
        b, n = block(t, 100)
        parts.append(sql_statement(create, rf"^CREATE TABLE {t}\b") + "\n\n" + b)
        total += n
    out("sample-db/oracle_co_customers.sql", banner + "\n".join(parts), total,
        "customers, orders, shipments: CREATE TABLE + first 100 rows each")
    parts, total = [], 0
    for t in ("products", "stores"):
        b, n = block(t)
        parts.append(sql_statement(create, rf"^CREATE TABLE {t}\b") + "\n\n" + b)
        total += n
    out("controls/oracle_co_products_stores.sql", banner + "\n".join(parts), total,
        "products, stores: CREATE TABLE + all rows")
    out("LICENSES/oracle-db-sample-schemas.LICENSE.txt", g.show(repo, "LICENSE.txt"), 0, "licence text (MIT)")


def adventureworks(g):
    repo = "microsoft/sql-server-samples"
    base = "samples/databases/adventure-works/oltp-install-script/"
    t = g.text(repo, base + "Employee.csv")
    recs = t.splitlines(keepends=True)
    assert_headerless(recs[0], "\t")
    out("sample-db/adventureworks_employee.csv", t, len(recs), "whole file (tab-separated, headerless at the source)")
    # Tab-separated without quoting: split on lines (a stray `"` must not join records).
    recs = g.text(repo, base + "ProductDescription.csv").splitlines(keepends=True)
    body = recs[::3]
    assert_headerless(body[0], "\t")
    out("controls/adventureworks_productdescription.csv", "".join(body), len(body),
        "every 3rd description (tab-separated, headerless at the source)")
    t = g.text(repo, base + "UnitMeasure.csv")
    out("controls/adventureworks_unitmeasure.csv", t, len(t.splitlines()), "whole file (tab-separated, headerless)")
    out("LICENSES/microsoft-sql-server-samples.license.txt", g.show(repo, "license.txt"), 0, "licence text (MIT)")


def registry():
    tmp = tempfile.mkdtemp(prefix="pii-holdout-")
    try:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                        f"{PIP[0]}=={PIP[1]}"], check=True)
        whl = glob.glob(os.path.join(tmp, "palmerpenguins-*.whl"))[0]
        with zipfile.ZipFile(whl) as z:
            t = z.read("palmerpenguins/data/penguins-raw.csv").decode("utf-8")
            data, n = header_plus(t, 1, 300)
            out("controls/palmerpenguins_raw.csv", data, n, "header + first 300 penguins")
            out("LICENSES/palmerpenguins.LICENSE", z.read(f"palmerpenguins-{PIP[1]}.dist-info/licenses/LICENSE"), 0,
                "package licence (MIT; the data itself is CC0, see SOURCES.md)")

        subprocess.run(["npm", "pack", "--silent", f"{NPM[0]}@{NPM[1]}"], cwd=tmp, check=True, capture_output=True)
        with tarfile.open(os.path.join(tmp, f"{NPM[0]}-{NPM[1]}.tgz")) as t:
            raw = t.extractfile("package/db.json").read().decode("utf-8")
            # Keep the first 300 top-level entries as raw text (its array layout is not one
            # json.dumps style, so it is cut rather than re-serialised): up to the 301st key at
            # indent 2, with that entry's separating ",\n" turned into the closing "\n}\n".
            starts = [m.start() for m in re.finditer(r'^  "', raw, re.M)]
            cut = raw.rindex(",\n", 0, starts[300])
            text = raw[:cut] + "\n}\n"
            sub = json.loads(text)
            assert len(sub) == 300 and list(sub) == list(json.loads(raw))[:300]
            out("controls/mime_db.json", text, len(sub), "first 300 of the 2522 media types, bytes as at the source")
            out("LICENSES/mime-db.LICENSE", t.extractfile("package/LICENSE").read(), 0, "licence text (MIT)")

        subprocess.run(["apt-get", "download", f"{DEB[0]}={DEB[1]}"], cwd=tmp, check=True, capture_output=True)
        deb = glob.glob(os.path.join(tmp, f"{DEB[0]}_*.deb"))[0]
        ex = os.path.join(tmp, "deb")
        subprocess.run(["dpkg-deb", "-x", deb, ex], check=True)
        for src, dst in (("etc/nginx/nginx.conf", "controls/nginx.conf"),
                         ("etc/nginx/fastcgi_params", "controls/nginx_fastcgi_params")):
            with open(os.path.join(ex, src), "rb") as f:
                b = f.read()
            out(dst, b, b.count(b"\n"), f"{src} of {DEB[0]} {DEB[1]}, whole file")
        with open(os.path.join(ex, "usr/share/doc/nginx-common/copyright"), "rb") as f:
            out("LICENSES/nginx-common.copyright", f.read(), 0, "Debian copyright file (nginx: BSD-2-Clause)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkouts", help="folder holding the Git checkouts (see above)")
    ap.add_argument("--only", choices=["registry", "git"], help="rebuild one kind of source only")
    a = ap.parse_args()
    if a.only != "registry":
        if not a.checkouts:
            ap.error("--checkouts DIR is needed for the Git sources (or --only registry)")
        g = Git(a.checkouts)
        for step in (tate, nobel, dutch, japanese, brazil, italian, polish, turkish, oracle, adventureworks):
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
