"""A number flagged for its notation: ``1.7 ngàn``, ``4.5 triệu`` on a page that writes ``10,3 ngàn`` the Vietnamese
way (``check._Checker.run``'s notation flag).

The flag is the number's verdict, set before any row is looked at: a later pass that proves unsupported numbers by a
row (``listednoun``: ``hơn 1.7 ngàn lượt hộ nghèo, cận nghèo …`` beside the row listing those kinds,
q-cam-my-nhcsxh; ``hỗ trợ cho hơn 2.6 triệu lượt người nghèo, người có hoàn cảnh khó khăn`` beside R-4,
zw-toan-quoc-hoi-chu-thap-do-tet-nhan-ai) must leave it: the value fits the row only as misread, the writing is
still the slip.
"""

from __future__ import annotations

#: what the flag says, after the number as written
NOTATION_SLIP = ("không viết theo cách ghi số tiếng Việt (dấu chấm phân cách hàng nghìn, "
                 "dấu phẩy phân cách phần thập phân)")


def notation_reason(raw: str) -> str:
    """The flag's message for a number written ``raw``."""
    return f"«{raw.strip()}» {NOTATION_SLIP}"


def notation_slip(n) -> bool:
    """``n`` (a NumberCheck) carries the notation flag."""
    return n.verdict == "unsupported" and (n.reason or "").endswith(NOTATION_SLIP)
