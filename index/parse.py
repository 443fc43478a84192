"""``parse_report(path)``: a prior report file -> ``ParsedReport`` (tree + metadata).

The steps, one module each:

1. ``readers``: the file -> lines (format specifics, bad-file checks; page
   numbers and running headers left out); ``reflow``: a report flattened into
   one line cut back at its headings;
2. ``furniture``: web-page and page furniture dropped from the lines, listed;
3. ``frame``: the header block (issuer, number, place and date, ``BÁO CÁO`` +
   trích yếu) read as data and taken off the top;
4. ``structure`` (with ``headings``): numbering and heading shapes -> tree,
   preamble and closing; a plain text with no headings is tried again with
   lone title lines as headings;
5. ``frame``: the signature and Nơi nhận read from the closing;
6. here: title, period, agency, area, series and a content hash.

Metadata is taken only where the text states it; nothing is guessed from the
file name except the fallback series of a report without a title.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from index.frame import read_closing, read_header
from index.furniture import strip_furniture
from index.headings import match_heading
from index.model import Furniture, ParsedReport
from index.readers import read
from index.reflow import unflatten
from index.structure import build
from index.text import ends_sentence, fold, is_all_caps, nfc, slugify, squash
from index.written_date import written_dates
from service.errors import InputError
from service.periods import Period, at_quarter_end, choose, day_reported, election_held, find_mentions

# 2: unnumbered bold .docx headings; tracked changes read as accepted
# 3: heading styles I- I/ 1.Công tác 1) 1- A. and CAPS lines; list items are not headings; header, signature,
#    Nơi nhận as metadata; page furniture dropped and listed; periods of every kind (quý, 9 tháng, năm)
PARSER_VERSION = "3"

_FURNITURE = re.compile(
    r"^(CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐẢNG CỘNG SẢN|Số\s*[:\d]|\*$|.{0,60},\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4})", re.I)
_PURPOSE = re.compile(r"((?:Ban|Ủy ban|Uỷ ban|UBND|Phòng|Hội|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Công an|Bộ Chỉ huy|Mặt trận)"
                      r"[^,.;:]{0,120}?)\s+(?:xin\s+)?báo cáo")
_SIGNER = re.compile(r"^(?:T/M|T\.M|TM\.?|KT\.?|TL\.?|TUQ\.?)\s+(.+)$")
_HEAD_OF = re.compile(r"^(?:PHÓ\s+)?(?:TRƯỞNG|CHỈ HUY TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ)\s+((?:BAN|ỦY BAN|UBND|PHÒNG|HỘI)\b.*)$")
_AREA = re.compile(r"\b([Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|[Tt]ỉnh)\s+(\w+(?:\s+\w+){0,3})")
_NOT_PLACE = {"ủy", "uỷ", "đoàn", "đội", "hội", "ban", "ubnd", "hđnd", "đảng", "chqs", "ct", "nhà"}
_UNIT_ORDER = {"xã": 0, "quận": 1, "huyện": 1, "thị xã": 1, "thành phố": 2, "tỉnh": 3}


def parse_report(path: str | Path, series: str | None = None) -> ParsedReport:
    """Parse a .docx, .txt or text .pdf into one section tree; ``InputError`` names the file on failure."""
    p = Path(path)
    src = read(p)
    lines, furniture = strip_furniture(unflatten(src.lines))
    furniture = sorted(src.furniture + furniture, key=lambda f: f.line)
    header, start, taken, _subject = read_header(lines, lambda t: match_heading(t) is not None)
    above = "page-title" if start <= 8 else "page-text"     # the page's own title, or its article, above the document
    furniture = sorted(furniture + [Furniture(ln.text, above, ln.number) for ln in lines[:start]], key=lambda f: f.line)
    lines = lines[taken:]
    tree = build(lines, src.hard_wrapped)
    if not tree.sections and src.format != "docx":
        retry = build(lines, src.hard_wrapped, plain_titles=True)
        if retry.sections:
            tree = retry
    subject = header.subject if header else None
    preamble = ([subject] if subject else []) + tree.preamble
    if not tree.sections and not preamble:
        raise InputError(f"{p.name}: không tìm thấy nội dung báo cáo")
    # a page whose only headline was taken for furniture (printed twice at its top, as pages print og:title and h1)
    top = next((f.text for f in furniture if f.kind in ("page-title", "caption") and f.line <= 5
                and 8 <= len(f.text) <= 200), None)
    title = subject or _title(tree.title_lines or tree.preamble) or top or p.stem
    signature, recipients = read_closing(tree.closing_lines)
    report = ParsedReport(source=p.name, title=title, sections=tree.sections, preamble=preamble,
                          closing=tree.closing, content_hash=hashlib.sha256(src.raw).hexdigest(),
                          header=header, signature=signature, recipients=recipients, furniture=furniture)
    everything = [title] + preamble + [s.heading for s in report.walk()] + \
                 [par for s in report.walk() for par in s.paragraphs]
    date = date_of(header, furniture)
    page = [f.text for f in furniture if f.kind in ("page-title", "page-text")]   # a year only the page states
    period, words = report_period(title, preamble, everything, date, with_words=True)
    if period is None and header is not None and header.date:
        period = Period(date[0], "year")        # a dated report that names no period: the year it was written
    if period is None and page:
        period = report_period(title, preamble, everything + page, date)
    if period is None:       # a page naming no period that tells of one day ("Sáng ngày 17/02/2025, Hội ... tổ chức")
        period = day_reported("\n".join(page + everything), *date)
    if period is None:       # an election's results naming no other period: the year it was held (its term's first)
        period = election_held("\n".join(page + everything))
    if period:
        report.period, report.period_text, report.period_words = period.code, period.text, words
    report.agency = _agency(tree.preamble, tree.closing, header)
    named = [o.title() for o in (header.organisations if header else [])]     # "ỦY BAN NHÂN DÂN HUYỆN X"
    report.area = _area(tree.preamble + everything) or _area(named)
    report.series = slugify(series, 80) if series else infer_series(report)
    if series and not report.series:
        raise InputError(f"series {series!r} has no letters or digits")
    return report


def infer_series(report: ParsedReport) -> str:
    """Area (or agency) + title without its period: editions of one series share it."""
    title = fold(report.title)
    for men in reversed(find_mentions(title)):          # every period it names: "quý II/2017", "9 tháng đầu năm"
        title = title[:men.start] + " " + title[men.end:]
    if report.period_text:
        title = title.replace(fold(report.period_text), " ")
    title = re.sub(r"\b(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+\d{4}|\bquý\s+\S+\s+năm\s+\d{4}|\bnăm\s+\d{4}", " ", title)
    who = report.area or report.agency or ""
    slug = slugify(f"{who} {title}", 80)
    return slug or slugify(Path(report.source).stem, 80) or "report"


def _title(paragraphs: list[str]) -> str:
    """The trích yếu: what follows "BÁO CÁO", else the first paragraph that is not header furniture."""
    paras = [p for p in paragraphs if p]
    for i, p in enumerate(paras):
        if fold(p) in ("báo cáo", "bao cao"):
            after = [q for q in paras[i + 1:i + 4] if not _FURNITURE.match(q) and not q.startswith(("Căn cứ", "Thực hiện"))]
            if after:
                parts = [after[0]]
                for q in after[1:]:
                    continued = parts[-1].rstrip().endswith((",", "-", "–")) or re.search(r"(?i)\b(?:và|của)$", parts[-1])
                    if len(" ".join(parts)) > 200 or q.endswith(":") or \
                            not (q[:1].islower() or q[:1].isdigit() or continued):
                        break
                    parts.append(q)
                return squash(" ".join(parts)).strip(" -")
    return _headline(paras) or _review_phrase(paras) or _first_sentence(paras)


_HEADLINE_WORDS, _BODY_WORDS, _LEAD_WORDS, _KICKER_WORDS, _SENTENCE_WORDS = 30, 40, 12, 8, 20
#: A lead's opening adverbial of time (``Sáng 4/4,``, ``Ngày 6-7,``) and a paper's tag (``(QNO) -``): no part of a title.
_LEAD_OPENER = re.compile(r"(?i)^\s*(?:\([^()]{1,12}\)\s*[-–]?\s*|[A-ZĐ]{2,6}\s*[-–]\s*)?"
                          r"(?:(?:sáng|chiều|tối|trưa)\s+(?:nay\s+)?(?:ngày\s+)?|ngày\s+)?(?:\d{1,2}[/.\-]\d{1,2}"
                          r"(?:[/.\-]\d{2,4})?\s*,\s*)?")
#: a review the text reports (not one still to come: "chuẩn bị cho tổng kết", "tiến tới tổng kết")
_REVIEW = re.compile(r"(?i)(?<!\w)(?<!bị\s)(?<!cho\s)(?<!tới\s)(?:hội\s+nghị\s+)?"
                     r"(sơ\s+kết|tổng\s+kết|đánh\s+giá\s+kết\s+quả|giao\s+ban)(?!\w)")
_THEN_PLAN = re.compile(r"(?i)^\s*(?:,|và|;)?\s*(?:và\s+)?(?:triển\s+khai|đề\s+ra|phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch)"
                        r"[^.;:]{0,100}$")


def _headline(paras: list[str]) -> str | None:
    """A news page's headline: a short line before the article's first long paragraph that does not end with
    a full stop (captions and sentences do); a short kicker ending with ``:`` (``Thị xã Hoà Thành:``) joined
    with the line after it."""
    for i, p in enumerate(paras[:6]):
        if _FURNITURE.match(p):
            continue
        n = len(p.split())
        if n > _BODY_WORDS or (n > _LEAD_WORDS and ends_sentence(p)):
            break                                    # the article has begun
        nxt = paras[i + 1] if i + 1 < len(paras) else ""
        if p.endswith(":") and n <= _KICKER_WORDS and nxt and len(nxt.split()) <= _HEADLINE_WORDS \
                and not ends_sentence(nxt):
            return squash(f"{p} {nxt}").strip(" -")
        if n <= _HEADLINE_WORDS and not ends_sentence(p) and re.search(r"[^\W\d_]{2}", p) and \
                (n >= 4 or not nxt):
            return p.strip(" -")
    return None


def _review_phrase(paras: list[str]) -> str | None:
    """What the article reports, in its own words (``… tổ chức hội nghị tổng kết công tác tuyển quân năm 2022``
    → ``Tổng kết công tác tuyển quân năm 2022``): the review it names, to its period (and the plan after it)."""
    for p in paras[:4]:
        for m in _REVIEW.finditer(p):
            end = _sentence_end(p, m.start(1))
            named = [x for x in find_mentions(p[m.start(1):end]) if x.period is not None]
            if not named or len(p[m.start(1):m.start(1) + named[0].end].split()) > _HEADLINE_WORDS:
                continue
            cut = named[0].end
            for x in named[1:]:
                if _THEN_PLAN.match(p[m.start(1) + cut:m.start(1) + x.start]):
                    cut = x.end
            phrase = squash(p[m.start(1):m.start(1) + cut])
            return phrase[:1].upper() + phrase[1:]
    return None


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?;](?=\s|$)").search(text, pos)
    return m.start() if m else len(text)


def _first_sentence(paras: list[str]) -> str:
    """Else the lead's first sentence (the first long paragraph's), its opening date left out, when it is short
    enough to name the article; never a short paragraph of its own (a photo's caption)."""
    for p in paras[:4]:
        if _FURNITURE.match(p):
            continue
        if len(p.split()) <= _HEADLINE_WORDS:
            break
        first = p[:_sentence_end(p, 0)]
        first = first[_LEAD_OPENER.match(first).end():]
        if 3 <= len(first.split()) <= _SENTENCE_WORDS:
            return first[:1].upper() + first[1:].strip(" -")
        break
    return ""


def report_period(title: str, preamble: list[str], everything: list[str], date: tuple[int | None, int | None],
                  with_words: bool = False):
    """The period the report is on: what its title reports, else its opening, else its whole text
    (plans and comparisons only when nothing else is named; a missing year borrowed across the text).
    ``with_words``: also the report's own words for it (``period_words``), or None."""
    scopes = ["\n".join([title]), "\n".join([title, *preamble]), "\n".join(everything)]
    for strict in (True, False):
        for i, scope in enumerate(scopes):
            found = _title_mentions(title, scopes[1], date) if i == 0 else find_mentions(scope, *date)
            men = choose(found, strict=strict)
            if men is not None and strict and i == 0:
                men, scope = _headline_in_lead(men, scopes[1], date), scopes[1]
            if men is not None:
                period, words = men.period, own_words(scope, men)
                if not strict and men.comparison and men.same_period and men.period.kind == "year":
                    return (None, None) if with_words else None  # "so với cùng kỳ năm 2014": a part of 2015, unnamed
                if not strict and men.comparison:  # "tăng 5 đảng viên so với năm 2017": the report is the year after
                    period, words = period.shift_years(1), None
                elif not strict and men.plan and men.period.kind == "term" and any(
                        m.target and m.period == men.period for m in found):
                    return (None, None) if with_words else None   # a congress's new term and its targets, nothing else
                elif not strict and men.plan:  # "phương hướng, nhiệm vụ năm 2019" alone: the report is the one before
                    period, words = period.step(-1), None
                return (period, words) if with_words else period
    return (None, None) if with_words else None


def _title_mentions(title: str, lead: str, date: tuple[int | None, int | None]):
    """The periods a title names, read with the lead it heads: a term the lead shows a congress opening
    (``Ông ... tái cử Chủ tịch Hội ..., nhiệm kỳ 2022 - 2027`` / ``... tổ chức Đại hội ..., nhiệm kỳ 2022 - 2027``)
    is the next term there too, not the period reported.  Only what the title names by itself (a bare ``tháng 6``
    it names without a year stays unnamed)."""
    own = {(m.start, m.recogniser) for m in find_mentions(title, *date)}
    return [m for m in find_mentions(lead, *date) if (m.start, m.recogniser) in own and m.end <= len(title)]


def _headline_in_lead(men, lead: str, date: tuple[int | None, int | None]):
    """A headline's period read with the lead it heads: a period the headline names without its year takes the
    year the lead gives it (``Quý III, thu nộp ...`` / ``Trong quý III/2017, ...``), not the page's date; a year
    the headline names in passing (``Ngày Dân số Thế giới năm 2018``) yields to the lead's period of that year
    (``sơ kết ... 6 tháng đầu năm``); so does a term it names in passing (a council's ``nhiệm kỳ 2016 – 2021``)."""
    in_lead = find_mentions(lead, *date)
    if men.meeting:      # "Giao ban tháng 7 năm 2022" / "... đánh giá kết quả thực hiện các nhiệm vụ trong tháng 6 năm
        finer = choose(in_lead, strict=True)    # 2022": a meeting's month yields to the month its lead reviews
        if finer is not None and not finer.passing:
            return finer
    if not men.year_stated:
        same = next((m for m in in_lead if (m.start, m.recogniser) == (men.start, men.recogniser)), None)
        men = replace(men, period=replace(men.period, year=same.period.year)) if same else men
        return at_quarter_end(men, in_lead) if men.period.kind == "quarter" else men
    if men.period.kind == "year" and not men.specific and not men.review:
        finer = choose(in_lead, strict=True)
        if finer is not None and finer.review and finer.specific and not finer.weak and finer.period.kind != "term" \
                and finer.period.year == men.period.year:
            return finer
    if men.period.kind == "quarter":     # "Đánh giá kết quả ... quý III ..." / "Tính đến cuối tháng 9, ...": the quarter's
        return at_quarter_end(men, in_lead)   # release with the months so far to its end (service.periods)
    if men.period.kind == "term" and not men.specific:    # "Kỳ họp thứ 14 HĐND xã ... nhiệm kỳ 2016 – 2021": the
        finer = choose(in_lead, strict=True)              # council's term, in passing; the lead's year reviewed wins
        if finer is not None and finer.period.kind != "term" and \
                men.period.year <= finer.period.year <= men.period.year + men.period.index:
            return finer
    return men


def own_words(text: str, men) -> str | None:
    """A period as the report writes it (``sáu tháng đầu năm 2023``, ``quý II/2023``): only when the mention
    states its year and names the period itself, and not in capitals (a heading's ``6 THÁNG ĐẦU NĂM``)."""
    words = " ".join(text[men.start:men.end].split())
    letters = [c for c in words if c.isalpha()]
    if not men.year_stated or men.weak or men.recogniser not in _OWN_WORDS or all(c.isupper() for c in letters):
        return None
    words = re.sub(r"(?i)^(?:cả|tổng\s+kết|trong)\s+", "", words)
    return words[:1].lower() + words[1:]      # "Năm 2021," opening a sentence


_OWN_WORDS = ("half", "half-word", "quarter", "quarter-code", "months-to-date", "month", "month-ytd", "term", "school-year", "year")


_STAMP_DATE = re.compile(r"(?:(\d{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?")


def date_of(header, furniture) -> tuple[int | None, int | None, int | None]:
    """Year, month and day the report was written or published: its header's date, else its web page's date stamp
    (a period may omit its year: "6 tháng đầu năm"; "từ đầu năm đến nay" runs through the month before the date's, or
    through the date's own month in its second half, from the 16th): the last one the page prints above the text,
    the article's own (a site's clock prints the day it was read first: "Thứ 2, 25/11/2024, 09:57[GMT+7]" above the
    headline, "Thứ 5, 05/10/2017 | 08:35:20" below it; "Đăng ..., Cập nhật ..." ends with the update).  The day is
    None when the stamp gives none ("date 2021-05", "11/2023")."""
    if header is not None and header.date:
        y, m, d = header.date.split("-")
        return int(y), int(m), int(d)
    if header is not None and header.date_text:
        m = re.search(r"năm\s*(\d{4})", header.date_text)
        if m:
            return int(m.group(1)), None, None
    stamps = []
    for f in sorted(furniture, key=lambda f: f.line):
        if f.kind in ("timestamp", "web-meta", "published"):
            for m in _STAMP_DATE.finditer(f.text):
                if m.group(3):
                    stamps.append((int(m.group(3)), int(m.group(2)), int(m.group(1)) if m.group(1) else None))
                else:
                    stamps.append((int(m.group(4)), int(m.group(5)), int(m.group(6)) if m.group(6) else None))
            stamps.extend(written_dates(f.text))       # "10 Tháng 7,2017": the month as a word, the year after a comma
    stamps = [(y, mo, d if d and 1 <= d <= 31 else None) for y, mo, d in stamps if 1 <= mo <= 12]
    return stamps[-1] if stamps else (None, None, None)


def _agency(preamble: list[str], closing: list[str], header=None) -> str | None:
    """Issuing body: "<Ban ...> báo cáo" in the opening, else the header's issuer, else the signing authority."""
    for p in preamble:
        m = _PURPOSE.search(p)
        if m:
            return squash(m.group(1))
    if header is not None and header.issuer:
        return header.issuer
    for line in closing:
        for piece in re.split(r"\s{2,}|(?<=[,;])\s+(?=[A-ZĐ]{2})", line):
            piece = squash(piece)
            m = _SIGNER.match(piece) or (_HEAD_OF.match(piece) if is_all_caps(piece) else None)
            if m and is_all_caps(m.group(1)):
                return squash(re.sub(r"\(.*?\)", "", m.group(1)))
    return None


def _area(texts: list[str]) -> str | None:
    """The smallest administrative unit named in the text ("huyện Bù Đăng" before "tỉnh Bình Phước")."""
    seen: dict[str, list] = {}
    for i, t in enumerate(texts):
        for m in _AREA.finditer(nfc(t)):
            unit, words = m.group(1).lower(), []
            for w in m.group(2).split():
                if not w[0].isupper() or w.lower() in _NOT_PLACE or w.isupper() and len(w) > 1:
                    break
                words.append(w)
            if len(words) < 2:   # place names have two syllables or more; "huyện Quyết định" is not one
                continue
            name = f"{unit} {' '.join(words)}"
            seen.setdefault(name, [_UNIT_ORDER.get(unit, 9), 0, i])[1] -= 1
    if not seen:
        return None
    return min(seen, key=lambda n: tuple(seen[n]))
