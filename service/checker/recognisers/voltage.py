"""A grid's voltage class: ``Trạm 220kV Hà Đông``, ``lưới 500kV``, ``các máy biến áp 220, 110 kV`` — what a line, a
substation or a transformer is rated, part of its name, never a figure of the period.

    … Trạm 220kV Hà Đông đã bị ngập úng … yêu cầu đơn vị vận hành tách các máy biến áp 220, 110 kV và một số
    đường dây cùng cấp điện áp ra khỏi hệ thống điện.                  (c34-vov-mua-lu-mien-trung-ha-noi)
    … Xu hướng truyền tải trên lưới 500kV trong tháng 4 tiếp tục theo hướng Bắc - Nam …
                                                                       (t12-cand-dienthuongpham-t4-2015)
    … lúc đó lưới điện miền Bắc mới chỉ có cấp điện áp 110 kV, …        (p19-congnghieptieudung-evnnpc-1969-2014)

- ``VOLTAGE``: a numeral and ``kV`` (glued or not, any case), and the numerals listed before it sharing the unit
  (``220, 110 kV``, ``110/22 kV``, ``35 và 22 kV``) — the list claimed whole. What the line or the station measures
  stays a figure (``25,3 km đường dây 110 kV``: the kilometres are read as before).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_VOLT = r"\d{1,3}(?:,\d{1,2})?"
VOLTAGE = Rule("voltage", "name", "a grid's voltage class (trạm 220kV, máy biến áp 220, 110 kV), not a figure",
               re.compile(rf"(?<![\w.,])({_VOLT}(?:\s?(?:,|/|và)\s?{_VOLT})*\s?[kK][vV])(?!\w)"), needs=("kv",))
