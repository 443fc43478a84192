"""What a number of a report counts, read from its sentence: its label.

A figure's sentence says what it counts in two places: the noun phrase after the number
(``155 thanh niên trúng tuyển lên đường nhập ngũ``) and the verb phrase before it
(``hoà giải thành công 83 vụ``, ``thăm, tặng 1.783 phần quà``).  The label is built by rule:

- a count: ``Số`` + its counted noun + the rest of its noun phrase; when that phrase says
  little (``83 vụ``), the verb phrase before the number follows the noun (``Số vụ hoà giải
  thành công``);
- money: the money noun the text writes before it (``trị giá``, ``tổng số tiền``, ``kinh
  phí``; else ``Số tiền``) + what it is the value of: the count just before it in the clause
  (``Trị giá phần quà cho các đối tượng chính sách``) or the clause's verb phrase;
- a measure: its dimension (``Chiều dài``, ``Diện tích``, ``Khối lượng``…) + the noun after it
  or the verb phrase before it;
- a percentage: the phrase before ``đạt``/``chiếm``/``là``, as ``Tỷ lệ …``.

Other numbers inside a label are dropped with their unit; the label never ends on a
closed-class word, keeps at most ``MAX_WORDS`` words and is never empty nor a bare number.
The phrases come from ``service.onboarding.phrases``.
"""

from __future__ import annotations

import re

from service.checker.extract import COUNT_UNITS
from service.onboarding.phrases import fold_word, trim, without_periods, words_of

MAX_WORDS = 18

_DIMENSION = {"km": "Chiều dài", "m": "Chiều dài", "cm": "Chiều dài", "km2": "Diện tích", "m2": "Diện tích",
              "ha": "Diện tích", "m3": "Khối lượng", "kg": "Khối lượng", "tấn": "Khối lượng", "tạ": "Khối lượng",
              "yến": "Khối lượng", "g": "Khối lượng", "lít": "Thể tích"}

_OWN_NAME = re.compile(r"(?i)^(?:tổng\s+)?(?:số|tỷ\s+lệ|tỉ\s+lệ)$")

_MONEY_NAME = re.compile(r"(?i)^(?:tổng\s+)?(?:giá\s+trị|trị\s+giá|số\s+tiền|kinh\s+phí|doanh\s+thu|thiệt\s+hại|"
                         r"vốn|nguồn\s+vốn|số\s+vốn|ngân\s+sách|thu\s+ngân\s+sách|tổng\s+thu|"
                         r"tổng\s+chi|quỹ)\b")

#: The text names the measure itself: ``tổng diện tích gieo trồng 19.000 ha``, ``tổng sản lượng lương thực đạt …``,
#: ``năng suất lúa … 64,2 tạ/ha`` (a yield's name, for a yield's unit only: ``measure_name``).
_MEASURE_NAME = re.compile(r"(?i)^(?:tổng\s+)?(?:diện\s+tích|khối\s+lượng|trọng\s+lượng|chiều\s+dài|thể\s+tích|sản\s+lượng|"
                           r"(?P<yield>năng\s+[sx]uất))(?!\w)")     # "năng xuất": the pages' own spelling of it
#: Words before a measure's own name that are no part of it: ``về sản lượng lúa …`` (a topic), ``ước sản lượng …``
#: (an estimate: the sheet's value is the period's estimate).
_BEFORE_NAME = re.compile(r"(?i)^(?:về|ước(?:\s+tính)?|dự\s+kiến)$")
#: A weight per area (``tạ/ha``, ``tấn/ha``, ``kg/sào``) is a yield: its own name is ``Năng suất``.
_WEIGHT = frozenset("tạ tấn kg yến".split())
_AREA = frozenset("ha sào mẫu m2 công".split())


def yield_unit(unit: str) -> bool:
    """``tạ/ha``: a weight harvested per area — a crop's yield (``năng suất``), not a weight."""
    top, _, per = unit.lower().partition("/")
    return top.strip() in _WEIGHT and per.strip() in _AREA


def measure_name(verb: list[str], unit: str | None = None) -> list[str]:
    """The words from a measure's own name on (``về sản lượng lúa toàn miền Bắc`` → ``sản lượng lúa toàn miền
    Bắc``; ``ước sản lượng toàn vùng`` → ``sản lượng toàn vùng``; ``sơ bộ ước tính năng suất lúa xuân`` → ``năng
    suất lúa xuân``); ``[]`` when the words do not name it.  A yield's name is a yield's only: ``năng suất`` before
    ``4.688 tấn`` names no weight (``unit``, when given, says which)."""
    k = 0
    while k < len(verb) - 1 and _BEFORE_NAME.match(verb[k]):
        k += 1
    for j in range(k, len(verb)):
        hit = _MEASURE_NAME.match(" ".join(verb[j:]))
        if hit and (j == k or verb[j - 1] == "," or _BEFORE_NAME.match(verb[j - 1]) or hit.group("yield")):
            if hit.group("yield") and unit is not None and not yield_unit(unit):
                return []
            return list(verb[j:])
    return []

def own_name(verb: list[str], money: bool = False) -> bool:
    """The text names the figure itself: ``Số người nghiện có hồ sơ quản lý là 186 người``, ``Giá trị sản
    phẩm nông nghiệp đạt 120 tỷ đồng``."""
    if money and verb and _MONEY_NAME.match(" ".join(verb[:4])):
        return True
    return len(verb) >= 3 and bool(_OWN_NAME.match(" ".join(verb[:2])) or _OWN_NAME.match(verb[0]))

_AGE = re.compile(r"(?i)^(?:tháng\s+)?tuổi(?!\w)|^năm\s+(?:liên\s+tục|liền)(?!\w)")
_GRADE = frozenset("thứ cấp hạng loại bậc khóa khoá độ lớp khối".split())


def finish(words: list[str], fallback: str) -> str:
    """Join, trim, cap at ``MAX_WORDS`` words, capitalise; ``fallback`` when nothing is left.  Periods and
    stretches of time (``năm 2019``, ``trong 6 tháng``) are no part of a label: the sheet has its period."""
    words = words_of(without_periods(" ".join(words))) if any(w[:1].isdigit() for w in words) else words
    words = [w for k, w in enumerate(words) if (not w[0].isdigit() or _AGE.match(" ".join(words[k + 1:k + 4]))
                                                or (k and words[k - 1].lower() in _GRADE)
                                                or (k > 1 and fold_word(f"{words[k - 2]}{words[k - 1]}") == "luyke"))
             and w != '"']   # "trẻ em dưới 1 tuổi", "3 năm liên tục", "năm thứ 3": part of who is counted
    words = [w for k, w in enumerate(words) if not (w == "," and k and words[k - 1] == ",")]
    while words and words[0] == ",":
        words = words[1:]
    words = trim(words, lead=False)
    said = [k for k, w in enumerate(words) if w[0].isalnum()]   # a comma or a bracket is no word of the label
    if len(said) > MAX_WORDS:
        words = trim(words[:said[MAX_WORDS - 1] + 1], lead=False)
    text = " ".join(words)
    text = re.sub(r"\s+([,;:.)”»])", r"\1", text)
    text = re.sub(r"([(“«])\s+", r"\1", text)
    for a, b in (("(", ")"), ("“", "”")):
        if text.count(a) != text.count(b):
            text = text.replace(a, "").replace(b, "")
    text = " ".join(text.split()).strip(" ,;:-–")
    if not re.search(r"[^\W\d_]", text):
        text = fallback
    return text[:1].upper() + text[1:]

def _counted(words: list[str]) -> bool:
    """``words`` open with a count noun of their own (``hội viên``, ``học sinh``)."""
    low = " ".join(words).lower()
    return any(low == u or low.startswith(u + " ") for u in COUNT_UNITS)


#: A rest of the noun phrase that is a passive (``1.270 chị em được vay vốn``): it says what was done, the verb
#: before the number is not added (``giúp cho 1.270 chị em …`` is not ``Số chị em được vay vốn giúp``).
_PASSIVE = frozenset({"được", "bị"})


#: A herd (``đàn trâu, bò``, ``tổng đàn heo``) is itself the head count of ``con``: ``đàn trâu, bò có 5.840 con`` is
#: ``Đàn trâu, bò``, not ``Số con đàn trâu, bò``.
_HERD = re.compile(r"(?i)^(?:tổng\s+)?đàn(?!\w)")
_HEAD_COUNT = frozenset({"con"})   # the units of a head count (``con``; ``cá thể`` were one too)


def herd_label(unit: str, words: list[str]) -> str | None:
    """The label of a head count whose words open with the herd they count, else ``None``."""
    if unit.lower() not in _HEAD_COUNT:
        return None
    for k in range(len(words) - 1):     # "toàn tỉnh có tổng đàn trâu 115,7 nghìn con": who has the herd, then it
        if (k == 0 or fold_word(words[k - 1]) in ("co", ",")) and _HERD.match(" ".join(words[k:k + 2])):
            return finish(words[k:], f"Số {unit}")
    return None


def count_label(unit: str, noun: list[str], verb: list[str]) -> str:
    """``Số thanh niên trúng tuyển lên đường nhập ngũ``; ``Số vụ hoà giải thành công``;
    ``Số phần quà thăm, tặng cho các đối tượng chính sách``."""
    rest_words = [w for w in noun[len(unit.split()):] if w != ","]
    herd = herd_label(unit, verb) if unit and not rest_words else None
    if herd:             # "đàn trâu, bò có 5.840 con" (the noun after the number says no more)
        return herd
    if len(verb) > 2 and verb[0].lower() in ("đưa", "nâng") and verb[1].lower() in ("tổng", "số") and unit:
        verb = verb[1:-1] if verb[-1].lower() == "lên" else verb[1:]   # "đưa tổng số hội viên đến nay là 3.290"
        if unit.split()[0].lower() not in (w.lower() for w in verb):   # "nâng tổng số toàn Hội lên 47 chi hội"
            head = 2 if verb[0].lower() == "tổng" else 1
            verb = [*verb[:head], *unit.split(), *verb[head:]]
    if len(verb) > 1 and fold_word(verb[0]) in ("ty", "ti") and fold_word(verb[1]) == "le":
        verb = []        # "tỷ lệ hộ gia đình đạt … chiếm 78,5% …, 83/84 tổ dân phố …": another figure's name
    if own_name(verb):
        if unit and [fold_word(w) for w in verb[:2]] == ["so", "luong"] and \
                unit.split()[0].lower() not in (w.lower() for w in verb):
            verb = ["Số", *([] if _counted(verb[2:]) else unit.split()), *verb[2:]]   # "số lượng án … (năm 2016: 1.112
            # vụ/1.418 bị can": in its unit; "số lượng hội viên hơn 1.000 người": the members are what is counted
        return finish(verb, f"Số {unit}".strip())
    n = len(unit.split())
    bare = [w for w in noun if w != ","]
    rest = noun[noun.index(bare[n - 1]) + 1:] if n and [w.lower() for w in bare[:n]] == unit.lower().split() \
        else noun
    if n and [w.lower() for w in verb[:n]] == unit.lower().split():  # "Hộ cận nghèo 320 hộ": said once
        verb = verb[n:]
    while rest and rest[0] == ",":
        rest = rest[1:]
    size = len([w for w in rest if w != ","])
    if size == 0:
        return finish(["Số", *unit.split(), *verb], f"Số {unit}".strip())
    said = size >= 4 or (size >= 2 and rest[0].lower() in _PASSIVE)
    return finish(["Số", *unit.split(), *rest, *([] if said else verb)], f"Số {unit}".strip())

_TIME_PER = frozenset("ngày tuần tháng quý năm giờ buổi lần".split())

def money_label(head: str | None, verb: list[str], per: str | None) -> str:
    """``Trị giá thăm, tặng phần quà cho …``, ``Số tiền hỗ trợ xây dựng nhà …``, ``Trị giá mỗi phần quà
    tặng …``, ``Mức nhận đỡ đầu … mỗi tháng``."""
    if per:
        if [w.lower() for w in verb[-2:]] == ["mỗi", per]:
            verb = verb[:-2]
        if per in _TIME_PER:
            return finish(["Mức", *verb, "mỗi", per], f"Số tiền mỗi {per}")
        head_words = [w for w in words_of(head or "Mức") if w.lower() not in ("với", "là", "được", "mỗi", "tổng")]
        desc = verb[1:] if verb and verb[0].lower() == per.split()[0] else verb
        return finish([*head_words, "mỗi", *per.split(), *desc], f"Số tiền mỗi {per}")
    if own_name(verb, money=True):
        return finish(verb, "Số tiền")
    head_words = words_of(head) if head else ["Số", "tiền"]
    head_words = [w for w in head_words if w.lower() not in ("với", "là", "được", "trên", "hơn", "gần", "khoảng",
                                                             "đạt", ":")]
    return finish([*head_words, *verb], "Số tiền")

def measure_label(unit: str, dimension: str | None, noun: list[str], verb: list[str]) -> str:
    named = measure_name(verb, unit) if not noun else []
    if named:
        return finish(named, f"{named[0]} ({unit})")     # "Tổng diện tích gieo trồng", not "Diện tích tổng diện tích …"
    head = dimension or ("Năng suất" if yield_unit(unit) else _DIMENSION.get(unit.split("/")[0], "Số lượng"))
    return finish([*words_of(head), *(noun if len(noun) >= 1 else verb)], f"{head} ({unit})")

_RATE_NAME = re.compile(r"(?i)^(?:công\s+suất|hiệu\s+suất|chỉ\s+số)(?!\w)")


def percent_label(before: list[str], after: list[str]) -> str:
    """``Tỷ lệ đảng viên trong DQTV`` (the phrase before ``đạt``), ``Tỷ lệ cơ sở Đoàn …`` (``100% cơ sở Đoàn``)."""
    words = list(after) if after and after[0][0].isalpha() and after[0].lower() not in ("so", "chỉ", "kế") \
        else list(before)
    if len(words) > 1 and fold_word(words[0]) in ("ty", "ti") and fold_word(words[1]) == "le":
        words = words[2:]      # "(tỉ lệ 92,78%)": the rate named, nothing more said — "Tỷ lệ" for the rows to complete
    if not words or fold_word(words[0]) not in ("ty", "ti") and not _RATE_NAME.match(" ".join(words[:2])):
        # "Tỷ suất sinh thô", "Tỷ trọng …", "Công suất sử dụng giường bệnh đạt 130%" name themselves
        words = ["Tỷ", "lệ", *words]
    return finish(words, "Tỷ lệ")


def growth_words(comparison: str, subject: list[str]) -> list[str]:
    """``Tốc độ tăng`` + what grew.  A clause of consequence (``nên``, ``vì vậy``, ``do đó``, ``vì thế``) opens the
    subject (``… theo khuyến cáo của các cơ quan chức năng nên tổng đàn tăng khoảng 0,5%`` is ``Tốc độ tăng tổng
    đàn``, t9-channuoi-hoabinh-2021); a subject that names its own rate stands alone (``tốc độ tăng trưởng chăn nuôi
    tăng 4,47%`` is ``Tốc độ tăng trưởng chăn nuôi``, t9-channuoi-bariavungtau-5t-2023)."""
    folded = [fold_word(w) for w in subject]
    for k in range(len(subject) - 1, 0, -1):
        if folded[k] == "nen" or (k > 0 and f"{folded[k - 1]} {folded[k]}" in ("vi vay", "do do", "vi the")):
            rest = subject[k + 1:]
            if any(w[:1].isalpha() for w in rest):
                subject = rest
                break
    if len(subject) > 2 and [fold_word(w) for w in subject[:2]] == ["toc", "do"]:
        return list(subject)
    return ["Tốc", "độ", comparison, *subject]


def with_verb(label: str, verb: str) -> str:
    """``Số vụ phạm tội về trật tự xã hội`` + ``điều tra`` → ``Số vụ phạm tội về trật tự xã hội được điều tra``
    (a label that says it already is left as it is)."""
    verb = re.sub(r"(?i)\s*được$", "", verb.strip())
    if not verb or fold_word(verb) in fold_word(label):
        return label
    return finish([*words_of(label), "được", *words_of(verb)], label)
