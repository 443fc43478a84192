"""Report files as the checker reads them: the text, and how to cut it for checking.

- ``.txt``: the characters of the file (UTF-8, BOM allowed), not normalised:
  offsets stay the user's own.
- ``.pdf``: the text layer as ``index.readers.read_pdf`` extracts it (running
  headers and footers dropped), lines as the page has them, a blank line
  between paragraphs (joined as ``index.structure.blocks`` joins them).
- ``.docx``: the body paragraphs, tracked changes read as accepted, joined by
  ``\\n``.  A .docx the service wrote carries ``service.checker.docmeta``: then
  the body is cut into the units the draft checked (each section's
  paragraphs with the section's name and placed figures; opening and closing
  without a section) and the title block and headings are left out, as the
  draft left them out.  So ``baocao check`` on the file repeats the draft's
  verdicts.
"""

from __future__ import annotations
from index.readers import accepted_runs, mark_deleted, check_zip, read_pdf
from index.structure import blocks

from dataclasses import dataclass, field
from pathlib import Path

from service.checker import docmeta
from service.errors import InputError


@dataclass
class Unit:
    """A stretch of the document checked in one call (offsets into ``Document.text``)."""

    start: int
    text: str
    section: str | None = None
    placed: tuple[str, ...] = ()


@dataclass
class Document:
    text: str
    units: list[Unit] | None = None          # None: check the whole text at once
    period: str | None = None
    meta: docmeta.DocMeta | None = field(default=None, repr=False)


def read_document(path: str | Path) -> Document:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: không tìm thấy tệp")
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise InputError(f"{path}: không đọc được tệp Word cũ (.doc); hãy lưu lại dưới dạng .docx")
    doc = _docx(path) if suffix == ".docx" else Document(_pdf(path) if suffix == ".pdf" else _txt(path))
    if not doc.text.strip():
        raise InputError(f"{path}: tệp không có chữ, không có gì để kiểm tra")
    return doc


def _txt(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: không phải văn bản UTF-8 (có byte NUL: tệp UTF-16 hay tệp nhị phân?); "
                         "hãy lưu lại dưới dạng văn bản UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: không phải văn bản UTF-8 (byte sai ở vị trí {exc.start}); hãy lưu tệp dưới dạng UTF-8") from None


def _pdf(path: Path) -> str:
    """Lines of a paragraph on lines of their own, paragraphs (as ``index.structure`` joins them) apart."""
    source = read_pdf(path, path.read_bytes())
    return "\n\n".join("\n".join(b.lines) for b in blocks(source.lines, source.hard_wrapped))


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    """(text, style name) of each body paragraph, tracked changes accepted."""
    check_zip(path)
    try:
        import docx   # python-docx, heavy: loaded only when a .docx is read
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise InputError(f"{path}: tệp .docx bị hỏng, không mở được ({type(exc).__name__})") from None
    out: list[tuple[str, str]] = []
    carry = ""
    for child in document.element.body.iterchildren():
        if child.tag.rsplit("}", 1)[-1] != "p":
            continue
        par = Paragraph(child, document)
        text = carry + "".join(t for t, _ in accepted_runs(par))
        if mark_deleted(child) and text.strip():
            carry = text                      # accepting the deletion joins it to the next paragraph
            continue
        carry = ""
        style = par.style.name if par.style is not None else ""
        if not text and any(r.tag.endswith("}del") for r in child.iter()):
            continue                          # a paragraph that only exists on the rejected side
        out.append((text, style or ""))
    if carry:
        out.append((carry, ""))
    return out


def _docx(path: Path) -> Document:
    pars = _paragraphs(path)
    starts, pos = [], 0
    for text, _ in pars:
        starts.append(pos)
        pos += len(text) + 1
    whole = "\n".join(t for t, _ in pars)
    meta = docmeta.from_docx(path)
    if meta is None:
        return Document(whole)
    return Document(whole, _units(pars, starts, meta), meta.period, meta)


def _units(pars: list[tuple[str, str]], starts: list[int], meta: docmeta.DocMeta) -> list[Unit]:
    """The body cut as the draft checked it: opening, each section's paragraphs, closing."""
    heads: list[tuple[int, docmeta.SectionMeta]] = []
    k = 0
    for i, (text, style) in enumerate(pars):
        if k < len(meta.sections) and docmeta.same_heading(text, meta.sections[k].heading):
            heads.append((i, meta.sections[k]))
            k += 1
        elif style.startswith("Heading") and text.strip():
            # a heading the file gained after it was written: a section the metadata does not know
            heads.append((i, docmeta.SectionMeta(text, text)))
    body = [i for i, (t, _) in enumerate(pars) if t.strip()]
    units: list[Unit] = []
    if not heads:
        return [Unit(starts[i], pars[i][0]) for i in body]
    first = heads[0][0]
    before = [i for i in body if i < first]
    for i in before[len(before) - meta.opening:] if meta.opening else []:
        units.append(Unit(starts[i], pars[i][0]))
    last_head = heads[-1][0]
    after = [i for i in body if i > last_head]
    closing = set(after[len(after) - meta.closing:]) if meta.closing else set()
    for n, (h, sec) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(pars)
        for i in body:
            if h < i < end and i not in closing:
                units.append(Unit(starts[i], pars[i][0], sec.title, sec.placed))
    for i in sorted(closing):
        units.append(Unit(starts[i], pars[i][0]))
    return units
