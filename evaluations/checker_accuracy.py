"""How well the number checker catches single-number errors, and how often it cries wolf.

Run: ``.venv/bin/python -m evaluations.checker_accuracy [--out DIR] [--limit N]``.
Writes ``checker_accuracy.md`` and ``.json`` (default ``out/eval``).

Method.  The real 2023 Hàm Thuận Bắc report is checked against its own
figures table.  Every number the clean run ties to the table is a "correct
figure".  Then, one at a time, a single error is planted in the text and the
whole report is re-checked; the error is *detected* when a problem verdict
(unsupported or stale) covers the planted number.  Error types:

- ``digit``: one digit of the numeral changed (seeded random position and digit);
- ``separator``: ``.``↔``,`` in a numeral with one separator (``1.035``↔``1,035``);
- ``scale``: ``triệu``↔``tỷ``;
- ``direction``: ``tăng``↔``giảm``;
- ``percent``: a derived percentage off by ±1 (and ±0,5 where decimals are written);
- ``moved``: a number of one organisation's sentence written into another
  organisation's sentence in place of a number with the same unit;
- ``qualifier``: the number under ``hơn``/``trên``/``gần``/``khoảng`` moved
  so the qualifier no longer holds against the table (±5–20 %).

False alarms: problems raised on the unmodified report per 100 correct
figures — counted strictly (every flag), and adjudicated (flags on numbers
that are demonstrably wrong in the source are listed, not counted).
The Bù Đăng 2020 report has no figures table, so only extraction is run on it
(how many numbers, of which kinds) — accuracy cannot be measured there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from service.checker import check_text, extract_numbers
from service.figures.load import load_table
from service.numbers import format_vn

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BAOCAO_SHARED", ROOT.parent / "shared")).resolve()
REPORT = SHARED / "corpus" / "reports" / "ham-thuan-bac-2023-h1.txt"
TABLE = SHARED / "corpus" / "figures" / "ham-thuan-bac-2023-h1.csv"
BU_DANG = SHARED / "corpus" / "reports" / "bu-dang-2020-h1.txt"
TYPES = ("digit", "separator", "scale", "direction", "percent", "moved", "qualifier")

#: Flags on the unmodified report that are errors in the source itself (evidence in the reason).
SOURCE_ERRORS = {
    "1.035 tỷ đồng": "separator typo: 1.035 tỷ reads 1.035 billion đồng; table MT-02 holds 1.035.000.000 (ghi_chu: "
                     "'đọc là 1,035 tỷ đồng')",
    "68": "68 năm giải phóng Điện Biên Phủ: 2023 − 1954 = 69; 68 is the 2022 count left in the text",
}


@dataclass
class Plant:
    type: str
    start: int      # span of the replaced text in the original report
    end: int
    old: str
    new: str
    code: str | None = None


def _numeral_text(value: Decimal, like) -> str:
    decimals = like.decimals or None
    return format_vn(value, decimals, leading_zero=like.leading_zero, group=like.grouped or value >= 10000)


def make_plants(text: str, clean, rng: random.Random) -> list[Plant]:
    """Single-number errors, planted only into numbers the clean run found correct."""
    mentions = extract_numbers(text)
    by_span = {(n.start, n.end): n for n in clean.numbers}
    good = [(m, by_span.get((m.start, m.end))) for m in mentions]
    good = [(m, r) for m, r in good if r is not None and r.verdict in ("supported", "derived")]
    plants: list[Plant] = []
    for m, r in good:
        code = r.source["ma"] if r.source else None
        raw = text[m.num_start:m.num_end]
        if m.notation != "word" and any(ch.isdigit() for ch in raw):  # digit change
            positions = [k for k, ch in enumerate(raw) if ch.isdigit()]
            for _ in range(10):
                k = rng.choice(positions)
                d = str((int(raw[k]) + rng.randint(1, 9)) % 10)
                new = raw[:k] + d + raw[k + 1:]
                if new[0] != "0" or raw[0] == "0" or len(new) == 1:
                    break
            plants.append(Plant("digit", m.num_start, m.num_end, raw, new, code))
        if raw.count(".") + raw.count(",") == 1:
            if any(ch.isdigit() for ch in raw):
                plants.append(Plant("separator", m.num_start, m.num_end, raw, raw.translate(str.maketrans(".,", ",.")), code))
        if m.kind == "money" and m.scale in (10**6, 10**9):
            span = text[m.num_end:m.end]
            old, new = ("triệu", "tỷ") if "triệu" in span else ("tỷ", "triệu")
            k = m.num_end + span.index(old)
            plants.append(Plant("scale", k, k + len(old), old, new, code))
        if m.comparison in ("tăng", "giảm") and m.qualifier_start is not None:
            word = text[m.qualifier_start:m.num_start]
            mm = re.match(r"(?i)(tăng|giảm)", word)
            if mm:
                new = "giảm" if mm.group(1).lower() == "tăng" else "tăng"
                plants.append(Plant("direction", m.qualifier_start, m.qualifier_start + len(mm.group(1)),
                                    mm.group(1), new, code))
        if m.kind == "percent" and r.verdict == "derived":
            steps = [Decimal(1), Decimal(-1)] + ([Decimal("0.5"), Decimal("-0.5")] if m.decimals else [])
            for step in steps:
                v = m.value + step
                plants.append(Plant("percent", m.num_start, m.num_end, raw, _numeral_text(v, m), code))
        if m.qualifier in ("hơn", "trên", "gần", "khoảng"):
            factor = {"hơn": Decimal("1.05"), "trên": Decimal("1.05"), "gần": Decimal("0.9"),
                      "khoảng": Decimal("1.2")}[m.qualifier]
            numeral = (m.numeral * factor).quantize(Decimal(1).scaleb(-m.decimals))
            if numeral != m.numeral:
                plants.append(Plant("qualifier", m.num_start, m.num_end, raw, _numeral_text(numeral, m), code))
    # moved: a number of organisation A written into organisation B's sentence, same unit
    table = {f.ma: f for f in load_table(TABLE)}
    tied = [(m, table[r.source["ma"]]) for m, r in good
            if r.verdict == "supported" and r.source and r.source["ma"] in table and m.partner is None]
    for m, f in tied:
        if not f.don_vi:
            continue
        donors = [(x, g) for x, g in tied if g.don_vi and g.don_vi != f.don_vi and g.don_vi_tinh == f.don_vi_tinh
                  and x.kind == m.kind and x.value != m.value]
        if donors:
            x, g = rng.choice(donors)
            plants.append(Plant("moved", m.num_start, m.num_end, text[m.num_start:m.num_end],
                                text[x.num_start:x.num_end], f"{g.ma}→{f.ma}"))
    return plants


def run(limit: int | None = None, seed: int = 7) -> dict:
    text = unicodedata.normalize("NFC", REPORT.read_text(encoding="utf-8"))
    table = load_table(TABLE)
    t0 = time.perf_counter()
    clean = check_text(text, table)
    correct = [n for n in clean.numbers if n.verdict in ("supported", "derived")]
    flags = clean.problems
    adjudicated = [n for n in flags if n.text.strip() not in SOURCE_ERRORS]
    figures = clean.summary["figures"]
    plants = make_plants(text, clean, random.Random(seed))
    if limit:
        plants = random.Random(seed).sample(plants, min(limit, len(plants)))
    per_type: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for p in plants:
        mutated = text[:p.start] + p.new + text[p.end:]
        shift = len(p.new) - len(p.old)
        report = check_text(mutated, table)
        hit = any(n.is_problem and n.start < p.end + shift + 1 and n.end > p.start - 1
                  or n.is_problem and p.type == "direction" and n.start <= p.end + shift + 25 and n.end > p.start
                  for n in report.numbers)
        per_type[p.type]["planted"] += 1
        per_type[p.type]["detected"] += int(hit)
        if not hit:
            context = mutated[max(0, p.start - 50):p.end + shift + 30].replace("\n", " ")
            misses.append({**asdict(p), "context": context})
    elapsed = time.perf_counter() - t0
    total = sum(c["planted"] for c in per_type.values())
    detected = sum(c["detected"] for c in per_type.values())
    bu = extract_numbers(BU_DANG.read_text(encoding="utf-8")) if BU_DANG.exists() else []
    return {
        "report": REPORT.name, "table": TABLE.name, "seed": seed,
        "figures": figures, "correct_figures": len(correct),
        "flags_on_clean": [{"text": n.text, "start": n.start, "verdict": n.verdict, "reason": n.reason,
                            "source_error": SOURCE_ERRORS.get(n.text.strip())} for n in flags],
        "false_alarms_strict_per_100": round(100 * len(flags) / max(figures, 1), 2),
        "false_alarms_adjudicated_per_100": round(100 * len(adjudicated) / max(figures, 1), 2),
        "detection": {t: {**per_type[t], "rate": round(per_type[t]["detected"] / per_type[t]["planted"], 4)}
                      for t in TYPES if per_type[t]["planted"]},
        "planted": total, "detected": detected, "detection_rate": round(detected / max(total, 1), 4),
        "misses": misses, "seconds": round(elapsed, 1),
        "bu_dang": {"numbers": len(bu), "kinds": dict(Counter(m.kind for m in bu)),
                    "note": "no figures table exists for this report: extraction only, accuracy not measurable"},
    }


def markdown(res: dict) -> str:
    lines = [f"# Number checker accuracy — {res['report']} vs {res['table']}", "",
             f"Correct figures in the clean run: {res['correct_figures']} (figures checked: {res['figures']}).", "",
             "## False alarms on the unmodified report", "",
             f"- strict (every flag counted): **{res['false_alarms_strict_per_100']} per 100 figures**",
             f"- adjudicated (flags on numbers wrong in the source not counted): "
             f"**{res['false_alarms_adjudicated_per_100']} per 100 figures**", ""]
    for f in res["flags_on_clean"]:
        lines.append(f"  - `{f['text']}` ({f['verdict']}): {f['reason']}"
                     + (f" — source error: {f['source_error']}" if f["source_error"] else ""))
    lines += ["", f"## Detection of planted single-number errors (seed {res['seed']})", "",
              "| error type | planted | detected | rate |", "|---|---:|---:|---:|"]
    for t, c in res["detection"].items():
        lines.append(f"| {t} | {c['planted']} | {c['detected']} | {100 * c['rate']:.1f}% |")
    lines.append(f"| **all** | {res['planted']} | {res['detected']} | **{100 * res['detection_rate']:.1f}%** |")
    if res["misses"]:
        lines += ["", "Missed:", ""]
        for m in res["misses"]:
            lines.append(f"- {m['type']} `{m['old']}`→`{m['new']}` ({m['code']}): …{m['context']}…")
    bu = res["bu_dang"]
    lines += ["", "## Bù Đăng 2020", "", f"{bu['note']}; {bu['numbers']} numbers found: "
              + ", ".join(f"{k} {v}" for k, v in sorted(bu["kinds"].items())), "",
              f"_{res['seconds']} s for the whole run._"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "out" / "eval"))
    ap.add_argument("--limit", type=int, default=None, help="check only N planted errors (sampled)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    res = run(args.limit, args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "checker_accuracy.json").write_text(json.dumps(res, ensure_ascii=False, indent=2), encoding="utf-8")
    md = markdown(res)
    (out / "checker_accuracy.md").write_text(md, encoding="utf-8")
    print(md)
    print(f"wrote {out / 'checker_accuracy.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
