"""The length of a journey or a route: ``hành trình dài 1.700 km``, ``vượt quãng đường hơn 1.000km``.

    19h20 tối 16/2, đoàn tàu SE3 chở 450 hành khách rời ga Hà Nội đi TPHCM. Với hành trình dài 1.700 km, …
    19h20, đoàn tàu SE3 rời ga Hà Nội, bắt đầu hành trình gần 1.700 km đến TPHCM.
                    (c27-tienphong-tau-se3-don-giao-thua-2026)
    Vượt quãng đường hơn 1.000km về quê Gia Lai đón Tết, chị Hường cùng gia đình …
                    (c27-vietnamnet-san-ga-ngay-dau-nghi-tet-2026)

``JOURNEY_LENGTH``: ``hành trình`` (a journey, a route), or ``vượt quãng đường`` (one traveller covers a distance),
then at most two words of size (``dài``, ``gần``, ``hơn`` …) and a number of kilometres — how far the route runs, not
what the period did. A distance the period's work covered keeps its number (``tuần tra … quãng đường trên 1.200 km``:
no ``vượt`` before ``quãng đường``; ``đã vận chuyển 2.000 km``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_SIZE = r"(?:dài|gần|hơn|khoảng|trên|chừng|xấp\s+xỉ|lên\s+tới|tới|đến)"
_PATTERN = re.compile(rf"(?i)(?<!\w)(?:hành\s+trình|vượt\s+(?:qua\s+)?quãng\s+đường)(?:\s+{_SIZE}){{0,2}}\s+"
                      r"(\d[\d.,]*)\s?(?:km|ki-lô-mét|kilômét|cây\s+số)(?!\w)")

JOURNEY_LENGTH = Rule("journey-length", "norm", "the length of a journey or a route (hành trình dài 1.700 km)",
                      _PATTERN, needs=("hành trình", "quãng đường"))
