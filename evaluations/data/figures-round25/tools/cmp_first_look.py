import json, sys
base = {c["case"]: c for c in json.load(open("/work/end41f.json"))["cases"]}
new = {c["case"]: c for c in json.load(open(sys.argv[1]))["cases"]}
T = [0]*8
for k in sorted(new):
    a, b = base[k].get("checker", {}), new[k].get("checker", {})
    def g(x, f): return x.get(f, 0) or 0
    sw = lambda x: (x.get("detection", {}).get("swap", {}) or {})
    row = (g(a,"flags"), g(b,"flags"), g(a,"false_alarms"), g(b,"false_alarms"), g(a,"planted"), g(b,"planted"), g(a,"detected"), g(b,"detected"))
    T = [t+r for t, r in zip(T, row)]
    s = (sw(a).get("planted",0), sw(a).get("detected",0), sw(b).get("planted",0), sw(b).get("detected",0))
    if row[0]!=row[1] or row[2]!=row[3] or (row[4]-row[6]) != (row[5]-row[7]) or s[0]-s[1] != s[2]-s[3]:
        print(f"{k}: flags {row[0]}->{row[1]} FA {row[2]}->{row[3]} caught {row[6]}/{row[4]} -> {row[7]}/{row[5]} swaps {s[1]}/{s[0]} -> {s[3]}/{s[2]}")
print("TOTAL flags %d->%d FA %d->%d planted %d->%d caught %d->%d" % tuple(T))
