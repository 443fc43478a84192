"""The held-out folder projected: the lead's end41f.json with the cases re-run after this round's rules replaced by
their new results (the other cases' tables load the same: tools/heldout-compare.txt)."""
import json, sys
base = {c["case"]: c for c in json.load(open("/work/end41f.json"))["cases"]}
new = {c["case"]: c for c in json.load(open(sys.argv[1]))["cases"]}


def tot(cases):
    T = dict(figures=0, fa=0, planted=0, caught=0, sp=0, sd=0)
    for c in cases.values():
        k = c.get("checker", {}) or {}
        sw = (k.get("detection", {}) or {}).get("swap", {}) or {}
        T["figures"] += k.get("figures", 0) or 0
        T["fa"] += k.get("false_alarms", 0) or 0
        T["planted"] += k.get("planted", 0) or 0
        T["caught"] += k.get("detected", 0) or 0
        T["sp"] += sw.get("planted", 0) or 0
        T["sd"] += sw.get("detected", 0) or 0
    return T


for name, cases in (("end41f (main)", base), ("fig25 projected", {**base, **new})):
    T = tot(cases)
    print(f"{name}: {len(cases)} cases, {T['figures']} figures, {T['fa']} false alarms = "
          f"{100 * T['fa'] / T['figures']:.2f} per 100; planted {T['caught']}/{T['planted']} = "
          f"{100 * T['caught'] / T['planted']:.2f} %; swaps {T['sd']}/{T['sp']} = {100 * T['sd'] / T['sp']:.2f} %")
