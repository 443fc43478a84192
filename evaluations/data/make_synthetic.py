"""Make a synthetic next-period figures table from a real one, deterministically.

Done the way ``shared/corpus/README.md`` describes the demo's 2024 table:
same indicator codes; ``cung_ky`` = the real values; ``ky_bao_cao`` drawn
around them with a fixed seed; sums, parts ("trong đó"), per-unit amounts
(count × price = total) and X/X targets kept consistent.  Evaluation cases
need a "next period" no real report exists for; a fixed seed makes the
committed output reproducible (``--check`` verifies it).

    python evaluations/data/make_synthetic.py            # writes bu-dang-2021-h1.synthetic.csv
    python evaluations/data/make_synthetic.py --check    # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao", "cung_ky", "ke_hoach", "don_vi", "muc", "ghi_chu")
QUALIFIERS = ("hơn", "gần", "trên", "khoảng")


@dataclass
class Rules:
    """How the rows of one table relate; everything not named is drawn independently."""

    constant: list[str] = field(default_factory=list)              # structural counts, unchanged
    per_unit: list[str] = field(default_factory=list)              # prices per item, unchanged
    parts: dict[str, str] = field(default_factory=dict)            # part -> whole ("trong đó"), share kept
    sums: dict[str, list[str]] = field(default_factory=dict)       # total -> parts
    products: dict[str, tuple[str, str]] = field(default_factory=dict)  # total -> (count, per-unit)
    equal: dict[str, str] = field(default_factory=dict)            # row -> row it must equal


# The Bù Đăng 2020 table (evaluations/data/bu-dang-2020-h1.csv).
BU_DANG = Rules(
    constant=["CH-01", "CH-02", "QP-02", "ND-05", "ND-08"],
    per_unit=["QS-09", "QS-11", "QS-14", "QS-17", "CS-04"],
    parts={"TT-05": "TT-04", "QS-03": "QS-02", "QS-05": "QS-04", "QS-07": "QS-06", "CS-02": "CS-01",
           "PN-11": "PN-09"},
    sums={"CTD-16": ["CTD-17", "CTD-18"]},  # the real report's 98 ≠ 28 + 90; the synthetic one adds up
    products={"QS-13": ("QS-12", "QS-14"), "QS-18": ("QS-15", "QS-17")},
    equal={"QS-16": "QS-15"},
)

# The demo's Hàm Thuận Bắc 2023 table: used by tests to show the rules generalise.
HAM_THUAN_BAC = Rules(
    per_unit=["TQ-03", "QS-09"],
    sums={"DQ-01": ["DQ-02", "DQ-03", "DQ-04", "DQ-05"]},
    products={"TQ-04": ("TQ-01", "TQ-03")},
    parts={"TQ-02": "TQ-01", "DQ-10": "DQ-09"},
)


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


def _num(text: str) -> Decimal | None:
    return Decimal(text) if text.strip() else None


def _plain(d: Decimal | None) -> str:
    """Machine notation as the corpus tables hold it: ``135697``, ``84.61``."""
    if d is None:
        return ""
    s = format(d.normalize(), "f")
    return s


def _grain(v: Decimal) -> Decimal:
    """Money is written rounded: keep the original's trailing zeros (at most 10^6, at least 1)."""
    digits = str(int(v))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Decimal(10) ** max(0, min(zeros, len(digits) - 2, 6))


def draw(v: Decimal, unit: str, rng: random.Random) -> Decimal:
    """A plausible next-period value around ``v``."""
    if unit == "%":
        if v >= 100:
            return v
        out = (v * Decimal(str(rng.uniform(0.9, 1.1)))).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return min(out, Decimal(100))
    if v < 10:
        return Decimal(max(1, int(v) + rng.randint(-2, 3)))
    out = v * Decimal(str(rng.uniform(0.85, 1.2)))
    if unit == "đồng":
        g = _grain(v)
        return (out / g).quantize(Decimal(1), ROUND_HALF_UP) * g
    return out.quantize(Decimal(1), ROUND_HALF_UP)


def _shift_years(text: str, years: int) -> str:
    return re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + years), text)


def _qualifier(row: dict) -> str:
    """``hơn``/``gần``/... if the source text qualifies the value (the corpus keeps only that)."""
    note = row.get("ghi_chu", "")
    for q in QUALIFIERS:
        if re.search(rf"\b{q}\s+[\d.,]+", note):
            return q
    return ""


def synthesize(rows: list[dict], rules: Rules, seed: int = 2021, years: int = 1) -> list[dict]:
    """The next period's rows; pure function of (rows, rules, seed)."""
    real = {r["ma"]: _num(r["ky_bao_cao"]) for r in rows}
    unit = {r["ma"]: r["don_vi_tinh"] for r in rows}
    new: dict[str, Decimal] = {}
    derived = set(rules.parts) | set(rules.sums) | set(rules.products) | set(rules.equal)
    for r in rows:
        ma = r["ma"]
        if ma in derived:
            continue
        rng = random.Random(f"{seed}:{ma}")  # per-row stream: adding a row never changes the others
        keep = ma in rules.constant or ma in rules.per_unit
        new[ma] = real[ma] if keep else draw(real[ma], unit[ma], rng)
    for total, parts in rules.sums.items():
        for p in parts:
            new.setdefault(p, draw(real[p], unit[p], random.Random(f"{seed}:{p}")))
        new[total] = sum(new[p] for p in parts)
    for part, whole in rules.parts.items():
        share = real[part] / real[whole] if real[whole] else Decimal(0)
        rng = random.Random(f"{seed}:{part}")
        share = min(Decimal(1), share * Decimal(str(rng.uniform(0.9, 1.1))))
        value = new[whole] * share
        if unit[part] == "đồng":
            g = _grain(real[part])
            new[part] = min(new[whole], (value / g).quantize(Decimal(1), ROUND_HALF_UP) * g)
        else:
            new[part] = min(new[whole], max(Decimal(1) if real[part] else Decimal(0),
                                            value.quantize(Decimal(1), ROUND_HALF_UP)))
    for row, same in rules.equal.items():
        new[row] = new[same]
    for total, (count, price) in rules.products.items():
        new[total] = new[count] * new[price]
    out = []
    for r in rows:
        ma = r["ma"]
        plan = _num(r.get("ke_hoach", ""))
        if plan is not None:
            if plan == real[ma]:
                plan = new[ma]  # X/X: the target was met exactly; keep it so
            else:
                plan = max(new[ma], draw(plan, unit[ma], random.Random(f"{seed}:{ma}:plan")))
        out.append({
            "ma": ma, "chi_tieu": _shift_years(r["chi_tieu"], years), "don_vi_tinh": r["don_vi_tinh"],
            "ky_bao_cao": _plain(new[ma]), "cung_ky": _plain(real[ma]), "ke_hoach": _plain(plan),
            "don_vi": r.get("don_vi", ""), "muc": r.get("muc", ""), "ghi_chu": _qualifier(r),
        })
    return out


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=HERE / "bu-dang-2020-h1.csv")
    ap.add_argument("--out", type=Path, default=HERE / "bu-dang-2021-h1.synthetic.csv")
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--check", action="store_true", help="only verify that --out is what this script makes")
    args = ap.parse_args(argv)
    text = to_csv(synthesize(read_rows(args.source), BU_DANG, seed=args.seed))
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from the generator output'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} rows, seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
