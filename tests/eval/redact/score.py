#!/usr/bin/env python3
"""Scores `pii-scan redact` on a blind vendor export (issue 30).

    python3 tests/eval/redact/score.py BIN SET OUT

SET is tests/eval/redact/R1 or R2: `export/` (written by a helper who never
read the code, with real pg_dump / mysqldump output), `truth/values.txt`
(every personal value, tab, its category) and `truth/tables.json` (each
dump's rows per table and the rows each foreign key joins). For each mode
(mask, hash, fake) it redacts SET/export into OUT-MODE, loads every dump
into a fresh database of the real servers (PII_SCAN_TEST_POSTGRES,
PII_SCAN_TEST_MARIADB, as tests/servers/*.sh print them; MariaDB in strict
mode) and compares rows and joins, re-scans the copy with `--fail-on any`,
and counts the truth values left anywhere in the copy, decompressed and
decoded (archive members, workbook cells, SQLite files' raw bytes).
Needs python's openpyxl for workbooks.
"""
import collections, gzip, io, json, os, sqlite3, subprocess, sys, tarfile, urllib.parse, zipfile

BIN, SET, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
pg = os.environ.get("PII_SCAN_TEST_POSTGRES", "")
my = urllib.parse.urlparse(os.environ.get("PII_SCAN_TEST_MARIADB", ""))
MY = ["--protocol=TCP", "-h", my.hostname or "", "-P", str(my.port or 3306), "-u", my.username or ""]
env = dict(os.environ, MYSQL_PWD=my.password or "")
truth = json.load(open(f"{SET}/truth/tables.json"))
values = [l.rstrip("\n").split("\t") for l in open(f"{SET}/truth/values.txt") if l.strip()]


def plain(name, b):
    if b[:2] == b"\x1f\x8b":
        return plain(name[:-3], gzip.decompress(b))
    if b[:4] == b"PK\x03\x04" and name.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(b))
        cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
        z = zipfile.ZipFile(io.BytesIO(b))
        return "\n".join(cells).encode() + b"".join(z.read(n) for n in z.namelist() if n.startswith("docProps"))
    if b[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(b))
        return b"".join(plain(n, z.read(n)) for n in z.namelist())
    if len(b) > 262 and b[257:262] == b"ustar":
        t = tarfile.open(fileobj=io.BytesIO(b))
        return b"".join(plain(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile())
    return b


def loader(dump, out, mode):
    """Loads OUT/DUMP; returns (error or None, query function)."""
    db = f"redact_eval_{mode}"
    path = f"{out}/{dump}"
    if not os.path.exists(path):
        return "not copied", None
    if dump.endswith(".sqlite"):
        c = sqlite3.connect(path)
        return None, lambda sql: str(c.execute(sql).fetchone()[0])
    if "mysql" in dump:
        subprocess.run(["mysql", *MY, "-e", f"DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db}"], env=env, capture_output=True)
        strict = "--init-command=SET SESSION sql_mode='STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE'"
        l = subprocess.run(["mysql", *MY, strict, db], stdin=open(path), env=env, capture_output=True, text=True)
        q = lambda sql: subprocess.run(["mysql", *MY, "-N", "-B", db, "-e", sql], env=env, capture_output=True, text=True).stdout.strip()
    else:
        base = pg.rsplit("/", 1)[0]
        subprocess.run(["psql", "-q", pg, "-c", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", "-c", f"CREATE DATABASE {db}"], capture_output=True)
        l = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", path, f"{base}/{db}"], capture_output=True, text=True)
        q = lambda sql: subprocess.run(["psql", "-tA", f"{base}/{db}", "-c", sql], capture_output=True, text=True).stdout.strip()
    return (l.stderr.strip()[:300] if l.returncode else None), q


for mode in ["mask", "hash", "fake"]:
    out = f"{OUT}-{mode}"
    subprocess.run(["rm", "-rf", out])
    r = subprocess.run([BIN, "redact", f"{SET}/export", "-o", out, "--mode", mode], capture_output=True, text=True)
    listed = [l.split("not copied: ", 1)[1] for l in r.stderr.splitlines() if "not copied: " in l]
    print(f"== {mode}: redact exit {r.returncode}; not copied: {listed or 'nothing'}")
    for dump, rows in truth.items():
        err, q = loader(dump, out, mode)
        if err:
            print(f"   {dump}: does not load: {err}")
            continue
        bad = [f"{t} {q(f'SELECT count(*) FROM {t}')}/{n}" for t, n in rows["rows"].items() if q(f"SELECT count(*) FROM {t}") != str(n)]
        bad += [f"{j['sql']} = {q(j['sql'])}, not {j['count']}" for j in rows["joins"] if q(j["sql"]) != str(j["count"])]
        print(f"   {dump}: loads; rows and joins {'as in the original' if not bad else 'differ: ' + '; '.join(bad)}")
    r = subprocess.run([BIN, "--no-config", "--no-progress", "--fail-on", "any", "--format", "json", out], capture_output=True, text=True)
    rep = json.loads(r.stdout)
    print(f"   re-scan --fail-on any: exit {r.returncode}; {[(c['category'], c['matches']) for c in rep['categories']] or 'nothing found'}")
    text = b""
    for root, _, files in os.walk(out):
        for f in files:
            p = os.path.join(root, f)
            text += plain(p, open(p, "rb").read()) + b"\n"
    text = text.decode("utf-8", "replace")
    left = collections.Counter(cat for v, cat in values if v in text)
    total = collections.Counter(cat for _, cat in values)
    n = sum(left.values())
    print(f"   truth values left: {n} of {len(values)} ({100 * (1 - n / len(values)):.1f}% removed); "
          + ", ".join(f"{c} {left[c]}/{total[c]}" for c in total if left[c]))
