"""A whole and the parts it breaks down into, mixed into the checker (``check._Checker``): no part is larger than its
whole.

    … toàn tỉnh có 931 tổ hợp tác và 833 hợp tác xã (trong đó 788 HTX đang hoạt động, 45 HTX ngừng hoạt động, 6 HTX
    giải thể).                                                    (ze-ha-tinh-kinh-te-tap-the-htx-2015-h1)

A value the table holds may still be the wrong one here: ``… và 6 hợp tác xã (trong đó 788 HTX …)`` states a whole
smaller than one of its own parts — another row's value (a swap), whatever row the words fit.  Only a part the
table holds (supported) and larger than the whole is said: the sum of the parts is no proof (a ``trong đó`` list may add what is not a part of the
whole — the six cooperatives dissolved above are no part of the 833).
"""

from __future__ import annotations

import re

from service.numbers import format_vn

#: ``(trong đó``, ``, trong đó có``, ``. Trong đó:`` right after a whole's noun phrase; or ``, gồm`` / ``, bao gồm:``
#: (``tổng số 71 giải, gồm 41 giải thưởng cấp tỉnh, 4 …``: a comma first, so ``Đoàn gồm 5 người`` opens no list), or
#: a bracket (``189 trường có học sinh tiểu học (gồm 174 trường tiểu học và 15 trường …)``)
_BREAKS_DOWN = re.compile(r"(?i)[^.;:\n\d()]{0,40}?(?P<open>\()?\s*(?:trong\s+đó\s*(?:có\s+)?[:,]?|,\s*(?:bao\s+)?gồm\s*:?"
                          r"|(?<=\()\s*(?:bao\s+)?gồm\s*:?)\s*")
#: ``có 504 học sinh thì có 481 học sinh đạt học lực giỏi`` (d7-thienhuong360): «of A, B» — the count after ``thì
#: có`` is a part of the count before it
_OF_WHICH = re.compile(r"(?i)[^.;:\n\d()]{0,40}?,?\s*thì\s+có\s+")
#: a bare bracket right after a whole's noun phrase: ``221 đơn (196 khiếu nại, 25 tố cáo)`` (d7-ninhthuan), ``33 vụ
#: (phá rừng 27 vụ, khai thác lâm sản 33 vụ)`` (q-lam-ha-qlrph-2020), ``tổng cộng 9 hài cốt liệt sỹ (7 hài cốt tại
#: Lào và 2 hài cốt tại Campuchia)`` (zl-quang-ngai-doi-k53)
_BARE_OPEN = re.compile(r"[^.;:\n\d()]{0,40}?(?P<open>\()\s*")
#: words that make a bracket something else than the whole's parts: another time (``năm 2019: 27 vụ``), a comparison
#: (``tăng 5 vụ``, ``so với cùng kỳ``), a rate or an average (``đạt``, ``trung bình``, ``mỗi``), a restatement
NOT_PARTS = re.compile(r"(?i)(?<!\w)(?:năm|tháng|quý|kỳ|tuần|ngày|so\s+với|tăng|giảm|đạt|bằng|kế\s+hoạch|chỉ\s+tiêu|"
                        r"trước|lũy\s+kế|luỹ\s+kế|bình\s+quân|trung\s+bình|mỗi|khoảng|tương\s+đương|tương\s+ứng|"
                        r"chiếm|tỷ\s+lệ|tỉ\s+lệ|gấp|lần)(?!\w)")
#: a new whole raised after the parts ends their list: ``… 8.400 lượt khách, trong đó, khách trong nước … 8.100 …,
#: khách quốc tế … 300 lượt khách đã góp phần nâng tổng số khách … 4 tháng đầu năm 2019 ước đạt trên 31.200 lượt
#: khách`` (yn-dak-lak-bao-tang-tinh): ``nâng``/``đưa`` a total, ``lũy kế``, ``tính chung``, ``cộng dồn``, ``tổng cộng``
_NEW_WHOLE = re.compile(r"(?i)(?<!\w)(?:(?:nâng|đưa)\s+(?:tổng|tổng\s+số|số|lên)|lũy\s+kế|luỹ\s+kế|tính\s+chung|"
                        r"cộng\s+dồn|tổng\s+cộng)(?!\w)")
#: what is still left now, said after the parts, ends their list: ``thanh loại 6.705 đối tượng truy nã, trong đó có
#: hơn 1.700 đối tượng nguy hiểm …, hiện còn 13.511 đối tượng truy nã`` (xf-toan-quoc-bo-cong-an-toi-pham-trat-tu-xa-hoi
#: -2015) — a stock at the report's date, not a part of the flow before it (``Tính đến ngày 31-5-2008, toàn tỉnh hiện
#: còn 600 ĐTTN``, baodongnai.com.vn; ``Ở Nam Định hiện còn 01 khu vực bỏ phiếu``, p37-hoidongbaucu-cutri-17h-2016-05).
#: Only after a first part: ``trong đó hiện còn 200 hộ …`` opens with a part.
_STILL_LEFT = re.compile(r"(?i)(?<!\w)hiện(?:\s+nay)?\s+(?:vẫn\s+)?còn\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d")
#: between two parts: a comma, a semicolon or ``và``
_PART_SEP = re.compile(r"(?i)[,;]|(?<!\w)và(?!\w)")

#: a sentence's end: its stop, a semicolon, a line's end, or an ellipsis before a capital (``SVR CV 50… Lũy kế 4
#: tháng``; ``“Tuần lễ …”… đã tiêu thụ`` goes on)
_END = re.compile(r"[.;\n](?:\s|$)|…\s+(?P<next>\w)")


def _said(opener: str) -> str:
    """The words that opened the list, as a reader knows them: ``gồm``, ``thì có``, a bracket or ``trong đó``."""
    low = opener.lower().rstrip()
    if low.endswith("("):
        return "trong ngoặc"
    if "gồm" in low:
        return "gồm"
    return "thì có" if re.search(r"(?<!\w)thì\s+có$", low) else "trong đó"


def _sentence_end(text: str, pos: int) -> int:
    for end in _END.finditer(text, pos):
        if end.group("next") is None or end.group("next").isupper():
            return end.start()
    return len(text)


#: the end of a list's sentence: its stop or a line's end (a semicolon separates the list's items)
_LIST_END = re.compile(r"[.\n](?:\s|$)")


def _list_end(text: str, pos: int) -> int:
    end = _LIST_END.search(text, pos)
    return end.start() if end else len(text)


class Breakdown:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_result`` (``check._Checker``)."""

    def _breakdown_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or m.kind not in ("count", "money", "measure") \
                    or m.value is None or m.partner is not None:
                continue
            opened = _BREAKS_DOWN.match(self.text, m.end) or _OF_WHICH.match(self.text, m.end) \
                or self._bare_parts(i, _BARE_OPEN.match(self.text, m.end))
            if opened is None:
                continue
            if opened.groupdict().get("open"):
                close = self.text.find(")", opened.end())
                stop = close if close >= 0 else len(self.text)
            else:
                stop = _sentence_end(self.text, opened.end())
                again = _NEW_WHOLE.search(self.text, opened.end(), stop)
                stop = again.start() if again else stop
                stop = self._still_left(opened.end(), stop)
            larger = [k for k in range(i + 1, len(self.mentions))
                      if opened.end() <= self.mentions[k].num_start < stop
                      and self.mentions[k].kind == m.kind and self.mentions[k].is_figure
                      and self.mentions[k].value is not None and self.mentions[k].value > m.value
                      and self.results[k] is not None and self.results[k].verdict == "supported"  # (held: an
                      # unsupported part is the suspect, not the whole)
                      and (m.kind != "count" or self.idx.unit_fit(self.mentions[k].noun, row) > 0
                           or self._same_unit_row(i, k, row))
                      and (m.kind == "count" or self.mentions[k].unit == m.unit)]
            if not larger:   # (a whole smaller than a part is the suspect itself; else a part may say the whole)
                # its parts run on past a semicolon (``trong đó, xuất khẩu … 666,6 triệu USD; nhập khẩu … 2.086,38
                # triệu USD``, zs-lang-son-hai-quan-huu-nghi): only a part saying the whole's own row is judged there
                listed = stop if opened.groupdict().get("open") else _list_end(self.text, opened.end())
                self._whole_again(i, row, opened.end(), listed, _said(opened.group()))
                continue
            part = self.mentions[larger[0]]
            self.results[i] = self._result(m, "unsupported", reason=(
                f"«{m.raw.strip()}» nhỏ hơn một phần của chính nó nêu ngay sau («{_said(opened.group())}» "
                f"{part.raw.strip()} = {format_vn(part.value)}): số tổng này không đúng"))

    def _still_left(self, start: int, stop: int) -> int:
        """Where a stock still left now (``hiện còn 13.511``) ends a list, after its first part; else ``stop``."""
        first = next((m for m in self.mentions if start <= m.num_start < stop), None)
        left = _STILL_LEFT.search(self.text, first.end, stop) if first is not None else None
        return left.start() if left else stop

    def _same_unit_row(self, i: int, k: int, row) -> bool:
        """A part named by its kind, not its unit (``221 đơn (196 khiếu nại, 25 tố cáo)``): its own row counts in the
        whole's unit. On the whole's own line only: a pasted table's next line (``Trong đó: Nữ``) is another row's
        cells."""
        own = self.rows[k]
        return own is not None and own is not row and bool(own.unit) and own.unit == row.unit \
            and "\n" not in self.text[self.mentions[i].end:self.mentions[k].num_start]

    def _bare_parts(self, i: int, opened):
        """A bare bracket after a whole opens its parts only when it lists two numbers or more of the whole's kind and
        says no other time, comparison or rate (``(năm 2019: 27 vụ)``, ``(tăng 5 vụ)``, ``(trung bình 109.657 vụ,
        việc/năm)`` are no parts)."""
        if opened is None:
            return None
        m = self.mentions[i]
        close = self.text.find(")", opened.end())
        if close < 0 or "(" in self.text[opened.end():close] or NOT_PARTS.search(self.text, opened.end(), close):
            return None
        inside = [o for o in self.mentions if opened.end() <= o.num_start < close]
        if len(inside) < 2 or any(o.kind != m.kind or not o.is_figure for o in inside):
            return None
        if any(not _PART_SEP.search(self.text, a.end, b.num_start) for a, b in zip(inside, inside[1:])):
            return None
        return opened

    def _whole_again(self, i: int, row, start: int, stop: int, said: str = "trong đó") -> None:
        """``trên 57 tỷ đồng, trong đó, hơn 8 tỷ đồng do Trung ương cấp, hơn 57 tỷ đồng do tỉnh cấp, …``: a part tied to
        the whole's own row, beside other parts, says the whole again where one of its parts was meant (the parts
        would then add up to more than the whole)."""
        m = self.mentions[i]
        parts = [k for k in range(i + 1, len(self.mentions))
                 if start <= self.mentions[k].num_start < stop and self.mentions[k].kind == m.kind
                 and self.mentions[k].is_figure and self.mentions[k].value]
        if len(parts) < 2:
            return
        for k in parts:
            r = self.results[k]
            if r is None or r.verdict != "supported" or self.rows[k] is not row or r.derivation:
                continue
            mk = self.mentions[k]
            self.results[k] = self._result(mk, "unsupported", reason=(
                f"«{mk.raw.strip()}» là một phần («{said}») của {m.raw.strip()} nhưng bằng chính số tổng đó "
                f"({row.fig.ma}): các phần cộng lại sẽ lớn hơn tổng; cần số của phần này"))
            self.rows[k] = None
