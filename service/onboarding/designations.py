"""A number written after the name it belongs to is part of the name, not a count (round 42).

Vietnamese puts a count before its noun (``3 tàu``, ``134 đối tượng``); a number after a noun, with nothing counted
after it, names or numbers the thing: ``yêu cầu Trung Quốc rút giàn khoan Hải Dương 981, tổ chức phản động Việt Tân
…`` (yv-tp-ho-chi-minh-cong-an-thanh-pho-so-ket-6-thang-2014-h1: a row «Số tổ chức phản động …» 981), ``bảo vệ
giàn khoan Hải Dương 981, bao gồm …``, ``tàu hải giám 7028, hải cảnh 46001 và một tàu …``, ``tàu cảnh sát biển 4032
của Việt Nam`` (t32-vnexpress-trung-quoc-dua-tau-san-ngam-ra-gian-khoan-981), ``tàu hải cảnh 31101 Trung Quốc``
(t32-vnexpress-tau-viet-nam-tiep-can-gian-khoan-o-vi-tri-moi).  ``number_after_name``: a bare whole number (digits
only, no unit, no bound) right after a word, and before a clause's end, a function word or a capitalised name — when
a lowercase word naming its kind introduces a capitalised name before it (``giàn khoan Hải Dương 981``; a name
opening a per-place list — ``(Yên Bái 2, Hòa Bình 7, …)`` — is a place's count), or when the number is written as a
name is: four digits or more with no thousands dot (Vietnamese writes a quantity ``7.028``), not a year.  A number
in a clause that opens on a quantity's label (``Số hộ tái nghèo 1345``), after a word that introduces a quantity
(``đạt``, ``là``, ``gồm``, ``tổng``, ``khoảng`` …), or with a noun after it (``Hải Dương 981 tàu``: a count) stays.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.tallied import in_tally

_DIGITS = re.compile(r"^\d+$")
#: The word right before the number, with only spaces between.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
#: Words that introduce a quantity: the number after them is one (an open default; anything else is a noun).
_INTRODUCES = P.LEAD_WORDS | frozenset("""tổng tăng giảm đạt bằng gồm chiếm mỗi số khoảng trên dưới hơn gần từ đến
    tới lên xuống thêm cộng của tại ở trong để nhằm thuộc""".split())
#: What may follow a name's number: a clause's end, a function word, a capitalised word.
_AFTER_END = re.compile(r"^\s*(?:[,.;:)…]|$)")
_AFTER_WORD = re.compile(r"^\s+([^\W\d_]+)")
_FUNCTION_AFTER = frozenset("và của trên tại ở thuộc với khi trong đã đang vừa bị được cùng cũng".split())


def _year_like(text: str) -> bool:
    return len(text) == 4 and 1900 <= int(text) <= 2099


#: Words a name may have before its number (``Hải Dương``, ``Việt Nam``).
NAME_WORDS = 4


def _kind_then_name(before: str) -> bool:
    """The name is introduced by the kind of thing it names (``giàn khoan Hải Dương 981``: a lowercase word, then
    capitalised words) — not opened by a bracket, a comma, ``và`` or a colon, as each place of a per-place list is
    (``172 căn nhà bị sập (Yên Bái 2, Hòa Bình 7, …)``, ``(Bộ Giao thông 01, Thanh Hóa 01 …; Cà Mau 02 và Bình Thuận
    01``: counts, held-out zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07, zj-toan-quoc-phong-chong-tham-
    nhung-2015)."""
    words = before.split()
    k = len(words)
    while k and len(words) - k < NAME_WORDS and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    if k == len(words) or not k:
        return False
    kind = words[k - 1]
    return kind.isalpha() and kind[:1].islower() and kind.lower() not in _INTRODUCES


def _followed_as_name(p: Para, m: Mention) -> bool:
    after = p.text[m.num_end:m.num_end + 30]
    if _AFTER_END.match(after):
        return True
    word = _AFTER_WORD.match(after)
    return bool(word) and (word.group(1).lower() in _FUNCTION_AFTER or word.group(1)[:1].isupper())


#: A clause that opens on a quantity's label: ``Số hộ tái nghèo 1345, chiếm 0,48%`` (yj-son-la-bo-ldtbxh-ho-ngheo-
#: ho-can-ngheo-2018: the label, then its value written with no dot).
_LABEL_OPENS = re.compile(r"(?i)^\W*(?:tổng\s+)?(?:số|tổng|tỷ\s+lệ|tỉ\s+lệ)(?!\w)")
_CLAUSE_START = re.compile(r"[,;:(.!?]\s")


def _labelled(p: Para, m: Mention) -> bool:
    before = p.text[max(0, m.num_start - 80):m.num_start]
    cut = [hit.end() for hit in _CLAUSE_START.finditer(before)]
    return bool(_LABEL_OPENS.match(before[cut[-1]:] if cut else p.text[P.sentence_start(p.text, m.num_start):m.num_start]))


_WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+\s+){1,4})$")
_WORDS_AFTER = re.compile(r"^:?\s+([^\W\d_]+)\s+([^\W\d_]+)(?!\w)")
#: One capitalised word after the number, then a bracket or a mark: the name ends there (``King 1 Palace)``).
_WORD_THEN_MARK = re.compile(r"^\s+([^\W\d_]+)\s*[),;.]")
#: The sentence ends right after the number.
_SENTENCE_ENDS = re.compile(r"^\s*(?:[.!?](?:\s|$)|$)")


def _capitalised(word: str) -> bool:
    """A name's word: capitalised, not all capitals (an abbreviation may be the counted noun: ``Có 4 VĐV``)."""
    return word[:1].isupper() and not word.isupper()


def _run_before(text: str) -> str:
    """The run of capitalised words (up to four) that ``text`` ends with, with only spaces before the number
    (``Dinh``, ``Diệp Vấn``); '' when its last word is no name's."""
    hit = _WORDS_BEFORE.search(text)
    words = hit.group(1).split() if hit else []
    run = []
    for w in reversed(words):
        if not _capitalised(w):
            break
        run.insert(0, w)
    return " ".join(run)


def _other_place_counts(p: Para, i: int, m: Mention) -> bool:
    """Another number of the sentence also stands right after a capitalised word: a per-place list (``Hà Tĩnh 4,
    Quảng Trị 2.``, ``gồm: Bảo Yên 110, …, Văn Bàn 02.``), each number a place's count."""
    s = p.sentence_of(m)
    return any(k != i and p.sentence_of(o) == s and _run_before(p.text[max(0, o.num_start - 40):o.num_start])
               for k, o in enumerate(p.figures))


def name_with_number(p: Para, i: int, m: Mention) -> bool:
    """``Vừa qua, Dinh 1 Bảo Đại (đường Trần Quang Diệu …)`` (xq-toan-quoc-titc-khach-tham-quan-bao-tang-vuon-quoc-gia-
    2015-8t), ``phim nước khá hút khách là Diệp Vấn 3.`` (xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01; ``Theo
    Younet Media, Lật Mặt 7: Một Điều Ước có lượng thảo luận …``, xxsdanang.com; ``các chủng loại như OM 18 và Đài
    Thơm 8.``, sweep c48-baohatinh-gia-lua-gao-6-3-mien-tay; ``qua ứng dụng Help 114.``, yg-tp-ho-chi-minh-pc07-…): a bare number between a name's capitalised words,
    or closing a capitalised name at the sentence's end (``King 1 Palace)``: a name's last word), with no counted noun — the name's number, no figure.  The
    name must not open its sentence (any sentence capitalises its first word: ``Có 2 Trung tâm có tỷ lệ …`` counts),
    and no other number of the sentence may follow a capitalised word (``Hà Tĩnh 4, Quảng Trị 2.``: places' counts)."""
    raw = p.text[m.num_start:m.num_end]
    if m.kind != "count" or m.value is None or m.unit or m.qualifier or m.comparison or not _DIGITS.match(raw):
        return False
    before = p.text[max(0, m.num_start - 60):m.num_start]
    run = _run_before(before)
    if not run:
        return False
    run_start = m.num_start - len(before) + before.rindex(run)
    if not any(c.isalpha() for c in p.text[p.sentence_of(m):run_start]):
        return False                      # the sentence's first word: capitalised as any sentence's is
    after = p.text[m.num_end:m.num_end + 40]
    two = _WORDS_AFTER.match(after)
    if two and _capitalised(two.group(1)) and _capitalised(two.group(2)):
        return True
    one = _WORD_THEN_MARK.match(after)
    ends = bool(_SENTENCE_ENDS.match(after)) or bool(one) and _capitalised(one.group(1))
    return ends and not _other_place_counts(p, i, m)


def number_after_name(p: Para, i: int, m: Mention) -> bool:
    """A number that is part of a name (see the module): no row."""
    raw = p.text[m.num_start:m.num_end]
    if m.kind != "count" or m.value is None or m.unit or m.qualifier or not _DIGITS.match(raw):
        return False
    before = _WORD_BEFORE.search(p.text[max(0, m.num_start - 30):m.num_start])
    if not before or before.group(1).lower() in _INTRODUCES:
        return False
    named = before.group(1)[:1].isupper() and _kind_then_name(p.text[max(0, m.num_start - 60):m.num_start])
    written_as_name = len(raw) >= 4 and not raw.startswith("0") and not _year_like(raw)
    return (named or written_as_name) and _followed_as_name(p, m) and not _labelled(p, m) and \
        not in_tally(p.text, m)   # "không GPLX 03, vi phạm tốc độ 15, …": a tally's count (tallied)


DESIGNATIONS = (number_after_name, name_with_number)
