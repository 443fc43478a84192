"""A count of a compound noun said again in a later paragraph of its section: the same row (round 51).

``recognisers.repeat`` takes a count said again when the words after its noun name what the earlier row's label
names, or, with nothing after the noun, when its clause's verb is not another action; it is careful because small
counts of a one-word noun (``16 vụ``) coincide.  A count whose noun is a compound of two words or more (``phần
quà``, ``gian hàng``) and which is not small names one lot of things: said again with the same value it is that lot
again, whatever the sentence now says was done with it —

- ``trao 200 phần quà Vu lan, với tổng kinh phí hơn 80 triệu đồng`` … (a later paragraph) ``Bổn tự cùng quý Phật tử
  đã chuẩn bị 200 phần quà, mỗi phần trị giá hơn 400 ngàn đồng`` (xb-tp-ho-chi-minh-binh-loi-trung-chua-hoa-nghiem-
  qua-vu-lan-2025-08: the hand keeps one row, 200 phần quà);
- ``có 15 gian hàng nhu yếu phẩm của các hội đoàn`` … ``Ngoài 15 gian hàng Quà tặng tập trung ở khu vực giữa sân``
  (xb-tp-ho-chi-minh-go-vap-giao-xu-bac-dung-hoi-cho-xuan-2016-01: one row, 15 gian hàng).

Under 10, a one-word noun (``vụ``), or people (``lao động``, ``hội viên``: ``repeat`` reads them with its own guard)
stay ``repeat``'s to judge; so does a count in the same paragraph as the earlier one — places listed side by side
each with their own count can coincide: ``Làng nghề dệt thổ cẩm Đam Pao … thu hút việc làm gần 170 lao động`` and
``làng nghề dâu tằm tơ Đông Anh 5 … với hơn 170 lao động`` (zl-lam-dong-lam-ha-lang-nghe-truyen-thong-2019, two
rows of 170).
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.match import PERSON
from service.onboarding.model import Para
from service.onboarding.nouns import unit_of

SMALLEST = 10


def compound_again(p: Para, i: int, m: Mention) -> bool:
    """A count of 10 or more of a two-word noun (no people) a row of an earlier paragraph of the section counts, same
    value: that row."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role or m.value < SMALLEST:
        return False
    unit = unit_of(p, i, m)
    if len((unit or "").split()) < 2 or unit.lower() in PERSON:
        return False
    for r in p.section_rows:
        if r.kind == "count" and r.value == m.value and (r.unit or "").lower() == unit.lower() \
                and r.sentence and r.sentence[0] != p.key:
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


COMPOUND = (compound_again,)
