"""``án`` alone as the counted noun of a court's zero (round 40): ``không có án bị hủy``.

A court's report counts its cases as ``vụ án`` (``thụ lý 81 vụ án``) and says that none of a kind happened with the
bare ``án`` and what befell it: ``không có án bị hủy, không có vụ án nào bị sửa do lỗi chủ quan``
(yt-bac-kan-ba-be-toa-an-nhan-dan-huyen-xet-xu-2013: the hand keeps «Số án bị hủy» 0 vụ), ``không có án quá hạn
luật định, không có án oan sai`` (p12-tayninh-toaan-2018), ``không có án cải sửa nghiêm trọng``
(t30-baobinhdinh-doan-hoi-tham-tand-tinh-2013).  ``án`` there is ``vụ án`` said short: a count of 0 in ``vụ``.
``bản án`` (a judgment, the document: ``không có bản án hành chính có quyết định buộc thi hành án``,
q-tuyen-quang-thads-2022) is not this noun, nor is ``án`` inside another word group (``án phí``, ``án treo`` —
a fee, a sentence): the bare ``án`` must be followed by what befell the case or what it was.
"""

from __future__ import annotations

import re

#: After the bare ``án``: what befell the case (``bị``/``được`` + verb, ``cải sửa``, ``hủy``/``sửa``) or what it was
#: (``quá hạn``, ``tồn đọng``, ``oan``, ``sai``).
_BEFELL = re.compile(r"(?i)^(?:bị|được|cải|hủy|huỷ|sửa|quá|tồn|oan|sai|tạm)$")


def court_cases(words: list[str]) -> bool:
    """The noun phrase after ``không có`` opens with the bare ``án`` and says what befell the case: a count of
    ``vụ`` (án)."""
    bare = [w for w in words if w != ","]
    return len(bare) >= 2 and bare[0].lower() == "án" and bool(_BEFELL.match(bare[1]))
