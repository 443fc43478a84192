"""The held-out folder projected: the lead's /work/end40c.json with the cases run again (argv[1]) put in place."""
import json, sys
base = {c["case"]: c for c in json.load(open("/work/end40c.json"))["cases"]}
new = {c["case"]: c for c in json.load(open(sys.argv[1]))["cases"]}
def tot(cases):
    T = dict(figures=0, fa=0, planted=0, caught=0, sp=0, sd=0)
    for c in cases.values():
        k = c.get("checker") or {}
        sw = (k.get("detection") or {}).get("swap") or {}
        T["figures"] += k.get("figures", 0) or 0; T["fa"] += k.get("false_alarms", 0) or 0
        T["planted"] += k.get("planted", 0) or 0; T["caught"] += k.get("detected", 0) or 0
        T["sp"] += sw.get("planted", 0); T["sd"] += sw.get("detected", 0)
    return T
for name, cases in (("end40c", base), ("fig24", {**base, **new})):
    T = tot(cases)
    print(f"{name}: {len(cases)} cases, {T['figures']} figures, {T['fa']} false alarms = {100*T['fa']/T['figures']:.2f} per 100; "
          f"planted {T['caught']}/{T['planted']} = {100*T['caught']/T['planted']:.2f} %; swaps {T['sd']}/{T['sp']} = {100*T['sd']/T['sp']:.2f} %")
