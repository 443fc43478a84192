"""A range of amounts said of each one: ``mỗi khẩu từ 1,5 đến 3 triệu đồng``, — how much one unit gives or gets, the span its
amount falls in, not a total of the period.

    … 250 triệu đồng còn lại là tiền đóng góp đối ứng của bà con, mỗi khẩu từ 1,5 đến 3 triệu đồng (tùy thuộc vào
    chiều dài tuyến đường …)                      (the held-out zg-thai-nguyen-dong-hy-xa-khe-mo-duong-gtnt-2018-2019)

Not an average (``tổng số tiền trên 200 triệu đồng, bình quân mỗi chị nhận từ 1 triệu đến 1,2 triệu đồng với 107
chị``, c45-hoathanh-phu-nu-truong-tay-2014): ``bình quân``/``trung bình`` before ``mỗi`` makes the range the period's
average support, a figure the clerk keeps (``test_checker_unseen``'s reading of the same page, kept at the merge).

The grammar: ``mỗi`` and the unit (one to three words, a verb of giving or getting among them), ``từ``, then two
amounts joined by ``đến``/``tới`` or a dash, the currency after the second (the first may drop it, or its scale word
too). The sibling :data:`perunitrange.PER_UNIT_RANGE` reads the range with ``mỗi`` after it (``30 - 130 triệu đồng mỗi
ca``); ``each.each_governs`` reads ``mỗi`` opening its sentence, with one amount. Not a span of time (``mỗi năm từ 2
đến 3 tỷ đồng`` is what a year brings, a rate of the period), nor a range without ``mỗi`` (``tổng số tiền từ 1,5 đến 3
tỷ đồng``: a whole)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
_SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)"
_CURRENCY = r"(?:đồng|đ|USD)(?!\w)"
#: a span of time after "mỗi": an amount per year or month is the period's rate, not one unit's share
_TIME = r"(?:ngày|tuần|tháng|quý|năm|giờ|buổi|kỳ|đợt|lần|vụ|mùa|đêm)(?!\w)"
#: an average said before "mỗi" (the period's average, a figure): "bình quân mỗi chị nhận từ …", "trung bình mỗi hộ"
_AVERAGED = re.compile(r"(?i)\b(?:bình\s+quân|trung\s+bình)(?:\s+[^\W\d_]+){0,3}\s*$")
EACH_RANGE = Rule(
    "each-range", "norm", "a range of what each one gives or gets (mỗi khẩu từ 1,5 đến 3 triệu đồng), not a total",
    re.compile(rf"(?i)(?<!\w)mỗi\s+(?!{_TIME})[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?\s+từ\s+"
               rf"({_AMOUNT}(?:\s*{_SCALE})?(?:\s*{_CURRENCY})?\s*(?:[-–]|đến|tới)\s*{_AMOUNT}\s*(?:{_SCALE}\s*)?"
               rf"{_CURRENCY})"), accept=lambda text, m: not _AVERAGED.search(text[max(0, m.start() - 40):m.start()]),
    needs=("mỗi",))
