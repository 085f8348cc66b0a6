#!/usr/bin/env python3
"""Scores pii-scan on the blind evaluation sets (tests/eval/blind/SET/DUMP/).

Each dump was written, with its truth, by someone who had not read the
classifier: `data/` is what is scanned, `truth.json` what it holds (see
tests/eval/blind/README.md for the format). This script runs the binary on
each dump's `data/`, compares the report with the truth and prints Markdown:

- field level: (file, field, category) triples of structured files, per
  category precision / recall / F1;
- presence: (file, category) pairs over every file (logs and free text too);
- every false sensitive finding, every sensitive category present in the
  truth but said to be not found (a false absence), names in controls;
- the people count against the truth (for issue 29).

Usage: score.py BINARY SET_DIR [SET_DIR ...] [--json OUT] [--floors FLOORS.json]

With --floors, exits 1 when a set scores below its floor (field F1, presence
F1) or has more false sensitive findings or false absences than its floor
allows: `tests/integration/evaluation.rs` runs it so a change that makes the
blind sets worse fails.
"""
import json
import os
import subprocess
import sys
from collections import defaultdict

SENSITIVE = ["password", "payment_card", "bank_account", "government_id", "secret", "date_of_birth"]


def cats_of(v):
    return [v] if isinstance(v, str) else list(v)


def scan(binary, data):
    out = subprocess.run(
        [binary, "--format", "json", "--no-config", "--no-progress", "."],
        cwd=data, capture_output=True, check=False,
    )
    if out.returncode not in (0, 1):
        raise SystemExit(f"{binary} on {data}: exit {out.returncode}: {out.stderr.decode()[:500]}")
    return json.loads(out.stdout)


def strip(p):
    return p[2:] if p.startswith("./") else p


def score_dump(binary, dump):
    truth = json.load(open(os.path.join(dump, "truth.json")))
    report = scan(binary, os.path.join(dump, "data"))
    fields_truth = truth.get("fields", {})
    text_truth = truth.get("text", {})
    controls = set(truth.get("controls", []))
    ambiguous = {(f, x) for f, xs in truth.get("ambiguous", {}).items() for x in xs}
    expected = set()
    for f, fs in fields_truth.items():
        for field, v in fs.items():
            if (f, field) in ambiguous:
                continue
            for c in cats_of(v):
                expected.add((f, field, c))
    structured = set(fields_truth) | controls
    found = {}
    for row in report["fields"]:
        if row.get("field") is None:
            continue
        path = strip(row["path"])
        field = row["field"]
        # A workbook's fields are `Sheet.Header`; the truth names the header.
        if path.lower().endswith((".xlsx", ".ods")) and "." in field:
            field = field.split(".", 1)[1]
        if path not in structured or (path, field) in ambiguous:
            continue
        found[(path, field, row["category"])] = row["confidence"]
    # Presence: (file, category) over every file.
    pres_exp = set()
    for f, fs in fields_truth.items():
        for field, v in fs.items():
            for c in cats_of(v):
                pres_exp.add((f, c))
    for f, cs in text_truth.items():
        for c in cs:
            pres_exp.add((f, c))
    amb_pres = {(f, c) for (f, x) in ambiguous for c in cats_of(fields_truth.get(f, {}).get(x, []))}
    pres_found = set()
    for row in report["files"]:
        path = strip(row["path"])
        for c in row["categories"]:
            pres_found.add((path, c))
    # A file the truth does not know (a container itself, documentation) is
    # scored only through its members.
    known = set(fields_truth) | set(text_truth) | controls
    pres_found = {(f, c) for (f, c) in pres_found if f in known or any(k.startswith(f + "!") for k in known)}
    pres_found = {(f, c) for (f, c) in pres_found if f in known}
    pres_found -= amb_pres - pres_exp
    present_truth = {c for (_, c) in pres_exp}
    reported = set(report["categories"].keys()) if isinstance(report["categories"], dict) else {
        c["category"] for c in report["categories"]}
    false_sensitive = sorted(
        f"{f}: {c}" for (f, c) in pres_found - pres_exp if c in SENSITIVE
    )
    false_absence = sorted(c for c in SENSITIVE if c in present_truth and c not in reported)
    control_names = sorted(f"{f}: {c}" for (f, c) in pres_found if f in controls)
    people = report.get("people", {})
    return {
        "dump": dump,
        "expected": expected,
        "found": found,
        "pres_exp": pres_exp,
        "pres_found": pres_found,
        "false_sensitive": false_sensitive,
        "false_absence": false_absence,
        "control_hits": control_names,
        "people_truth": truth.get("people"),
        "people": people.get("total"),
        "people_low": people.get("low"),
        "people_high": people.get("high"),
    }


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summary(results):
    """(field F1, presence F1, false sensitive, false absences) of a set."""
    exp, fnd, pe, pf = set(), set(), set(), set()
    for res in results:
        d = os.path.basename(res["dump"])
        exp |= {(d,) + k for k in res["expected"]}
        fnd |= {(d,) + k for k in res["found"]}
        pe |= {(d,) + k for k in res["pres_exp"]}
        pf |= {(d,) + k for k in res["pres_found"]}
    f1 = prf(len(exp & fnd), len(fnd - exp), len(exp - fnd))[2]
    pf1 = prf(len(pe & pf), len(pf - pe), len(pe - pf))[2]
    return (f1, pf1, sum(len(r["false_sensitive"]) for r in results), sum(len(r["false_absence"]) for r in results))


def table(results, title):
    exp = set()
    fnd = set()
    pe, pf = set(), set()
    for res in results:
        d = os.path.basename(res["dump"])
        exp |= {(d,) + k for k in res["expected"]}
        fnd |= {(d,) + k for k in res["found"]}
        pe |= {(d,) + k for k in res["pres_exp"]}
        pf |= {(d,) + k for k in res["pres_found"]}
    lines = [f"### {title}", "", "| category | precision | recall | F1 | true fields | found fields |", "|---|---|---|---|---|---|"]
    cats = sorted({k[3] for k in exp | fnd})
    worst = 1.0
    for c in cats:
        e = {k for k in exp if k[3] == c}
        f = {k for k in fnd if k[3] == c}
        p, r, f1 = prf(len(e & f), len(f - e), len(e - f))
        worst = min(worst, f1)
        lines.append(f"| {c} | {p:.2f} | {r:.2f} | {f1:.2f} | {len(e)} | {len(f)} |")
    p, r, f1 = prf(len(exp & fnd), len(fnd - exp), len(exp - fnd))
    lines.append(f"| **all fields** | {p:.2f} | {r:.2f} | {f1:.2f} | {len(exp)} | {len(fnd)} |")
    pp, pr, pf1 = prf(len(pe & pf), len(pf - pe), len(pe - pf))
    lines.append("")
    lines.append(f"Presence (file, category): precision {pp:.2f}, recall {pr:.2f}, F1 {pf1:.2f}; worst category field F1 {worst:.2f}.")
    lines.append("")
    lines.append("| dump | field F1 | false sensitive | false absence | controls hit | people (truth) |")
    lines.append("|---|---|---|---|---|---|")
    for res in results:
        e, f = res["expected"], set(res["found"])
        _, _, f1 = prf(len(e & f), len(f - e), len(e - f))
        people = res["people"]
        if res.get("people_low") is not None:
            people = f"{people} ({res['people_low']}–{res['people_high']})"
        lines.append(
            f"| {os.path.relpath(res['dump'])} | {f1:.2f} | {len(res['false_sensitive'])} | "
            f"{', '.join(res['false_absence']) or '—'} | {len(res['control_hits'])} | {people} ({res['people_truth']}) |"
        )
    errs = [(os.path.basename(r["dump"]), x) for r in results for x in r["false_sensitive"]]
    if errs:
        lines += ["", "False sensitive findings:", ""] + [f"- {d}/{x}" for d, x in errs]
    abs_ = [(os.path.basename(r["dump"]), x) for r in results for x in r["false_absence"]]
    if abs_:
        lines += ["", "False absences (present, said not found):", ""] + [f"- {d}: {x}" for d, x in abs_]
    ctl = [(os.path.basename(r["dump"]), x) for r in results for x in r["control_hits"]]
    if ctl:
        lines += ["", "Findings in controls:", ""] + [f"- {d}/{x}" for d, x in ctl]
    misses = sorted(exp - fnd)
    extra = sorted(fnd - exp)
    lines += ["", "<details><summary>Field errors</summary>", ""]
    lines += [f"- missed: {'/'.join(k[:2])} `{k[2]}` {k[3]}" for k in misses]
    lines += [f"- false: {'/'.join(k[:2])} `{k[2]}` {k[3]}" for k in extra]
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    out_json = floors = None
    if "--json" in args:
        i = args.index("--json")
        out_json = args[i + 1]
        del args[i:i + 2]
    if "--floors" in args:
        i = args.index("--floors")
        floors = json.load(open(args[i + 1]))
        del args[i:i + 2]
    binary, sets = os.path.abspath(args[0]), args[1:]
    allres = []
    below = []
    for s in sets:
        dumps = sorted(os.path.join(s, d) for d in os.listdir(s) if os.path.exists(os.path.join(s, d, "truth.json")))
        res = [score_dump(binary, d) for d in dumps]
        allres += res
        name = os.path.basename(os.path.normpath(s))
        print(table(res, f"Set {name}"))
        if floors and name in floors:
            f1, pf1, fs, fa = summary(res)
            fl = floors[name]
            if f1 + 1e-9 < fl["field_f1"] or pf1 + 1e-9 < fl["presence_f1"] or fs > fl["false_sensitive"] or fa > fl["false_absence"]:
                below.append(f"set {name}: field F1 {f1:.3f}, presence F1 {pf1:.3f}, {fs} false sensitive, {fa} false absences; floor {fl}")
    if len(sets) > 1:
        print(table(allres, "All sets"))
    if out_json:
        json.dump([{k: (sorted(map(list, v)) if isinstance(v, set) else v) for k, v in r.items() if k != "found"} for r in allres],
                  open(out_json, "w"), indent=1)
    if below:
        print("\n".join(below), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
