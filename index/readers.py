"""Readers: one file (.txt, .docx, .pdf) -> a flat list of ``Line``s.

Every reader ends in the same shape so that one structurer (``structure.py``)
recovers the section tree whatever the format: a .txt and a .docx of the same
report must give the same tree.  Readers also guard the door: a corrupt,
encrypted, image-only, empty, non-UTF-8 or zip-bomb file is refused here with
an ``InputError`` naming the file, before any library gets to choke on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from index.model import Furniture
from index.text import nfc, squash
from service.errors import InputError

MAX_PDF_PAGES = 500

_PAGE_NUMBER = re.compile(r"^[-–—(\[]?\s*(?:trang\s+)?\d{1,3}\s*(?:/\s*\d{1,3})?\s*[-–—)\]]?$", re.I)
_RULE = re.compile(r"^(?!\*+$)[-_=*·.•~]{3,}$")     # a drawn rule; "***" under a party issuer is kept


@dataclass
class Line:
    """One source line (txt/pdf) or paragraph (docx).

    ``blank_before``: a blank line (or a paragraph boundary) precedes it.
    ``bold``: the whole line is bold (docx only; None when unknown).
    ``bold_prefix``: the bold text the line starts with, if only a prefix is bold.
    ``rule_before``: a drawn rule ("-----") precedes it (ends a title block).
    ``table``: a table row, cells joined with " | ".
    ``cells``: the pieces of a line laid out in columns (a tab, three spaces or
    more, or " | " between them: a header or signature block typed side by
    side); ``None`` for an ordinary line.
    ``number``: its 1-based line (txt/pdf) or paragraph (docx) in the source.
    """

    text: str
    blank_before: bool = False
    bold: bool | None = None
    bold_prefix: str | None = None
    rule_before: bool = False
    table: bool = False
    cells: tuple[str, ...] | None = None
    number: int = 0

    @property
    def pieces(self) -> tuple[str, ...]:
        return self.cells or (self.text,)


@dataclass
class Source:
    """What a reader hands on: the lines, the raw bytes (for hashing) and the format."""

    lines: list[Line]
    raw: bytes
    format: str          # "txt", "docx", "pdf"
    hard_wrapped: bool   # lines are wrapped at a fixed width (txt/pdf) rather than one per paragraph
    furniture: list[Furniture] = field(default_factory=list)   # page numbers, running headers already left out


def read(path: str | Path) -> Source:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: không tìm thấy tệp")
    if p.is_dir():
        raise InputError(f"{p}: là một thư mục, cần một tệp .docx, .txt hoặc .pdf")
    ext = p.suffix.lower()
    readers = {".txt": read_txt, ".md": read_txt, ".docx": read_docx, ".pdf": read_pdf}
    if ext == ".doc":
        raise InputError(f"{p.name}: không đọc được tệp Word cũ (.doc); hãy lưu lại dưới dạng .docx")
    if ext not in readers:
        raise InputError(f"{p.name}: không nhận loại tệp {ext or '(không có đuôi)'}; cần .docx, .txt hoặc .pdf")
    raw = p.read_bytes()
    if not raw.strip():
        raise InputError(f"{p.name}: tệp trống")
    return readers[ext](p, raw)


# -- plain text ----------------------------------------------------------------

def read_txt(p: Path, raw: bytes) -> Source:
    """UTF-8 (BOM allowed) or UTF-16 with BOM; anything else is refused, never guessed."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = raw.decode("utf-16")
        else:
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p.name}: không phải văn bản UTF-8 (byte 0x{raw[exc.start]:02x} sai ở vị trí {exc.start}); "
                         "hãy lưu tệp dưới dạng UTF-8") from None
    if "\x00" in text or not _mostly_latin(text):
        raise InputError(f"{p.name}: không giống văn bản tiếng Việt (tệp nhị phân, hay sai bảng mã?)")
    furniture: list[Furniture] = []
    lines = text_lines(text, furniture)
    if not lines:
        raise InputError(f"{p.name}: tệp không có chữ")
    return Source(lines, raw, "txt", hard_wrapped=_looks_hard_wrapped(lines), furniture=furniture)


def _mostly_latin(text: str) -> bool:
    """Vietnamese is Latin script: letters, digits and punctuation below U+0250 or in U+1E00-U+206F."""
    chars = [c for c in text[:20000] if not c.isspace()]
    ok = sum(1 for c in chars if ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x206F or 0x300 <= ord(c) <= 0x36F)
    return not chars or ok >= 0.8 * len(chars)


_COLUMNS = re.compile(r"\t+| {3,}|\s+\|\s*|\s*\|\s+")


def columns(raw: str) -> tuple[str, ...] | None:
    """The pieces of a line typed in columns, or None when it is one piece."""
    pieces = [squash(x) for x in _COLUMNS.split(raw.strip().strip("|"))]
    pieces = [x for x in pieces if x]
    return tuple(pieces) if len(pieces) > 1 else None


def text_lines(text: str, furniture: list[Furniture] | None = None) -> list[Line]:
    """Split extracted text into lines; lone page numbers and drawn rules count as blank lines.

    Page numbers left out are listed in ``furniture`` when given.
    """
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    originals = text.split("\n")
    raw_lines = [squash(x) for x in originals]

    def lone_page_number(i: int) -> bool:
        """A bare number with a blank line (or the start/end) beside it: page furniture, not text."""
        if not _PAGE_NUMBER.match(raw_lines[i]):
            return False
        before = i == 0 or not raw_lines[i - 1]
        after = i == len(raw_lines) - 1 or not raw_lines[i + 1]
        return before or after

    out: list[Line] = []
    blank, rule = True, False
    for i, s in enumerate(raw_lines):
        if not s.strip("|¦ "):
            s = ""      # a line of table bars only ("|" between a flattened table's cells)
        if s and lone_page_number(i) and furniture is not None:
            furniture.append(Furniture(s, "page-number", i + 1))
        if not s or lone_page_number(i):
            blank = True
            continue
        if _RULE.match(s):
            blank, rule = True, True
            continue
        out.append(Line(s, blank_before=blank, rule_before=rule, cells=columns(originals[i]), number=i + 1))
        blank, rule = False, False
    return out


def _looks_hard_wrapped(lines: list[Line]) -> bool:
    """Hard-wrapped text has most lines near one width, most ending mid-sentence; one-paragraph-per-line
    text has long lines, or lines that end their sentences."""
    lengths = sorted(len(l.text) for l in lines)
    if len(lengths) < 5:
        return False
    p90 = lengths[int(len(lengths) * 0.9)]
    full = [l.text for l in lines if len(l.text) >= 0.6 * p90]
    ended = sum(1 for t in full if t.rstrip().endswith((".", ";", ":", "!", "?", "./.", "…")))
    return p90 <= 130 and ended < 0.6 * max(len(full), 1)


def wrap_width(lines: list[Line]) -> int:
    lengths = sorted(len(l.text) for l in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


# -- .docx -----------------------------------------------------------------------

def check_zip(p: Path) -> None:
    """Refuse non-zips, encrypted files and zip bombs from the central directory, before anything inflates."""
    from service import archive

    archive.check(p, p.name, archive.DOCX)


def read_docx(p: Path, raw: bytes) -> Source:
    check_zip(p)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(str(p))
    except Exception as exc:  # python-docx raises many kinds on broken XML
        raise InputError(f"{p.name}: tệp .docx bị hỏng, không mở được ({type(exc).__name__})") from None
    lines: list[Line] = []
    carry: list[tuple[str, bool]] = []      # runs of a paragraph whose mark is a tracked deletion
    for n, child in enumerate(doc.element.body.iterchildren(), 1):
        first = len(lines)
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            runs = carry + accepted_runs(par)
            if mark_deleted(child) and "".join(t for t, _ in runs).strip():
                carry = runs                 # accepting joins it to the next paragraph
                continue
            carry = []
            lines.extend(_paragraph_lines(par, runs))
        elif tag == "tbl":
            if carry:
                lines.extend(_paragraph_lines(None, carry))
                carry = []
            lines.extend(_table_lines(Table(child, doc)))
        for ln in lines[first:]:
            ln.number = ln.number or n
    if carry:
        lines.extend(_paragraph_lines(None, carry))
    if not lines:
        raise InputError(f"{p.name}: tài liệu không có chữ")
    return Source(lines, raw, "docx", hard_wrapped=False)


def _is_bold(run, style_bold: bool) -> bool:
    b = run.bold
    if b is None and run.style is not None and run.style.font is not None:
        b = run.style.font.bold
    return bool(style_bold if b is None else b)


# Tracked changes read as if all were accepted: text inside w:ins/w:moveTo counts (python-docx's
# ``paragraph.text`` skips it), text inside w:del/w:moveFrom (w:delText) does not.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REJECTED = {_W + "del", _W + "moveFrom"}


def accepted_runs(par) -> list[tuple[str, bool]]:
    """(text, bold) of the paragraph's runs in order, tracked changes accepted.

    Runs nested in hyperlinks, fields, smart tags and content controls count too;
    runs of a nested paragraph (a text box) and of the rejected side do not.
    """
    from docx.text.run import Run

    p = par._p
    style_bold = bool(par.style is not None and par.style.font is not None and par.style.font.bold)
    out = []
    for r in p.iter(_W + "r"):
        node, keep = r.getparent(), True
        while node is not None and node is not p:
            if node.tag in _REJECTED or node.tag == _W + "p" or node.tag == _W + "pPr":
                keep = False
                break
            node = node.getparent()
        if not keep:
            continue
        run = Run(r, par)
        out.append((run.text, _is_bold(run, style_bold)))
    return out


def mark_deleted(p) -> bool:
    """The paragraph mark itself is a tracked deletion (accepting merges it with the next paragraph)."""
    return p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None


def _paragraph_lines(par, runs: list[tuple[str, bool]] | None = None) -> list[Line]:
    """Lines of one paragraph from its accepted runs (``runs`` given: already collected)."""
    if runs is None:
        runs = accepted_runs(par)
    text = nfc("".join(t for t, _ in runs))
    if not text.strip():
        return []
    visible = [(t, b) for t, b in runs if t.strip()]
    bold = bool(visible) and all(b for _, b in visible)
    prefix = None
    if visible and visible[0][1] and not bold:
        acc = []
        for t, b in runs:
            if not b and t.strip():
                break
            acc.append(t)
        prefix = squash(nfc("".join(acc))) or None
    out = []
    for i, piece in enumerate(text.split("\n")):   # <w:br/> soft breaks
        s = squash(piece)
        if s:
            out.append(Line(s, blank_before=(i == 0), bold=bold, bold_prefix=prefix if i == 0 else None,
                            cells=columns(piece)))
    return out


def _table_lines(table) -> list[Line]:
    """Layout tables (header, signature) give their cells' paragraphs; data tables give one line a row."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:       # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        rows.append(cells)
    ncols = max((len(r) for r in rows), default=0)
    out: list[Line] = []
    if ncols <= 2 and len(rows) <= 3:
        for r in rows:
            for cell in r:
                for par in cell.paragraphs:
                    out.extend(_paragraph_lines(par))
        return out
    for r in rows:
        texts = [squash(nfc(" ".join("".join(t for t, _ in accepted_runs(par)) for par in c.paragraphs)
                            .replace("\n", " "))) for c in r]
        if any(texts):
            out.append(Line(" | ".join(texts), blank_before=True, table=True))
    return out


# -- PDF -----------------------------------------------------------------------------

def read_pdf(p: Path, raw: bytes) -> Source:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(p))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise InputError(f"{p.name}: tệp PDF được đặt mật khẩu (mã hoá); hãy lưu một bản không khoá")
        n = len(reader.pages)
        if n > MAX_PDF_PAGES:
            raise InputError(f"{p.name}: {n} trang; một báo cáo có tối đa {MAX_PDF_PAGES} trang")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{p.name}: tệp PDF bị hỏng, không đọc được ({type(exc).__name__}: {exc})") from None
    chars = sum(len(t.strip()) for t in pages)
    if chars < 20 * max(1, n):
        raise InputError(f"{p.name}: tệp PDF không có lớp chữ (chỉ là ảnh quét?); hãy nhận dạng chữ (OCR) trước "
                         "hoặc gửi bản .docx")
    furniture: list[Furniture] = []
    lines = text_lines("\n\n".join(_strip_running_lines(pages, furniture)), furniture)
    return Source(lines, raw, "pdf", hard_wrapped=True, furniture=furniture)


def _strip_running_lines(pages: list[str], furniture: list[Furniture] | None = None) -> list[str]:
    """Drop running headers/footers: a first or last line repeated on most pages (3 pages or more)."""
    if len(pages) < 3:
        return pages
    from collections import Counter

    split = [p.split("\n") for p in pages]
    ends = Counter()
    for ls in split:
        kept = [squash(x) for x in ls if x.strip()]
        if kept:
            ends.update({kept[0], kept[-1]})
    running = {x for x, n in ends.items() if n > len(pages) / 2 and not _PAGE_NUMBER.match(x)}
    if furniture is not None:
        furniture.extend(Furniture(x, "running-header", 0) for x in sorted(running))
    return ["\n".join(x for x in ls if squash(x) not in running) for ls in split]
