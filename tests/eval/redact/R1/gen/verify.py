"""Decode every export file to text and check the truth list against it."""
import os, io, gzip, tarfile, zipfile, json

def _json_strings(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            _json_strings(v, out)
    elif isinstance(o, list):
        for v in o:
            _json_strings(v, out)
    elif isinstance(o, bool) or o is None:
        pass
    elif isinstance(o, (int, float)):
        out.append(repr(o))
    else:
        out.append(str(o))

def collect(OUT):
    """returns dict name -> text (decoded; JSON files get their decoded string values appended)"""
    T = {}
    rd = lambda p: open(os.path.join(OUT, p), "rb").read()
    T["lumora_pg.sql"] = rd("lumora_pg.sql").decode("utf-8")
    T["lumora_mysql.sql"] = rd("lumora_mysql.sql").decode("utf-8")
    T["crm_export.csv"] = rd("crm_export.csv").decode("utf-8-sig")
    raw = rd("events.ndjson").decode("utf-8")
    dec = []
    for line in raw.splitlines():
        _json_strings(json.loads(line), dec)
    T["events.ndjson"] = raw + "\n" + "\n".join(dec)
    T["nginx/access.log"] = rd("nginx/access.log").decode()
    T["nginx/access.log.1.gz"] = gzip.decompress(rd("nginx/access.log.1.gz")).decode()
    from openpyxl import load_workbook
    wb = load_workbook(os.path.join(OUT, "reports/payouts.xlsx"))
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, str):
                    cells.append(v)
    with zipfile.ZipFile(os.path.join(OUT, "reports/payouts.xlsx")) as z:
        cells.append(z.read("docProps/core.xml").decode())
    T["reports/payouts.xlsx"] = "\n".join(cells)
    with tarfile.open(os.path.join(OUT, "archive/support_2024.tar.gz")) as tf:
        for m in tf.getmembers():
            t = tf.extractfile(m).read().decode()
            if m.name.endswith(".json"):
                dec = []; _json_strings(json.loads(t), dec); t = t + "\n" + "\n".join(dec)
            T["archive/support_2024.tar.gz:" + m.name] = t
    with zipfile.ZipFile(os.path.join(OUT, "archive/attachments.zip")) as z:
        for n in z.namelist():
            b = z.read(n)
            T["archive/attachments.zip:" + n] = b.decode("utf-8") if n.endswith(".txt") else b.decode("latin-1")
    return T
