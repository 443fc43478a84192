"""An association's own organisation, said as what it has: standing facts, no rows of the period (round 44).

``toàn tỉnh có 50 tổ chức hội gồm 1 tỉnh hội; 9 hội ở huyện, thị xã, thành phố; 40 tổ chức hội cấp xã; 105 chi hội
thuộc các thôn, khu phố`` (yx-quang-nam-hoi-nguoi-khuyet-tat-tinh-nhiem-ky-2011-2016: dated ``đến 30.6.2016``, which
the stock recogniser reads as a period), ``Hội Đông y huyện Núi Thành hiện có 10/17 chi hội xã, thị trấn, trong đó có
1 liên chi hội`` (yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023: an ``X/Y`` the share readers take): the
association's units at their levels (``tổ chức hội``, ``chi hội``, ``liên chi hội``, ``hội cơ sở``, ``tỉnh hội``,
``hội``) counted after ``có``/``gồm``, or as the next item of a list of them, are the standing sheet's.

Not read here: a count the period brought (``Thành lập mới 49 tổ hội …, nâng tổng số có 90 tổ hội``, ``đã có
237/237 cơ sở hội tổ chức xong đại hội``, ``hàng năm có 8/8 chi hội đăng ký thi đua``) and members (``hội viên``):
totals of members are rows in several hand-built tables (n-xuyenmoc-ctd-2018).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

#: A unit of the association's organisation right after the count (its ``/Y`` first): ``chi hội``, ``tổ chức hội``,
#: ``liên chi hội``, ``hội cơ sở``, ``tỉnh hội``, a bare ``hội`` — never ``hội viên`` (members), ``hội nghị``, ``hội thi``.
_UNIT = re.compile(r"(?i)^(?:\s*/\s*\d+)?\s+(?:(?:tổ\s+chức|cơ\s+sở|liên\s+chi|chi|tỉnh|huyện|thị|tổ)\s+)?hội"
                   r"(?!\s+(?:viên|nghị|thi|thảo|diễn|chợ|trại|đàm|ý|khỏe|khoẻ|đồng))(?!\w)")
#: What the association has, said right before the count: ``có``, ``hiện có``, ``gồm (có)``.
_HAS = re.compile(r"(?i)(?<!\w)(?:có|gồm(?:\s+có)?)\s*:?\s*(?:trên|hơn|gần|khoảng)?\s*$")
#: A count the period brought, or reached: ``đã có``, ``mới có``, ``có thêm``, ``nâng/đưa tổng số``, ``thành lập``.
_BROUGHT = re.compile(r"(?i)(?<!\w)(?:đã|mới|thêm|nâng|đưa|thành\s+lập|kết\s+nạp|phát\s+triển|tăng|giảm|"
                      r"hàng\s+năm|hằng\s+năm)(?!\w)")
#: A verb in the count's own clause after it: what the units did (``… chi hội đăng ký thi đua``, ``được cấp``).
_DID = re.compile(r"(?i)(?<!\w)(?:được|bị|đã|đăng\s+ký|tổ\s+chức\s+xong|hoàn\s+thành|đạt|xếp\s+loại|"
                  r"thành\s+lập|ra\s+mắt)(?!\w)")
#: The next item of a list of units: ``;``/``,`` or ``trong đó (có)`` between it and the one before.
_NEXT_ITEM = re.compile(r"(?i)^[^.!?\d]{0,60}?(?:[;,]|(?<!\w)và|(?<!\w)trong\s+đó(?:\s+có)?)\s*:?\s*$")


def own_organisation(p: Para, i: int, m: Mention) -> bool:
    """The association's units counted as what it has (see the module's note): standing, no row of the period."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio") or not _UNIT.match(p.text[m.num_end:]):
        return False
    lo = P.clause_start(p.text, m.num_start)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    s = p.sentence_of(m)
    unit_end = m.num_end + _UNIT.match(p.text[m.num_end:]).end()
    if _DID.search(p.text[unit_end:P.clause_end(p.text, m.end)]) or _BROUGHT.search(p.text[s:at]):
        return False
    has = bool(_HAS.search(p.text[lo:at]))
    listed = i > 0 and (i - 1) in p.standing_at and p.sentence_of(p.figures[i - 1]) == s and \
        bool(_NEXT_ITEM.match(p.text[p.figures[i - 1].end:at]))
    if not (has or listed):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


ORGANISATION = (own_organisation,)
