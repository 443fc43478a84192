"""How well ``baocao figures template`` turns a report back into the table it was written from.

Run: ``.venv/bin/python -m evaluations.template_accuracy [--only SLUG ...] [--json FILE] [--sample N]
[--cases DIR ...] [--prefix t- ...] [--no-samples]``.

Each source is a report with a table built by hand from it (the reference): the two sample
reports (``../shared/corpus/figures/ham-thuan-bac-2023-h1.csv``,
``evaluations/data/bu-dang-2020-h1.csv``) and every real case of ``evaluations/cases/real``
that has a table (``figures:`` not null).  The template is built from the report alone; the
reference is read by the figures loader (values in base units: money in đồng).

- **recall**: reference rows found as template rows with the same value and a fitting unit
  (``unit_fits``), one template row per reference row; a row whose text rounded its number (``gần 1.500``,
  ``hơn 1,8 tỷ đồng``) states the reference value the checker would accept for it (``states``): the tables
  of the checker's held-out cases keep the exact value (1.480) the text only approaches; reported beside it, the reference rows
  the template holds elsewhere — as a standing fact (``16 xã, thị trấn``, on its own sheet by
  design) or as a derivation of rows (a per-unit amount: total / count);
  a rate row the loader made of a comparison column (``1-TL`` «Doanh thu: tốc độ tăng so với cùng kỳ» 90 %, ``1-2``
  «… so với kế hoạch năm» 85 %) is found when the template row paired with its own row (``1``) holds that rate as its
  derivation (``tăng hơn 90% so với cùng kỳ``: the sheet's note, recomputed from ``Kỳ báo cáo`` and ``Cùng kỳ năm
  trước`` or ``Kế hoạch``, never a row to fill — issue 14; stop 45, after round 25's decision «a column, not a
  row»); ``recall_rows`` counts template rows alone, as before;
- **precision**: template rows that are a reference row (every other row is counted as a
  false figure: the hand-built tables hold one row per figure the text states);
- **labels**: every template row's label is checked — not empty, has a letter, is not a bare
  number, at most ``MAX_WORDS`` words, names what is counted (the unit's head word, or a
  money, measure or percentage word) — and, for matched rows, its word overlap with the
  hand-built label.

The sample reports were read while building the template; the real cases are the unseen ones
(their totals are reported apart).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BAOCAO_SHARED", ROOT.parent / "shared")).resolve() / "corpus"
SAMPLES = [("ham-thuan-bac-2023-h1", CORPUS / "reports" / "ham-thuan-bac-2023-h1.docx",
            CORPUS / "figures" / "ham-thuan-bac-2023-h1.csv"),
           ("bu-dang-2020-h1", CORPUS / "reports" / "bu-dang-2020-h1.docx",
            ROOT / "evaluations" / "data" / "bu-dang-2020-h1.csv")]
MAX_WORDS = 18
#: Words that name a count of a unit themselves: a herd (``đàn trâu``, ``tổng đàn heo``) is a head count of ``con``.
_HERD_WORDS = {"con": {"dan"}}
_HEAD_WORDS = {"money": ("tiền", "trị giá", "giá trị", "kinh phí", "mức", "vốn", "quỹ", "ngân sách", "phạt", "thu",
                         "chi", "đồng", "thiệt hại", "doanh thu", "phạt"),
               "percent": ("tỷ lệ", "tỉ lệ", "%", "tốc độ"),
               "measure": ("chiều dài", "diện tích", "khối lượng", "thể tích", "số lượng", "trọng lượng", "sản lượng",
                           "năng suất", "năng xuất")}   # a yield (`tạ/ha`) names itself: "Năng suất lúa" (also as
# the pages spell it)


def fold(s: str) -> str:
    t = unicodedata.normalize("NFD", (s or "").lower().replace("đ", "d"))
    return " ".join("".join(c for c in t if not unicodedata.combining(c)).replace("/", " ").split())


def words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(s)))


from service.checker.match import GENERIC_PERSON, PERSON  # noqa: E402  (the checker's person nouns)


#: People the checker's list does not name yet: a recruit (``92 tân binh lên đường nhập ngũ``) in rows of ``người``.
MORE_PERSON = frozenset({"tân binh", "chiến sĩ mới", "quân nhân", "cựu quân nhân"})


def _capitals_of(short: str, full: str) -> bool:
    """``short`` is ``full``'s initials written in capitals (a unit abbreviated: ``HS`` / ``học sinh``, ``SV`` / ``sinh
    viên``, ``HTX`` / ``hợp tác xã``, ``DN`` / ``doanh nghiệp``): one noun, as the hand sheets write it both ways."""
    s = (short or "").strip()
    syllables = fold(full or "").split()
    return len(s) >= 2 and s.isalpha() and s.isupper() and len(syllables) == len(s) \
        and "".join(w[0] for w in syllables) == fold(s)


def unit_fits(unit: str, kind: str, ref, strict: bool = False) -> bool:
    """The template's unit names what the reference row counts (same kind; for counts, a shared noun —
    or, unless ``strict``, the noun the hand-built label or note says the text counts with)."""
    from service.figures.units import unit_kind

    ref_kind = unit_kind(ref.don_vi_tinh)
    if unit and fold(unit) == fold(ref.don_vi_tinh):
        return True           # the same unit written the same way ("%o": per mille, a count to the loader)
    if kind in ("money", "percent") or ref_kind in ("money", "percent"):
        return kind == ref_kind
    if kind == "measure" or ref_kind == "measure":
        return kind == ref_kind and fold(unit).split()[:1] == fold(ref.don_vi_tinh).split()[:1]
    a, b = fold(unit), fold(ref.don_vi_tinh)
    if not a or not b:
        return True
    if a == b or a.split()[0] == b.split()[0] or a in b or b in a:
        return True
    if _capitals_of(unit, ref.don_vi_tinh) or _capitals_of(ref.don_vi_tinh, unit):
        return True           # the same noun, one side abbreviated: "HS" / "học sinh", "HTX" / "hợp tác xã"
    if strict:
        return False
    if fold(ref.don_vi_tinh) in ("nguoi", "luot nguoi") and unit.lower() in PERSON | MORE_PERSON:
        return True   # the table's generic person unit counts "250 cán bộ, đoàn viên, hội viên …" (the checker's rule)
    if unit.lower() in GENERIC_PERSON and ref.don_vi_tinh.lower() in PERSON:
        return True   # "6.698 em đỗ tốt nghiệp" in rows of "thí sinh": a person of the row (the checker's rule)
    times = re.sub(r"^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+", "", ref.don_vi_tinh.lower().strip())
    if times.startswith("lượt ") and (unit.lower() in GENERIC_PERSON and times[len("lượt "):] in PERSON
                                      or unit.lower().split()[-1:] == times.split()[-1:]):
        return True   # "khách quốc tế đạt gần 14,5 triệu người", "hành khách" in a row of "triệu lượt khách": times
        #               of a person are persons counted (the checker's rule)
    said = fold(ref.chi_tieu + " " + ref.ghi_chu)
    return bool(re.search(r"\b" + re.escape(a) + r"\b", said))


def label_checks(row) -> dict[str, bool]:
    label = row.label or ""
    low = label.lower()
    n = len(label.split())
    unit_head = fold(row.unit).split()[:1]
    names = (bool(unit_head) and (unit_head[0] in words(label) or
                                  bool(_HERD_WORDS.get(unit_head[0], set()) & words(label)))) \
        if row.kind == "count" else any(w in low for w in _HEAD_WORDS.get(row.kind, ()))
    return {"non_empty": bool(label.strip()), "has_letter": bool(re.search(r"[^\W\d_]", label)),
            "not_number": not re.fullmatch(r"[\d\s.,%]+", label or "0"), "short": n <= MAX_WORDS,
            "names_what": names}


@dataclass
class SourceResult:
    slug: str
    unseen: bool
    kind: str = ""
    ref_rows: int = 0
    rows: int = 0
    matched: int = 0
    as_standing: int = 0
    as_derived: int = 0
    by_derivation: int = 0    # rate rows found as their own row's derivation (counted in recall)
    labels_ok: int = 0
    label_overlap: float = 0.0
    standing: int = 0
    derived: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str, str]] = field(default_factory=list)   # (template label, reference label, value)
    bad_labels: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def recall(self) -> float:
        return (self.matched + self.by_derivation) / self.ref_rows if self.ref_rows else 1.0

    @property
    def recall_rows(self) -> float:
        return self.matched / self.ref_rows if self.ref_rows else 1.0

    @property
    def recall_anywhere(self) -> float:
        return (self.matched + self.by_derivation + self.as_standing + self.as_derived) / self.ref_rows \
            if self.ref_rows else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.rows if self.rows else 1.0


def states(row, value) -> bool:
    """The template row states ``value`` as its text wrote it: the same number, or the rounded number the text
    wrote for it (``gần 1.500`` for 1.480, ``hơn 1,8 tỷ đồng`` for 1,83 tỷ, ``207 ngàn tấn`` for 207.100 —
    the checker's own rule, ``service.checker.match.value_supports``): the text tells no more than that."""
    from service.checker.match import value_supports

    if value is None or row.value is None:
        return False
    if row.value == value:
        return True
    if not (row.qualifier or row.scale > 1):
        return False
    return value_supports(Decimal(value), Decimal(row.value), decimals=row.decimals, scale=row.scale,
                          qualifier=row.qualifier)


#: The template's own words for a rate of fall (``giảm 13,46%`` → «Tốc độ giảm trộm cắp» 13,46 %, ``đã giảm tới gần
#: 30%`` → «Tỷ lệ giảm tới» 30 %): the label says the direction, the value is the size.
_FALL_LABEL = re.compile(r"^(?:toc do|ty le|ti le)(?: \w+){0,6}? giam\b")


def falls(row) -> bool:
    """A percentage row whose label says it is a fall: its value is the fall's size, unsigned."""
    label = fold(row.label)
    return row.unit == "%" and row.value is not None and bool(_FALL_LABEL.match(label)) and "tang" not in label.split()


#: A reference row that keeps an index (``Chỉ số giá tiêu dùng … so với tháng trước`` = 100,13) and a template row
#: that keeps the change it says (``tăng 0,13%`` → «Tốc độ tăng …» 0,13 %): one figure in two notations.
_INDEX_REF = re.compile(r"\bchi so\b|\bso voi (?:cung ky|quy|thang|nam|ky|tuan)\b")
_CHANGE_ROW = re.compile(r"\b(?:toc do|tang|giam)\b")


def says_index(row, ref, exact: bool, parent: str = "") -> bool:
    """The template row states the change the reference's index says (the index less 100; a fall's size for a row
    labelled as a fall) — ``zu-binh-dinh-cpi``, ``yo-hung-yen``: the hand keeps 103,61, the page and the template
    ``tăng 3,61%`` (round 34's left, stop 44).  A branch under an index row (``parent``, the row its code is under:
    «Ngành khai khoáng» 118,9 under «Chỉ số sản xuất công nghiệp … (cùng kỳ = 100)», xb-thai-binh-so-cong-thuong-san-
    xuat-cong-nghiep-2017-04, the page's ``ngành khai khoáng tăng 18,9%``) is an index too (round 51)."""
    v = ref.ky_bao_cao
    if v is None or row.unit != "%" or row.value is None or not 20 <= v <= 500 or fold(ref.don_vi_tinh) not in ("%", "") \
            or not _INDEX_REF.search(fold(ref.chi_tieu + " " + (ref.muc or "") + " " + parent)) \
            or not _CHANGE_ROW.search(fold(row.label)):
        return False
    change = Decimal(v) - 100
    return says(row, change, exact)


def says(row, value, exact: bool) -> bool:
    """The template row states the reference ``value``: the same number (``exact``) or the number its text rounded
    (``states``) — and, for a fall written unsigned («Tốc độ giảm …» 13,46 %), the hand's signed speed −13,46 in a
    column headed ``Tăng (+)/giảm (-)`` (round 34: one figure, written in words by the page and the template and
    with a sign by the hand; yo-tp-ho-chi-minh-quan-3 ``trộm cắp giảm 13,46%``, zl-tp-ho-chi-minh-citenco
    ``lợi nhuận sau thuế … giảm 6,3%``, yo-tuyen-quang ``đã giảm tới gần 30%`` against −29,6)."""
    if value is None:
        return False
    same = (lambda v: row.value == v) if exact else (lambda v: states(row, v))
    return same(value) or (value < 0 and falls(row) and same(-value))


def _score(reference, tpl, title: str = "") -> tuple[list, list, list]:
    """Match reference rows to template rows: (pairs, unmatched reference, unmatched template).  The same value
    first, then a value the text rounded (``states``); units that say the same noun first, then looser fits.
    ``title``, the table's title lines: one in index notation (``(Cùng kỳ năm trước = 100)``, the loader's
    ``index_on_a_base``) makes every row of it an index, as a parent row named ``chỉ số`` does (round 82)."""
    from service.figures.change import index_on_a_base

    free = list(tpl.rows)
    pairs, left = [], list(reference)
    by_code = {r.ma: r for r in reference if r.ma}
    indexed = f" chỉ số ({title})" if title and index_on_a_base(title) else ""
    parent = {id(r): ((by_code.get(r.ma.rsplit(".", 1)[0]).chi_tieu or "") if r.ma and "." in r.ma
              and by_code.get(r.ma.rsplit(".", 1)[0]) is not None else "") + indexed for r in reference}
    for exact, strict in ((True, True), (True, False), (False, True), (False, False)):
        missed = []
        for ref in left:
            cands = [r for r in free if (says(r, ref.ky_bao_cao, exact) or says_index(r, ref, exact, parent[id(ref)]))
                     and unit_fits(r.unit, r.kind, ref, strict)]
            if not cands:
                missed.append(ref)
                continue
            said = words(ref.ghi_chu + " " + ref.chi_tieu)
            best = max(cands, key=lambda r: len(words(r.quote + " " + r.label) & said))
            free.remove(best)
            pairs.append((ref, best))
        left = missed
    order = {id(r): k for k, r in enumerate(reference)}
    pairs.sort(key=lambda pr: order[id(pr[0])])
    return pairs, left, free


def range_ends(pairs, extra) -> list:
    """The template rows that are the other end of a range the hand typed in one cell (``7.500 - 7.600`` loads as
    7.600 with its low end 7.500) whose row was matched: the template gives a range per kilo as its two ends (template
    round 53, ``pricerange``), the same figure as the hand's one cell — neither missed nor an extra row."""
    ends = set()
    for ref, r in pairs:
        low = getattr(ref.ky_bao_cao, "low", None)
        if low is not None:
            ends |= {(Decimal(low), r.unit), (Decimal(ref.ky_bao_cao), r.unit)}
    return [r for r in extra if r.value is not None and (Decimal(r.value), r.unit) in ends]


def _own_row(ref, by_code: dict):
    """The reference row a loader-made rate row is of: the longest code before a ``-`` whose label its label starts
    with (``1-TL`` «Doanh thu: tốc độ tăng …» → ``1`` «Doanh thu»; ``I.2-TL`` → ``I.2``)."""
    code = ref.ma or ""
    while "-" in code:
        code = code.rsplit("-", 1)[0]
        own = by_code.get(code)
        if own is not None and (ref.chi_tieu or "").startswith(own.chi_tieu or "\0"):
            return own
    return None


def _rates_held(missed, rows_of) -> set[int]:
    """ids of the missed reference rows that are rates (``%``) with a value, one of whose template rows
    (``rows_of(rate)``, in order: the rows paired with what the rate is of) holds the same rate as its derivation (its
    size: a fall's rate is kept signed by the hand, unsigned in the text).  The loop the rate credits below share."""
    found = set()
    for ref in missed:
        if ref.ky_bao_cao is None or fold(ref.don_vi_tinh or "") != "%":
            continue
        size = abs(Decimal(ref.ky_bao_cao))
        if any(any(d.value is not None and abs(Decimal(d.value)) == size for d in row.derived) for row in rows_of(ref)):
            found.add(id(ref))
    return found


def _plain_pairs(pairs) -> list:
    """The pairs neither of whose rows is a rate (``%``): the rows a rate can be of."""
    return [(ref, row) for ref, row in pairs if fold(ref.don_vi_tinh or "") != "%" and row.unit != "%"]


def rates_derived(reference, pairs, missed) -> set[int]:
    """ids of the missed reference rows that are rates (``%``) of a reference row whose paired template row holds the
    same rate as its derivation (its size: a fall's rate is kept signed by the hand, unsigned in the text)."""
    by_code = {r.ma: r for r in reference if r.ma}
    paired = {id(ref): row for ref, row in pairs}

    def rows_of(ref):
        own = _own_row(ref, by_code)
        row = paired.get(id(own)) if own is not None else None
        return [row] if row is not None else []
    return _rates_held(missed, rows_of)


#: A reference row that keeps a share of a whole (``Tỷ trọng vốn khu vực Đông Nam Bộ`` 36,6: the page's ``35.926 tỷ
#: đồng, chiếm 36,6%``), and the template's derivation of a share (``tỷ lệ so với tổng số …``, ``tỷ lệ so với số
#: doanh nghiệp thành lập mới …``) — not a rate against a plan.
_SHARE_REF = re.compile(r"^(?:ty|ti) trong\b|^co cau\b|\bchiem\b")
_SHARE_HOW = re.compile(r"^tỷ lệ so với (?!kế hoạch|dự toán|chỉ tiêu|mục tiêu|cùng kỳ)")
_SHARE_WORDS = {"ty", "ti", "trong", "le", "co", "cau", "chiem", "so", "voi", "tong", "cua", "va", "cac", "nganh", "khu",
                "vuc", "vung"}


def shares_derived(reference, pairs, missed) -> set[int]:
    """ids of the missed reference rows that keep a share of a whole which the template states as the derivation of
    the row of that part (round 40): the page writes ``Đông Nam Bộ … với 35.926 tỷ đồng, chiếm 36,6%``, the hand keeps
    «Vốn đăng ký khu vực Đông Nam Bộ» 35.926 and «Tỷ trọng vốn khu vực Đông Nam Bộ» 36,6, the sheet the row 35.926
    with «tỷ lệ so với tổng số (… chiếm 36,6%): tính lại từ số liệu» — the share is in the sheet, as its row's
    derivation (like ``rates_derived``'s rates).  Counted only when the template row is paired with a reference row
    that is not itself a rate, that row's label shares a word with the share's (``Đông``, ``Nam``, ``Bộ``), and the
    derivation holds the same number (yt-toan-quoc-cuc-quan-ly-dang-ky-kinh-doanh-doanh-nghiep-thanh-lap-moi-2018-01;
    t30-kinhtevadubao-doanh-nghiep-moi-thang-11-2017 writes five such shares)."""
    found = set()
    for ref in missed:
        label = fold(ref.chi_tieu or "")
        if ref.ky_bao_cao is None or fold(ref.don_vi_tinh or "") != "%" \
                or not _SHARE_REF.search(label + " " + fold(ref.ghi_chu or "")):
            continue
        own_words = words(ref.chi_tieu) - _SHARE_WORDS
        for other, row in pairs:
            if fold(other.don_vi_tinh or "") == "%" or row.unit == "%" or not own_words & words(other.chi_tieu):
                continue
            if any(d.value is not None and _SHARE_HOW.match(d.how) and abs(Decimal(d.value)) == abs(Decimal(ref.ky_bao_cao))
                   for d in row.derived):
                found.add(id(ref))
                break
    return found


#: Words a hand's rate row adds to the name of what it is a rate of (``Tỷ lệ giải quyết việc làm lũy kế so với kế hoạch
#: năm``, ``Tăng trưởng dư nợ so với cuối năm 2022``, ``Tỷ lệ hoàn thành kế hoạch dư nợ``): not what is measured.
_RATE_WORDS = {"ty", "ti", "le", "toc", "do", "tang", "giam", "truong", "so", "voi", "ke", "hoach", "nam", "hoan",
               "thanh", "dat", "muc", "vuot", "cung", "ky", "cuoi", "dau", "tu", "den", "chi", "tieu", "giao", "duoc",
               "trong", "thang", "quy", "nhiem", "va", "cua", "cac", "luy"}   # (lũy kế: the span, as «từ đầu năm»)


def _measured_words(label: str) -> set[str]:
    return {w for w in words(label) if w not in _RATE_WORDS and not w.isdigit()}


def own_rates_derived(reference, pairs, missed) -> set[int]:
    """ids of the missed reference rows the hand wrote as rate rows of their own (no ``-TL`` code: ``5`` «Tỷ lệ giải
    quyết việc làm lũy kế so với kế hoạch năm» 65 under ``3`` «Lao động được giải quyết việc làm lũy kế» 12.350) when
    the template row paired with the row the rate is of holds the same rate as its derivation (the page's ``12.350 lao
    động …, đạt 65% kế hoạch năm``) — the notation of ``rates_derived``'s loader-made rows written as rows (round 56:
    xf-vinh-long-so-ldtbxh 2, xf-thai-nguyen-nhcsxh 2, xf-long-an-kien-tuong 1; xe-vinh-long-ban-quan-ly-cac-kcn
    ``SX02-LK`` «Giá trị sản xuất công nghiệp lũy kế so với kế hoạch năm 2018» 87,47).  The row it is of: an earlier
    row of the table that is not itself a rate and names everything the rate measures (its words beside the rate's
    own: ``dư nợ``, ``xuất khẩu lao động lũy kế``) — or, for a rate that names nothing (``Tăng so với đầu nhiệm kỳ``),
    the row right before it.  A rate naming more than the row (``Chi phí tài chính: tốc độ …`` against «Doanh thu hoạt
    động tài chính», ``Công nghiệp trung ương - giá trị`` against «Tổng giá trị sản xuất công nghiệp»: the template
    hung another measure's rate on that row) is not counted."""
    order = {id(r): k for k, r in enumerate(reference)}
    paired = _plain_pairs(pairs)

    def rows_of(ref):
        own = _measured_words(ref.chi_tieu or "")
        for other, row in paired:
            if order[id(other)] > order[id(ref)]:
                continue
            named = own <= _measured_words(other.chi_tieu or "") if own else order[id(other)] == order[id(ref)] - 1
            if named:
                yield row
    return _rates_held(missed, rows_of)


#: Where a rate row's label turns from what is measured to what it is measured against: ``Tỷ lệ thu thuế nội địa | so
#: dự toán năm``, ``Tỷ lệ án bị hủy | trên tổng số án được giải quyết``, ``Tỷ lệ cháy nhà dân, nhà liền kề | trong tổng số
#: vụ cháy``, ``Tỷ lệ công trình vi phạm | / số công trình kiểm tra``.
_AGAINST = re.compile(r"\s(?:so|trên|trong tổng)\s|\s?/")
#: Words naming how a plan's rate was reached (``Tỷ lệ thực hiện kế hoạch khám bệnh``): not what is measured.
_DONE_WORDS = {"thuc", "hien"}


def _head_words(label: str) -> set[str]:
    """What a rate row measures, the words before its comparison (``_AGAINST``), less a rate's own words."""
    head = _AGAINST.split(unicodedata.normalize("NFC", label.lower()), maxsplit=1)[0]
    return _measured_words(head) - _DONE_WORDS


def column_rates_derived(reference, pairs, missed) -> set[int]:
    """ids of the missed rates (``%``) of a hand row (``_own_row``: ``1-2`` «Tổng lượt khách: 9 tháng so với kế hoạch
    năm» of ``1``) whose derivation the template states on the row paired with another column of that same hand row
    (``1-LK`` «Tổng lượt khách (từ đầu năm)», ``1-4`` «…: thực hiện đến thời điểm báo cáo»): the page's ``lũy kế 9
    tháng đạt 10.385.000 lượt, bằng 103,9% kế hoạch năm`` — one row of the hand's table, its rate in one column and the
    running total in another (template round 70: zm-lam-dong-cuc-thue 5, yl-thanh-hoa-so-vhttdl 2, zo-quang-nam 2)."""
    by_code = {r.ma: r for r in reference if r.ma}
    paired = _plain_pairs(pairs)

    def rows_of(ref):
        own = _own_row(ref, by_code)
        return [] if own is None else [row for other, row in paired if (other.ma or "").startswith(own.ma + "-")]
    return _rates_held(missed, rows_of)


def headed_rates_derived(reference, pairs, missed) -> set[int]:
    """ids of the missed rate rows of the hand's own (``own_rates_derived``'s notation) whose label names what it
    measures before what it is measured against (``Tỷ lệ thu thuế nội địa so dự toán năm`` 93,7; ``Tỷ lệ án bị hủy trên
    tổng số án được giải quyết`` 1,79): the rate is of the earlier row naming all of the head's words («Thu thuế nội địa
    toàn tỉnh» 8.654 tỷ; «Số án bị hủy» 92) when the template row paired with it holds the rate as its derivation
    (template round 70: xm-binh-dinh-cuc-thue, yr-binh-phuoc-tand)."""
    order = {id(r): k for k, r in enumerate(reference)}
    paired = _plain_pairs(pairs)

    def rows_of(ref):
        head = _head_words(ref.chi_tieu or "")
        return (row for other, row in paired
                if head and order[id(other)] < order[id(ref)] and head <= _measured_words(other.chi_tieu or ""))
    return _rates_held(missed, rows_of)


#: A hand row that is a plan or a whole aimed at: its label or column names one (folded).
_PLAN_ROW = re.compile(r"(?<![a-z])(?:ke hoach|kh|muc tieu|du toan|chi tieu)(?![a-z])")


def plans_held(reference, tpl, missed) -> set[int]:
    """ids of the missed reference rows that are a plan or a whole — the label or column names a plan (``Doanh thu
    kế hoạch năm 2015``), or the hand keeps the Y of ``X/Y`` as a row (``Số tỉnh thuộc chiến dịch`` 54 of ``53/54
    tỉnh``) — held by a template row of a fitting unit in its ``Kế hoạch`` cell (issue 14, the lead's convention of
    stop 57: a plan is a cell of its measure's row, not a row to fill); one reference row per template row's plan.
    A plan a rate only implies (``plan_implied``) holds none."""
    free = [r for r in tpl.rows if r.plan is not None and not r.plan_implied]
    found = set()
    for ref in missed:
        if ref.ky_bao_cao is None:
            continue
        named = bool(_PLAN_ROW.search(fold((ref.chi_tieu or "") + " " + (ref.column or ""))))
        for r in free:
            if Decimal(r.plan) == Decimal(ref.ky_bao_cao) and (named or "/" in r.quote) \
                    and unit_fits(r.unit, r.kind, ref, False):
                found.add(id(ref))
                free.remove(r)
                break
    return found


def _title_lines(table_path: Path) -> str:
    """The table's lines before its header row (the agency's name, the title, a unit line): the cells of lines with
    one filled cell, or none."""
    try:
        lines = Path(table_path).read_text(encoding="utf-8-sig").splitlines()[:4]
    except (OSError, UnicodeDecodeError):
        return ""
    import csv

    delimiter = ";" if sum(x.count(";") for x in lines) > sum(x.count(",") for x in lines) else ","
    out = []
    for cells in csv.reader(lines, delimiter=delimiter):
        cells = [c.strip() for c in cells if c.strip()]
        if len(cells) > 1:
            break
        out += cells
    return " ".join(out)


def run_source(slug: str, report_path: Path, table_path: Path, unseen: bool, kind: str = "") -> SourceResult:
    from service.figures.load import load_table
    from service.figures.model import is_index_row
    from service.numbers import format_vn
    from service.onboarding.template import build_template, machine

    res = SourceResult(slug, unseen, kind)
    try:
        # an index against the same period the loader keeps as a row («<chỉ tiêu>: so với cùng kỳ» 99,8, stop 40; the
        # loader had dropped it) is a comparison the template states as its row's derivation, not a row to fill:
        # not counted, as before stop 40
        reference = [f for f in load_table(table_path) if not is_index_row(f.chi_tieu)]
        tpl = build_template(report_path)
    except Exception as exc:  # a case that cannot be read is reported, not fatal
        res.error = f"{type(exc).__name__}: {exc}"[:200]
        return res
    pairs, missed, extra = _score(reference, tpl, _title_lines(table_path))
    other_ends = range_ends(pairs, extra)
    extra = [r for r in extra if all(r is not e for e in other_ends)]
    res_rows = len(tpl.rows) - len(other_ends)
    found = rates_derived(reference, pairs, missed) | shares_derived(reference, pairs, missed) \
        | own_rates_derived(reference, pairs, missed)
    found |= column_rates_derived(reference, pairs, missed) | headed_rates_derived(reference, pairs, missed)
    found |= plans_held(reference, tpl, [ref for ref in missed if id(ref) not in found])
    missed = [ref for ref in missed if id(ref) not in found]
    res.ref_rows, res.rows, res.matched, res.by_derivation = len(reference), res_rows, len(pairs), len(found)
    res.standing, res.derived = len(tpl.standing), tpl.derived_count
    derived_values = {d.value for r in tpl.rows for d in r.derived if d.value is not None}
    for ref in missed:
        where = ""
        if any(s.value == ref.ky_bao_cao for s in tpl.standing):
            res.as_standing += 1
            where = "(as standing) "
        elif ref.ky_bao_cao in derived_values:
            res.as_derived += 1
            where = "(as derived) "
        res.missed.append(f"{where}{ref.ma} {ref.ky_bao_cao} {ref.don_vi_tinh} — {ref.chi_tieu[:60]}")
    res.extra = [f"{r.code} {r.value} {r.unit} — {r.label[:60]} «{r.quote[:50]}»" for r in extra]
    overlaps = []
    for ref, r in pairs:
        a, b = words(r.label), words(ref.chi_tieu)
        overlaps.append(len(a & b) / len(a | b) if a | b else 0.0)
        res.pairs.append((r.label, ref.chi_tieu, f"{format_vn(Decimal(str(machine(r.value, r.unit))))} {r.unit}"))
    res.label_overlap = sum(overlaps) / len(overlaps) if overlaps else 0.0
    for r in tpl.rows:
        checks = label_checks(r)
        if all(checks.values()):
            res.labels_ok += all(r is not e for e in other_ends)   # a range's other end: one row with its pair
        else:
            res.bad_labels.append(f"{r.code} «{r.label}» ({', '.join(k for k, v in checks.items() if not v)})")
    return res


def sources(only: list[str] | None = None, cases: list[Path] | None = None, samples: bool = True):
    from evaluations.real import REAL_DIR, real_cases

    if samples:
        for slug, report, table in SAMPLES:
            yield slug, report, table, False, "sample"
    for case in (c for folder in (cases or [REAL_DIR]) for c in real_cases(Path(folder))):
        if case.figures_path is None:
            continue
        text = case.dir / case.meta["docx"] if case.meta.get("docx") else case.text_path
        yield case.slug, text, case.figures_path, True, case.kind


def run(only: list[str] | None = None, cases: list[Path] | None = None, samples: bool = True) -> list[SourceResult]:
    out = []
    for slug, report, table, unseen, kind in sources(cases=cases, samples=samples):
        if only and slug not in only:
            continue
        out.append(run_source(slug, report, table, unseen, kind))
    return out


def totals(results: list[SourceResult]) -> dict:
    ok = [r for r in results if r.error is None]
    ref = sum(r.ref_rows for r in ok)
    rows = sum(r.rows for r in ok)
    matched = sum(r.matched for r in ok)
    derived = sum(r.by_derivation for r in ok)
    return {"sources": len(ok), "errors": len(results) - len(ok), "ref_rows": ref, "rows": rows,
            "recall": (matched + derived) / ref if ref else 1.0,
            "recall_rows": matched / ref if ref else 1.0,
            "recall_anywhere": (matched + derived + sum(r.as_standing + r.as_derived for r in ok)) / ref if ref else 1.0,
            "precision": matched / rows if rows else 1.0,
            "labels_ok": sum(r.labels_ok for r in ok) / rows if rows else 1.0,
            "empty_or_number_labels": sum(1 for r in ok for b in r.bad_labels
                                          if "non_empty" in b or "not_number" in b or "has_letter" in b)}


def _pct(x: float) -> str:
    return f"{100 * x:.1f}".replace(".", ",") + " %"


def markdown(results: list[SourceResult], sample: int = 12) -> str:
    seen = [r for r in results if not r.unseen]
    unseen = [r for r in results if r.unseen]
    lines = ["### Onboarding: figures template from last period's report", "",
             "`python -m evaluations.template_accuracy`: each report is turned into its figures template "
             "(`baocao figures template`) and compared with the table built by hand from it. Recall: "
             "hand-built rows found as template rows with the same value (or the value a number the text "
             "rounded stands for, by the checker's rule: `gần 1.500` for 1.480) and a fitting unit; *anywhere* "
             "adds rows the template holds as a standing fact (own sheet) or a derivation. Precision: template "
             "rows that are hand-built rows. Labels: not empty, not a bare number, ≤ 18 words, naming what "
             "is counted; overlap: word Jaccard with the hand-built label. The real material was not written "
             "for the template, but its misses were looked at while the recognisers were written: the held-out "
             "pages (`evaluations/cases/heldout`, rounds below) say what to expect on reports nobody here has "
             "read.", "",
             "| set | sources | hand-built rows | template rows | recall | recall anywhere | precision | "
             "labels ok | label overlap |", "|---|---|---|---|---|---|---|---|---|"]
    for name, group in (("sample reports (seen)", seen), ("real material (unseen)", unseen), ("all", results)):
        t = totals(group)
        ok = [r for r in group if r.error is None]
        overlap = sum(r.label_overlap * r.matched for r in ok) / max(1, sum(r.matched for r in ok))
        ov = f"{overlap:.2f}".replace(".", ",")
        lines.append(f"| {name} | {t['sources']} | {t['ref_rows']} | {t['rows']} | {_pct(t['recall'])} | "
                     f"{_pct(t['recall_anywhere'])} | {_pct(t['precision'])} | {_pct(t['labels_ok'])} | {ov} |")
    t = totals(results)
    lines += ["", f"Rows with an empty or number-only label: {t['empty_or_number_labels']}.", "",
              "Per source:", "", "| source | kind | hand-built | template | recall | precision | standing | "
              "derived | labels ok |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if r.error:
            lines.append(f"| {r.slug} | {r.kind} | error: {r.error} | | | | | | |")
            continue
        lines.append(f"| {r.slug} | {r.kind} | {r.ref_rows} | {r.rows} | {_pct(r.recall)} | {_pct(r.precision)} | "
                     f"{r.standing} | {r.derived} | {r.labels_ok}/{r.rows} |")
    first = next((r for r in results if r.pairs), None)
    if first and sample:
        lines += ["", f"Sample labels ({first.slug}): template label, hand-built label, value.", "",
                  "| template | hand-built | value |", "|---|---|---|"]
        step = max(1, len(first.pairs) // sample)
        for tl, rl, v in first.pairs[::step][:sample]:
            lines.append(f"| {tl} | {rl} | {v} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="source slugs to run")
    ap.add_argument("--json", type=Path, help="write every result as JSON here")
    ap.add_argument("--details", action="store_true", help="list missed and extra rows per source")
    ap.add_argument("--sample", type=int, default=12, help="labels to show in the sample table")
    ap.add_argument("--cases", type=Path, action="append",
                    help="real-format case folders to read (default evaluations/cases/real; repeat the option "
                         "for several, e.g. --cases evaluations/cases/heldout)")
    ap.add_argument("--prefix", nargs="+", help="only the cases whose slug starts with one of these (e.g. t- for "
                    "the template's held-out set; h- g- k- m- for several)")
    ap.add_argument("--no-samples", action="store_true", help="leave out the two sample reports")
    args = ap.parse_args(argv)
    results = run(args.only, args.cases, not args.no_samples)
    if args.prefix:
        results = [r for r in results if not r.unseen or r.slug.startswith(tuple(args.prefix))]
    sys.stdout.write(markdown(results, args.sample))
    if args.details:
        for r in results:
            print(f"\n## {r.slug}: recall {_pct(r.recall)}, precision {_pct(r.precision)}")
            for m in r.missed:
                print("  missed:", m)
            for e in r.extra:
                print("  extra: ", e)
            for b in r.bad_labels:
                print("  label: ", b)
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ | {"recall": r.recall, "precision": r.precision}
                                         for r in results], ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
