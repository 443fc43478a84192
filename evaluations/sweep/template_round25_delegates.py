"""Round 25 evidence: a congress's delegates and the members they stand for in the held-out and real texts, and
whether the hand tables keep them. Run: PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round25_delegates.py"""
import re, collections
from pathlib import Path
from decimal import Decimal
from service.figures.load import load_table
from evaluations.real import real_cases
PAT = re.compile(r"(?:(?:hơn|gần|trên|khoảng)\s+)?(\d[\d.]*)\s+(đại biểu|đoàn viên|hội viên|đảng viên|cán bộ)", re.I)
rows = []
for folder in ("evaluations/cases/heldout", "evaluations/cases/real"):
  for c in real_cases(Path(folder)):
    if c.figures_path is None: continue
    try: ref = list(load_table(c.figures_path))
    except Exception: continue
    text = c.text_path.read_text() if c.text_path and c.text_path.exists() else ""
    vals = {r.ky_bao_cao for r in ref}
    for m in PAT.finditer(text):
        sent_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()))
        sent_end = min([x for x in (text.find(".", m.end()), text.find("\n", m.end())) if x > 0] or [len(text)])
        sent = text[sent_start+1:sent_end]
        if not re.search(r"(?i)đại hội", sent): continue
        before = text[max(0, m.start()-25):m.start()]
        kind = "represented" if re.search(r"(?i)đại diện(\s+cho)?\s*(hơn|gần|trên|khoảng)?\s*$", before) else ("delegates" if m.group(2).lower()=="đại biểu" else "other")
        try: v = Decimal(m.group(1).replace(".", ""))
        except Exception: continue
        rows.append((c.slug, kind, v, v in vals, sent.strip()[:140]))
cnt = collections.Counter((k, kept) for _, k, _, kept, _ in rows)
print(cnt)
for r in rows:
    if r[1] in ("represented", "delegates"): print(("KEPT " if r[3] else "no   ") + r[0][:50], r[1], r[2], "|", r[4])
