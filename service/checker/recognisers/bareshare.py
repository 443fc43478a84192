"""A share said of a named part with neither the part's number nor its whole's: ``<part> chiếm X%``.

    Số HTX hoạt động khá chiếm 37,6%, HTX hoạt động trung bình chiếm 34,4%, HTX hoạt động yếu chiếm 28%.
                                               (zz-tra-vinh-lien-minh-htx-2012-2017)
    … phát hiện khoảng 400 vụ mua bán người. Trong đó, số vụ án mua bán người ra nước ngoài chiếm khoảng 80%.
                                               (zp-toan-quoc-bo-cong-an-phong-chong-mua-ban-nguoi-2018)
    … với 82% đơn thư được gửi qua email (40,8%) và website (41,7%), trong khi kênh bưu điện chỉ chiếm 17,3%.
                                               (zb-toan-quoc-none-bao-ve-nguoi-tieu-dung-2025-9t)

Grammar: the verb ``chiếm`` (``chiếm tỷ lệ``, ``chỉ chiếm``, ``đều chiếm``) right before the percentage, and its
subject — the words of the clause before the verb — a noun phrase with no number in it. The part is named, not
counted, so no number the text or the table holds gives the share: unproved, not wrong. The checker asks this only of a
percentage that no row and no derivation supports, and only when the table keeps no rate its clause's words name (a
share row the sheet keeps still catches a wrong value). Not: ``19.384 HTX nông nghiệp, chiếm 68,8%`` (the part is
counted: ``derive._share_of_unstated`` weighs it), ``8 vụ cháy tại nhà ở hộ gia đình (chiếm 31,4%)`` (no subject
words inside the bracket: the part is the count before it).
"""

from __future__ import annotations

import re

#: the verb of a share right before the number, with its qualifiers: ``chiếm``, ``chỉ chiếm``, ``chiếm tỷ lệ khoảng``
_CUE = re.compile(r"(?i)(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:khoảng|gần|hơn|trên|dưới|là|tới|đến))?"
                  r"\s*$")
#: where the subject's clause starts: a stop, a comma, a semicolon, a colon, a bracket or a line break
_CLAUSE_CUT = re.compile(r"[.,;:()\n]")
#: a subject headed by a total (``Tổng``, ``Tổng số``, ``Tổng cộng``): a sum of parts, not a part named
_TOTAL_HEAD = re.compile(r"(?i)tổng(?!\w)")
#: adverbs between the subject and the verb (``chỉ``, ``đều``, ``vẫn``, ``cũng``): not the subject's words
_ADVERBS = re.compile(r"(?i)(?:\s+(?:chỉ|đều|vẫn|cũng|luôn|còn))+\s*$")


def subject_of_bare_share(text: str, start: int, reach: int = 120) -> str | None:
    """The subject of ``<part> chiếm`` right before ``start`` (the percentage's first character, its qualifier's if
    any) when that subject is words only — two of them at least, no digit — else None."""
    head = text[max(0, start - reach):start]
    cue = _CUE.search(head)
    if cue is None:
        return None
    before = head[:cue.start()]
    stops = [c.end() for c in re.finditer(r"[.;:\n]", before)]
    sentence = re.sub(r"\d+(?:[.,]\d+)*\s?%", "", before[stops[-1]:] if stops else before)
    if re.search(r"\d", sentence):
        # "cho 3.978 sinh viên …, có 43 sinh viên xuất sắc, … Tổng số sinh viên … chiếm trên 91%": parts counted
        return None
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(before)]
    subject = _ADVERBS.sub("", before[cuts[-1]:] if cuts else before).strip()
    words = re.findall(r"[^\W\d_]+", subject)
    # "Tỷ lệ hộ nghèo cao chiếm 26,58 %": a rate of the period named as the subject, the table's to prove
    if len(words) < 2 or re.search(r"\d", subject) or re.search(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+(?:lệ|trọng)(?!\w)", subject):
        return None
    # "Tổng số sinh viên tốt nghiệp xuất sắc, giỏi, khá tại trường chiếm trên 91%": a sentence headed by a total sums
    # parts counted before it (in the sentence before: zc-tphcm-ha-noi-dai-hoc), a share the parts prove or disprove
    if _TOTAL_HEAD.match(sentence.strip()):
        return None
    return subject
