import json, sys
base = json.load(open("/work/final39.json"))
bc = {c["case"]: c for c in base["cases"]}
new = {c["case"]: c for c in json.load(open(sys.argv[1]))["cases"]}
def tot(cases):
    f=fa=fl=pl=de=sp=sd=0
    for c in cases:
        k=c.get("checker",{}) or {}
        f+=k.get("figures",0) or 0; fa+=k.get("false_alarms",0) or 0; fl+=k.get("flags",0) or 0
        pl+=k.get("planted",0) or 0; de+=k.get("detected",0) or 0
        s=(k.get("detection",{}) or {}).get("swap",{}) or {}
        sp+=s.get("planted",0); sd+=s.get("detected",0)
    return f,fa,fl,pl,de,sp,sd
a = tot(bc.values())
merged = [new.get(k, c) for k, c in bc.items()]
b = tot(merged)
sub_a = tot([bc[k] for k in new]); sub_b = tot(new.values())
for name,(f,fa,fl,pl,de,sp,sd) in [("main (final39)",a),("fig23 projected",b),("subset main",sub_a),("subset fig23",sub_b)]:
    print(f"{name}: figures {f}, flags {fl}, false alarms {fa} = {100*fa/f:.2f}/100; planted {de}/{pl} = {100*de/pl:.2f}%; swaps {sd}/{sp} = {100*sd/sp:.2f}%")
