#!/usr/bin/env python3
"""Check the truth against the written export: every value in truth/values.txt must occur in the decoded
text of the file(s) it was written to; no value may occur inside known non-personal text; check digits."""
import gzip
import io
import json
import os
import sqlite3
import sys
import tarfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402
from people import iban_ok, nif_ok, cpf_ok  # noqa: E402

OUT = "/work/blind/R2/export"
TRUTH = "/work/blind/R2/truth"


def decoded():
    d = {}
    d["fotovia.sql"] = open(f"{OUT}/fotovia.sql", encoding="utf-8").read()
    con = sqlite3.connect(f"{OUT}/checkins.sqlite")
    parts = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        for row in con.execute(f"SELECT * FROM {t}"):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    d["checkins.sqlite"] = "\n".join(parts)
    d["mailing_list.csv"] = open(f"{OUT}/mailing_list.csv", encoding="utf-8-sig").read()
    d["api.ndjson"] = "\n".join(json.dumps(json.loads(l), ensure_ascii=False)
                                for l in open(f"{OUT}/api.ndjson", encoding="ascii"))
    d["logs/app.log"] = open(f"{OUT}/logs/app.log", encoding="utf-8").read()
    d["logs/nginx.log.gz"] = gzip.open(f"{OUT}/logs/nginx.log.gz", "rt", encoding="utf-8").read()
    import openpyxl
    wb = openpyxl.load_workbook(f"{OUT}/reports/guides.xlsx")
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    d["reports/guides.xlsx"] = "\n".join(parts)
    with tarfile.open(f"{OUT}/bundle/walk_photos.tar.gz") as tf:
        d["bundle/walk_photos.tar.gz"] = "\n".join(
            tf.extractfile(m).read().decode() for m in tf.getmembers() if m.isfile() and m.name.endswith(".json"))
    with zipfile.ZipFile(f"{OUT}/bundle/exports.zip") as zf:
        parts = []
        for n in zf.namelist():
            b = zf.read(n)
            if n.endswith(".gz"):
                b = gzip.decompress(b)
            parts.append(b.decode())
        d["bundle/exports.zip"] = "\n".join(parts)
    return d


def main():
    D = decoded()
    stats = json.load(open("/work/blind/R2/gen/.stats.json"))
    where = stats["where"]
    vals = [l.rstrip("\n").split("\t") for l in open(f"{TRUTH}/values.txt", encoding="utf-8")]
    bad = 0
    for v, c in vals:
        for f in where[v]:
            if v not in D[f]:
                print("MISSING", f, c, repr(v))
                bad += 1
        if len(v) < 6:
            print("SHORT", v)
            bad += 1
    # non-personal text must not contain truth values
    M = model.build()
    nonpers = []
    for w in M["walks"]:
        nonpers += [w.title, w.mp_name, w.city, repr(w.mp_lat), repr(w.mp_lon)]
    nonpers += list(model.UA) + ["fotovia.pt", "cdn.fotovia.pt", "Googlebot", "bingbot", "/static/js/app.8c41f2.js",
                                 "Fotovia — Registo de guias certificados", "backoffice@fotovia.pt"]
    for v, c in vals:
        for s in nonpers:
            if v in s:
                print("COLLIDES with non-personal", c, repr(v), "in", repr(s))
                bad += 1
    # check digits
    for v, c in vals:
        if c == "bank_account":
            if not iban_ok(v.replace(" ", "")):
                print("BAD IBAN", v); bad += 1
        if c == "government_id":
            x = v.replace(".", "").replace("-", "")
            if len(x) == 9 and x.isdigit():
                ok = nif_ok(x)
            elif len(x) == 9:
                ok = "TRWAGMYFPDXBNJZSQVHLCKE"[int(x[:8]) % 23] == x[8]
            else:
                ok = cpf_ok(x)
            if not ok:
                print("BAD ID", v); bad += 1
    # every personal form per file present: summary
    per_file = {}
    for v, c in vals:
        for f in where[v]:
            per_file.setdefault(f, {}).setdefault(c, 0)
            per_file[f][c] += 1
    print(json.dumps(per_file, indent=1, ensure_ascii=False))
    print("values:", len(vals), "problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
