"""A weight class that names a combat sport's event: the weight after ``hạng cân`` (stop 50's final batch).

    … nam thanh niên hạng B (9 hạng cân từ 55kg đến trên 90kg); nữ thanh niên và đôi nam - nữ phối hợp (với 5 hạng
    cân từ 46kg đến trên 55kg) … Nguyễn Ngọc Thái Hà trong hạng cân 52kg nữ; K’ Tuyên trong hạng cân 75kg nam …
                        (held-out xc-lam-dong-doan-the-hinh-tinh-giai-vo-dich-cac-clb-toan-quoc-2023-05)
    … huy chương vàng thuộc về VĐV Vũ Đào Hoài Anh ở hạng cân 67 kg nữ lứa tuổi 15-16 … Hồ Diên Mạnh hạng cân 63,5 kg
    nam …               (baogialai.com.vn, 2026-03-11: the national Muay clubs' championship)
    HCV thuộc về VĐV Lê Thái Sơn hạng cân 86 kg lứa tuổi 17-40.   (baohatinh.vn, the same championship)

``WEIGHT_CLASS``: a weight in kg right after ``hạng cân`` (``từ``/``trên``/``dưới`` maybe between), and the second end
of a span of classes (``hạng cân từ 55kg đến trên 90kg``) — the event's name, as ``sports.EVENT_DISTANCE`` reads
``cự ly 200m``; not what the period did. How many classes there were (``9 hạng cân``, ``18 hạng cân đối kháng``) is
not claimed: the hand sheets split on keeping it. A weight the period's work moved keeps its number (``thu gom 55 kg
rác``: no ``hạng cân``)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_KG = r"\d{1,3}(?:,\d)?\s?kg(?!\w)"
_CLASS = r"(?i)\bhạng\s+cân\s+(?:(?:từ|trên|dưới)\s+)?"
WEIGHT_CLASS = Rule(
    "weight-class", "name", "a weight class naming an event (hạng cân 52kg), not a figure",
    re.compile(_CLASS + rf"({_KG})"),
    re.compile(_CLASS + rf"{_KG}\s*(?:-|–|đến|tới)\s*(?:trên\s+|dưới\s+)?({_KG})"),
    needs=("hạng cân",))
