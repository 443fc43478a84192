"""Page furniture: lines a web page or a printed page adds around a report, dropped from the body.

Reports copied from the web arrive with the page around them: view counters
(``Lượt xem: 3.285``), publication stamps (``Ngày đăng: 09:53``,
``20/05/2024 09:38 SA``), photo captions (``Ảnh: …``, an image's alt text
and the caption repeated under it), bylines (``Tác giả: Văn Thông``, a lone
name at the end), URLs, menus and buttons (``Chi tiết bài viết``, ``In bài
viết``, ``Chia sẻ``, ``Trang chủ » Tin tức``).  Each kind is a small named rule
over the *shape* of a line, with open-ended vocabularies where a word list is
needed; :func:`strip_furniture` composes them.  A rule that needs to know
where the body is (a bare ``Label: 40`` counter, a lone name) fires only
before the first or after the last line of running text, or next to other
furniture, so a figure in the body is never taken for a counter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from index.frame import signing_line
from index.headings import match_heading
from index.model import Furniture
from index.readers import Line
from index.text import ends_sentence, fold, is_all_caps, squash
from index.written_date import PATTERN as _WRITTEN_DATE

# -- vocabularies (open-ended: a line is furniture by its shape; these name the usual labels) -----

WEB_LABELS = frozenset("""
lượt xem|số lượt xem|đã xem|lượt đọc|lượt truy cập|truy cập|tổng truy cập|tổng lượt truy cập|
thống kê|thống kê truy cập|online|đang online|đang truy cập|hôm nay|hôm qua|trong tuần|tuần này|
tuần trước|trong tháng|tháng này|tháng trước|tất cả|tổng cộng truy cập|lượt bình luận|bình luận|
your ip|ip|ngày đăng|đăng ngày|ngày xuất bản|ngày cập nhật|cập nhật|cập nhật lúc|cập nhật ngày|đăng lúc|thời gian đăng|
người đăng|người viết|tác giả|nguồn|nguồn tin|tin|ảnh|tin, ảnh|tin và ảnh|tin ảnh|tin - ảnh|bài, ảnh|
bài và ảnh|bài|thực hiện|biên tập|người biên tập|phóng viên|pv|ctv|cộng tác viên|từ khóa|từ khoá|tags|tag|
chuyên mục|danh mục|email|e-mail|điện thoại|đt|fax|hotline|đường dây nóng|lượt thích|lượt chia sẻ|kích thước chữ|cỡ chữ|
số hiệu|loại văn bản|nơi ban hành|người ký|ngày ban hành|ngày hiệu lực|ngày công báo|số công báo|lĩnh vực|
tình trạng|tình trạng hiệu lực|ngày hết hiệu lực|cơ quan ban hành
""".replace("\n", "").split("|"))

NAVIGATION = frozenset("""
chi tiết bài viết|chi tiết tin|chi tiết|xuất bản thông tin|in bài viết|in bài|in trang|bản in|in|
chia sẻ|chia sẻ bài viết|gửi email|gửi bài viết|gửi cho bạn bè|lưu bài viết|quay lại|trở về|trở lại|
về đầu trang|đầu trang|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|bài viết liên quan|
các bài viết khác|liên quan|xem thêm|đọc thêm|xem tiếp|ý kiến bạn đọc|ý kiến của bạn|bình luận|
viết bình luận|gửi bình luận|gửi ý kiến|trả lời|comment|liên kết website|liên kết|thống kê truy cập|
các bài liên quan|bài liên quan|lượt truy cập|hôm nay|hôm qua|tuần này|tuần trước|
tháng này|tháng trước|tất cả các ngày|tất cả|tin đã đưa|các tin đã đưa|tin mới|tin mới nhất|tin mới hơn|tin cũ hơn|xem nhiều|
đọc nhiều|tin xem nhiều|tin nổi bật|bài viết khác|
trang chủ|tin tức|tin tức - sự kiện|tin tức sự kiện|thông báo|like|share|tweet|zalo|facebook|
phóng to|thu nhỏ|tags|tag|từ khóa|từ khoá|nghe đọc bài|đọc bài|nghe bài viết|null|undefined|nan|none|tải về|tải xuống|
tệp đính kèm|file đính kèm|đính kèm|xem toàn văn|toàn văn|bản đồ|video|hình ảnh|sơ đồ trang|
đăng nhập|đăng ký|tìm kiếm|a+ a-|a- a+|a a a
""".replace("\n", "").split("|"))

NAVIGATION_SUFFIXES = ("trên google news", "trên facebook", "trên zalo", "trên youtube")
NAVIGATION_PREFIXES = ("download", "you are on page", "tải bản đầy đủ", "bạn đang xem", "xem và tải", "chào mừng đến", "chào mừng bạn đến", "trang thông tin điện tử", "cổng thông tin điện tử",
                       "email của bạn sẽ không", "vui lòng nhập", "bản quyền", "copyright", "©", "ghi rõ nguồn",
                       "các trường bắt buộc", "địa chỉ email của bạn")

SHARE_SUFFIXES = ("In trang", "In bài viết", "In bài", "Chia sẻ", "Gửi email", "Bản in")

_BULLETS = "-–—•▪●○◦*·+> "
_URL = re.compile(r"^(?:(?:nguồn|link|url|xem tại)\s*:\s*)?(?:https?://|www\.)\S+$|^[\w.-]+\.(?:vn|com|org|net|gov\.vn)(?:/\S*)?$",
                  re.I)
_LABEL = re.compile(r"^([^:：]{1,40}?)\s*[:：]\s*(.*)$")
_VALUE_NUMBER = re.compile(r"^[\d.,\s]+$")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:SA|CH|AM|PM|GMT\s*[+-]?\d*)?"
_DATE = rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|{_WRITTEN_DATE})"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|\bT[2-7]\b|\bCN\b)"
#: ``quantri gửi vào``, ``Admin đăng lúc``: who posted it, before the stamp
_POSTED_BY = re.compile(r"^(?:\S+\s+){0,3}(?:gửi|đăng|viết|cập\s+nhật)\s+(?:vào|lúc|ngày)\s+", re.I)
_STAMP_PART = re.compile(rf"{_WEEKDAY}|{_DATE}|{_TIME}|[(\[]?GMT\s*[+-]?\s*\d*[)\]]?|\b(?:ngày|lúc|đăng|cập nhật)\b|"
                         r"[|,\-–]", re.I)
_IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$|^(?:IMG|DSC|DJI|Screenshot)[_-]?\S*$|"
                         r"^(?:[a-z]+\s+)?(?:image|img|photo|banner|logo|icon|thumbnail)(?:\s+[a-z]+)?$", re.I)
_COUNT_FIRST = re.compile(r"^[\d.,\s]+\s+(?:lượt\s+xem|lượt\s+truy\s+cập|lượt\s+đọc|lượt\s+thích|lượt\s+chia\s+sẻ|"
                          r"bình\s+luận|views?)$", re.I)
_NUMBER_ONLY = re.compile(r"^[\d.,\s]+$")
_CRAWL_DATE = re.compile(r"^date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+")
_CAPTION = re.compile(r"(?:^\(?\s*Ảnh(?:\s+minh\s+họa|\s+minh\s+hoạ)?\s*[:：(]|\(\s*Ảnh\s*[:：][^)]*\)\s*$|"
                      r"[-–—.]\s*Ảnh\s*[:：]\s*[^.]{1,60}$|^Ảnh\s+minh\s+h[ọo]a\b)", re.I)
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$|^[A-ZĐ]{2,5}$")   # "Phạm", or an abbreviation: "HND TP Bắc Giang"
_INITIALS = re.compile(r"^[A-ZĐ]{1,4}(?:\.[A-ZĐ]{1,3})*\.?$")
_CLOSING_MARK = re.compile(r"^(Nơi nhận|Trên đây là|(T/M|TM\.?|KT\.?|TL\.?|TUQ\.?)\s+[A-ZĐ]|\(Đã ký\))")

_RUNNING_TEXT_WORDS = 12


def _core(text: str) -> str:
    """The line without bullets and edge punctuation, folded: what a label or a menu item is compared by."""
    return fold(text.strip(_BULLETS)).strip(" .:;|")


def _has_diacritics(text: str) -> bool:
    return any(unicodedata.decomposition(c) or c in "đĐ" for c in text if c.isalpha() and ord(c) > 127)


# -- the rules: each says whether one line (in context) is furniture, and of which kind ------------

def url(text: str) -> bool:
    """A line that is only an address."""
    return bool(_URL.match(text.strip(_BULLETS)))


def web_label(text: str) -> bool:
    """``Lượt xem: 3.285``, ``Ngày đăng: 09:53``, ``Tác giả: Văn Thông``: a known web label and a short value;
    ``4,344 lượt xem``: a count and its label."""
    if _COUNT_FIRST.match(text.strip(_BULLETS)):
        return True
    m = _LABEL.match(text.strip(_BULLETS))
    if not m:
        return False
    label, value = fold(m.group(1)), m.group(2).strip()
    return label in WEB_LABELS and bool(value) and len(value.split()) <= 10 and ";" not in value \
        and not value.endswith(":")


def counter(text: str) -> bool:
    """``Online: 2``, ``Trong tuần: 11 611``: any short label with a bare number (only outside the body)."""
    m = _LABEL.match(text.strip(_BULLETS))
    return bool(m) and len(m.group(1).split()) <= 4 and bool(_VALUE_NUMBER.match(m.group(2) or "x")) \
        and fold(m.group(1)) not in ("số", "ngày", "tổng số", "trong đó")


def timestamp(text: str) -> bool:
    """A line that is only a date and/or a time, in any order (``Thứ ba, 11/07/2023``, ``20/05/2024 09:38 SA``,
    ``04:30 GMT+7, Thứ Ba, 27/9/2022``, ``Thứ Sáu, 31 tháng 7, 2009``: :mod:`index.written_date`), maybe after who posted it (``quantri gửi vào T6, 2017-11-24 09:43``)."""
    t = text.strip(_BULLETS)
    posted = _POSTED_BY.match(t)       # "quantri gửi vào T6, 2017-11-24 09:43": the stamp and who posted
    t = t[posted.end():] if posted else t
    return len(t) <= 60 and bool(re.search(_DATE + "|" + _TIME, t)) and not _STAMP_PART.sub("", t).strip()


def caption(text: str) -> bool:
    """``Ảnh: …``, ``(Ảnh: …)``, ``… - Ảnh: Lê Hiền``, ``Ảnh minh họa``."""
    return len(text) <= 300 and bool(_CAPTION.search(text))


def image(text: str, alone: bool = True) -> bool:
    """An image's file name, or its alt text standing alone: a few words typed without a single Vietnamese
    letter (``anh tin bai``, ``Chung nhan Tin Nhiem Mang``)."""
    t = text.strip()
    if _IMAGE_FILE.match(t):
        return True
    words = t.split()
    return alone and 1 <= len(words) <= 6 and re.fullmatch(r"[A-Za-z0-9 _\-]+", t) is not None \
        and not t.replace(" ", "").isdigit() and (not t.isupper() or max(len(w) for w in words) >= 6)


def _menu_words(core: str) -> bool:
    """The line is menu items one after another ("chi tiết bài viết tin tức", "in bài viết chia sẻ")."""
    words = core.replace("|", " ").split()
    if not words:
        return False
    at = 0
    while at < len(words):
        for n in range(min(5, len(words) - at), 0, -1):
            if " ".join(words[at:at + n]) in NAVIGATION and (n > 1 or len(words) == 1):
                at += n
                break
        else:
            return False
    return True


def navigation(text: str) -> bool:
    """Menus, buttons and notices of the page (``Chi tiết bài viết``, ``Chia sẻ``, ``Trang chủ » Tin tức``)."""
    core = _core(text)
    if core in NAVIGATION or core.startswith(NAVIGATION_PREFIXES) or (len(core) <= 60 and _menu_words(core)) \
            or (len(core) <= 60 and core.endswith(NAVIGATION_SUFFIXES)):
        return True
    parts = [p for p in _BREADCRUMB.split(text) if p.strip()]
    return len(parts) >= 2 and len(text) <= 120 and all(len(p.split()) <= 5 for p in parts) \
        and not any(ends_sentence(p) for p in parts) and not re.search(r"\d", text)


def byline(text: str) -> bool:
    """A lone name (``Nguyễn Bá Sơn``, ``ĐÔNG HIẾU``, ``Hải Hưng- Nguyễn Thị Tuyến``, ``Huỳnh Dương (Đài
    Truyền thanh huyện)``) or initials (``QT``)."""
    t = squash(re.sub(r"\s*\([^)]{1,80}\)\s*$", "", text.strip(_BULLETS)))
    if _INITIALS.match(t) and len(t.replace(".", "")) >= 2:
        return True
    names = [squash(p) for p in re.split(r"\s*[-–]\s*", t) if p.strip()]
    if not names or len(names) > 3 or re.search(r"\d", t):
        return False
    for name in names:
        words = name.split()
        # an initial before the name ("P. MAI", "N.T. Hương"): a word of the name
        words = [w for w in words if not re.fullmatch(r"(?:[A-ZĐ]\.){1,3}", w)] if len(words) > 1 else words
        if len(words) == 1 and len(name.split()) > 1 and (is_all_caps(words[0]) or _NAME_WORD.match(words[0])):
            continue
        if not 2 <= len(words) <= 5 or not all(w.isalpha() for w in words):
            return False
        if not (is_all_caps(name) or all(_NAME_WORD.match(w) for w in words)
                and any(w[1:].islower() for w in words)):
            return False
    return True


#: Scripts no Vietnamese report is written in (Han, kana, Hangul, Thai); CJK punctuation such as 【】 is not counted.
_FOREIGN = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def foreign_script(text: str) -> bool:
    """A line in another script, or mostly so (``相关内容``, ``时间:2025-01-25 来源:… 点击:16次``): the furniture an
    aggregator that copied the article prints around it. Two such characters are enough: no Vietnamese sentence has
    them."""
    return len(_FOREIGN.findall(text)) >= 2


def repeated(prev: Line | None, line: Line) -> bool:
    """The caption repeated under a picture (alt text, then the same words as a caption)."""
    return prev is not None and prev.text == line.text and len(line.text) <= 300 and not ends_sentence(line.text)


# -- composition ------------------------------------------------------------------------------------

def _running(line: Line) -> bool:
    return len(line.text.split()) >= _RUNNING_TEXT_WORDS and not is_all_caps(line.text)


def strip_furniture(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines without furniture, and the furniture (in source order)."""
    kinds: list[str | None] = [None] * len(lines)
    # context-free rules
    for i, ln in enumerate(lines):
        t = ln.text
        if url(t):
            kinds[i] = "url"
        elif timestamp(t):
            kinds[i] = "timestamp"
        elif web_label(t):
            kinds[i] = "web-meta"
        elif caption(t):
            kinds[i] = "caption"
        elif navigation(t):
            kinds[i] = "navigation"
        elif foreign_script(t):
            kinds[i] = "foreign-script"
        elif image(t, alone=ln.blank_before and (i == 0 or ends_sentence(lines[i - 1].text)
                                                   or len(lines[i - 1].text.split()) < _RUNNING_TEXT_WORDS)):
            kinds[i] = "image"
    for i in range(1, len(lines)):
        if repeated(lines[i - 1], lines[i]) and kinds[i] is None and not _CLOSING_MARK.match(lines[i].text):
            kind = "image" if image(lines[i].text) else "caption"      # alt text twice, or a caption twice
            kinds[i - 1] = kinds[i - 1] or kind
            kinds[i] = kind
    # a caption under a picture: the one line after an image's name or alt text, if it is no sentence
    for i in range(1, len(lines)):
        if kinds[i] is None and kinds[i - 1] == "image" and not ends_sentence(lines[i].text) \
                and len(lines[i].text.split()) <= 40 and not lines[i].table and _alone(lines, i, before=False):
            kinds[i] = "caption"
    # rules that need the body's bounds: before the first or after the last line of running text
    running = [i for i, ln in enumerate(lines) if kinds[i] is None and _running(ln)]
    first, last = (running[0], running[-1]) if running else (0, len(lines))   # no running text: no zones
    signed = any(_CLOSING_MARK.match(ln.text) or signing_line(ln.text) for ln in lines)
    for i, ln in enumerate(lines):
        if kinds[i] is None and i > first and re.fullmatch(r"\*+(?:\s*\*+)*", ln.text) \
                and not any(is_all_caps(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            kinds[i] = "separator"      # "***" between parts of an article (under a header's issuer it is kept)
        if kinds[i] is None and (i < first or i > last or _near_furniture(kinds, i)) and not (signed and i > last) \
                and (counter(ln.text) or _NUMBER_ONLY.match(ln.text) and len(ln.text) > 3):
            kinds[i] = "web-meta"       # "Online: 2"; a counter's bare values ("585150") outside the text
    if not signed:     # a lone name or initials closing the text: only furniture after it
        for i in range(len(lines) - 1, last, -1):
            if kinds[i] is None and re.fullmatch(r"[.…·*_\-–—\s]+", lines[i].text):
                kinds[i] = "separator"      # the dots a page leaves after its byline
                continue
            if kinds[i] is None:
                if not byline(lines[i].text):
                    break
                kinds[i] = "byline"
    for i in range(min(first, len(lines))):         # a page's section name above the article: "Chính trị"
        later = [j for j in range(i + 1, min(first, len(lines))) if kinds[j] is None]   # the article's title
        titled = later or (first < len(lines) and not ends_sentence(lines[first].text))
        if kinds[i] is None and category(lines[i].text) and titled:
            kinds[i] = "navigation"
    out: list[Line] = []
    furniture: list[Furniture] = []
    cut = False
    for i, ln in enumerate(lines):
        if kinds[i] is not None:
            furniture.append(Furniture(ln.text, kinds[i], ln.number))
            cut = True
            continue
        ln, prefix = _crawl_date(ln) if i <= first else (ln, None)
        if prefix:
            furniture.append(Furniture(prefix, "published", ln.number))
        ln, suffix = _share_suffix(ln) if i <= first else (ln, None)
        if suffix:
            furniture.append(Furniture(suffix, "navigation", ln.number))
        out.append(replace(ln, blank_before=True) if cut else ln)
        cut = False
    return out, furniture


def _alone(lines: list[Line], i: int, before: bool = True) -> bool:
    """The line is a paragraph of its own: a blank line (or the start) before it, and after it."""
    after = i + 1 == len(lines) or lines[i + 1].blank_before
    return after and (lines[i].blank_before or not before)


def _near_furniture(kinds: list[str | None], i: int) -> bool:
    return any(kinds[j] is not None for j in (i - 1, i + 1) if 0 <= j < len(kinds))


def category(text: str) -> bool:
    """A section name of the page ("Chính trị", "Đoàn thể", "Quốc phòng - An ninh"): 1-4 words, no digit,
    no sentence punctuation, not in capitals (a header's issuer is) and no document type."""
    t = text.strip()
    words = t.split()
    return 1 <= len(words) <= 4 and not re.search(r"[\d,]", t) and not is_all_caps(t) and not ends_sentence(t) \
        and match_heading(t) is None and fold(t) not in ("báo cáo", "kế hoạch", "tờ trình", "thông báo") \
        and t[:1].isupper()


def _crawl_date(ln: Line) -> tuple[Line, str | None]:
    """``date 2022-10 (QNO) - ...``: a copy's publication date in front of the first paragraph."""
    m = _CRAWL_DATE.match(ln.text)
    if not m:
        return ln, None
    return replace(ln, text=ln.text[m.end():], cells=None), m.group(0).strip()


def _share_suffix(ln: Line) -> tuple[Line, str | None]:
    """A title line ending in a page's button ("… huyện Lâm Hà In trang"): the title without it."""
    for suffix in SHARE_SUFFIXES:
        if ln.text.endswith(" " + suffix) and len(ln.text) > len(suffix) + 10:
            return replace(ln, text=ln.text[:-len(suffix)].rstrip(), cells=None), suffix
    return ln, None
