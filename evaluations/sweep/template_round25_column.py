"""Round 25. Run: PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round25_column.py (about 5 minutes).
Measure the decision 'a rate of a plan is a So với kế hoạch (%) column beside its amount's row':
recall counts a reference rate row (the loader's <code>-N row of a column) found when the template row paired with
the amount's reference row <code> holds that rate as a plan derivation; precision counts each such template cell as a
figure: right when the hand table holds the rate beside the amount (its -N row, or the amount row's note), wrong else."""
import json, re, sys, collections
from decimal import Decimal
from pathlib import Path
from evaluations.template_accuracy import sources, _score
from service.figures.load import load_table
from service.onboarding.template import build_template
from service.onboarding.planrates import _SHARE_OF_PLAN
out = []
T = collections.Counter()
for slug, report, table, unseen, kind in sources(cases=[Path("evaluations/cases/heldout")], samples=False):
    try:
        ref = list(load_table(table)); tpl = build_template(report)
    except Exception as e:
        continue
    pairs, missed, extra = _score(ref, tpl)
    paired = {r.ma: t for r, t in pairs if r.ma}
    by_code = {r.ma: r for r in ref if r.ma}
    cells = {}   # id(template row) -> list of plan-rate values
    for t in tpl.rows:
        v = [d.value for d in t.derived if d.how in _SHARE_OF_PLAN and d.value is not None]
        if v: cells[id(t)] = list(v)
    gained = 0
    for r in missed:
        m = re.match(r"^(.*)-(\d+)$", r.ma or "")
        if not m or m.group(1) not in paired: continue
        t = paired[m.group(1)]
        if r.ky_bao_cao in cells.get(id(t), []):
            cells[id(t)].remove(r.ky_bao_cao); gained += 1
    right_note = wrong = 0
    back = {id(t): code for code, t in paired.items()}
    for tid, vals in cells.items():
        for v in vals:
            code = back.get(tid)
            note = by_code[code].ghi_chu if code else ""
            fmt = f"{v:f}".rstrip("0").rstrip(".").replace(".", ",")
            if code and fmt and re.search(r"(?<![\d,])" + re.escape(fmt) + r"(?![\d])", note or ""):
                right_note += 1
            else:
                wrong += 1
    T["ref"] += len(ref); T["rows"] += len(tpl.rows); T["matched"] += len(pairs)
    T["gained"] += gained; T["cells_right_note"] += right_note; T["cells_wrong"] += wrong
    if gained or wrong or right_note:
        out.append((slug, gained, right_note, wrong))
for o in out: print(*o)
print(dict(T))
rec0 = T["matched"]/T["ref"]; pre0 = T["matched"]/T["rows"]
rec1 = (T["matched"]+T["gained"])/T["ref"]
pre1 = (T["matched"]+T["gained"]+T["cells_right_note"])/(T["rows"]+T["gained"]+T["cells_right_note"]+T["cells_wrong"])
print(f"recall {100*rec0:.2f} -> {100*rec1:.2f}; precision {100*pre0:.2f} -> {100*pre1:.2f}")
