"""A bound that members named or grouped reached: the class's floor, no figure of the period (template round 76).

=========================  ======================================================================================
``bound_of_named_members`` ``Các tỉnh có tỷ lệ tốt nghiệp cao trên 99% có truyền thống dạy tốt học tốt như Thái
                           Bình, Nam Định, Hà Nam, …`` (xr-toan-quoc-bo-gddt-ty-le-tot-nghiep-thpt-2018), ``Trong đó,
                           các xã đạt tỷ lệ người dân đi bầu cao hơn 90% là: Tấn Mỹ, Mỹ An.`` (sweep
                           p36-chomoi-cutri-12h30-2021-05): a group not counted (``các``/``những`` and its noun) that
                           has or reaches (``có``/``đạt``) a rate above a bound, its members named after it in the
                           sentence (``như``, ``là``, ``gồm``, then a capitalised name) — the bound says which members
                           belong, as the checker's ``thresholdgroup`` reads ``trên 95% gồm có …``
``bound_each_reached``     ``TP.Hà Nội, Hải Phòng có số lượng dự thi cao đều đạt tỷ lệ tốt nghiệp trên 98%`` (the same
                           page), ``… như Ai Cập, Algeria, Senegal, Cote d'Ivoire đều có mức tăng trưởng cao trên
                           40%`` (sweep d4-plo-xuatkhau-chauphi-2011), ``các chỉ tiêu sản xuất kinh doanh chính của tập
                           đoàn đều đạt trên 25% kế hoạch`` (sweep c36-thanhnien-tkv-quy-1-2018): ``đều`` (each of
                           them) then the verb and a bound — the floor every member passed, no one's value (``hầu hết
                           các lĩnh vực thu đều đạt trên 50%``, many things uncounted, is ``bounds.bound_of_uncounted``'s)
=========================  ======================================================================================

Only a rate (``%``) after a bound word (``trên``, ``hơn``, ``cao hơn``, ``dưới``, ``từ``) in the clause. Not a group
that is the place of a rate (``mức độ hài lòng của người dân tại các xã đạt trên 90%.``,
v-dak-song-nong-thon-moi-2019: the hand's row — no ``đều``, no member named after), nor a share of something counted
after the rate (``các tiêu chí có trên 95% hộ gia đình đạt 8 tiêu chí``, xf-long-an-kien-tuong-…: the hand's row, no
member named). Tried with ``service.onboarding.recognisers.RECOGNISERS`` with the other bounds (``BOUNDS``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

_BOUND_WORDS = ("trên", "hơn", "dưới", "từ")
#: ``cao hơn 90%``, ``thấp hơn 50%``: above or below, said by the comparative
_MORE_THAN = re.compile(r"(?i)(?<!\w)(?:cao|thấp)\s+hơn\s+$")
_W = r"[^\W\d_]"
#: ``các tỉnh có tỷ lệ tốt nghiệp cao``, ``các xã đạt tỷ lệ người dân đi bầu cao``: the group, its verb, what it has
#: (up to eight words, no comma or number), right before the bound word; the group opens its clause.
_GROUP_HAS = re.compile(rf"(?i)(?:^|[,:]\s*|\s)(?:các|những)\s+{_W}+(?:\s+{_W}+)?\s+(?:có|đạt)(?:\s+{_W}+){{0,8}}?\s*$")
#: after the rate, in its sentence: ``như``/``là``/``gồm`` (a colon perhaps) and a capitalised name
_NAMED_AFTER = re.compile(r"[^.;!?\n\d]{0,80}?(?<!\w)(?:như|là|gồm(?:\s+có)?)\s*:?\s*(?=\w)")
#: ``đều đạt tỷ lệ tốt nghiệp``, ``đều có mức tăng trưởng cao``: each member, its verb, what it reached
_EACH_REACHED = re.compile(rf"(?i)(?<!\w)đều\s+(?:đạt|có)(?:\s+{_W}+){{0,6}}?\s*$")


def _bound_before(p: Para, m: Mention) -> int | None:
    """Where the words before the rate's bound end (before ``trên``, ``dưới``, ``từ``, ``cao hơn``), else None.  A
    ``cao hơn``/``thấp hơn`` the paragraph's reading took for a change (``rows._more_less``) is a bound here: the
    group's words and the members named are what say it is no change."""
    if m.kind != "percent" or m.value is None:
        return None
    q = (m.qualifier or "").lower()
    if q in _BOUND_WORDS and q != "hơn" and not m.comparison and m.qualifier_start is not None:
        return m.qualifier_start
    more = _MORE_THAN.search(p.text, max(0, m.num_start - 16), m.num_start)
    if more is not None and (q == "hơn" and not m.comparison or not q and m.comparison in ("tăng", "giảm")):
        return more.start()
    return None          # a bare "hơn 90%" is an approximation, not a bound


def bound_of_named_members(p: Para, i: int, m: Mention) -> bool:
    at = _bound_before(p, m)
    if at is None:
        return False
    lo = P.clause_start(p.text, m.num_start)
    if not _GROUP_HAS.search(p.text[max(0, lo - 2):at]):
        return False
    named = _NAMED_AFTER.match(p.text, m.end)
    return named is not None and p.text[named.end()].isupper()


def bound_each_reached(p: Para, i: int, m: Mention) -> bool:
    at = _bound_before(p, m)
    if at is None:
        return False
    lo = P.clause_start(p.text, m.num_start)
    return bool(_EACH_REACHED.search(p.text[lo:at]))


MEMBER_BOUNDS = (bound_of_named_members, bound_each_reached)
