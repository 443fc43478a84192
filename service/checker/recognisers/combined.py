"""A combined vaccine named by how many it joins: ``vaccine 5 trong 1``, ``vắc xin 6 trong 1``, ``6in1``.

    Trẻ được tiêm chủng chủ yếu là vaccine 5 trong 1 có thành phần bạch hầu.
                                            (c29-baohaiduong-trang-chu-tiem-chung-bach-hau-2020)
    Vắc xin 6 trong 1 Hexaxim là vắc xin phòng 6 bệnh …   (hoibenh.com, lịch tiêm và giá tiêm vắc xin 6 trong 1)
    Chích ngừa Hexaxim 6in1 là một loại vắc xin …         (benhvienthucuc.vn, những lưu ý khi cho trẻ đi chích ngừa)

``COMBINED_VACCINE``: ``vắc xin``/``vắc-xin``/``vaccine``/``vacxin`` (maybe ``phối hợp``), then ``N trong 1`` or
``Nin1`` — the vaccine's name (N antigens in one shot), neither number a count of the period. A count after the name
keeps its number (``vắc xin 5 trong 1 cho 1.200 trẻ``); the diseases it guards against (``phòng 6 bệnh``) are left
to the other rules.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_VACCINE = r"(?:vắc[\s-]?xin|vác[\s-]?xin|vaccine|vaccin|vacxin)"
_PATTERN = re.compile(rf"(?i)(?<!\w){_VACCINE}(?:\s+phối\s+hợp)?(?:\s+[A-Z][\w-]*)?\s+(\d\s*(?:trong\s+1|in\s?1))(?![\d\w])")
_NAME_FIRST = re.compile(rf"(?i)(?<!\w)[A-Z][a-z]+\s+(\d\s*in\s?1)(?![\d\w])(?=[^.\n]{{0,40}}{_VACCINE})")

COMBINED_VACCINE = Rule("combined-vaccine", "name", "a combined vaccine named by how many it joins (vắc xin 6 trong 1), "
                        "not a figure", _PATTERN, _NAME_FIRST, needs=("trong 1", "in1", "in 1"))
