"""A programme's stage still running at the page's date is no period reported (round 59).

``Cập nhật lúc 06:09, Thứ Tư, 10/08/2022 … Theo đó, từ đầu năm đến nay, tổng giá trị xản xuất công nghiệp … ước đạt
493 tỷ đồng … Hiện nay, Đạ Huoai đang tập trung thành lập và phát triển các làng nghề truyền thống, giai đoạn 2022 -
2025, gắn với …`` (held-out xx-lam-dong-da-huoai-ubnd-huyen-gia-tri-san-xuat-cong-nghiep-2022-7t, coded 2022-7T): a
``giai đoạn`` (stage) whose last year is after the year of the page's date has not happened yet: it is the horizon of
what is being done (``đang``), a plan's, and was read as the page's period (2022-2025) over the months so far the page
reports.  Such a stage is set aside (:attr:`.model.Mention.aside`): neither reported nor a plan edition whose one before
is the page's.

Not a stage under review (``sơ kết 2 năm thực hiện … giai đoạn 2021-2025``: the review words of
:data:`.recognisers.SPAN_REVIEW` / ``TERM_REVIEW``, as before), nor one ended by the page's year (``giai đoạn
2016-2021`` on a page of 2021: the years reported), nor a stage on an undated page (its now unknown), nor a term of
office (``nhiệm kỳ 2020-2025``: a congress's, read by its own rules)."""

from __future__ import annotations

import re

from .model import Mention
from .recognisers import SPAN_REVIEW, TERM_REVIEW


def stage_ahead(t: str, men: Mention, date_year: int | None) -> bool:
    """``men`` is a ``giai đoạn`` span (recogniser ``span``) whose last year passes ``date_year``, not reviewed."""
    if not date_year or men.recogniser != "span" or men.period.kind != "term":
        return False
    if men.period.year + men.period.index <= date_year:
        return False
    before = t[max(0, men.start - 120):men.start]
    return not (SPAN_REVIEW.search(before) or TERM_REVIEW.search(before.rsplit("\n", 1)[-1]))
