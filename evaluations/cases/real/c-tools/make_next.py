"""Synthetic next-period tables for the c-* drafting pairs, deterministically.

The approach of ``evaluations/data/make_synthetic.py`` applied to tables kept the way agencies keep
them (Vietnamese column titles, ``STT``, ``Trong đó`` rows, Vietnamese notation): same codes
(``Mã``), ``Cùng kỳ năm trước`` = this period's real values, ``Kỳ báo cáo`` drawn around them with a
fixed seed, one random stream per row; totals re-added from their drawn parts, ``Trong đó`` parts
keep their share of the whole, a ``Kế hoạch`` is redrawn and never below the new value. Decimals
are kept at the precision the agency wrote (``55.722,974`` stays at three places).

    python evaluations/cases/real/c-tools/make_next.py          # writes every c-*/next.csv
    python evaluations/cases/real/c-tools/make_next.py --check  # exit 1 if a committed file differs
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REAL = Path(__file__).resolve().parents[1]
SEED = 2026

# slug -> (table, {total: [parts]} sums, {part: whole} shares, years to shift in labels)
PAIRS = {
    "c-huong-thuy-ktxh-2018-h1": ("figures.xlsx", {"DV-03": ["DV-04", "DV-05"]}, {}, 1),
    "c-vinh-hao-ktxh-2023-9t": ("figures.csv", {"GT-01": ["GT-02", "GT-03", "GT-04"]}, {}, 1),
    "c-ia-dok-chi-doan-2010": ("figures.csv", {}, {"TC-02": "TC-01", "TC-04": "TC-03"}, 1),
    "c-k42-chi-doan-2023": ("figures.xlsx", {}, {}, 1),
}
VALUE, PREV, PLAN = "Kỳ báo cáo", "Cùng kỳ năm trước", "Kế hoạch"


def read_table(path: Path) -> list[dict]:
    """Rows under the header line (the one holding 'Chỉ tiêu'), values as text."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return [dict(r) for r in csv.DictReader(fh)]
    from openpyxl import load_workbook
    ws = load_workbook(path, read_only=True).active
    lines = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    at = next(i for i, row in enumerate(lines) if "Chỉ tiêu" in row)
    head = lines[at]
    return [dict(zip(head, row)) for row in lines[at + 1:] if any(row)]


def parse_vn(text: str) -> tuple[Decimal, int, int]:
    """'55.722,974' -> (value, decimal places, zero-padded width)."""
    t = text.strip()
    whole, _, frac = t.partition(",")
    value = Decimal(whole.replace(".", "") + ("." + frac if frac else ""))
    pad = len(whole) if whole.startswith("0") and len(whole) > 1 else 0
    return value, len(frac), pad


def format_vn(value: Decimal, places: int, pad: int = 0) -> str:
    q = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) if places else value.quantize(Decimal(1), ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    whole = whole.zfill(pad)
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", ".", whole)
    return sign + grouped + ("," + frac if frac else "")


def draw(v: Decimal, unit: str, places: int, rng: random.Random) -> Decimal:
    if unit == "%":
        return v if v >= 100 else min(Decimal(100), v * Decimal(str(rng.uniform(0.9, 1.1))))
    if v < 10 and places == 0:
        return Decimal(max(1, int(v) + rng.randint(-2, 3)))
    out = v * Decimal(str(rng.uniform(0.85, 1.2)))
    return out.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) if places else out.quantize(Decimal(1), ROUND_HALF_UP)


def shift_years(text: str, years: int) -> str:
    return re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + years), text)


def next_rows(rows: list[dict], sums: dict, shares: dict, years: int, seed: int = SEED) -> tuple[list[str], list[dict]]:
    code = "Mã"
    real, fmt, unit, new = {}, {}, {}, {}
    for r in rows:
        value, places, pad = parse_vn(r[VALUE])
        real[r[code]], fmt[r[code]], unit[r[code]] = value, (places, pad), r["Đơn vị tính"]
    derived = set(sums) | set(shares)
    for c in real:
        if c not in derived:
            new[c] = draw(real[c], unit[c], fmt[c][0], random.Random(f"{seed}:{c}"))
    for total, parts in sums.items():
        new[total] = sum(new[p] for p in parts)
    for part, whole in shares.items():
        share = real[part] / real[whole] if real[whole] else Decimal(0)
        share = min(Decimal(1), share * Decimal(str(random.Random(f"{seed}:{part}").uniform(0.9, 1.1))))
        new[part] = min(new[whole], max(Decimal(1) if real[part] else Decimal(0),
                                         (new[whole] * share).quantize(Decimal(1), ROUND_HALF_UP)))
    cols = [c for c in rows[0] if c not in (PREV, "Ghi chú")]
    at = cols.index(VALUE) + 1
    cols[at:at] = [PREV]
    cols.append("Ghi chú")
    out = []
    for r in rows:
        c = r[code]
        places, pad = fmt[c]
        o = {k: r.get(k, "") for k in cols}
        o["Chỉ tiêu"] = shift_years(r["Chỉ tiêu"], years)
        o[VALUE] = format_vn(new[c], places, pad)
        o[PREV] = r[VALUE]
        if r.get(PLAN):
            plan, pplaces, _ = parse_vn(r[PLAN])
            drawn = draw(plan, unit[c], pplaces, random.Random(f"{seed}:{c}:plan"))
            o[PLAN] = format_vn(max(new[c], drawn), pplaces)
        o["Ghi chú"] = "Số liệu giả lập cho kỳ sau (không phải số liệu thật)"
        out.append(o)
    return cols, out


def render(cols: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify the committed next.csv files")
    args = ap.parse_args(argv)
    bad = 0
    for slug, (table, sums, shares, years) in PAIRS.items():
        folder = REAL / slug
        text = render(*next_rows(read_table(folder / table), sums, shares, years))
        out = folder / "next.csv"
        if args.check:
            same = out.is_file() and out.read_text(encoding="utf-8") == text
            bad += not same
            print(f"{out.relative_to(REAL)}: {'up to date' if same else 'DIFFERS'}")
        else:
            out.write_text(text, encoding="utf-8")
            print(f"wrote {out.relative_to(REAL)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
