"""Another place's number: a number no row supports that its sentence says of another place is no figure of the
report — one step per kind of place, walked in order by :func:`another_place` (``check._not_of_this_period``).

- another province named before it (``recognisers.places``): ``đứng sau Thanh Hóa với 3,510 triệu đồng`` on Hà
  Tĩnh's page;
- another district or commune of the report's level (``recognisers.otherunits``): ``toàn huyện Hoài Đức có 291 tổ
  phụ nữ tiết kiệm`` on Sơn Tây's page;
- a digest's item about another province (``recognisers.digest``): ``TẤN HÀ`` / ``* Khám bệnh cho 600 người … Hội
  Chữ thập đỏ tỉnh Bến Tre``;
- the whole country set against the report's own (``recognisers.nation``): ``trong khi cả nước là 0,99%``.

A step answers the place (the name a row of the table would carry) and the words saying why, or None; a place a row
of the table names is the table's (a roundup keeping each province as a row), and the next step is asked. A new kind
of place is one more step in ``ANOTHER_PLACE``.
"""

from __future__ import annotations

from functools import cached_property
from typing import Callable, NamedTuple

from service.checker.recognisers.digest import other_item_place
from service.checker.recognisers.nation import nation_contrasted
from service.checker.recognisers.otherunits import other_unit, own_unit
from service.checker.recognisers.places import other_province, own_province


class Here:
    """The place the report is about, read at the first number that needs it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def province(self) -> str | None:
        return own_province(self.text)

    @cached_property
    def unit(self) -> str | None:
        return own_unit(self.text)   # the district or commune (otherunits)


class Elsewhere(NamedTuple):
    place: str        # the name a row of the table would carry
    derivation: str   # why the number is no figure of the report (users read it)


def other_province_step(text: str, n, here: Here) -> Elsewhere | None:
    """Another province's value quoted to rank the report's own (``Hà Nội … nhiều nhất với 181 em`` in Hà Tĩnh's
    report). A number the checker guessed a row for only when the other province is named right before it (since the
    previous number), not just opening its clause — so a wrong own value in a sentence that merely starts on another
    province stays caught."""
    if n.source is not None:
        return None
    place = other_province(text, n.start, here.province, since_previous_only=n.expected is not None)
    if not place:
        return None
    return Elsewhere(place, f"số liệu của {place}, nêu để so sánh: không phải số liệu của đơn vị báo cáo "
                            f"({here.province})")


def other_unit_step(text: str, n, here: Here) -> Elsewhere | None:
    """Another district's (commune's) value: ``toàn huyện Hoài Đức có 291 tổ phụ nữ tiết kiệm`` on Sơn Tây's page."""
    if n.source is not None:
        return None
    unit = other_unit(text, n.start, here.unit, since_previous_only=n.expected is not None)
    if not unit:
        return None
    return Elsewhere(unit.split(" ", 1)[-1], f"số liệu của {unit}, đơn vị cùng cấp khác: không phải số liệu của đơn vị "
                                             f"báo cáo")


def digest_item_step(text: str, n, here: Here) -> Elsewhere | None:
    """A digest's item on another province, even with a row the checker guessed for it (``giúp vốn 4 triệu đồng/hộ``
    read as a scale slip of row 3's)."""
    place = other_item_place(text, n.start)
    if not place:
        return None
    return Elsewhere(place, f"tin khác trong bản tin nhiều mục ký tên riêng, về {place}: không phải số liệu của đơn vị "
                            f"báo cáo")


def nation_step(text: str, n, here: Here) -> Elsewhere | None:
    """The whole country's value set against the report's own (``trong khi cả nước là 0,99%``, ``Còn cả nước, …``)."""
    if n.source is not None or not nation_contrasted(text, n.start):
        return None
    return Elsewhere("cả nước", "số liệu của cả nước, nêu để so sánh: không phải số liệu của đơn vị báo cáo")


#: The kinds of other place, asked in this order.
ANOTHER_PLACE: tuple[Callable[[str, object, Here], Elsewhere | None], ...] = (
    other_province_step, other_unit_step, digest_item_step, nation_step)


def another_place(text: str, n, here: Here, kept: Callable[[str], bool]) -> Elsewhere | None:
    """The first other place a step finds for the number ``n`` whose name no row keeps (``kept``), or None."""
    for step in ANOTHER_PLACE:
        found = step(text, n, here)
        if found is not None and not kept(found.place):
            return found
    return None
