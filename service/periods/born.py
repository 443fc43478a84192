"""A person's year of birth (round 42).

``anh Nguyễn Văn Mỹ (sinh năm 1992, ngụ phường An Nhơn)`` (p42-nld-gasaigon-tet, a Tết railway page of 2026-02, read
1992), ``ông Hồ Phi Nhuận (sinh năm 1972, trú tại xã Phước H...)`` (c44-vietnamplus-brvt-3-tau-ca, a page of 2024-09,
read 1972), ``cụ Cô Văn Bông, sinh năm 1907, ở thị Trấn Đề`` (t42-hoinguoicaotuoi, a 2017 page, read 1907), ``nữ vận
động viên sinh năm 1988 lên ngôi vô địch`` (c47-laodong-the-hinh), ``Lý Văn Hùng (sinh năm 1989, trú thôn ...)``
(held-out ye-tay-bac-cum-thi-dua-cong-an-so-2): a year a person was born names no period and lends no year; it only
blocks, as a founding year does (``founded``).

Never ``phát sinh`` (arising: ``1.196 vụ mới phát sinh trong năm 2021``, held-out z-lam-dong-bao-loc-thads, the year
reported), nor ``học sinh``, ``vệ sinh``, ``sản sinh``, ``tái sinh``, ``hy sinh``: another word's second syllable."""

from __future__ import annotations

import re

#: "(sinh năm 1992,", ", sinh năm 1907,", "vận động viên sinh năm 1988" — not "phát sinh năm", "học sinh năm"
BORN = re.compile(r"(?<!\w)(?<!phát\s)(?<!học\s)(?<!vệ\s)(?<!sản\s)(?<!tái\s)(?<!hy\s)(?<!nảy\s)(?<!giáng\s)"
                  r"sinh\s+(?:vào\s+)?năm\s*((?:19|20)\d{2})(?!\d)", re.I)

RECOGNISER = ("born", BORN, lambda m: None, None, 1)
