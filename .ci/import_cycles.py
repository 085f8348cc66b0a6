#!/usr/bin/env python3
"""Import circles between the top-level modules of src/ (issue 32).

Reads every `crate::MODULE` path in src/ (in `use` lines, grouped
`use crate::{a, b}` imports included, and in code), builds
the graph "top-level module A uses top-level module B", and prints each
strongly connected component of more than one module, with one edge path per
pair as evidence. Exit status 1 if there is a circle, 0 if the house is
acyclic.

    .ci/import_cycles.py [src]
"""
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "src"
tops = set()
for name in os.listdir(src):
    if name.endswith(".rs") and name not in ("lib.rs", "main.rs"):
        tops.add(name[:-3])
    elif os.path.isdir(os.path.join(src, name)):
        tops.add(name)

edges = {}  # (a, b) -> "file:line"
ref = re.compile(r"\bcrate::([a-z_][a-z0-9_]*)")
for root, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".rs"):
            continue
        path = os.path.join(root, f)
        rel = os.path.relpath(path, src)
        top = rel.split(os.sep)[0]
        top = top[:-3] if top.endswith(".rs") else top
        if top not in tops:
            continue
        in_tests = False
        group, group_at = None, 0  # an open `crate::{...}` and its line
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.strip().startswith("#[cfg(test)]"):
                in_tests = True  # tests below may reach anywhere
            if in_tests or line.lstrip().startswith("//"):
                continue
            found = [(m.group(1), n) for m in ref.finditer(line)]
            if group is None and "crate::{" in line:
                group, group_at = line[line.index("crate::{") + len("crate::{"):], n
            elif group is not None:
                group += line
            if group is not None and group.count("}") > group.count("{"):
                # `use crate::{a, b::{c, d}}`: the first segment of each
                # item at depth 0 is a module used.
                depth, item = 0, ""
                for ch in group:
                    if ch == "{":
                        depth += 1
                    elif ch == "}":
                        if depth == 0:
                            break
                        depth -= 1
                    if depth == 0 and ch == ",":
                        found.append((item.strip().split("::")[0], group_at))
                        item = ""
                    elif depth == 0:
                        item += ch
                if item.strip():
                    found.append((item.strip().split("::")[0], group_at))
                group = None
            for b, at in found:
                if b in tops and b != top:
                    edges.setdefault((top, b), f"{rel}:{at}")

graph = {t: sorted(b for (a, b) in edges if a == t) for t in tops}

# Tarjan's strongly connected components.
index, low, stack, on, comps = {}, {}, [], set(), []
def visit(v, counter=[0]):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in graph[v]:
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        comps.append(sorted(comp))

sys.setrecursionlimit(10000)
for t in sorted(tops):
    if t not in index:
        visit(t)
circles = [c for c in comps if len(c) > 1]
for c in circles:
    print("import circle: " + " ".join(c))
    for (a, b), at in sorted(edges.items()):
        if a in c and b in c:
            print(f"  {a} -> {b}  ({at})")
sys.exit(1 if circles else 0)
