"""Figures: placement of the 2023 table in the 2023 report's outline; load time of a large table.

Placement is scored against the report itself: a figure is right when it lands
in the section whose text states it (the quote in its ``ghi_chu``).  Load time
is a ratio to a bare ``csv.reader`` pass over the same file in the same run.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
import time
from pathlib import Path

from index.model import Section

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BAOCAO_SHARED", ROOT.parent / "shared")).resolve() / "corpus"
REPORT_TXT = CORPUS / "reports" / "ham-thuan-bac-2023-h1.txt"
TABLE_CSV = CORPUS / "figures" / "ham-thuan-bac-2023-h1.csv"

_HEAD = re.compile(r"^((?:[IVX]+)|\d+(?:\.\d+)*)\.\s+(\S.*)$")


def outline_from_txt(path: Path = REPORT_TXT) -> list[Section]:
    """A minimal outline of a hard-wrapped .txt report (stand-in while ``index.parse`` is not there).

    Numbered lines start sections unless the paragraph goes on past 160 chars
    (list items such as the "phương hướng" points stay text).
    """
    paras, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        s = " ".join(line.split())
        if not s or s.isdigit() or s == "-----":
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if _HEAD.match(s) and cur:
            paras.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    roots: list[Section] = []
    stack: list[Section] = []
    seen: set[str] = set()
    for p in paras:
        m = _HEAD.match(p)
        if m and len(p) <= 160 and not p.startswith(("Nơi nhận",)):
            number, heading = m.group(1), m.group(2)
            level = 1 if re.fullmatch(r"[IVX]+", number) else number.count(".") + 2
            while stack and stack[-1].level >= level:
                stack.pop()
            path = "/".join([s.number for s in stack] + [number])
            while path in seen:
                path += "'"
            seen.add(path)
            sec = Section(number=number, heading=heading, level=level, path=path)
            (stack[-1].children if stack else roots).append(sec)
            stack.append(sec)
        elif stack:
            stack[-1].paragraphs.append(p)
    return roots


def outline_2023() -> tuple[list[Section], str]:
    try:
        from index.parse import parse_report

        return parse_report(CORPUS / "reports" / "ham-thuan-bac-2023-h1.docx").sections, "index.parse (docx)"
    except Exception:  # noqa: BLE001 - not built yet, or failing: the stand-in keeps the bench honest
        return outline_from_txt(), "bench stand-in (txt)"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def stating_path(fig, sections: list[Section]) -> str | None:
    """The section whose text holds the figure's quote (first “…” part of ghi_chu)."""
    m = re.search(r"“([^”]+)”", fig.ghi_chu)
    if not m:
        return None
    quote = _squash(max(re.split(r"\.\.\.|…", m.group(1)), key=len))
    for top in sections:
        for s in top.walk():
            if quote and quote in _squash(" ".join([s.heading, *s.paragraphs])):
                return s.path
    return None


def placement(use_muc: bool) -> tuple[int, int, float, list[str]]:
    from service.figures.assign import assign_figures
    from service.figures.load import load_table

    sections, _ = outline_2023()
    table = load_table(TABLE_CSV)
    truth = {f.ma: stating_path(f, sections) for f in table}
    t = time.perf_counter()
    a = assign_figures(table, sections, use_muc=use_muc)
    elapsed = time.perf_counter() - t
    scored = [c for c, p in truth.items() if p]
    wrong = [f"{c}→{a.path_of(c)} (text in {truth[c]})" for c in scored if a.path_of(c) != truth[c]]
    return len(scored) - len(wrong), len(scored), elapsed, wrong


UNRELATED = ["Số ca mắc sốt xuất huyết", "Sản lượng lúa vụ Đông Xuân", "Số km đường sắt cao tốc",
             "Số vụ tai nạn giao thông đường thủy", "Tổng thu ngân sách nhà nước trên địa bàn",
             "Số doanh nghiệp thành lập mới", "Diện tích rừng trồng mới", "Số học sinh tốt nghiệp THPT"]


def rejection() -> tuple[int, int]:
    """How many labels foreign to the report (not in the table) are left unassigned."""
    from decimal import Decimal

    from service.figures.assign import assign_figures
    from service.figures.model import Figure

    sections, _ = outline_2023()
    figs = [Figure(f"U-{i}", label, "người", Decimal(1)) for i, label in enumerate(UNRELATED)]
    return len(assign_figures(figs, sections).unassigned), len(figs)


def synthetic_csv(path: Path, rows: int) -> None:
    units = ["người", "vụ", "đồng", "km", "lượt người", "%"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao", "cung_ky", "ke_hoach", "don_vi", "muc", "ghi_chu"])
        for i in range(rows):
            u = units[i % len(units)]
            v = {"km": f"{i % 97}.5", "%": str(i % 100), "đồng": str(1_000_000 * (i % 500))}.get(u, str(i))
            w.writerow([f"X-{i:05d}", f"Chỉ tiêu tổng hợp số {i} của các đơn vị", u, v, v, "", "Hội Nông dân huyện",
                        "2.6. Phối hợp thực hiện tốt chính sách hậu phương quân đội", "hơn"])


def agency_csv(path: Path, rows: int) -> None:
    """The same size as an agency keeps it: STT, group title rows, no codes, text numbers, Trong đó, totals."""
    units = ["công dân", "vụ việc", "triệu đồng", "km", "lượt cán bộ, chiến sĩ", "%"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["BIỂU SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024"])
        w.writerow(["STT", "Nội dung", "ĐVT", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh (%)", "Ghi chú"])
        n = 0
        group = 0
        while n < rows:
            group += 1
            w.writerow([_roman(group), f"NHÓM CHỈ TIÊU SỐ {group}", "", "", "", "", ""])
            for k in range(1, 19):
                u = units[n % len(units)]
                v = {"km": f"{n % 97},5", "%": f"{n % 100},25", "triệu đồng": f"{n % 500},5"}.get(u, f"{n:,}".replace(",", "."))
                w.writerow([k, f"Chỉ tiêu tổng hợp số {n} của các đơn vị", u, v, v, "100", "hơn"])
                n += 1
                if k == 18:
                    w.writerow(["", "Trong đó:", "", "", "", "", ""])
                    w.writerow(["-", f"Chỉ tiêu con số {n}", u, "0", "", "", ""])
                    n += 1


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def load_timing(rows: int = 10_000, repeat: int = 3) -> tuple[float, float, float, float]:
    from service.figures.load import load_table
    from service.figures.store import FigureStore

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.csv"
        synthetic_csv(path, rows)

        def best(fn):
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            return min(times)

        base = best(lambda: sum(1 for _ in csv.reader(path.open(encoding="utf-8"))))
        load = best(lambda: load_table(path))
        agency = Path(d) / "agency.csv"
        agency_csv(agency, rows)
        agency_load = best(lambda: load_table(agency))
        store = FigureStore(f"sqlite:///{Path(d) / 'bench.db'}")
        t = time.perf_counter()
        store.load(path, "bench", "2024-H1")
        stored = time.perf_counter() - t
    return base, load, stored, agency_load


def run() -> str:
    sections, source = outline_2023()
    ok_m, n_m, t_m, wrong_m = placement(use_muc=True)
    ok_s, n_s, t_s, wrong_s = placement(use_muc=False)
    rejected, foreign = rejection()
    base, load, stored, agency = load_timing()
    lines = [
        "## Figures",
        "",
        f"Placement of `ham-thuan-bac-2023-h1.csv` (159 rows) in the 2023 report's outline ({source}); "
        "a figure is right when it lands in the section whose text states it.",
        "",
        "| path | right | share | time |",
        "|---|---|---|---|",
        f"| `muc` column, embeddings for the rest | {ok_m}/{n_m} | {ok_m / n_m:.1%} | {t_m:.2f} s |",
        f"| embeddings only (`muc` ignored) | {ok_s}/{n_s} | {ok_s / n_s:.1%} | {t_s:.2f} s |",
        "",
        f"Labels foreign to the report (not in the table) left unassigned: {rejected}/{foreign}.",
        "",
    ]
    if wrong_s:
        lines += [f"Misplaced without `muc`: {', '.join(wrong_s[:8])}{' …' if len(wrong_s) > 8 else ''}", ""]
    if wrong_m:
        lines += [f"Misplaced with `muc`: {', '.join(wrong_m)}", ""]
    lines += [
        "Loading a synthetic 10,000-row CSV (best of 3), against a bare `csv.reader` pass over the same file:",
        "",
        "| step | time | ratio to csv.reader |",
        "|---|---|---|",
        f"| `csv.reader` (baseline) | {base * 1000:.0f} ms | 1.0× |",
        f"| `load_table` (read + validate) | {load * 1000:.0f} ms | {load / base:.1f}× |",
        f"| `load_table`, the same rows as an agency keeps them (STT, group rows, no codes, text numbers, "
        f"Trong đó) | {agency * 1000:.0f} ms | {agency / base:.1f}× |",
        f"| `FigureStore.load` (+ SQLite insert, once) | {stored * 1000:.0f} ms | {stored / base:.1f}× |",
    ]
    return "\n".join(lines)
