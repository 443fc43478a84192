"""A line of Vietnamese written without its diacritics is a page's furniture, not the report (round 33).

Web pages print an image's alternative text or the article's address slug as a line of its own: ``van tai hanh khach
thang 5 2019 dat 4174 trieu luot`` under the lede ``Vận tải hành khách tháng 5-2019 đạt 417,4 triệu lượt``
(t25-phapluatxahoi-vantai-t5-2019: rows «Số dat …» 2019 and «Số luot …» 4.174.000.000), ``hai duong van dong duoc 25
ty dong vien tro phi chinh phu trong 6 thang dau nam`` (zr-hai-duong-lien-hiep-huu-nghi-vien-tro-pcpnn-2019-h1),
``phan dau it nhat 2 trieu suat qua tet 2018 …`` (zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017), ``11 tinh
thanh dat kim ngach xuat khau ty do`` (yi-toan-quoc-tong-cuc-hai-quan-…-2020-q1). The report itself is written with
its marks; the same words without them say again (or garble, ``4174`` for 417,4) what the page says. ``slug_line``:
a line of plain ASCII letters and numbers, five words at least, two of them syllables Vietnamese writes with marks
(``dat`` đạt, ``thang`` tháng, ``trieu`` triệu …), in a page whose other text has its marks. An English line (a
yearbook's ``at constant 2010 prices``) has none of those syllables and is left to the readers it had.
``said_with_marks``: the line says again what the page says with its marks — each of its numbers is one the page
wrote (its digits, the separators dropped: ``4174`` of ``417,4``, ``27`` of ``27.000``) and most of its words are the
page's words with their marks dropped. A plain line saying something new (``Ca nuoc co 27 doanh nghiep …`` where the
page never wrote 27: round 30's counter-case) is read as any line. A line whose every number stands with the word the
page wrote after it (``11 tinh`` of ``11 tỉnh``) is left to round 30's ``asides.unaccented_again``, which folds it
into the earlier row as a repeat; this takes out the ones the slug garbled (``4174 trieu`` of ``417,4 triệu``, ``27
nghin`` of ``27.000``), which that rule cannot match.
"""

from __future__ import annotations

import re

from service.onboarding import phrases as P

_ASCII_LINE = re.compile(r"^[A-Za-z0-9 ,.\-]+$")
#: Syllables a Vietnamese report writes with diacritics, here without them (an open default, not one page's words).
_BARE = frozenset("""dat tang giam thang nam trieu ty nghin ngan luot nguoi duoc cua trong dau cho tinh thanh
    hanh khach van tai xuat khau nhap ket qua hoat dong cong tac bao cao so lieu hon tren gan khoang dong vien
    ho tro thuc hien to chuc tong""".split())
_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


def slug_line(line: str) -> bool:
    """``van tai hanh khach thang 5 2019 dat 4174 trieu luot``: a line of Vietnamese with no diacritics."""
    text = line.strip()
    if not _ASCII_LINE.match(text):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return len(text.split()) >= 5 and sum(w in _BARE for w in words) >= 2


#: The share of a slug's words the page writes with their marks.
_WORDS_SAID = 0.7


def said_with_marks(line: str, marked: str) -> bool:
    """``van tai hanh khach thang 5 2019 dat 4174 trieu luot`` against ``Vận tải hành khách tháng 5-2019 đạt 417,4 triệu
    lượt``: every number the page wrote (digits alike, or the start of its digits), one at least not as the page wrote
    it, most words the page's."""
    digits = {re.sub(r"[.,]", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", marked)}
    numbers = re.findall(r"\d+", line)
    if not all(any(d.startswith(n) for d in digits) for n in numbers):
        return False
    folded = " " + " ".join(P.fold_text(marked).lower().split()) + " "
    pairs = re.findall(r"(\d+)\s+([A-Za-z]+)", line)
    if all(f" {n} {w.lower()} " in folded for n, w in pairs):
        return False        # each number with its word as the page wrote it: round 30's unaccented_again's repeat
    vocabulary = set(folded.split())
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", line)]
    return bool(words) and sum(w in vocabulary for w in words) >= _WORDS_SAID * len(words)


def without_slugs(body: list, raw: str | None = None) -> list:
    """The body without its slug lines, when the page's other text is written with its marks. The parse may join a
    slug to the line after it in one paragraph (``hon 27 nghin ho nong dan … hinh 1 Năm 2016, có hơn 3,5 triệu hộ``,
    c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016): the page as written (``raw``) says which lines are slugs, and
    each is taken out of the paragraph that holds it."""
    lines = (raw or "").splitlines() or [p for _, paragraphs in body for p in paragraphs]
    marked = "\n".join(line for line in lines if _MARKED.search(line))
    slugs = [" ".join(line.split()) for line in lines if slug_line(line) and said_with_marks(line, marked)]
    if not slugs or not marked:
        return body
    out = []
    for section, paragraphs in body:
        kept = []
        for p in paragraphs:
            flat = " ".join(p.split())
            for slug in slugs:
                flat = flat.replace(slug, " ")
            if flat.strip():
                kept.append(p if flat == " ".join(p.split()) else " ".join(flat.split()))
        out.append((section, kept))
    return out
