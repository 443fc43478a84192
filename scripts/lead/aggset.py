#!/usr/bin/env python3
"""aggset.py FILE.json... [--only P...] [--exclude P...] : totals of first_look JSONs (merged, later files win)."""
import json, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from evaluations.first_look import totals
args = sys.argv[1:]
only, excl, files, mode = [], [], [], None
for a in args:
    if a == "--only": mode = only; continue
    if a == "--exclude": mode = excl; continue
    (mode if mode is not None else files).append(a)
cases = {}
for f in files:
    for r in json.load(open(f))["cases"]:
        cases[r["case"]] = r
sel = [r for s, r in sorted(cases.items()) if (not only or s.startswith(tuple(only))) and not (excl and s.startswith(tuple(excl)))]
t = totals(sel)
print(f"cases {t['cases']} loaded {t['cases']-t.get('not_loaded',0)} periods {t['periods_right']} | figures {t.get('figures',0)} "
      f"FA {t.get('false_alarms',0)} = {t['false_alarms_per_100']:.2f}/100 | caught {100*t['caught']:.2f}% ({t.get('detected',0)}/{t.get('planted',0)}) "
      f"| swaps {100*t['swaps']:.2f}%" + (f" | tpl {100*t['recall']:.1f}/{100*t['precision']:.1f}" if t.get('t_ref_rows') else "")
      + (f" | rt {t.get('rt_drafted',0)} {100*t['stated']:.1f}% unmarked {t.get('rt_unmarked',0)}" if t.get('rt_drafted') else ""))
