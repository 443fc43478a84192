"""A market's price quoted on a unit of goods or a share is the market's, not the agency's figure (checker round 107,
issue 13). Mixed into the checker (``check._Checker``).

    … cổ phiếu LTG giảm hết biên độ trong phiên 31/10. Thị giá về mức 23.400 đồng/cổ phiếu, tương đương giảm gần 30%
    chỉ sau chưa đầy 1 tháng.                   (wd-an-giang-tap-doan-loc-troi-ket-qua-kinh-doanh-2023-q3)
    … Hiệp hội Lương thực Việt Nam (VFA) cho biết đến 1.8, giá gạo 5% tấm của Việt Nam và Thái Lan tiếp tục tăng thêm
    20 USD lên mức tương ứng 588 USD và 623 USD/tấn.   (wd-can-tho-nong-nghiep-trung-an-ket-qua-kinh-doanh-2023-q2)

Grammar and notation: an amount of money per unit of goods or per share (``đồng/cổ phiếu``, ``USD/tấn``, ``đồng/kg``;
the members of a list sharing that unit: ``588 USD và 623 USD/tấn``) whose clause names a price — ``thị giá``, ``giá``
+ the goods (never ``giá trị``, ``giá thành``: a value, a cost) — before it, is the price the market set: the
company's report cites it as context. ``markets.world_price`` sets aside the world market's price (``giá … thế
giới``); this is its kin for any market (a share on the exchange, an association's export quote). The change said of
that price right after it (``…, tương đương giảm gần 30%``) is the price's too. Only amounts no row backs, left
unsupported, and only where the table keeps no price (``_keeps_prices``: then a price is checked as the agency's).
"""

from __future__ import annotations

import re

#: A price named: ``thị giá``, ``giá`` + the goods, ``giá cổ phiếu``; not ``giá trị`` (value), ``giá thành`` (cost),
#: ``giá bán bình quân`` of the company's own goods is a price too (the table keeping prices checks it).
_PRICE = re.compile(r"(?i)(?<!\w)(?:thị\s+giá|giá(?!\s+(?:trị|thành|vốn)(?!\w)))(?!\w)")
#: Money per a unit of goods or a share, at the end of the amount's own text.
_PER_GOODS = re.compile(r"(?i)/\s*(?:cổ\s+phiếu|cp|cổ\s+phần|tấn|kg|tạ|yến|lít|thùng|ounce|oz|lượng|chỉ|con|quả|m3|m³)$")
#: Members of one list before the per-unit amount: ``588 USD và 623 USD/tấn``, ``588, 600 và 623 USD/tấn``.
_LIST_JOIN = re.compile(r"^\s*(?:,|và|hoặc|đến|tới|-|–)\s*$")
#: What ends the clause between the price's name and its amount.
_BREAK = re.compile(r"[;:!?\n]|\.(?!\d)")
#: The price's own change said right after it: ``, tương đương giảm gần 30%``, ``, tức tăng 5%``.
_ITS_CHANGE = re.compile(r"^\s*,?\s*(?:tương\s+đương|tức(?:\s+là)?|hay)\s*(?:(?:tăng|giảm)(?:\s+(?:gần|hơn|khoảng|"
                         r"trên|tới|đến|xấp\s+xỉ))?\s*)?$")


def price_named_before(text: str, start: int, reach: int = 160) -> bool:
    """A price is named in the clause before ``start`` (no full stop, semicolon or line between)."""
    before = text[max(0, start - reach):start]
    cues = list(_PRICE.finditer(before))
    return bool(cues) and not _BREAK.search(before[cues[-1].end():])


class MarketQuote:
    """The pass (``_market_quote_pass``): unsupported amounts that are a market's price, and the price's change."""

    def _market_quote_pass(self) -> None:
        if self._keeps_prices():
            return
        quoted: list[int] = []
        for i, m in enumerate(self.mentions):
            if m.kind != "money" or not _PER_GOODS.search(m.raw.strip()):
                continue
            members = [i]
            j = i - 1
            while j >= 0 and self.mentions[j].kind == "money" \
                    and _LIST_JOIN.match(self.text[self.mentions[j].end:self.mentions[i if j == i - 1 else j + 1].num_start]):
                members.append(j)
                j -= 1
            first = self.mentions[members[-1]]
            if price_named_before(self.text, first.qualifier_start or first.num_start):
                quoted.extend(members)
        for i in sorted(set(quoted)):
            m, r = self.mentions[i], self.results[i]
            if r is not None and r.verdict == "unsupported":
                self.results[i] = self._result(m, "not_a_figure", derivation=(
                    "giá trên thị trường (giá cổ phiếu, giá hàng hóa) nêu làm bối cảnh, không phải số liệu của đơn vị"))
            k = i + 1
            if k < len(self.mentions):
                c, rc = self.mentions[k], self.results[k]
                if c.kind == "percent" and c.comparison in ("tăng", "giảm") and rc is not None \
                        and rc.verdict == "unsupported" and c.qualifier_start is not None \
                        and _ITS_CHANGE.match(self.text[m.end:c.qualifier_start]):
                    self.results[k] = self._result(c, "not_a_figure", derivation=(
                        "mức tăng/giảm của giá trên thị trường nêu ngay trước, không phải số liệu của đơn vị"))
