"""A row and its total to date since the work began (``1`` / ``1-LKDN``: ``Lũy kế đến 30/6/2018``, ``Lũy kế từ khi
tái lập trường (1997)``): one indicator, two columns, the words of time choose. Mixed into the checker
(``check._Checker``), run after the running totals' pass.

    Trong tháng 6, trường đã khai giảng 3 lớp trung cấp LLCT hệ tập trung … Từ khi tái lập Trường Chính trị tỉnh (năm
    1997) đến nay mới có 4 lớp …          (yz-hai-duong-truong-chinh-tri-tinh-lop-trung-cap-llct-2022-06)
    … trong 6 tháng đầu năm 2018, UBND tỉnh đã cấp Giấy chứng nhận đăng ký cho 5 dự án … Lũy kế đến nay, các KCN của
    tỉnh ta có tổng số 174 dự án …; trong đó có 40 dự án của 37 nhà đầu tư nước ngoài …
                                           (za-nam-dinh-none-ban-quan-ly-kcn-2018-h1)

``trường đã khai giảng 4 lớp`` in the June sentence is the total since 1997, ``cho 174 dự án`` in the half-year's
sentence the total to date: a swap, which the value alone cannot tell. The running totals' pass (``attribution``)
pairs a row with its year to date (``-LK``) only; for a total since the work began the cues differ: any span of the
report's year (``trong tháng``, ``tháng 6``, ``6 tháng đầu năm``, ``từ đầu năm``, ``trong năm``, ``quý``) is the
period's, and ``lũy kế``, ``cộng dồn``, ``đến nay``, ``tính đến``, ``từ khi``/``kể từ`` the total to date. The nearest
cue before the number in its sentence decides; none, and either column stands.
"""

from __future__ import annotations

import re

from service.checker.wording import fmt_like, fmt_row_value

#: The loader's code of a total to date (``service.figures.load.TO_DATE_CODE``).
TO_DATE_CODE = "-LKDN"

_N = r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?)"
#: Words that put what follows on the report's own span of the year.
_PERIOD = re.compile(
    r"(?i)(?<!\w)(?:trong\s+(?:tháng|năm|quý|kỳ)|tháng\s+này|tháng\s+\d{1,2}(?!\d|/\d{4}\s*(?:đến|tới))"
    r"|" + _N + r"\s+tháng(?:\s+đầu\s+năm)?|từ\s+đầu\s+năm(?:\s+(?:\d{4}\s+)?(?:đến|tới)\s+nay)?|quý\s+[IV1-4]+)(?!\w)")
#: Words that put what follows on the total since the work began.
_TO_DATE = re.compile(r"(?i)(?<!\w)(?:l[ũu]y\s*k[ếe]|lu[ỹy]\s*k[ếe]|cộng\s+dồn|(?:đến|tới)\s+nay|tính\s+đến|từ\s+khi"
                      r"|kể\s+từ)(?!\w)")


def to_date_cue(before: str) -> str | None:
    """``to-date`` or ``period``: the cue in ``before`` (the sentence up to the number) that ends last; ``từ đầu năm
    đến nay`` is the year's (the period's), not the total since the work began."""
    best: tuple[int, str] | None = None
    for rx, kind in ((_TO_DATE, "to-date"), (_PERIOD, "period")):   # the period's last: it wins a tie
        for m in rx.finditer(before):
            if best is None or m.end() >= best[0]:
                best = (m.end(), kind)
    return best[1] if best else None


class ToDate:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_result``."""

    def _to_date_sibling(self, code: str):
        base = code[: -len(TO_DATE_CODE)] if code.endswith(TO_DATE_CODE) else None
        return self.idx.by_code.get(base if base is not None else code + TO_DATE_CODE), base is not None

    def _to_date_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.partner is not None:
                continue
            other, is_to_date = self._to_date_sibling(row.fig.ma)
            if other is None or "ky_bao_cao" not in other.values or other.values["ky_bao_cao"] == m.value:
                continue
            cue = to_date_cue(self.text[self.where[i].sentence:m.num_start])
            if cue is None or (cue == "to-date") == is_to_date:
                continue
            v = other.values["ky_bao_cao"]
            said = "lũy kế đến nay" if cue == "to-date" else "của riêng kỳ báo cáo"
            self.results[i] = self._result(m, "unsupported", row=other, column="ky_bao_cao", reason=(
                f"Câu này nói số {said}: {other.fig.ma} ({other.fig.chi_tieu[:70]}) = {fmt_row_value(other, v)}; "
                f"«{m.raw.strip()}» là số liệu của {row.fig.ma}"), expected=fmt_like(m, v))
            self.rows[i] = other
