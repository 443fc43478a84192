"""A congress's delegates counted with the members they stand for: ``91 đại biểu đại diện cho hơn 8.000 hội viên
khuyết tật trong toàn thành phố`` (yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022, whose list of who
came opens on a typed ``Đự Đại hội có``), ``Tại đại hội, 60 đại biểu đại diện cho hơn 120 đoàn viên toàn xã đã bầu chọn
15 đồng chí`` (t18-thanhnien-vinhhanh-doan-daihoi-2022), ``163 đại biểu đại diện 2.395 hội viên CCB`` (t3-honquan-ccb-2017).

Delegates who represent a counted membership are a congress's delegates: the phrase itself says the count is who sat
in the congress, however the sentence around it says so (or fails to). The membership after ``đại diện`` is
``events.represented``; this is the delegates' own number. Without a counted membership after it (``13 đại biểu, đại
diện cho các tầng lớp nhân dân``: the people elected) the phrase says nothing of a congress.
"""

from __future__ import annotations

import re

#: the number, then ``đại biểu`` (a word or two between: ``91 đại biểu``, ``130 đại biểu chính thức``), ``đại diện``
#: or ``thay mặt`` (``cho``), a qualifier or none, and a number — the membership counted
_STANDING_FOR = re.compile(r"(?i)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?đại[ \t]+biểu[ \t]*,?[ \t]+(?:đại[ \t]+diện|thay[ \t]+mặt)"
                           r"(?:[ \t]+cho)?(?:[ \t]+(?:hơn|gần|trên|khoảng|toàn[ \t]+thể|cho))*[ \t]+\d")


def delegates_standing_for_members(text: str, end: int) -> bool:
    """The number ending at ``end`` counts delegates said to stand for a counted membership: a congress's delegates."""
    return _STANDING_FOR.match(text, end) is not None


#: the same phrase read back from the membership's number, a comma allowed after ``đại biểu`` (``74 đại biểu, đại diện
#: cho hơn 1.700 hội viên nông dân``, c18-hatinh-halinh-hnd-2025; ``63 đại biểu, đại diện cho hơn 700 hội viên phụ nữ``,
#: t31-dinhlap-dai-hoi-phu-nu-xa-2021), which ``events.represented`` reads without one
_MEMBERS_AFTER = re.compile(r"(?i)\d[\d.]*[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?đại[ \t]+biểu[ \t]*,[ \t]*(?:đại[ \t]+diện|thay"
                            r"[ \t]+mặt)(?:[ \t]+cho)?(?:[ \t]+(?:hơn|gần|trên|khoảng|toàn[ \t]+thể))*[ \t]+$")


def members_after_a_comma(text: str, start: int) -> bool:
    """The number at ``start`` counts whom delegates stand for, a comma between the delegates and ``đại diện``."""
    return _MEMBERS_AFTER.search(text, max(0, start - 80), start) is not None
