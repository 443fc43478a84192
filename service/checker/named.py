"""Rows of one indicator told apart by a proper name, mixed into the checker (``check._Checker``): the name written
right before the number chooses.

Agencies list the same indicator for several named units — branches, communes, countries — as rows that differ only
by the name (``Chi nhánh Bình Phước | %``, ``Chi nhánh Sao Đỏ | %`` under ``Tăng trưởng dư nợ một số chi nhánh``), and
the text writes each name right before its value:

    … như: chi nhánh Agribank Bình Phước tăng 16%, chi nhánh Agribank Sao Đỏ tăng 7%, chi nhánh Agribank Hậu Giang
    tăng 7%, chi nhánh Agribank Hà Tĩnh tăng 4%...                       (zf-toan-quoc-agribank-du-no-2012-q1)

    … nhiều nhất là Nhật Bản (225 lao động), tiếp đó là Hàn Quốc (6), Malaysia (4), Nga (5) …
                                                                  (zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t)

The value of another sibling, written after this one's name, is a swap; a change the table cannot recompute (no last
year's value) written after a name whose row is a rate of change is that row's value, and a different one is wrong.
Only siblings count: rows whose labels, their names taken out, are the same under the same group, so a name that
also stands in an unrelated row's label (``Tỷ lệ hộ nghèo xã A``) never decides.  The name is the run of capitalised
syllables the text writes (``recognisers.propernames``): a name of one syllable must be the whole run (``Nga``, not
the ``Hựu`` of ``Trù Hựu``).
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.match import Row, fold
from service.figures.model import is_index_row, kept_rate_of
from service.checker.recognisers.propernames import label_names, name_runs, name_written
from service.checker.wording import fmt_row_value

#: where the words of a number's own subject start: the last punctuation or list word before it
_SUBJECT_START = re.compile(r"(?i)[,;.:\n]|(?<!\w)(?:và|như|còn|trong\s+đó|riêng|tiếp\s+đó\s+là|là)(?!\w)")
#: a label or its group that states a rate of change
_CHANGE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|tăng\s+trưởng|so\s+với|so\s+cùng\s+kỳ)(?!\w)")
_SUBJECT_REACH = 60
#: a derivation that adds or subtracts rows (``1.i + 1.k = 6``)
_COMBINED = re.compile(r"\s[+−-]\s")
#: the words of a rate of change in a folded label, after the row's own label ("toc do tang so voi cung ky")
#: a rate followed by the count it measures: ``tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ``
#: (d7-cuongthinh): ``số`` + a noun names the rate's own quantity
_NAMES_ITS_COUNT = re.compile(r"\s*(?:số\s+lượng|số)\s+(?!liệu)[^\W\d_]")
_CHANGE_FOLDED = re.compile(r"\b(?:toc do )?(?:tang|giam)(?: truong)?\b.*\b(?:cung ky|nam truoc|ky truoc)\b|\btoc do (?:tang|giam)\b")
_CLAUSE_START = re.compile(r"[,;:.\n]")


def _stem(label: str, names: list[str]) -> str:
    s = unicodedata.normalize("NFC", label)
    for n in names:
        s = s.replace(n, " ")
    return " ".join(fold(s).split())


def _child_of(code: str, parent: str) -> bool:
    """``III.2-7`` (a cell of ``III.2``'s row), ``5.1``: a row the table keeps under ``parent``."""
    return code.startswith(parent) and code[len(parent):len(parent) + 1] in ("-", ".")


#: A name made of a word and a small number or a Roman numeral (folded): "khoi 11", "lop 5", "to 3", "cap ii"; the
#: words of time and order are the period passes' ("thang 6", "quy ii", "lan 2", "muc do 3").
_LABEL_NUMBER = re.compile(r"\b([a-z]+) (\d{1,2}|[ivx]{1,4})\b(?![.,/]\d)")
_NOT_A_NAME = frozenset({"thang", "quy", "nam", "ngay", "tuan", "ky", "dot", "lan", "do", "muc", "gio", "phut",
                         "tuoi", "den", "va", "tu", "hon", "tren", "duoi", "gan", "co", "la", "dat", "voi"})


#: Where a list item ends: a comma, semicolon, colon, bracket, full stop, line or ``và``.
_ITEM_CUT = re.compile(r"(?i)[,;:()\n]|\.(?!\d)|(?<!\w)và(?!\w)")


#: A level or an age that names a row the same way (folded): ``đạt chuẩn mức độ 2`` (a level of a standard, no
#: time), ``cụ tròn 90 tuổi`` (an age said after its number): ``mức độ`` and ``tuổi`` stay out of ``_LABEL_NUMBER``'s
#: words, which read a word before its number.
_LEVEL_NUMBER = re.compile(r"\bmuc do (\d{1,2})\b(?![.,/]\d)")
_AGE_NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}) tuoi\b")


def _label_numbers(folded: str) -> dict[str, set[str]]:
    """word → the numbers it names in ``folded`` (``lop 1 den lop 4`` → lop: {1, 4}; ``muc do 2`` → muc do: {2};
    ``tron 90 tuoi`` → tuoi: {90})."""
    out: dict[str, set[str]] = {}
    for w, n in _LABEL_NUMBER.findall(folded):
        if w not in _NOT_A_NAME and not w.isdigit():
            out.setdefault(w, set()).add(n)
    for w, rx in (("muc do", _LEVEL_NUMBER), ("tuoi", _AGE_NUMBER)):
        for n in rx.findall(folded):
            out.setdefault(w, set()).add(n)
    return out


#: A share right after its count, in its clause: "…, tỷ lệ 0,97%", "…, chiếm 98,37%", "(chiếm tỷ lệ 44,5%".
_SHARE_AFTER = re.compile(r"(?i)[,(]\s*(?:đạt\s+)?(?:chiếm(?:\s+t[ỷỉ]\s+lệ)?|t[ỷỉ]\s+lệ)\s*(?:là\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
#: A share row's label: "Tỷ lệ …" (folded).
_SHARE_LABEL = re.compile(r"t[yi] le\b")
_SHARE_WORDS = frozenset({"ty", "ti", "le", "%"})
_COUNT_WORDS = frozenset({"so", "tong", "luong"})
#: What a rate of a plan names right after it: ``162% dự toán``, ``bằng 98% kế hoạch``, ``đạt 104% KH``.
_OF_PLAN = re.compile(r"(?i)\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|kh\b|chỉ\s+tiêu)")


class NamedRows:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_kind_ok``, ``_cell_of``,
    ``_anchored``, ``_swap_to`` (``check._Checker``)."""

    def _named_families(self) -> dict[int, tuple[list[str], list[Row]]]:
        """id(row) → (its names, the siblings it is listed with, itself included)."""
        fam = self.__dict__.get("_named_fam")
        if fam is None:
            groups: dict[tuple, list[tuple[list[str], Row]]] = {}
            for r in self.idx.rows:
                names = label_names(r.fig.chi_tieu)
                if names and "ky_bao_cao" in r.values:
                    groups.setdefault((_stem(r.fig.chi_tieu, names), r.unit, r.muc), []).append((names, r))
            fam = {}
            for members in groups.values():
                if len(members) > 1 and len({tuple(n) for n, _ in members}) == len(members):
                    rows = [r for _, r in members]
                    for names, r in members:
                        fam[id(r)] = (names, rows)
            self.__dict__["_named_fam"] = fam
        return fam

    def _subject(self, i: int) -> str:
        """The words right before mention i since the last punctuation or list word; for a number in brackets right
        after its name (``Hàn Quốc (6)``), the words before the bracket."""
        m, w = self.mentions[i], self.where[i]
        stop = m.qualifier_start or m.num_start
        head = self.text[max(w.clause, stop - _SUBJECT_REACH):stop]
        while head.rstrip()[-1:] in ("(", ":"):  # "Hàn Quốc (6)", "(Hà Giang: 38 nhà": the name before
            head = head.rstrip()[:-1]
        starts = [x.end() for x in _SUBJECT_START.finditer(head)]
        return head[starts[-1]:] if starts else head

    def _bracket_owner(self, i: int) -> Row | None:
        """The row of the number a bracket around mention i opened after (``486 ha hoa màu … (Hà Giang: 239 ha``)."""
        m, w = self.mentions[i], self.where[i]
        head = self.text[max(w.sentence, m.num_start - 200):m.num_start]
        at = head.rfind("(")
        if at < 0 or ")" in head[at:]:
            return None
        at += max(w.sentence, m.num_start - 200)
        k = next((k for k in range(i - 1, -1, -1) if self.mentions[k].end <= at), None)
        if k is None or at - self.mentions[k].end > 60 or self.where[k].paragraph != w.paragraph:
            return None
        return self.rows[k]

    def _names_in_clause(self, i: int, fam: dict) -> int:
        """How many named rows' names stand between the last punctuation before mention i and it."""
        m, w = self.mentions[i], self.where[i]
        stop = m.qualifier_start or m.num_start
        head = self.text[max(w.clause, stop - _SUBJECT_REACH):stop].rstrip().rstrip("(:").rstrip()
        starts = [x.end() for x in _CLAUSE_START.finditer(head)]
        head = head[starts[-1]:] if starts else head
        rows = {id(r): r for _, rows in fam.values() for r in rows}.values()
        return sum(all(name_written(n, head) for n in fam[id(r)][0]) for r in rows)

    def _own_rate_pass(self) -> None:
        """``33,9km đường giao thông nông thôn (đạt 59%) và 10,5km kênh mương nội đồng (đạt 68%)``: a rate in brackets
        right after a row's value is that row's own rate (its one percent sub-row, ``I.2-2``), not a sibling's."""
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or m.kind != "percent" \
                    or m.value is None or i in self._anchored or m.partner is not None:
                continue
            owner = self._bracket_owner(i) or self._plan_rate_owner(i) or self._share_owner(i)
            if owner is None or owner is row:
                continue
            own = [c for c in self.idx.rows if _child_of(c.fig.ma, owner.fig.ma) and "ky_bao_cao" in c.values
                   and (c.kind == "percent" or c.unit.startswith("%"))
                   and not is_index_row(c.fig.chi_tieu)
                   and not (kept_rate_of(c.fig.ma) is not None and m.comparison not in ("tăng", "giảm"))] \
                or self._share_row_of(owner)
            # (nor is its rate of change, «<mã>-TL», the rate of a plan said with no change word: «1.797,7 nghìn tấn
            # (tăng 2,1% so với cùng kỳ 2020; bằng 20,9% kế hoạch»), zh-toan-quoc-tong-cuc-thuy-san-2021-03)
            # (an index against the same period the loader keeps, «…: so với cùng kỳ» 128, is no rate of the plan
            # or share said of the row: «lũy kế thu 9.950,3 tỷ đồng, đạt 102% dự toán» — zm-lam-dong-cuc-thue-…)
            if len(own) > 1:  # "1-2" beside a part's "1.a-2": the row's own cell, not its parts' rates
                own = [c for c in own if c.fig.ma.startswith(owner.fig.ma + "-")]
            self._to_owners_row(i, owner, own, "Tỷ lệ này")

    def _own_change_pass(self) -> None:
        """``giá trị sản xuất ngành thương mại dịch vụ ước đạt 623,2 tỷ đồng, đạt 22,53% kế hoạch, tăng 8,32% so với
        cùng kỳ`` (d6-thaibinh-hungha-…), ``Doanh thu ngành du lịch ước đạt 1.626 tỉ đồng, vượt 16% so với kế hoạch,
        tăng 1% so cùng kỳ`` (d6-baocantho-…): a rate of change said after a row's value, in its list (no ``;`` or full
        stop between, only rates), is that row's own rate of change — the row a clerk keeps as the value's label and
        ``tốc độ tăng so với cùng kỳ`` — not the rate of a sibling line (industry's ``10,76%`` on the services' line)."""
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or m.kind != "percent" \
                    or m.comparison not in ("tăng", "giảm") or m.value is None or i in self._anchored \
                    or m.partner is not None:
                continue
            if _NAMES_ITS_COUNT.match(self.text, m.end):
                continue   # "làm 144 người chết, tăng 11% số vụ": the rate names what it measures, not the line's
            owner = self._value_before(i) or self._row_stated_after(i)   # (or the level said right after it:
            # "giá điều xuất khẩu đã giảm gần 14% …, xuống mức 6.288 USD", ``levelafter``; chk89)
            if owner is None or owner is row:
                continue
            self._to_owners_row(i, owner, self._change_row_of(owner), "Tốc độ tăng/giảm này")

    def _to_owners_row(self, i: int, owner: Row, own: list[Row], what: str) -> None:
        """A rate said of ``owner`` whose one own rate row (``own``) is not the row its value was found in: a swap,
        unless that row holds the value too."""
        m, row = self.mentions[i], self.rows[i]
        if len(own) != 1 or row is own[0] or self._cell_of(i, own[0], ("ky_bao_cao",)) is not None:
            return
        other = own[0]
        self._swap_to(i, other, f"{what} nói về {owner.fig.ma} ({owner.fig.chi_tieu[:60]}): {other.fig.ma} = "
                                f"{fmt_row_value(other, other.values['ky_bao_cao'])}; «{m.raw.strip()}» là số liệu "
                                f"của {row.fig.ma}")

    def _value_before(self, i: int) -> Row | None:
        """The row of the value mention i follows in its list: the last figure before it in its sentence that is no
        rate, with only rates (``đạt 22,53% kế hoạch``) and no ``;``, full stop or bracket between."""
        m, w = self.mentions[i], self.where[i]
        for k in range(i - 1, -1, -1):
            mk = self.mentions[k]
            if self.where[k].paragraph != w.paragraph or self.where[k].sentence != w.sentence:
                return None
            if re.search(r"[;()\n]|\.(?!\d)", self.text[mk.end:m.qualifier_start or m.num_start]) \
                    or m.num_start - mk.end > 120:
                return None
            if not mk.is_figure or mk.kind == "year":
                continue
            if mk.kind == "percent":
                continue
            return self.rows[k] if self.results[k] is not None and self.results[k].verdict == "supported" else None
        return None

    def _change_row_of(self, owner: Row) -> list[Row]:
        """The percent rows a clerk keeps as ``owner``'s rate of change: its label, then words of a change
        (``Giá trị sản xuất ngành thương mại dịch vụ: tốc độ tăng so với cùng kỳ năm 2016``)."""
        head = fold(owner.fig.chi_tieu).rstrip(" :")
        out = []
        for c in self.idx.rows:
            if c is owner or "ky_bao_cao" not in c.values or not (c.kind == "percent" or c.unit.startswith("%")):
                continue
            label = fold(c.fig.chi_tieu)
            if label.startswith(head) and _CHANGE_FOLDED.search(label[len(head):]):
                out.append(c)
        return out

    def _label_number_pass(self) -> None:
        """``thuộc 7 lớp khối 10, 6 lớp khối 11 và 5 lớp khối 12``, ``tỷ lệ học sinh lớp 5 hoàn thành chương trình …``:
        a name made of a word and a number (``khối 11``, ``lớp 5``, ``tổ 3``) picks one row out of rows the same but
        for that number. A value written with ``khối 11`` is no row's whose label numbers ``khối`` otherwise only
        (``Số lớp khối 12``); the one row of its kind naming ``khối 11`` is the number's, a swap
        (d5-tinbong247-dtnt-…, zt-khanh-hoa-so-gddt-…: ``lớp 5 … đạt 99,18%``, the rate of ``lớp 1 đến lớp 4``)."""
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or m.value is None \
                    or i in self._anchored or m.partner is not None:
                continue
            said = _label_numbers(fold(self._item_of(i)))
            kept = _label_numbers(fold(row.fig.chi_tieu))
            # the item names a number (or a pair, "từ mức độ 1 lên mức độ 2") the row's label does not hold
            words = [wd for wd in said if wd in kept and not said[wd] <= kept[wd]]
            if not words:
                continue
            wd = words[0]
            kin = [c for c in self.idx.rows if c is not row and "ky_bao_cao" in c.values and c.kind == row.kind
                   and c.unit == row.unit]
            # the one row naming what the item names: all of it ("mức độ 1" and "mức độ 2"), or, the row's label
            # naming none of it, any of it ("lớp 5" against "lớp 1 đến lớp 4")
            others = [c for c in kin if _label_numbers(fold(c.fig.chi_tieu)).get(wd, set()) == said[wd]]
            if not others and not said[wd] & kept[wd]:
                others = [c for c in kin if said[wd] & _label_numbers(fold(c.fig.chi_tieu)).get(wd, set())]
            if len(others) != 1 or self._cell_of(i, others[0], ("ky_bao_cao",)) is not None:
                continue
            other = others[0]
            self._swap_to(i, other, f"Câu này nói về {other.fig.ma} ({other.fig.chi_tieu[:70]}) = "
                                    f"{fmt_row_value(other, other.values['ky_bao_cao'])}; «{m.raw.strip()}» là số liệu "
                                    f"của {row.fig.ma} ({row.fig.chi_tieu[:50]})")

    def _item_of(self, i: int) -> str:
        """The list item mention i stands in: from the last comma, semicolon, colon, bracket or ``và`` before it (in
        its sentence) to the next after it — ``6 lớp khối 11`` of ``7 lớp khối 10, 6 lớp khối 11 và 5 lớp khối 12``."""
        m, w = self.mentions[i], self.where[i]
        lo = max(w.sentence, m.num_start - 200)
        head = self.text[lo:m.qualifier_start or m.num_start]
        cuts = [x.end() for x in _ITEM_CUT.finditer(head)]
        start = lo + (cuts[-1] if cuts else 0)
        tail = _ITEM_CUT.search(self.text, m.end, min(len(self.text), m.end + 120))
        return self.text[start:tail.start() if tail else min(len(self.text), m.end + 120)]

    def _share_owner(self, i: int) -> Row | None:
        """``có 03 thừa cân, tỷ lệ 0,97%``, ``303/308 kênh bình thường, chiếm 98,37%``: the row of the count a share
        follows in its clause, joined by a comma and a word of share (``chiếm``, ``tỷ lệ``) and nothing else."""
        m, w = self.mentions[i], self.where[i]
        if i == 0 or self.where[i - 1].paragraph != w.paragraph or self.mentions[i - 1].kind == "percent" \
                or self.mentions[i - 1].partner is not None or self.text[:self.mentions[i - 1].num_start].endswith("/"):
            return None   # "303/308 kênh bình thường, tỷ lệ 98,37%": a fraction's share, not its whole's row's
        gap = self.text[self.mentions[i - 1].end:m.qualifier_start or m.num_start]
        if len(gap) > 80 or not _SHARE_AFTER.search(gap) or any(c in gap for c in ";.\n"):
            return None
        return self.rows[i - 1]

    def _share_row_of(self, owner: Row) -> list[Row]:
        """The percent row a clerk keeps beside a count as its share: its label the count's, said with ``Tỷ lệ``
        (``Số trẻ mẫu giáo thừa cân`` → ``Tỷ lệ trẻ mẫu giáo thừa cân``, ``Học sinh yếu`` → ``Tỷ lệ học sinh yếu``)."""
        words = set(fold(owner.fig.chi_tieu).split()) - _COUNT_WORDS
        if not words:
            return []
        return [c for c in self.idx.rows if c is not owner and "ky_bao_cao" in c.values and c.kind == "percent"
                and c.muc == owner.muc and _SHARE_LABEL.match(fold(c.fig.chi_tieu))
                and set(fold(c.fig.chi_tieu).split()) - _SHARE_WORDS - _COUNT_WORDS == words]

    def _plan_rate_owner(self, i: int) -> Row | None:
        """``thu ngân sách đạt gần 431 tỷ đồng, bằng 162% dự toán tỉnh giao``: the row of the number a rate of a plan
        follows in its clause (the table keeps that rate as the row's own sub-row where it keeps no plan)."""
        m = self.mentions[i]
        if not _OF_PLAN.match(self.text, m.end):
            return None
        return self._row_it_follows(i, "ky_bao_cao")

    def _whole_label_said(self, i: int, fam: dict, named: Row) -> bool:
        """A row of no named family whose whole label (three words or more) holds the named unit's name and which the
        number's sentence says up to the number (``Trường THPT chuyên Hà Nội - Amsterdam``, ``Các trường THPT chuyên
        thuộc Đại học Quốc gia Hà Nội`` beside ``Hà Nội``: yg-toan-quoc-bo-gddt-hoc-sinh-gioi-quoc-gia-2019)."""
        said = self.idx.context(self.text[self.where[i].sentence:self.mentions[i].num_start])
        names = [" ".join(n.split()).casefold() for n in fam[id(named)][0]]
        for r in self.idx.rows:
            if id(r) in fam or "ky_bao_cao" not in r.values \
                    or not all(n in " ".join(r.fig.chi_tieu.split()).casefold() for n in names):
                continue
            words = self.idx.context(r.fig.chi_tieu)
            if len(words) >= 3 and words <= said:
                return True
        return False

    def _named_row_pass(self) -> None:
        fam = self._named_families()
        if not fam:
            return
        fam_rows = [r for r in self.idx.rows if id(r) in fam]
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if r is None or m.value is None or i in self._anchored or m.partner is not None:
                continue
            row = self.rows[i]
            cell = r.verdict == "supported" and not r.derivation and row is not None
            change = r.verdict == "unverified" and m.comparison is not None
            combined = r.verdict == "derived" and bool(_COMBINED.search(r.derivation or ""))
            if not (cell or change or combined):
                continue
            subject = self._subject(i)
            if combined and self._names_in_clause(i, fam) > 1:
                continue  # "Hàn Quốc và Nhật Bản (230)": a sum of the units named
            if not name_runs(subject):
                continue
            owner = self._bracket_owner(i)
            children = [c for c in fam_rows if owner is not None and _child_of(c.fig.ma, owner.fig.ma)]
            swap = cell and (bool(children) or id(row) in fam)
            if children:   # "486 ha hoa màu bị thiệt hại (Hà Giang: 239 ha; …)": the whole's own units
                candidates = [children]
            elif swap:
                candidates = [fam[id(row)][1]]
            else:
                candidates = list({id(rows[0]): rows for _, rows in fam.values()}.values())
            named = [s for rows in candidates for s in rows
                     if self._kind_ok(m, s) and all(name_written(n, subject) for n in fam[id(s)][0])]
            if len(named) != 1 or named[0] is row:
                continue
            other = named[0]
            if cell and not swap and all(name_written(n, row.fig.chi_tieu) for n in fam[id(other)][0]):
                continue  # "Vùng Tây Nguyên tăng 7,1%" held by "Tây Nguyên: tốc độ tăng" (a row of no family, the
                #           only region whose rise is kept): the named unit's own row, in another aspect than
                #           its family's share "Tây Nguyên: tỷ trọng" (xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022)
            if self._whole_label_said(i, fam, other):
                continue  # "Trường THPT chuyên Hà Nội Amsterdam có 84 học sinh": the school's row, whose whole label
                #           the sentence says, not Hà Nội's, whose name is inside the school's
            if change and not _CHANGE.search(f"{other.fig.chi_tieu} {other.muc or ''}"):
                continue  # a change said of a unit whose row is a level, not a rate of change
            if self._cell_of(i, other, ("ky_bao_cao",)) is not None:
                continue
            self._swap_to(i, other, f"Câu này nói về {other.fig.ma} ({other.fig.chi_tieu[:70]}) = "
                                    f"{fmt_row_value(other, other.values['ky_bao_cao'])}"
                                    + (f"; «{m.raw.strip()}» là số liệu của {row.fig.ma}" if swap else ""))

