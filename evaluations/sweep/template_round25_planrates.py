"""Round 25 evidence: rates of a plan beside an amount in the held-out texts, kept as a row/column or only in a note
(round 24's script, with a tally by batch). Run: PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round25_planrates.py"""
import re, sys
from pathlib import Path
from decimal import Decimal
from service.figures.load import load_table
from evaluations.real import real_cases
PAT = re.compile(r"(?P<amt>\d[\d.,]*\s*(?:[^\W\d]+\s*){1,3}[,;]?\s*(?:\([^)]*\)\s*)?)?(?:đạt|bằng|vượt|được)\s+(?:hơn|gần|trên|khoảng|xấp xỉ|tỷ lệ\s+)?\s*(?P<v>\d+(?:,\d+)?)\s*%\s*(?:so\s+(?:với\s+)?)?(?:KH|kế hoạch|dự toán|chỉ tiêu|nghị quyết|mục tiêu)", re.I)
AMT = re.compile(r"\d[\d.]*(?:,\d+)?\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|ha|tấn|con|lượt|người|hộ|hồ sơ|km|m3|m|đồng|USD|lao động|học sinh|xã|cái|chiếc|ca|vụ|trường)\b", re.I)
kept=notkept=0; rows=[]
for c in real_cases(Path("evaluations/cases/heldout")):
    if c.figures_path is None: continue
    try: ref=list(load_table(c.figures_path))
    except Exception: continue
    text=c.text_path.read_text() if c.text_path and c.text_path.exists() else ""
    pct={r.ky_bao_cao for r in ref if r.don_vi_tinh and "%" in r.don_vi_tinh}
    for m in PAT.finditer(text):
        v=Decimal(m.group("v").replace(",","."))
        before=text[max(0,m.start()-60):m.start()+ (m.group("amt") and len(m.group("amt")) or 0)+5]
        has_amt=bool(AMT.search(text[max(0,m.start("v")-70):m.start("v")]))
        k = v in pct
        rows.append((c.slug, str(v), has_amt, k, text[max(0,m.start("v")-70):m.end()].replace("\n"," ")))
import collections
cnt=collections.Counter((a,k) for _,_,a,k,_ in rows)
print(cnt)
cases_k=collections.defaultdict(lambda:[0,0])
for s,v,a,k,t in rows:
    if a: cases_k[s][k]+=1
print("cases with amount-before: ", len(cases_k), "cases keeping all:", sum(1 for x in cases_k.values() if x[0]==0), "keeping none:", sum(1 for x in cases_k.values() if x[1]==0), "mixed:", sum(1 for x in cases_k.values() if x[0] and x[1]))
for s,v,a,k,t in rows:
    if a: print(("KEPT " if k else "note ")+s[:55], v, "|", t[-110:])
print("BY BATCH")
bb=collections.defaultdict(lambda:[0,0])
for s,v,a,k,t in rows:
    if a: bb[s.split('-')[0]][k]+=1
for b in sorted(bb): print(b, "kept", bb[b][1], "note", bb[b][0])
