#!/usr/bin/env python3
"""Scores a report's `jurisdictions` section against a blind set's truth
(`residence_counts`, written by the set's author before any scan):

    score.py REPORT.json TRUTH.json

Per place (US state, else country), the people the report puts there
against the truth's; matched = sum of min(truth, report) per place. Prints
the share of truly located people put in the right place (countries: US
states folded into US), the share of US people with a told state put in
the right state, and people given a place the truth says is unknown
(never guessed: should be 0 beyond the truth's conflicts)."""
import json, sys
from signal import signal, SIGPIPE, SIG_DFL
signal(SIGPIPE, SIG_DFL)

report = json.load(open(sys.argv[1]))
truth = json.load(open(sys.argv[2]))
j = report["jurisdictions"]
got = {r["code"]: r["people"] for r in j["rows"] if r["code"] != "EU"}
want = {k: v for k, v in truth["residence_counts"].items() if k != "unknown"}
country = lambda c: c.split("-")[0] if c.startswith("US-") else c
def fold(d):
    out = {}
    for k, v in d.items():
        out[country(k)] = out.get(country(k), 0) + v
    return out
gc, wc = fold(got), fold(want)
located = sum(wc.values())
matched_country = sum(min(wc.get(k, 0), gc.get(k, 0)) for k in wc)
states_want = {k: v for k, v in want.items() if k.startswith("US-")}
matched_state = sum(min(v, got.get(k, 0)) for k, v in states_want.items())
placed = sum(got.values())
print(f"people located by truth: {located}; by the report: {placed} "
      f"(+{j['people_conflicting']} conflicting, {j['people_unknown']} unknown; truth unknown {truth['residence_counts'].get('unknown', 0)})")
print(f"country right: {matched_country}/{located} = {matched_country / max(located, 1):.1%}")
print(f"US state right: {matched_state}/{sum(states_want.values())} = {matched_state / max(sum(states_want.values()), 1):.1%}")
strong = ("address", "phone")
ws, gs = {}, {}
for p in truth.get("residents", []):
    if p.get("signals") and p["signals"][0] in strong and p.get("country"):
        ws[p["country"]] = ws.get(p["country"], 0) + 1
for r in j["rows"]:
    if r["code"] != "EU":
        c = country(r["code"])
        gs[c] = gs.get(c, 0) + sum(r["by_signal"].get(s, 0) for s in strong)
if ws:
    m = sum(min(v, gs.get(k, 0)) for k, v in ws.items())
    print(f"strong signal, country right: {m}/{sum(ws.values())} = {m / sum(ws.values()):.1%}")
print(f"placed beyond the truth's located people: {max(0, placed - located)}")
for k in sorted(set(gc) | set(wc), key=lambda k: -wc.get(k, 0)):
    if gc.get(k, 0) != wc.get(k, 0):
        print(f"  {k}: truth {wc.get(k, 0)}, report {gc.get(k, 0)}")
for k in sorted(set(got) | set(states_want)):
    if k.startswith("US") and got.get(k, 0) != want.get(k, 0):
        print(f"  {k}: truth {want.get(k, 0)}, report {got.get(k, 0)}")
