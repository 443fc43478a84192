"""A council's term named beside one day's news neither blocks the day nor counts as another year (round 36).

``Sáng ngày 17/05/2021, Phòng Văn hóa và Thông tin huyện Tân Hồng tổ chức Hội thi xe hoa cổ động tuyên truyền bầu cử
đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, có 09 đội ...`` (held-out
yy-dong-thap-tan-hong-phong-van-hoa-thong-tin-hoi-thi-xe-hoa-co-dong-bau-cu, coded 2021-05): the term after a council's
name and level (``Hội đồng nhân dân các cấp``, ``HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026)``) is already read
as the council's name, aside (:func:`.recognisers.names_council`); the one-day reader (:func:`.mentions._one_day`,
round 31's convention: a day's news is its month) still counted it as another period named, and its last year
(``2026``) as another year written, and left the page unread.  The same shape on the unlabelled sweep pages of
elections' results (``Chiều 26-5, Ủy ban Bầu cử tỉnh Đác Lắc đã công bố danh sách những người trúng cử đại biểu HĐND
tỉnh, nhiệm kỳ 2016-2021``, c30-baolangson; ``Ngày 28/5, sáu tỉnh thành ... công bố kết quả bầu cử đại biểu Quốc hội
khóa XIV và đại biểu Hội đồng Nhân dân (HĐND) các cấp nhiệm kỳ 2016-2021``, c30-toquoc) stays as it was: a day
without its year still needs one (the page's date of that month), and those pages date theirs by an archive's stamp."""

from __future__ import annotations

from .model import Mention


def councils_named(mentions: list[Mention]) -> list[Mention]:
    """The terms a text names as a council's (a term set aside: the council's name, no period)."""
    return [m for m in mentions if m.recogniser == "term" and m.aside]
