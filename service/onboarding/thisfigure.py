"""A change said of ``con số này`` (this figure) in a sentence of its own (template round 55).

=========================  ======================================================================================
``change_of_this_figure``  ``… với tổng nguồn lực huy động trên 29.186 tỉ đồng. So với nhiệm kì trước, con số này
                           tăng khoảng 45%`` (t43-tienphong-chu-thap-do-2020-2025): a rate of change whose subject is
                           ``con số này`` / ``con số đó`` / ``số này`` refers back to the figure stated last — the
                           change of the paragraph's last row before it (``tăng so với …``), no row of its own
=========================  ======================================================================================

Only when that last row is a level (a count, an amount, a measure): ``riêng trong tháng 5, tổng mức bán lẻ … tăng
11,5% so với cùng kỳ năm trước. Tính chung 5 tháng đầu năm 2023, con số này tăng trưởng 12,6%``
(d10-vietbao-banle-5t-2023) says the rate of another span of a measure stated only as a rate: its own row, as before.
Tried with ``service.onboarding.recognisers.RECOGNISERS`` right before the changes (``change``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para

#: ``con số này tăng khoảng``, ``con số đó giảm``, ``số này tăng``: the subject and the change word right before the rate.
_THIS_FIGURE = re.compile(r"(?i)(?<!\w)(?:con\s+)?số\s+(?:này|đó|trên)\s+(?P<how>tăng|giảm)(?:\s+trưởng)?(?:\s+(?:khoảng|gần|"
                          r"hơn|trên|xấp\s+xỉ|thêm))?\s*$")
#: ``So với nhiệm kì trước,``: what the change is measured against, when the sentence opens on it.
_AGAINST = re.compile(r"(?i)^\W*(?P<base>so\s+với\s+[^,;.]{1,40}?)\s*,")


def _said(p: Para, m: Mention):
    if m.value is None or (m.unit or "") != "%":
        return None
    s = p.sentence_of(m)
    return _THIS_FIGURE.search(p.text[s:m.num_start])   # the change word and its qualifier read with it


def said_of_this_figure(p: Para, m: Mention) -> bool:
    """``m`` is a rate whose subject is ``con số này`` and the change word (``rates.named_rate`` leaves it: the
    words name no indicator of its own)."""
    return _said(p, m) is not None


def change_of_this_figure(p: Para, i: int, m: Mention) -> bool:
    """``m`` is a rate of change of ``con số này`` (module docstring)."""
    said = _said(p, m)
    if said is None:
        return False
    s = p.sentence_of(m)
    if any(f.is_figure and f.value is not None and s <= f.num_start < m.num_start for f in p.figures):
        return False          # a level of its own sentence comes first: the other recognisers read the change
    before = p.rows_before(i, same_sentence=False)
    if not before or before[0].kind not in ("count", "money", "measure"):
        return False
    row = before[0]
    against = _AGAINST.match(p.text[s:])
    how = f"{said.group('how').lower()} " + (against.group("base") if against else "so với kỳ trước")
    row.derived.append(Derivation(p.quote(m), how, m.value))
    p.rows[i] = row
    return True


THIS_FIGURE = (change_of_this_figure,)
