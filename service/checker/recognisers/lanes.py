"""Addresses written with the numbers of a lane's branches, a street number pair, a ward glued by a dot, and a
building's floors — places and descriptions, never figures of the period.

    … xảy ra vụ cháy nhà tại địa chỉ số 1 ngõ 43/98/31, phố Trung Kính, phường Trung Hòa …   (c25-vovgov-chay-no-nam-2024)
    … điển hình: Vụ cháy Công ty Cổ phần Kim Long tại 129/143 Trường Chinh, Lâm Hà, Kiến An, Hải Phòng …
                                                              (ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03)
    … một kho hàng trên đường Phạm Văn Chí, phường.7, Quận 6 …  (ya-toan-quoc-tong-cuc-quan-ly-thi-truong-xu-ly-vi-pham-2019-q1)
    … tại ngôi nhà 3 tầng trong hẻm 47 đường Lạc Long Quân …    (c25-kienthuc-chay-nghiem-trong-2022)

- ``LANE_CHAIN``: a lane's number and its branches after ``ngõ``/``ngách``/``hẻm``/``kiệt``/``số nhà`` (``ngõ 43/98/31``,
  ``hẻm 12/5``) — one address, the chain claimed whole (``labels.PLACE`` takes a single number only);
- ``STREET_PAIR``: ``tại``/``ở`` a house number pair ``N/M`` and then a street's name (capitalised words) and a comma
  (``tại 129/143 Trường Chinh, …``) — no fraction: a fraction counts something after it (``413/576 vụ cháy``);
- ``DOTTED_PLACE``: a ward, district or commune noun glued to its number by a dot on one line (``phường.7``), or
  abbreviated to its capital (``Q.6``, ``P.12``) — not a heading in capitals ending in such a word before the next line's section number (``…
  NÔNG THÔN.\n1/- Tình hình``, c10-thapmuoi-hnd-2012-2017);
- ``FLOORS``: ``nhà 3 tầng``, ``tòa nhà 25 tầng``, ``ngôi nhà cao 5 tầng`` — a building's floors describe it.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_LANE_NOUNS = r"[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt|[Ss]ố\s+nhà|[Nn]hà\s+số"
LANE_CHAIN = Rule("lane-chain", "address", "an address: a lane's number and its branches (ngõ 43/98/31)", re.compile(
    rf"(?<!\w)(?:{_LANE_NOUNS})\s+(\d{{1,4}}[A-Za-z]?(?:\s?/\s?\d{{1,4}}[A-Za-z]?)+)(?![\d.,]?\d)(?!\w)"
    r"(?=\s*(?:[,\-–]|\s+(?:đường|phố|ngõ|ngách|hẻm|kiệt|[A-ZĐÀÁẢÃẠĂÂÈÉÊÌÍÒÓÔƠÙÚƯÝ])))"),
    needs=("ngõ", "ngách", "hẻm", "kiệt", "nhà"))

#: the street's name: one to four capitalised words, then a comma or a dash (the ward, district or town follows)
_STREET = r"[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][^\W\d_]*" \
          r"(?:\s+[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][^\W\d_]*){0,3}"
STREET_PAIR = Rule("street-pair", "address", "an address: a house number pair on a named street (tại 129/143 Trường Chinh)",
                   re.compile(rf"(?<!\w)(?:tại|ở|Tại|Ở)\s+(\d{{1,4}}[A-Za-z]?/\d{{1,4}}[A-Za-z]?)\s+{_STREET}\s*[,\-–]"),
                   needs=("tại", "ở"))

DOTTED_PLACE = Rule("dotted-place", "address", "an address: a ward or district glued to its number by a dot (phường.7)",
                    re.compile(r"(?<!\w)(?:[Pp]hường|[Qq]uận|[Xx]ã|[Hh]uyện|[Tt]hôn|[Ấấ]p|[Kk]hu\s+phố)\.[ \t]?(\d{1,3})(?![\d.,]?\d)(?!\w)"),
                    # "Cháy chung cư ở Q.6 (TP.HCM)" (yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01), "P.12, Q.Gò
                    # Vấp": a district or ward abbreviated to its capital and a dot (not a quarter: "Q.1/2023")
                    re.compile(r"(?<![\w.])[QP]\.[ \t]?(\d{1,2})(?![\d.,]?\d)(?!\w)(?![ \t]*[/\-][ \t]*(?:19|20)?\d\d)"),
                    needs=("phường.", "quận.", "xã.", "huyện.", "thôn.", "ấp.", "khu phố.", "q.", "p."))

FLOORS = Rule("floors", "name", "a building's floors: a description, not a figure of the period", re.compile(
    r"(?i)(?<!\w)(?:ngôi\s+nhà|căn\s+nhà|tòa\s+nhà|toà\s+nhà|dãy\s+nhà|khối\s+nhà|nhà\s+xưởng|nhà\s+ở|nhà|"
    r"chung\s+cư|khách\s+sạn|biệt\s+thự|trụ\s+sở)(?:\s+(?:cao|gồm|có))?\s+(\d{1,3})\s+tầng(?!\s+(?:hầm\s+)?(?:đã|được|bị))(?!\w)"),
    needs=("tầng",))
