"""The document's frame: the header block and the signature block, read as data, never as sections.

A report opens with a header block (Nghị định 30/2020/NĐ-CP, Phụ lục I):

* state profile: cơ quan chủ quản and cơ quan ban hành (CAPS, left), Quốc hiệu
  ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` and Tiêu ngữ ``Độc lập - Tự do - Hạnh
  phúc`` (right), ``Số: 12/BC-UBND`` (left), ``<place>, ngày … tháng … năm …``
  (right), then ``BÁO CÁO`` and the trích yếu;
* party profile: ``ĐẢNG BỘ …``/``HUYỆN ỦY …`` and the issuing body with ``*``
  under it, ``ĐẢNG CỘNG SẢN VIỆT NAM`` instead of the Quốc hiệu, ``Số 12-BC/HU``
  (no colon, party numbering).

and closes with ``Nơi nhận:`` and its list beside the signature (``TM.``/``KT.``/
``TL.``/``T/M`` + authority, the title, the signer's name, ``(Đã ký)``).

Both blocks are laid out in two columns; a .docx keeps them in table cells, a
.txt or .pdf copy interleaves the columns on one line (``Line.cells``) or
flattens them into one run of text.  Each piece of a line is classified by a
small named recogniser (:data:`HEADER_RECOGNISERS`); the header is the run of
classified pieces at the top, the subject the lines after ``BÁO CÁO``.
"""

from __future__ import annotations

import datetime as dt
import re

from index.model import Header, Signature
from index.readers import Line
from index.text import ends_sentence, fold, is_all_caps, squash

# -- header pieces ------------------------------------------------------------------------------------

NATIONAL = re.compile(r"C[ỘO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM", re.I)
NATIONAL_HALVES = (re.compile(r"^C[ỘO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘO]I$", re.I),
                   re.compile(r"^CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM$", re.I))
MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", re.I)
PARTY = re.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\S?\s+CHÍ\s+MINH", re.I)
# (the Đoàn TNCS Hồ Chí Minh heads its documents the party's way: its name top right, "***" under the issuer)
STAR = re.compile(r"^\*+(?:\s*\*+)*$")
NUMBER = re.compile(r"^S[ốỐ]\s*[:.]?\s*(?P<seq>[\d…_.\s]*)\s*(?P<sep>[-/–])?\s*"
                    r"(?P<symbol>[A-ZĐ0-9][A-ZĐ0-9.&]*(?:\s*[-/–]\s*[A-ZĐ0-9][A-ZĐ0-9.&]*)+)"
                    r"(?:\s*\([^)]{1,20}\))?[\s.…]*$", re.I)     # "Số -BC/ĐU (CB)…" (a form to fill)
PLACE_DATE = re.compile(r"^(?P<place>[^,;:]{1,60}?)\s*,\s*ng[àa]y\s*(?P<d>[\d.…_ ]*?)\s*th[áa]ng\s*(?P<m>[\d.…_ ]*?)\s*"
                        r"n[ăa]m\s*(?P<y>\d{4}|[.…_ ]*)\s*$", re.I)    # typed without accents too ("thang")
DOC_TYPES = ("BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO", "TỜ TRÌNH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT",
             "CHỈ THỊ", "HƯỚNG DẪN", "ĐỀ ÁN", "PHƯƠNG ÁN", "CÔNG VĂN", "BIÊN BẢN", "KẾT LUẬN", "QUY CHẾ",
             "QUY ĐỊNH", "THÔNG TRI", "CÔNG ĐIỆN", "DIỄN VĂN", "BÁO CÁO TÓM TẮT", "DỰ THẢO BÁO CÁO",
             "BÁO CÁO TỔNG KẾT", "BÁO CÁO SƠ KẾT", "BÁO CÁO CHÍNH TRỊ")
_DOC_TYPE = re.compile(r"^(?:\(?DỰ THẢO\)?\s+)?(" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) +
                       r")(?=\s|[A-ZĐÀ-Ỹ]|$)\s*(.*)$")    # "BÁO CÁO TỔNG KẾTCÔNG TÁC": words run together
_DRAFT_MARK = re.compile(r"^\(?\s*(?:dự thảo|bản dự thảo|tài liệu phục vụ[^)]*|lưu hành nội bộ)\s*\)?$", re.I)

# Words a body's name starts with: a CAPS line starting with one names a new body, any other continues the
# line above ("ỦY BAN NHÂN DÂN" / "HUYỆN HÀM THUẬN BẮC" is one name).  Open-ended: an unknown word continues.
_BODY_START = re.compile(r"^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|HỘI|CHI HỘI|BAN|PHÒNG|SỞ|BỘ|CỤC|CHI CỤC|TỔNG CỤC|"
                         r"ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|ĐẢNG ĐOÀN|BAN CÁN SỰ|(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ) [ỦU]Y|"
                         r"(?:XÃ|PHƯỜNG|HUYỆN|TỈNH|THÀNH|QUẬN|THỊ|LIÊN CHI|CHI) ĐOÀN|"
                         r"CÔNG AN|BỘ CHỈ HUY|BAN CHỈ HUY|BỘ CHQS|BAN CHQS|BCH|BCĐ|BỘ TƯ LỆNH|ĐOÀN|LIÊN ĐOÀN|"
                         r"MẶT TRẬN|UBMTTQ|MTTQ|TRUNG TÂM|VĂN PHÒNG|THANH TRA|TRƯỜNG|BỆNH VIỆN|CÔNG TY|TỔNG CÔNG TY|"
                         r"ĐỒN|ĐỘI|TRUNG ĐOÀN|SƯ ĐOÀN|LỮ ĐOÀN|TIỂU ĐOÀN|HỌC VIỆN|VIỆN|KHỐI|LIÊN MINH)\b")


def _rejoined(text: str) -> str:
    """A text layer's split syllables joined back for matching only ("LIÊ N CHI ĐOÀ N" → "LIÊN CHI ĐOÀN"):
    a lone consonant letter is never a Vietnamese word."""
    return re.sub(r"(?<=\w) (?=[BCDĐGHKLMNPQRSTVX]\b)", "", text)


def number_parts(number: str) -> tuple[str, str, bool]:
    """``Số: 12/BC-UBND`` → ("12", "BC-UBND", False); ``Số 45-BC/HU`` → ("45", "BC/HU", True: party)."""
    m = NUMBER.match(squash(number))
    if not m:
        return "", "", False
    symbol = re.sub(r"\s+", "", m.group("symbol")).replace("–", "-")
    return m.group("seq").strip(" ._…"), symbol, m.group("sep") in ("-", "–") and "/" in symbol


def place_date(text: str) -> tuple[str, str | None] | None:
    """``Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024`` → ("Hàm Thuận Bắc", "2024-07-05"); blanks give no date."""
    m = PLACE_DATE.match(squash(text))
    if not m or len(m.group("place").split()) > 8:
        return None
    iso = None
    try:
        iso = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        pass
    return m.group("place").strip(" -"), iso


def _split_header_piece(piece: str) -> list[str]:
    """A piece holding two columns' text run together ("HUYỆN ỦY X ĐẢNG CỘNG SẢN VIỆT NAM")."""
    for pattern in (NATIONAL, PARTY, MOTTO):
        m = pattern.search(piece)
        if m and (m.start() > 0 or m.end() < len(piece)):
            parts = [piece[:m.start()], piece[m.start():m.end()], piece[m.end():]]
            return [q for p in parts if p.strip() for q in _split_header_piece(p.strip())]
    m = re.search(r"\s(?=[^,;:\d]{1,60},\s*ngày\s)", piece)
    if m and NUMBER.match(piece[:m.start()].strip()):       # "Số: 12/BC-UBND Hà Nội, ngày ..."
        return [piece[:m.start()].strip(), piece[m.end():].strip()]
    return [piece]


def classify_header_piece(piece: str) -> str | None:
    """Which part of a header block this piece is, if any."""
    p = squash(piece)
    if NATIONAL.fullmatch(p) or any(h.match(p) for h in NATIONAL_HALVES):
        return "national"
    if MOTTO.fullmatch(p.strip(" -–")):
        return "motto"
    if PARTY.fullmatch(p):
        return "party"
    if STAR.match(p):
        return "star"
    if NUMBER.match(p):
        return "number"
    if place_date(p):
        return "place-date"
    if _DRAFT_MARK.match(p):
        return "draft-mark"
    m = _DOC_TYPE.match(p)
    if m and (not m.group(2) or is_all_caps(p) or m.group(2)[:1].islower()):
        return "doc-type"           # "BÁO CÁO", "BÁO CÁO KẾT QUẢ ...", "BÁO CÁO sơ kết công tác ..."
    if fold(p) in ("báo cáo", "kế hoạch"):
        return "doc-type"
    if mostly_caps(p) and len(p.split()) <= 14 and not ends_sentence(p.rstrip(".… ")):
        return "caps"
    if _BODY_START.match(_rejoined(p.upper())) and len(p.split()) <= 10 and not re.search(r"[\d:;,]", p) \
            and not ends_sentence(p):
        return "caps"          # a body's name typed in sentence case ("Đoàn cơ sở xã IaDơk")
    return None


def mostly_caps(text: str) -> bool:
    """In capitals but for a letter or two a text layer lowercased ("ĐOÀN XàHƯƠNG HÓA"); a form's name left
    to fill counts ("XÃ ..........")."""
    letters = [c for c in text if c.isalpha()]
    enough = len(letters) >= 4 or (len(letters) >= 2 and re.search(r"[.…]{3,}", text) is not None)
    return enough and sum(c.isupper() for c in letters) >= max(len(letters) - 1, 0.92 * len(letters))


HEADER_RECOGNISERS = ("national", "motto", "party", "star", "number", "place-date", "draft-mark", "doc-type", "caps")
_ANCHORS = {"national", "motto", "party", "star", "number", "place-date", "doc-type"}
_HEADER_SCAN = 30
_SUBJECT_MAX_LINES = 4


_STRONG = {"national", "motto", "party", "star", "number", "place-date"}
_PAGE_TITLE_MAX = 8


def _running(text: str) -> bool:
    """A sentence of the report's text (the header is over, or was never there): long and ended, or very long."""
    n = len(text.split())
    return not is_all_caps(text) and (n >= 15 and ends_sentence(text) or n >= 40)


_NUMBER_LABEL = re.compile(r"^S[ốỐ]\s*[:.]?$")


def _kinds(ln: Line) -> set[str | None]:
    return {"number" if _NUMBER_LABEL.match(p) else classify_header_piece(p)
            for raw in ln.pieces for p in _split_header_piece(raw)}


def header_start(lines: list[Line], is_heading) -> int:
    """Where the header block starts: 0; or after a few short lines a web page put above the document (its
    own title of the page), when a strong anchor (Quốc hiệu, ``Số``, place and date ...) comes later; or,
    with nothing at the top, where a full header block stands further down (a page that shows a report
    after an article about it: Quốc hiệu or party motto with a number, a date or ``*`` beside it)."""
    for i, ln in enumerate(lines[:_HEADER_SCAN]):
        if is_heading(ln.text) or _running(ln.text):
            break
        if _kinds(ln) & _STRONG:
            j = _walk_back(lines, i)
            return j if j <= _PAGE_TITLE_MAX else 0
    for i, ln in enumerate(lines):
        if _kinds(ln) & {"national", "party"}:
            window = set().union(*(_kinds(x) for x in lines[max(0, i - 6):i + 8]))
            if len(window & (_STRONG - {"national", "party"})) >= 2:
                return _walk_back(lines, i)
    return 0


def _walk_back(lines: list[Line], i: int) -> int:
    """The first line of the block whose anchor is line ``i``: the issuer's CAPS lines, ``*``, ``Số`` above it."""
    j = i
    while j > 0 and i - j < 6 and _kinds(lines[j - 1]) <= {"caps", "star", "number"}:
        j -= 1
    return j


def read_header(lines: list[Line], is_heading) -> tuple[Header | None, int, int, list[str]]:
    """The header block near the top of ``lines``: (header, first line, end line, subject lines).

    ``is_heading(text)`` tells a numbered heading (the header ends before it).
    No header (None, 0, 0, []) unless one of its anchors is there (Quốc hiệu,
    party motto, ``*``, ``Số``, place and date, a document type).  Lines before
    the first one are a web page's own title above the document.
    """
    start = header_start(lines, is_heading)
    header, end, subject = _read_header(lines[start:], is_heading)
    if header is None:
        return None, 0, 0, []
    return header, start, start + end, subject


def _read_header(lines: list[Line], is_heading) -> tuple[Header | None, int, list[str]]:
    pieces: list[tuple[int, str, str]] = []      # (line index, kind, text)
    end = 0
    pending_date = ""
    for i, ln in enumerate(lines[:_HEADER_SCAN]):
        if is_heading(ln.text) or _running(ln.text):
            break
        kinds = []
        for raw in ln.pieces:
            for piece in _split_header_piece(raw):
                if pending_date:
                    piece, pending_date = f"{pending_date} {piece}", ""
                if re.search(r",\s*ngày\s*$", piece) and not NUMBER.match(piece) or _NUMBER_LABEL.match(piece):
                    pending_date = piece          # "Quảng Nam, ngày" / "13 tháng 7 năm 2023"; "Số:" / "/BC-UBND"
                    kinds.append("place-date" if "ngày" in piece else "number")
                    continue
                kind = classify_header_piece(piece)
                kinds.append(kind)
                if kind:
                    pieces.append((i, kind, squash(piece)))
        if not kinds or any(k is None for k in kinds):
            break
        if "doc-type" in kinds:
            end = i + 1
            break
        end = i + 1
    if not any(k in _ANCHORS for _, k, _ in pieces):
        return None, 0, []
    header = Header()
    anchors_at = max((i for i, k, _ in pieces if k in ("number", "place-date")), default=-1)
    names: list[str] = []
    subject_caps: list[str] = []
    prev_caps_line = -2
    for i, kind, text in pieces:
        if kind == "national" or kind == "motto":
            header.profile = header.profile or "state"
        elif kind in ("party", "star"):
            header.profile = "party" if kind == "party" else (header.profile or "party")
        elif kind == "number":
            header.number = text
        elif kind == "place-date":
            pd = place_date(text)
            if pd:
                header.place, header.date = pd
                header.date_text = text
                name, place = _glued_issuer(header.place, [t for _, k, t in pieces if k == "caps"])
                if name:       # "Chi đoàn Trường X IaDơk, ngày ...": the issuer run into the place
                    names.append(name)
                    header.place = place
                    header.date_text = text[len(name):].strip()
        elif kind == "doc-type":
            m = _DOC_TYPE.match(text)
            header.doc_type = m.group(1) if m else text.upper()
            if m and m.group(2):
                subject_caps.append(m.group(2))
        elif kind == "caps":
            if i > anchors_at >= 0 and header.doc_type is None:
                subject_caps.append(text)          # a CAPS trích yếu under the number and date, no "BÁO CÁO"
            elif names and not _BODY_START.match(_rejoined(text)) and prev_caps_line >= i - 1:
                names[-1] = f"{names[-1]} {text}"
            else:
                names.append(text)
            prev_caps_line = i
    if header.number and not header.profile:
        header.profile = "party" if number_parts(header.number)[2] else "state"
    header.organisations = names
    if names:
        header.issuer = names[-1]
        header.parent = names[-2] if len(names) > 1 else None
    subject_lines = list(subject_caps)
    if header.doc_type:
        taken, prev = 0, None
        for ln in lines[end:end + _SUBJECT_MAX_LINES]:
            if taken and (ln.rule_before or (ln.blank_before and not _continues_subject(subject_lines[-1], ln.text))
                          or (ln.bold is not None and prev.bold is not None and ln.bold != prev.bold)):
                break
            prev = ln
            if is_heading(ln.text) or classify_header_piece(ln.text) in ("number", "place-date") \
                    or re.match(r"^(Kính gửi|Căn cứ|Thực hiện)\b", ln.text) or len(ln.text.split()) > 40:
                break
            if _DRAFT_MARK.match(ln.text):
                end += 1
                taken += 1
                continue
            subject_lines.append(ln.text)
            end += 1
            taken += 1
            if ends_sentence(ln.text) and not ln.text.endswith(":"):
                break
    header.subject = squash(" ".join(subject_lines)).strip(" -") or None
    return header, end, subject_lines


def _glued_issuer(place: str, names: list[str]) -> tuple[str | None, str]:
    """A place written after a body's name on one line: the name, and the place (its last words that the
    header names elsewhere: "Đoàn cơ sở xã IaDơk" ... "Chi đoàn Trường THCS Lý Thường Kiệt IaDơk")."""
    if not _BODY_START.match(_rejoined(place.upper())):
        return None, place
    words = place.split()
    others = " ".join(names)
    for n in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if tail in others and tail not in " ".join(words[:-n]):
            return " ".join(words[:-n]), tail
    return None, place


def _continues_subject(prev: str, text: str) -> bool:
    """Across a paragraph break the trích yếu goes on only in the same case and without a sentence end."""
    return not ends_sentence(prev) and not ends_sentence(text) and is_all_caps(prev) == is_all_caps(text) \
        and len(text.split()) <= 25


# -- signature and Nơi nhận ---------------------------------------------------------------------------

AUTHORITY = re.compile(r"^(?:TM|T/M|T\.M|KT|TL|TUQ|Q|Q/)\.?\s+\S", re.I)
_TITLE_WORDS = (r"(?:PHÓ\s+)?(?:TRƯỞNG|CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|CHỈ\s+HUY\s+TRƯỞNG|"
                r"CHÍNH\s+TRỊ\s+VIÊN|CHÁNH|THỦ\s+TRƯỞNG|[ỦU]Y\s+VIÊN|ĐỘI\s+TRƯỞNG|ĐỒN\s+TRƯỞNG|CHỦ\s+NHIỆM|"
                r"HIỆU\s+TRƯỞNG|CHỈ\s+HUY\s+PHÓ|THƯỜNG\s+TRỰC|NGƯỜI\s+BÁO\s+CÁO|NGƯỜI\s+LẬP|KIÊM)\b")
_SIGNING = re.compile(r"^(?:(?:TM|T/M|T\.M|KT|TL|TUQ|Q)\.?\s+\S.*|" + _TITLE_WORDS + r".*)$")
_SIGNED = re.compile(r"\(\s*(?:đã\s+ký|ký|ký\s+tên|ký,?\s+ghi\s+rõ[^)]*|ký\s+và\s+đóng\s+dấu|đã\s+ký\s+và\s+đóng\s+dấu)"
                     r"[^)]*\)", re.I)
_NOI_NHAN = re.compile(r"^N[ơo]i\s+nh[ậa]n\s*[:：]?\s*(.*)$", re.I)
_CONNECTOR = re.compile(r"^(?:kiêm|KIÊM|Kiêm)$")
_PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s+){1,4}[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")
_BULLET = re.compile(r"^[-–—+•*]\s*")


def signing_line(text: str) -> bool:
    """An ALL-CAPS line of a signature: ``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``TRƯỞNG BAN``."""
    t = squash(text)
    return len(t.split()) <= 14 and is_all_caps(t.replace("T/M", "TM")) and bool(_SIGNING.match(t)) \
        and not ends_sentence(t.rstrip("."))


def _split_closing_piece(piece: str) -> list[str]:
    """Run-together columns of the Nơi nhận and signature area, split back into pieces."""
    out = []
    m = _NOI_NHAN.match(piece)
    if m:
        out.append("Nơi nhận:")
        piece = m.group(1).strip()
        if not piece:
            return out
    signed = _SIGNED.search(piece)
    if signed:
        rest = (piece[:signed.start()] + " " + piece[signed.end():]).strip()
        return out + ([*_split_closing_piece(rest)] if rest else []) + ["(Đã ký)"]
    m = re.search(r"(?<=\S)\s+(?=(?:TM|T/M|T\.M|KT|TL|TUQ)\.?\s+[A-ZĐÀ-Ỹ]{2})", piece)
    if m:
        return out + _split_closing_piece(piece[:m.start()]) + _split_closing_piece(piece[m.end():])
    m = re.search(r"(?<=[,;.])\s+((?:[A-ZĐÀ-Ỹ0-9/&\-]+\s*){2,})$", piece)   # "- Phòng X, TRƯỞNG BAN CHỈ ĐẠO"
    if m and is_all_caps(m.group(1)) and len(m.group(1).split()) >= 2 and any(c.islower() for c in piece[:m.start()]):
        return out + [piece[:m.start()].strip(), m.group(1).strip()]
    m = re.search(r"(?<=[,;.])\s+(kiêm|Kiêm|KIÊM)$", piece)
    if m:
        return out + [piece[:m.start()].strip(), m.group(1)]
    return out + [piece]


def read_closing(lines: list[Line]) -> tuple[Signature | None, list[str]]:
    """The signature and the Nơi nhận list of a report's closing lines."""
    pieces = [q for ln in lines for p in ln.pieces for q in _split_closing_piece(squash(p)) if q]
    recipients: list[str] = []
    sig: list[str] = []
    name, signed, listing = "", False, False
    for p in pieces:
        if p == "Nơi nhận:":
            listing = True
        elif _SIGNED.fullmatch(p) or p == "(Đã ký)":
            signed = True
        elif signing_line(p) or (sig and is_all_caps(p) and len(p.split()) <= 14 and not _BULLET.match(p)):
            sig.append(p)
        elif _CONNECTOR.match(p) and sig:
            sig.append(p)
        elif listing and (_BULLET.match(p) or p.rstrip().endswith((";", ",")) or p.lower().startswith("lưu")):
            recipients.append(_clean_recipient(p))
        elif _PERSON.match(p) and (sig or signed):
            name = p
    if not name and sig:
        last = sig[-1]
        if len(sig) > 1 and not _SIGNING.match(last) and _PERSON.match(last.title()) and len(last.split()) <= 5:
            name = sig.pop()
    if not name and sig and recipients:      # a name run onto the last recipient ("- Ban CHQS xã, Cao Văn Bảy")
        for k in range(len(recipients) - 1, max(-1, len(recipients) - 4), -1):
            head, _, tail = recipients[k].rpartition(", ")
            if head and _PERSON.match(tail):
                recipients[k], name = head, tail
                break
    if not sig and not name:
        return None, recipients
    connected = []
    for line in sig:                          # "ỦY VIÊN BAN THƯỜNG VỤ" / "Kiêm" / "TRƯỞNG BAN CHỈ ĐẠO"
        if connected and _CONNECTOR.match(connected[-1]):
            connected[-1] = f"{connected[-1]} {line}"
        else:
            connected.append(line)
    title = connected[-1] if connected and not (len(connected) == 1 and AUTHORITY.match(connected[0])) else ""
    authority = " ".join(connected[:-1] if title else connected)
    return Signature(authority=authority, title=title, name=name, signed=signed, lines=sig + ([name] if name else [])), \
        recipients


def _clean_recipient(text: str) -> str:
    return _BULLET.sub("", text).strip().rstrip(" ;,.").strip()
