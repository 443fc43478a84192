"""A share written before its noun phrase (``X% <noun phrase>``) is the share of what that phrase names: the share
row whose label the phrase says is its row. Mixed into the checker (``check._Checker``).

Reports list shares of one whole, or of several, each percent first and its noun phrase after:

    … 100% cơ sở Đoàn tổ chức cho đoàn viên học tập, quán triệt Nghị quyết …; 90% cơ sở Đoàn trở lên đạt danh hiệu
    khá, vững mạnh hàng năm, 80% tổ chức cơ sở Đoàn được kiểm tra giám sát; 100% cán bộ Đoàn được tập huấn …
                                                  (ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017)

    … hơn 96% đảng viên được kết nạp trong năm 2016 có trình độ học vấn THPT; 57,32% có trình độ chuyên môn nghiệp
    vụ cao đẳng trở lên; … hơn 11% đảng viên là đồng bào các tôn giáo; gần 3% đảng viên là người dân tộc thiểu số
                                                                              (d10-baodongnai-dangvien-2016)

Written ``80% cơ sở Đoàn tổ chức cho đoàn viên học tập`` (80 is the inspected bases' share), the percent passed as
that other row's — any share row holding 80 would do. Grammar: the percent opens its noun phrase, which runs to the
clause's end (``;``, ``:``, a bracket, a line, or ``, `` before the next number); the phrase names the row whose
share it is. The percent is flagged when the phrase says nearly all of one share row's label (``SHARE_NAMED``) and clearly
more of it than of the row the value was taken for (``SHARE_MARGIN``), and that row's value is not the one written. A
percent followed by a base (``so với``, ``kế hoạch``, ``dự toán``, ``cùng kỳ``), by ``số`` (a rate of a count,
``giảm 23,64% số vụ``), or said as a rate of change, is no share of a noun phrase.
"""

from __future__ import annotations

import re

from service.checker.match import Row
from service.checker.wording import fmt_like, fmt_row_value

#: The share's noun phrase right after ``X%``: a word first, then up to the clause's end.
_PHRASE = re.compile(r"\s+([^\W\d_][^;:()\n]{2,160}?)(?=\s*(?:[;:()\n]|,\s*(?:\S+\s+){0,3}?(?:có\s+|đạt\s+|gần\s+|hơn\s+|"
                     r"trên\s+|khoảng\s+)?\d|\.(?:\s|$)|$))")
#: A clause longer than that: the phrase to its first comma (``100% cơ sở Đoàn tổ chức cho đoàn viên học tập, …``).
_TO_COMMA = re.compile(r"\s+([^\W\d_][^,;:()\n]{8,90}?)(?=\s*,)")
#: What makes the words after a percent no noun phrase of its own: a base, a plan, a count's rate, a share's whole.
#: So is a movement's other end (``tỷ trọng tôm biển tăng lên 11% từ 8%``) and a new clause a conjunction opens
#: (``… từ 8% tuy nhiên tỷ trọng tôm sú giảm xuống 24% từ 31%``, xs-toan-quoc-vasep-xuat-khau-tom-2017-9t; ``chi phí
#: bán hàng cũng giảm tới 42% trong khi chi phí QLDN tăng …``, ``… chỉ tăng hơn 2% nhưng tín dụng tam nông …``, sweep).
_NOT_A_PHRASE = re.compile(r"(?i)^(?:so\b|kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|cùng\s+kỳ|tổng|số\b|trở\s+lên|trên\s+tổng|"
                           r"trong\s+tổng|mục\s+tiêu|nghị\s+quyết|vào\b|với\b|của\b|và\b|là\b|so\s+với|"
                           r"từ\s+(?:mức\s+)?\d|(?:tuy\s+nhiên|nhưng|song|trong\s+khi)(?!\w))")
#: How much of a share row's label the phrase must say (``match.TableIndex.fit``), and how much more than of the row
#: the value was taken for.
SHARE_NAMED = 0.75
SHARE_MARGIN = 0.3


def share_phrase(text: str, end: int) -> str | None:
    """The noun phrase a percent ending at ``end`` opens (``80% tổ chức cơ sở Đoàn được kiểm tra giám sát;`` →
    ``tổ chức cơ sở Đoàn được kiểm tra giám sát``), or None when the words after it are a base, a plan, a count's
    rate or nothing."""
    m = _PHRASE.match(text, end) or _TO_COMMA.match(text, end)
    if m is None or _NOT_A_PHRASE.match(m.group(1)) or cell_line_before(text, end, m.start(1)):
        return None
    return m.group(1).strip()


#: a line of a pasted table's cells: numbers (and percent signs) only
_CELLS_ONLY = re.compile(r"[\s\d.,%+\-–]*")


def cell_line_before(text: str, end: int, phrase_start: int) -> bool:
    """The percent ending at ``end`` is a pasted table's cell, alone on its line with other cells at most, and the
    words at ``phrase_start`` open a line of their own: the next row's label, no noun phrase of the percent
    (xi-bac-na-thuy-dien-ket-qua-kinh-doanh-2018 ``Tỷ lệ lợi nhuận trả cổ tức`` / ``68,30%`` / ``82,82%`` / ``Tỷ lệ
    lợi nhuận sau thuế trên vốn chủ sở hữu``; sweep s15-trung-quoc-nchmfnews-…-2017-06 ``-0,70%`` / ``Sản lượng (tr
    tấn)``)."""
    if "\n" not in text[end:phrase_start]:
        return False
    line_start = text.rfind("\n", 0, end) + 1
    return _CELLS_ONLY.fullmatch(text, line_start, end) is not None


class ShareNoun:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_result``."""

    def _share_noun_pass(self) -> None:
        self._share_flagged: set[int] = set()   # read by ``check._names_another_row``: no restatement of another row
        for i, m in enumerate(self.mentions):
            own, res = self.rows[i], self.results[i]
            if m.kind != "percent" or m.comparison or own is None or res is None or res.verdict != "supported":
                continue
            phrase = share_phrase(self.text, m.end)
            if phrase is None:
                continue
            named = self._share_row_named_after(phrase, own)
            if named is None:
                continue
            v = named.values["ky_bao_cao"]
            self.results[i] = self._result(m, "unsupported", row=named, column="ky_bao_cao", reason=(
                f"Tỷ lệ này đứng trước «{phrase[:60]}», tức là tỷ lệ của {named.fig.ma} ({named.fig.chi_tieu[:70]}) = "
                f"{fmt_row_value(named, v)}, không phải «{m.raw.strip()}» (số của {own.fig.ma})"),
                expected=fmt_like(m, v))
            self.rows[i] = named
            self._share_flagged.add(i)

    def _share_row_named_after(self, phrase: str, own: Row) -> Row | None:
        """The one share row (a percent row, not ``own``) whose label ``phrase`` says nearly whole and clearly more
        than ``own``'s, holding another value than ``own``; None otherwise."""
        ctx = self.idx.context(phrase)
        own_fit = self.idx.fit(ctx, own)
        fits = sorted(((self.idx.fit(ctx, r), k, r) for k, r in enumerate(self.idx.rows)
                       if r is not own and r.kind == "percent" and r.values.get("ky_bao_cao") is not None),
                      key=lambda t: (-t[0], t[1]))
        if not fits:
            return None
        best_fit, _, best = fits[0]
        if best_fit < SHARE_NAMED or best_fit - own_fit < SHARE_MARGIN:
            return None
        if len(fits) > 1 and fits[1][0] > best_fit - 0.1:
            return None   # two rows the phrase says alike: it does not choose
        if best.values["ky_bao_cao"] == own.values.get("ky_bao_cao"):
            return None
        return best
