"""Rates of change of a list of products, none with an amount of its own (round 32).

========================  ===================================================================================
``speeds_of_a_list``      ``Một số sản phẩm tăng trưởng mạnh như tôm đông lạnh tăng 19,78%, mực đông lạnh tăng
                          18,64%, …`` (yl-ba-ria-vung-tau-so-cong-thuong-san-xuat-cong-nghiep-2023-01), ``tốc độ
                          tăng trưởng của các sản phẩm công nghiệp chủ yếu của tỉnh có mức tăng cao như: xi măng
                          tăng 14,1%; thiết bị điện, điện tử tăng 14,2%, …`` (c12-hanam-congthuong-2022-q1): products
                          (``sản phẩm``, ``mặt hàng``) named for how fast they grew, after ``như``/``gồm``/``là``, each
                          with only its rate — the change column of a product's row whose amount the page leaves out
                          (yl-ba-ria's hand table keeps each product with an empty amount and the rate in its
                          ``Tăng so với cùng kỳ`` column: an index row, not an amount to fill), as
                          ``occasions.change_unstated`` does for a count's change.  No row.
========================  ===================================================================================

Counter-cases: a price list (``giá`` in the head: a price index's groups, whose rates are the figures), an item with
its amount (``ô tô du lịch đạt 81,5 nghìn chiếc (tăng 81%)``: the rate is that amount's), a list whose head names no
growth.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.changedparts import keep_change_row
from service.onboarding.model import Para

#: The list's head: products, then (in the same clause) how they grew, then the word that opens the list.
_HEAD = re.compile(r"(?i)(?<!\w)(?:sản\s+phẩm|mặt\s+hàng)(?!\w)(?P<what>[^.;:!?\d]{0,80}?)(?<!\w)(?:như|gồm|là)\s*:?\s*")
_GREW = re.compile(r"(?i)(?<!\w)(?:tăng\s+trưởng|mức\s+tăng|tăng\s+(?:cao|mạnh|khá|nhanh))(?!\w)")
_PRICE = re.compile(r"(?i)(?<!\w)giá(?!\w)")
#: Between the list's opening and the rate: names, list separators, and other items' ``tăng|giảm N%`` — no amount.
_ITEMS = re.compile(r"(?i)^(?:[^\d.!?()]|(?<!\w)(?:tăng|giảm)\s+\d+(?:,\d+)?\s*%)*$")
#: ``lần lượt là: tăng 29,2% về lượng và tăng 21,8% về kim ngạch`` (t23-langsontrade-dieu-8t-2023): one product's
#: aspects, not a list of products — each rate the aspect's amount's (``recognisers.aspect_row``).
_ASPECT_AFTER = re.compile(r"(?i)^\s*%?\s*về(?!\w)")
_VERB = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)\s*$")


def speeds_of_a_list(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.kind != "percent" or m.comparison not in ("tăng", "giảm"):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _VERB.search(p.text[max(0, m.num_start - 12):m.num_start]):
        return False                       # ``tăng`` right before the rate: the item's own verb
    sentence = p.sentence_of(m)
    heads = [h for h in _HEAD.finditer(p.text, sentence, start)]
    if not heads:
        return False
    head = heads[-1]
    if not _GREW.search(head.group("what")) and not _GREW.search(p.text[sentence:head.start()]) or \
            _PRICE.search(p.text[sentence:head.end()]):
        return False
    between = p.text[head.end():start]
    item = re.split(r"[,;]|(?<!\w)và(?!\w)", between)[-1]
    if not (_ITEMS.match(between) and re.search(r"[^\W\d_]", item) and not _ASPECT_AFTER.match(p.text[m.end:])):
        return False
    # round 69: the hand's empty-amount row with its rate is read as a row of that rate — the product's own row
    name = _VERB.sub("", item).strip()
    return keep_change_row(p, i, m, name, "tốc độ tăng (+)/giảm (-)") if name else True


LISTED = (speeds_of_a_list,)
