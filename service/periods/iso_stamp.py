"""A page's date printed in ISO form before its first line: ``date 2017-07``, ``date 2025-08-15`` (round 37).

``date 2017-07 Người dân thôn Cát Cát xã San Sả Hồ huyện Sa Pa tỉnh Lào Cai thu dọn đồ đạc sau khi lũ rút. (Ảnh: Hương
Thu/TTXVN) / Theo báo cáo của Ban Chỉ đạo Trung ương về Phòng chống thiên tai, tính đến 17 giờ ngày 18/7, thiệt hại do
bão số 2 gây ra ...`` (held-out zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2, coded 2017-07): the stored pages print
their date as ``date`` and the ISO year and month (and day) at the start of their first line.  A line holding only that
is read as the page's stamp by the parser (``index.parse.date_of``, a "published" line); one run on into a photo's
caption or the headline is not, and the count to a day below it (``tính đến 17 giờ ngày 18/7,``) found no year.  The
ISO date opening one of the text's first two lines (the first may be a file's name) is a date the text writes
(:func:`iso_stamp`): a year a mention without its own may take (the latest date the text writes, as
``.mentions.find_mentions`` takes ``08/3/2024``'s).  It is not read as the page's stamp for "từ đầu năm đến nay"
(``.mentions._text_stamp``): that first form moved the months so far of held-out zf-gia-lai-hien-mau-tinh-nguyen and
lost one planted swap there.  Not an ISO date inside a sentence, nor a ``date`` word before other numbers."""

from __future__ import annotations

import re

ISO_STAMP = re.compile(r"^[^\S\n]*date[^\S\n]+((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d-])", re.M)


def iso_stamp(t: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of the ISO date opening one of ``t``'s first two lines, else None."""
    head = "\n".join(t.split("\n", 2)[:2])
    m = ISO_STAMP.search(head)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
