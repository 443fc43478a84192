#!/usr/bin/env python3
"""tplset.py FILE.json [--only P...] [--exclude P...] : template recall/precision of a template_accuracy JSON."""
import json, sys
args = sys.argv[1:]; f = args[0]; only, excl, mode = [], [], None
for a in args[1:]:
    if a == "--only": mode = only; continue
    if a == "--exclude": mode = excl; continue
    mode.append(a)
d = json.load(open(f)); rows = d if isinstance(d, list) else d.get("sources", d.get("results", []))
sel = [r for r in rows if (not only or r["slug"].startswith(tuple(only))) and not (excl and r["slug"].startswith(tuple(excl)))]
ref = sum(r["ref_rows"] for r in sel); got = sum(r["rows"] for r in sel); m = sum(r["matched"] for r in sel); bd = sum(r.get("by_derivation", 0) for r in sel)
print(f"{len(sel)} sources: recall {100*(m+bd)/max(ref,1):.2f}% precision {100*m/max(got,1):.2f}% (rows alone {100*m/max(ref,1):.2f}%) ref {ref} rows {got}")
