"""What a web page prints around an article: addresses, e-mail, IP addresses, file and media names, phone
numbers, counters, page numbers, and lines that hold only numbers (counter columns, gallery numbering,
flattened table dumps: no sentence)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.nouns import noun_at_end, noun_set, numbers_in, words_before
from service.checker.recognisers.perbase import numerator_of_rate
from service.checker.recognisers.vocab import FURNITURE_LABELS, PHONE_LABELS

_URL = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]"
                  r"|(?<![\w@/.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|biz|int)"
                  r"(?:\.vn)?(?:/[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]])?(?![\w-])")
_EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = Rule("url", "contact", "web address", _URL, _EMAIL, group=0,
           needs=("://", "www.", "@", ".vn", ".com", ".net", ".org", ".gov", ".edu", ".info", ".biz", ".int"))

#: ``Your IP: 54.225.38.2``, ``máy chủ 192.168.1.10``: four numbers of at most 255 joined by dots.
_IPV4 = re.compile(r"(?<![\w.,])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\w]|[.,]\d)")
IP = Rule("ip-address", "contact", "IP address", _IPV4)

#: Extensions of files a page names (pictures, video, sound, documents, archives): a token ending in one is a
#: file name whatever digits it holds (``01397.MTS.Still001.jpg``, ``IMG_2045.JPG``, ``bao-cao-2023.pdf``).
FILE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "svg", "heic", "jfif", "mts", "mp4",
                   "mov", "avi", "mkv", "wmv", "flv", "3gp", "m4v", "mp3", "wav", "m4a", "wma", "pdf", "doc", "docx",
                   "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "txt", "csv", "zip", "rar", "7z")
_FILE_NAME = re.compile(r"(?<![^\s(\[\"“'‘:])([^\s()\[\]\"“”'‘’<>|]*\d[^\s()\[\]\"“”'‘’<>|]*\.(?i:"
                        + "|".join(FILE_EXTENSIONS) + r")(?![\w])(?:\?[^\s()\[\]\"“”<>|]*)?)")  # ?width=400
#: ``p.lua.jpg?t=1753850341``: a picture's name with no digit, its address's query holding them (a time stamp glued into
#: the text, ys-dong-nai-so-nn-ptnt-san-xuat-vu-he-thu-2021)
_FILE_QUERY = re.compile(r"(?<![^\s(\[\"“'‘:])([^\s()\[\]\"“”'‘’<>|]*\.(?i:" + "|".join(FILE_EXTENSIONS)
                         + r")\?[^\s()\[\]\"“”<>|]*\d[^\s()\[\]\"“”<>|]*)")
FILE_NAME = Rule("file-name", "furniture", "file or media name", _FILE_NAME, _FILE_QUERY, group=1,
                 needs=tuple("." + e for e in FILE_EXTENSIONS))

#: ``12_PhongChongThienTai_27062016``: a token whose parts are joined by underscores — a picture's or file's name the
#: page prints under it; prose never joins its words with ``_``.
UNDERSCORED = Rule("underscored-name", "furniture", "file or media name", re.compile(
    r"(?<![\w/.])((?:[^\W_]*_)+[^\W_]+)(?![\w/])"), accept=lambda text, m: any(c.isdigit() for c in m.group(1))
    and any(c.isalpha() for c in m.group(1)), needs=("_",))

#: ``![[Infographic] 51 nghị quyết ...](/file/....png)``, ``[Xem thêm: 7 lưu ý ...](https://...)``: the text of a link or
#: picture written in Markdown (pages saved as Markdown) names another page; its numbers are that page's headline.
_LINK_TEXT = re.compile(r"!?\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\((?:https?://|/|#|www\.)[^\s)]*\)")
#: A line that opens a Markdown picture (``![...``) and is cut before its address is a link to another page.
_PICTURE_LINE = re.compile(r"(?m)^[ \t]*!\[(?![^\n]*\]\()([^\n]*\d[^\n]*)$")
LINK_TEXT = Rule("link-text", "furniture", "text of a link to another page", _LINK_TEXT, _PICTURE_LINE,
                 needs=("](", "!["))

#: Scripts a Vietnamese report is never written in (Han, kana, Hangul, Thai): a number touching them belongs to the
#: page's other-language furniture (``点击:16次``, a counter of an aggregator that copied the article).
_FOREIGN = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_FOREIGN_SCRIPT = re.compile(rf"(?:(?<=[{_FOREIGN}])|(?<=[{_FOREIGN}][:\s]))(\d[\d.,:/\-]*\d|\d)"
                             rf"|(\d[\d.,:]*\d|\d)(?=[ \t]?[{_FOREIGN}])")


class ForeignScript(Recogniser):
    """A number written against characters of a script no Vietnamese report uses (see ``_FOREIGN``)."""

    name, kind = "foreign-script", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if not _HAS_FOREIGN.search(text, a, b):
            return
        for m in _FOREIGN_SCRIPT.finditer(text, a, b):
            g = 1 if m.group(1) is not None else 2
            yield Claim(m.start(g), m.end(g), self.kind, "page furniture in another script", self.name)


_HAS_FOREIGN = re.compile(rf"[{_FOREIGN}]")
FOREIGN_SCRIPT = ForeignScript()

_PHONE_SHAPE = r"\(?\+?\d[\d \t.\-()]{5,16}\d"
_PHONE_LABELLED = re.compile(rf"(?i)(?<!\w)(?:{alternation(PHONE_LABELS)})\s*[:.]?\s*({_PHONE_SHAPE}|\d{{3,5}})"
                             r"(?![\d.,]\d)")
#: Without a label: a number that starts with 0 (or +84) and has 10–11 digits in groups (``0913.456.789``).
#: (a time after it is no part of it: ``Đăng ngày 06-12-2023 14:52`` is a date and a time, not ``06-12-2023 14``)
_PHONE_BARE = re.compile(r"((?:\+84|\(\+84\)|0(?<![\w.,/]0))\d{1,3}(?:[ .\-]?\d{2,4}){2,3})(?![\w.,/:]?\d)")


def _phone_digits(text: str, m: re.Match) -> bool:
    digits = sum(ch.isdigit() for ch in m.group(1))
    if numerator_of_rate(text, m.end(1)):
        return False   # "Tỷ lệ thuê bao di động: 140 thuê bao/100 dân": a rate per hundred, no phone (``perbase``)
    return 9 <= digits <= 12 or (m.re is _PHONE_LABELLED and 3 <= digits <= 12)


PHONE_LABELLED = Rule("phone-labelled", "contact", "phone number", _PHONE_LABELLED, accept=_phone_digits,
                      needs=("điện thoại", "đt", "hotline", "dây nóng", "tel", "fax", "zalo", "tổng đài", "di động",
                             "dđ", "liên hệ"))
PHONE_BARE = Rule("phone-bare", "contact", "phone number", _PHONE_BARE, accept=_phone_digits)
#: The area code in brackets before the local number: ``(04) 38.228.302``, ``(04)39.431.943 - (04)39.447.011``
#: (a newspaper's contact footer, zl-thua-thien-hue-thuy-dien-mien-trung-san-luong-dien-2022-9t), ``(028) 3829 5555``.
_PHONE_AREA = re.compile(r"(\(\s*0\d{1,3}\s*\)[ \t]*\d{2,4}(?:[ .\-]?\d{2,4}){1,3})(?![\w.,/:]?\d)")
PHONE_AREA = Rule("phone-area-code", "contact", "phone number", _PHONE_AREA, accept=_phone_digits)

_LABELS, _LONGEST = noun_set(FURNITURE_LABELS)
#: The counters of a comment thread or a post's reactions: never the unit of a figure of a report.
_THREAD = frozenset(("trả lời", "phản hồi", "bình luận", "lượt xem", "lượt thích", "lượt chia sẻ", "comments",
                     "views", "replies", "likes"))
_COUNTER_END = re.compile(r"[\d:/\-]|[.,]\d|\s*(?:%|triệu|tỷ|nghìn|ngàn|đồng)(?!\w)", re.I)


class Counter(Recogniser):
    """``Lượt xem: 3.285``, ``Online: 2``, ``| Thống kê: 111.497 |``: a furniture label, a colon, a number;
    ``(458 lượt xem)``, ``3.285 lượt xem |``, ``(0) Bình luận``: a counter written number first, alone in its cell."""

    name, kind = "page-counter", "furniture"
    _AFTER = re.compile(r"[ \t]+((?:[^\W\d_]+[ \t]?){1,4})[ \t]*(?=$|[|)·•\n])")
    #: ``Mới nhất  15 trả lời  15 trả lời``: a menu copied as text, its cells parted by runs of spaces — a counter of
    #: a comment thread (:data:`_THREAD`, words that are never a unit of a figure) alone between two such runs
    _AFTER_CELL = re.compile(r"[ \t]+([^\W\d_]+(?:[ \t][^\W\d_]+){0,2})(?=[ \t]*$|[ \t]*[|)·•\n]|[ \t]{2,})", re.M)
    _AFTER_BRACKET = re.compile(r"\)[ \t]*((?:[^\W\d_]+[ \t]?){1,4})[ \t]*(?=$|[|·•\n])", re.M)  # (0) Bình luận
    #: ``• Trong tuần: 1`` under ``Thống kê truy cập``: a span of time as a counter's label, the number alone at
    #: the end of its line (``Trong tháng: 15 vụ cháy`` is a sentence's figure)
    _LINE_END = re.compile(r"[ \t]*(?:$|\n|[|·•])", re.M)
    _GROUPS = re.compile(r"(?:[ \u00a0]\d{3})*")

    _LINE_HEAD = re.compile(r"[ \t|·•*-]*(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*:[ \t]*$")
    _COUNTER_LINE = re.compile(r"(?m)^[ \t|·•*-]*(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*:[ \t]*\d[\d., ]*[ \t]*$")

    def _span_counter(self, text: str, s: int, e: int) -> int | None:
        """``• Trong tuần: 1``, ``• Trong tháng: 43 532``, ``- Phản hồi: 0``: a label of a few words alone before the
        colon, the number alone at the end of its line, and a line next to it that is a counter of
        :data:`FURNITURE_LABELS` (``• Hôm nay: 1``, ``- Đã xem: 290``): counters come in a cluster; the end of the
        number, or None."""
        line_start = text.rfind("\n", 0, s) + 1
        head = self._LINE_HEAD.fullmatch(text, line_start, s)
        groups = self._GROUPS.match(text, e)
        if head is None or not self._LINE_END.match(text, groups.end()):
            return None
        for m in self._COUNTER_LINE.finditer(text, max(0, line_start - 80), min(len(text), e + 80)):
            if m.start() != line_start and m.group("label").lower() in _LABELS:
                return groups.end()
        return None

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, _, _ in numbers_in(text, a, b):
            if _COUNTER_END.match(text, e):
                continue
            k = s - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            before = text[k] if k >= 0 else "\n"
            if before == ":":
                words = words_before(text, s)
                if len(words) > 1 and noun_at_end(words[:-1], _LABELS, _LONGEST):
                    yield Claim(s, e, self.kind, "page furniture counter", self.name)
                elif (end := self._span_counter(text, s, e)) is not None:
                    yield Claim(s, end, self.kind, "page furniture counter", self.name)
            elif before in "\n|(·•":
                after = (self._AFTER_BRACKET if before == "(" and text.startswith(")", e) else self._AFTER).match(text, e)
                if after and after.group(1).strip().lower() in _LABELS:
                    yield Claim(s, e, self.kind, "page furniture counter", self.name)
            elif s - k > 2 and (after := self._AFTER_CELL.match(text, e)) and after.group(1).lower() in _THREAD:
                yield Claim(s, e, self.kind, "page furniture counter", self.name)


COUNTER = Counter()

#: ``Tổng truy cập 2.521.023`` / ``Truy cập hiện tại 3.602`` / ``Truy cập hiện tại 1.574 khách``: a counter's label and
#: its number with no colon, alone on their line (a label of :data:`FURNITURE_LABELS` opens or ends the words before
#: the number; a word after it is one too).
_LABEL_LINE = re.compile(r"(?m)^[ \t|·•]*((?:[^\W\d_]+[ \t]+){1,5})(\d[\d.,]*)((?:[ \t]+[^\W\d_]+){0,2})[ \t|·•]*$")


def _label_line(text: str, m: re.Match) -> bool:
    """The words before the number open or end with a counter's label; words after it (``1.574 khách``) are one."""
    words = m.group(1).lower().split()
    tail = m.group(3).strip().lower()
    return (not tail or tail in _LABELS) and any(
        " ".join(words[:k]) in _LABELS or " ".join(words[-k:]) in _LABELS for k in range(1, len(words) + 1))


#: ``False 2759``, ``null 0``: a program's value printed by the page (a boolean or an empty value, in the
#: spelling of code) before a number, the two alone on their line — what a template leaked, never a sentence.
#: (or the next line glued to it, its break lost: ``False 21628Ngày cập nhật 29/08/2020``, the province's portal:
#: yg-thua-thien-hue-nam-dong-nong-nghiep-lua-he-thu-2020; ``False 2759`` / ``Ngày cập nhật …`` on c11-namdong)
_CODE_LITERAL_LINE = re.compile(r"(?m)^[ \t]*(?:True|False|true|false|null|None|undefined|NaN)[ \t]+(\d[\d.,]*)"
                                r"(?:[ \t]*$|(?=[A-ZĐ][^\W\d_]))")
LABEL_LINE = Rule("counter-line", "furniture", "page furniture counter", _LABEL_LINE, group=2, accept=_label_line)
CODE_LITERAL = Rule("code-literal", "furniture", "a page template's value", _CODE_LITERAL_LINE,
                    needs=("true", "false", "null", "none", "undefined", "nan"))

#: A page number alone between blank lines (PDF text), ``- 3 -``, ``Trang 3``, ``Trang 3/12``, ``Page 2 of 9``.
_PAGE_ALONE = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]*(?=\n[ \t]*\n|\Z)")


def _alone(text: str, m: re.Match) -> bool:
    """Between blank lines (or at the text's start): ``^`` alone also matches after one line break."""
    if m.re is not _PAGE_ALONE:
        return True
    if _in_cell(text, m.start(1)):
        return False
    s = m.start()
    return s == 0 or text.endswith("\n\n", 0, s) or bool(re.search(r"\n[ \t]*\n[ \t]*$", text[max(0, s - 8):s]))
#: A table pasted one cell per paragraph: a row label (one line of two words or more) then two numbers or more, each
#: alone between blank lines, and at least two such rows on the page (``Tổng số trẻ sinh ra`` / ``32`` / ``12`` /
#: ``13`` / ``7``, then ``Số trẻ nam sinh ra`` / ``21`` / …: c15-quangkhai; ``5. SỐ LƯỢNG TIÊU CHÍ ĐẠT:`` / ``1`` /
#: ``26`` / …: c11-camau).  Its cells state figures of the row: neither page numbers nor a line of numbers only.
#: One number under a label (a counter ``Hôm nay`` / ``716``) or a lone number between prose (a PDF page) is no row.
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")
_CELL = re.compile(r"[ \t]*\d[\d.,%]*[ \t]*")
_WORD = re.compile(r"[^\W\d_]")


def _row_label(label: str) -> bool:
    """One line of two words or more (a row's name, decomposed letters too), no sentence's end."""
    words = [w for w in label.split() if _WORD.search(w)]
    return "\n" not in label and len(words) >= 2 and len(label) <= 120 and not label.endswith((".", ";", "!", "?"))


def table_cells(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the cells of tables pasted one cell per paragraph (see above); empty when the page has fewer than
    two such rows."""
    return _table_cells(text)


@lru_cache(maxsize=8)
def _table_cells(text: str) -> tuple[tuple[int, int], ...]:
    if "\n\n" not in text:
        return ()
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    rows: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(paragraphs):
        s, e = paragraphs[i]
        j = i + 1
        while j < len(paragraphs) and _CELL.fullmatch(text, *paragraphs[j]):
            j += 1
        if j - i - 1 >= 2 and _row_label(text[s:e].strip()):
            rows.append(paragraphs[i + 1:j])
        i = max(j, i + 1)
    if len(rows) < 2:
        return ()
    return tuple(span for row in rows for span in row)


def _in_cell(text: str, at: int) -> bool:
    return any(s <= at < e for s, e in table_cells(text))


_PAGE_DASHED = re.compile(r"(?m)^[ \t]*[-–—][ \t]*(\d{1,3})[ \t]*[-–—][ \t]*$")
_PAGE_WORD = re.compile(r"(?im)^[ \t]*(?:trang|page)[ \t]+(\d{1,4}(?:[ \t]*(?:/|of|trên)[ \t]*\d{1,4})?)[ \t]*$")
PAGE = Rule("page-number", "page", "page number", _PAGE_ALONE, _PAGE_DASHED, _PAGE_WORD, accept=_alone)
#: ``You are on page 1of 11``, ``Page 2 of 9``, ``trang 3/12`` inside a line.
_PAGE_OF = re.compile(r"(?i)\b(?:page|trang)[ \t]+(\d{1,4}[ \t]*(?:of|/|trên)[ \t]*\d{1,4})(?![\d/])")
#: ``(480.51 KB, 6 trang )``: a download's size and page count.
_FILE = re.compile(r"(?i)(\d[\d.,]*[ \t]*(?:KB|MB|GB|kB)(?:[ \t]*,[ \t]*\d+[ \t]*trang)?)(?!\w)")
#: ``Page 338 - merged_files  Basic HTML Version``: a viewer's page header — the English word is never a report's.
_PAGE_EN = re.compile(r"(?i)(?<!\w)page[ \t]+(\d{1,4})(?![\d/.,]\d)(?![ \t]*(?:of|/))")
DOCUMENT_FURNITURE = Rule("document-furniture", "page", "page count or file size", _PAGE_OF, _FILE, _PAGE_EN,
                          needs=("page", "trang", "kb", "mb", "gb"))
#: ``Page 563 - Cục Thống kê tỉnh Hòa Bình`` / ``P. 563``: a flip-book viewer's page header, then the same page number
#: abbreviated on its own line (thongkehoabinh 2019, Quảng Trị's yearbook 2018 p. 391, Bình Định's 2023 p. 569) —
#: only after that header with the same number (``P. 5`` alone may be a ward, Phường 5)
_PAGE_ABBREVIATED = re.compile(r"(?im)^[ \t]*page[ \t]+(\d{1,4})\b[^\n]*\n[ \t]*P\.[ \t]*(\1)[ \t]*$")
PAGE_ABBREVIATED = Rule("page-abbreviated", "page", "page number", _PAGE_ABBREVIATED, group=2, needs=("page",))
#: ``Lhur7hu4jhu4jhu4hZ4buM4bq84buKVFk…``: data a page encoded as text (base64, hashes): a long run of Latin letters and
#: digits with no space, mixing both — no number of a report is written inside one.
_ENCODED = re.compile(r"(?<![\w+/=])([A-Za-z0-9+/]{20,}={0,2})(?![\w+/=])")


def _encoded(text: str, m: re.Match) -> bool:
    token = m.group(1)
    digits, letters = sum(c.isdigit() for c in token), sum(c.isalpha() for c in token)
    if re.fullmatch(r"[0-9a-f]+|[0-9A-F]+", token):  # a hash in hexadecimal (``56088c38b9e27bbc22f3``): fewer letters
        return digits >= 3 and letters >= 3
    return digits >= 2 and letters >= 8


#: ``S%E1%BB%91%20li%E1%BB%87u%20th%E1%BB%91ng%20k%C3%AA``: an address's percent-encoding printed as text (a ``%``
#: then two hex digits, two or more in one token with no space, one at least with a letter) — ``91%``, ``20`` inside
#: it are bytes of a letter, never a rate or a count.
_PERCENT_ENCODED = re.compile(r"(?<![\w%])((?:[\w.\-+]*%[0-9A-Fa-f]{2}){2,}[\w.\-+]*)")


def _percent_encoded(text: str, m: re.Match) -> bool:
    return any(re.search(r"[A-Fa-f]", h) for h in re.findall(r"%([0-9A-Fa-f]{2})", m.group(1)))


ENCODED = Rule("encoded-data", "furniture", "data encoded as text", _ENCODED, accept=_encoded)
PERCENT_ENCODED = Rule("percent-encoded", "furniture", "an address's percent-encoding", _PERCENT_ENCODED,
                       accept=_percent_encoded, needs=("%",))
#: ``intNumViewTotal=393``, ``width=400``: a script's variable set to a number (a page's code printed as text).
_ASSIGNED = re.compile(r"(?<![\w.])[A-Za-z_][A-Za-z0-9_]{2,}[ \t]?=[ \t]?(\d[\d.]*)(?![\d,])")
ASSIGNED = Rule("code-assignment", "furniture", "a page script's value", _ASSIGNED, needs=("=",))
#: ``sản phẩm[1]``, ``nguồn vốn[2]``: a footnote marker glued to a word.
FOOTNOTE = Rule("footnote", "reference", "footnote", re.compile(r"(?<=[^\W\d_\s)])\[(\d{1,3})\]"),
                # "tiếp tục được duy trì phát triển([1])": the mark in brackets of its own
                re.compile(r"(?<=[^\W\d_\s]\()\[(\d{1,3})\](?=\))"),
                # "mức tăng thấp nhất kể từ năm 2016[1].": the mark glued to a number, then a blank or a stop
                re.compile(r"(?<=\d)\[(\d{1,3})\](?=[\s.,;:)]|$)"),
                # "Tổ chức Hợp tác và Phát triển kinh tế (OECD)[2] dự báo …" (c18-vinanet-dubao): glued to the bracket
                # closing a name, as it is glued to a word above
                re.compile(r"(?<=[^\W\d_]\))\[(\d{1,3})\]"), needs=("[",))


#: A line of numbers only: ``716`` / ``660`` / ``2850`` under ``Hôm nay``/``Hôm qua`` (a visit counter's column),
#: ``11 448 0`` / ``66 1.1K 0`` between a shared document's title and its copy (pages, views, downloads),
#: ``1 2 3 4 5`` (gallery or page links), ``| 12 | 45 | 3,5 |`` (a table dumped cell by cell).  No word, so no
#: sentence: its numbers state nothing.  A number that ends a sentence wrapped onto its own line
#: (``... tỷ lệ đạt`` / ``95%.``) is no such line: the line above runs on into it.
#: A viewer's counter may be written in thousands or millions (``66 1.1K 0``: pages, views, downloads on 123doc).
_NUMBER_LINE = re.compile(r"(?m)^[ \t|·•*>\-–—]*\d[\d.,%]*[KM]?(?:[ \t|·•*/\-–—:;,()]+\d[\d.,%]*[KM]?)*[ \t|·•*<>\-–—;,]*$")
_NUMBER_IN_LINE = re.compile(r"\d[\d.,%]*[KM]?")
_RUNS_ON = re.compile(r"[^\W\d_,]\s*$|,\s*$")  # the line above ends inside a sentence (a word or a comma)


class NumberLine(Recogniser):
    """Every number of a line that holds nothing but numbers (and separators)."""

    name, kind = "number-line", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _NUMBER_LINE.finditer(text, a, b):
            line = m.group()
            if not line.strip() or _in_cell(text, m.start() + len(line) - len(line.lstrip())):
                continue
            above_end = m.start() - 1
            if above_end > 0 and text[above_end] == "\n" and line.rstrip().endswith((".", ";")):
                above = text[text.rfind("\n", 0, above_end) + 1:above_end]
                if above.strip() and _RUNS_ON.search(above):
                    continue  # "tỷ lệ đạt" / "95%.": the end of a wrapped sentence
            for n in _NUMBER_IN_LINE.finditer(text, m.start(), m.end()):
                e = n.end()
                while e > n.start() and text[e - 1] in ".,":
                    e -= 1
                yield Claim(n.start(), e, self.kind, "a line of numbers only (no sentence)", self.name)


NUMBER_LINE = NumberLine()


class Furniture(Recogniser):
    """All of the above, in order: web addresses and e-mail, phones, counters, page numbers."""

    name, kind = "furniture", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for rule in (URL, IP, FILE_NAME, UNDERSCORED, PHONE_LABELLED, PHONE_BARE, PHONE_AREA, COUNTER, LABEL_LINE, CODE_LITERAL, PAGE,
                     DOCUMENT_FURNITURE, PAGE_ABBREVIATED, ASSIGNED,
                     ENCODED, PERCENT_ENCODED, FOOTNOTE, NUMBER_LINE):
            yield from rule.find(text, a, b)
