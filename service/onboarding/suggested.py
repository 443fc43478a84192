"""A heading of suggested reading (round 40): ``Có thể bạn quan tâm``, ``BẠN CÓ THỂ QUAN TÂM``.

News sites print it after the report, above other articles' headlines and ledes: ``Hoàng Thế`` / ``ĐÁNH GIÁ`` / …
/ ``BẠN CÓ THỂ QUAN TÂM`` / ``Không dừng lại ở những cuộc thi`` / ``… thu hút 51 tác giả với 70 tác phẩm dự thi…``
(yt-thua-thien-hue-chi-cuc-thu-y-tiem-phong-cum-gia-cam-vu-xuan-2012-02: another article's figures),
``Hoàng Cư`` / ``Có thể bạn quan tâm`` / ``Trao quà "Xuân yêu thương" cho bệnh nhi ung thư máu``
(d2-baogialai-ctd-tet-2019), ``Có thể bạn quan tâm`` / ``Để lại một trả lời`` (z-can-tho-vinh-thanh-pctt-2016-h1).
Like ``Tin liên quan`` (``foot.other_articles_heading``) it ends the report: the grammar is ``(bạn) có thể (bạn)
quan tâm`` (``bạn đọc`` the reader too), the line alone, no number.
"""

from __future__ import annotations

import re

_SUGGESTED = re.compile(r"(?i)^\s*(?:(?:bạn|bạn\s+đọc)\s+)?có\s+thể\s+(?:(?:bạn|bạn\s+đọc)\s+)?(?:quan\s+tâm|"
                        r"muốn\s+xem|thích)\s*[:.!]?\s*$")


def suggested_reading(text: str) -> bool:
    """``Có thể bạn quan tâm`` / ``BẠN CÓ THỂ QUAN TÂM``: a line alone (up to six words, no number) that heads
    suggested articles."""
    return len(text.split()) <= 6 and not re.search(r"\d", text) and bool(_SUGGESTED.match(text))
