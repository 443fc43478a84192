"""Page, styles and the fixed blocks of an official report (Nghị định 30/2020).

Everything size- or string-like comes from the profile dict (``profiles/``);
this module only knows where things go: the two-column header, Tên loại and
trích yếu, the Nơi nhận/signature table, the page-number header.
"""

from __future__ import annotations

import datetime as dt
import re

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

from service.docx import ooxml
from service.docx.metrics import text_width_pt
from service.periods import trich_yeu

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
PT_PER_MM = 72 / 25.4


# --------------------------------------------------------------------------- page and styles

def setup_document(doc: Document, prof: dict) -> None:
    """A4, decree margins, Times New Roman on every script slot, body style in Normal."""
    page, font, body = prof["page"], prof["font"], prof["body"]
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(page["width_mm"]), Mm(page["height_mm"])
    sec.top_margin, sec.bottom_margin = Mm(page["top_mm"]), Mm(page["bottom_mm"])
    sec.left_margin, sec.right_margin = Mm(page["left_mm"]), Mm(page["right_mm"])
    sec.header_distance = Mm(page["header_mm"])
    sec.footer_distance = Mm(page["header_mm"])

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.set_rfonts(defaults, font["name"])
    ooxml.set_size(defaults, body["size"])
    ooxml.set_lang(defaults, font["lang"])

    normal = doc.styles["Normal"]
    _style_font(normal, font["name"], body["size"])
    pf = normal.paragraph_format
    pf.alignment = JUSTIFY
    pf.first_line_indent = Cm(body["first_line_indent_cm"])
    pf.space_before = Pt(0)
    pf.space_after = Pt(body["space_after_pt"])
    pf.line_spacing = body["line_spacing"]
    pf.widow_control = True

    for level, h in prof["headings"].items():
        style = doc.styles[f"Heading {level}"]
        _style_font(style, font["name"], body["size"], bold=h["bold"], italic=h["italic"])
        hp = style.paragraph_format
        hp.alignment = JUSTIFY
        hp.first_line_indent = Cm(body["first_line_indent_cm"])
        hp.left_indent = Cm(0)
        hp.space_before = Pt(body["space_after_pt"])
        hp.space_after = Pt(body["space_after_pt"])
        hp.line_spacing = body["line_spacing"]
        hp.keep_with_next = True


def _style_font(style, name: str, size: float, *, bold: bool | None = None, italic: bool | None = None) -> None:
    """Replace a style's run properties: the template's theme fonts and colours must go."""
    old = style.element.rPr
    if old is not None:
        style.element.remove(old)
    rPr = style.element.get_or_add_rPr()
    ooxml.set_rfonts(rPr, name)
    if bold is not None:
        ooxml.set_toggle(rPr, "b", bold)
    if italic is not None:
        ooxml.set_toggle(rPr, "i", italic)
    ooxml.set_size(rPr, size)


def page_numbers(doc: Document, prof: dict) -> None:
    """Arabic page number centred in the top margin, from page 2 (page 1 header empty)."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False
    first = sec.first_page_header.paragraphs[0]
    plain(first, CENTER)
    p = sec.header.paragraphs[0]
    plain(p, CENTER)
    ooxml.add_field(p, "PAGE", lambda: ooxml.style_run(p.add_run(), prof["font"]["name"],
                                                        prof["page_number"]["size"]))


# --------------------------------------------------------------------------- paragraph helpers

def plain(p: Paragraph, align=LEFT, *, before: float = 0, after: float = 0) -> Paragraph:
    """Undo the Normal (body) formatting for layout paragraphs: no indent, single spacing."""
    pf = p.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Cm(0)
    pf.left_indent = Cm(0)
    pf.right_indent = Cm(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    return p


def add_text(p: Paragraph, text: str, prof: dict, style: dict) -> Paragraph:
    """One run in ``style`` (size/bold/italic/underline/caps from the profile)."""
    if style.get("caps"):
        text = text.upper()
    run = p.add_run(text)
    ooxml.preserve_spaces(run)
    ooxml.style_run(run, prof["font"]["name"], style.get("size"),
                    bold=style.get("bold", False), italic=style.get("italic", False),
                    underline=style.get("underline"))
    return p


def rule(container, width_mm: float, box_mm: float, *, after: float = 0) -> Paragraph:
    """An empty 2-pt paragraph whose bottom border is a centred rule ``width_mm`` long.

    Its own paragraph (not a border on the text) so the text may wrap freely
    and the rule keeps its length.
    """
    p = container.add_paragraph() if not _is_fresh(container) else container.paragraphs[0]
    plain(p, CENTER, before=2, after=after)
    side = max(0.0, (box_mm - width_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(2)
    ooxml.bottom_rule(p)
    return p


def _is_fresh(container) -> bool:
    """A new table cell holds one empty paragraph that the first line should reuse."""
    ps = getattr(container, "paragraphs", [])
    return (hasattr(container, "_tc") and len(ps) == 1 and not ps[0].text and ps[0]._p.pPr is None)


def cell_par(cell, align=CENTER, *, before: float = 0, after: float = 0) -> Paragraph:
    p = cell.paragraphs[0] if _is_fresh(cell) else cell.add_paragraph()
    return plain(p, align, before=before, after=after)


def text_width_mm(text: str, style: dict) -> float:
    t = text.upper() if style.get("caps") else text
    return text_width_pt(t, style["size"], style.get("bold", False)) / PT_PER_MM


def text_area_mm(prof: dict) -> float:
    page = prof["page"]
    return page["width_mm"] - page["left_mm"] - page["right_mm"]


# --------------------------------------------------------------------------- header block

def format_date(place: str, date: dt.date) -> str:
    """``Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024``: day < 10 and months 1-2 padded."""
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


_NUMBER_LABEL = re.compile(r"^\s*số(?:\s*:)?", re.I)
BLANK_FOR_NUMBER = 5   # spaces left for the number written by hand when the spec gives none


def format_number(number: str, hdr: dict) -> str:
    """``Số: 05/BC-UBND`` (state) or ``Số 12-BC/HU`` (party), whatever the spec wrote.

    A number without its sequence (``Số:    /BC-UBND``) keeps the blank the
    office leaves for it, as written (at least two spaces, else five).
    """
    label = hdr["number_prefix"].rstrip() if hdr["number_colon"] else hdr["number_prefix"].rstrip(": ")
    m = _NUMBER_LABEL.match(number)
    rest = number[m.end():].rstrip() if m else number.strip()
    body = rest.strip() or ("/BC" if hdr["number_colon"] else "-BC")
    if body[0] in "/-":                       # no sequence number: leave its blank
        written = len(rest) - len(rest.lstrip())
        return label + " " * (written if written >= 2 else BLANK_FOR_NUMBER) + body
    return f"{label} {body}"


def header_block(doc: Document, spec, prof: dict) -> None:
    """Two-column borderless table: issuer and number left, national/party header and date right.

    Two rows so the number and the place-date line share a baseline.
    """
    hdr = prof["header"]
    left_w = hdr["left_width_mm"]
    right_w = text_area_mm(prof) - left_w
    table = doc.add_table(rows=2, cols=2)
    ooxml.borderless(table, [left_w, right_w])
    (l1, r1), (l2, r2) = table.rows[0].cells, table.rows[1].cells

    if spec.issuer.parent:
        add_text(cell_par(l1), spec.issuer.parent, prof, hdr["parent"])
    add_text(cell_par(l1), spec.issuer.name, prof, hdr["issuer"])
    if hdr.get("issuer_mark"):
        add_text(cell_par(l1), hdr["issuer_mark"], prof, {"size": hdr["issuer"]["size"]})
    elif hdr.get("issuer_rule"):
        widest = max(text_width_mm(line, hdr["issuer"]) for line in [spec.issuer.name])
        rule(l1, min(widest, left_w) * hdr["issuer_rule"], left_w)

    for line in hdr["national"]:
        add_text(cell_par(r1), line["text"], prof, line)
        if line.get("rule") == "text":
            rule(r1, min(text_width_mm(line["text"], line), right_w), right_w)

    add_text(cell_par(l2, before=6), format_number(spec.issuer.number, hdr), prof, hdr["number"])
    add_text(cell_par(r2, before=6), format_date(spec.place, spec.date), prof, hdr["date"])


def title_block(doc: Document, title: str, period: str, prof: dict) -> None:
    """Tên loại ``BÁO CÁO`` and the trích yếu (title + period), bold, centred, short rule under."""
    t = prof["title"]
    add_text(plain(doc.add_paragraph(), CENTER, before=18), t["kind"], prof, t["kind_style"])
    subject = trich_yeu(title, period)      # a title naming its own periods is written as it is
    p = plain(doc.add_paragraph(), CENTER)
    lines = balanced_lines(subject, t["summary_style"], text_area_mm(prof) - 10)
    for i, line in enumerate(lines):
        add_text(p, line, prof, t["summary_style"])
        if i < len(lines) - 1:
            p.runs[-1].add_break()
    rule(doc, t["rule_mm"], text_area_mm(prof), after=12)


def balanced_lines(text: str, style: dict, max_mm: float) -> list[str]:
    """Split a two-line trích yếu into lines of similar length, as typists do.

    Word's greedy wrap leaves a stub like "ninh 6 tháng đầu năm 2024" under a
    full line; a balanced break reads as one block.  Never ends a line on "-".
    Three or more lines are left to the word processor.
    """
    words = text.split(" ")
    if text_width_mm(text, style) <= max_mm or len(words) < 2:
        return [text]
    best = None
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        if words[k - 1] in ("-", "–"):
            continue
        wa, wb = text_width_mm(a, style), text_width_mm(b, style)
        if max(wa, wb) > max_mm:
            continue
        if best is None or max(wa, wb) < best[0]:
            best = (max(wa, wb), [a, b])
    return best[1] if best else [text]


# --------------------------------------------------------------------------- Nơi nhận and signature

def recipient_lines(recipients: list[str], archive_default: str) -> list[str]:
    """``- X;`` one per line, the last ``- Lưu: ....`` (added when the spec has none)."""
    items = [r.strip().lstrip("-").strip().rstrip(" ;,.") for r in recipients if r.strip()]
    archive = [r for r in items if r.lower().startswith("lưu")]
    items = [r for r in items if not r.lower().startswith("lưu")] + (archive[-1:] or [archive_default])
    return [f"- {r};" for r in items[:-1]] + [f"- {items[-1]}."]


def signature_block(doc: Document, spec, prof: dict) -> None:
    """Nơi nhận left, signer right, in one borderless row so they start on the same line."""
    rc, sg = prof["recipients"], prof["signature"]
    left_w = sg["left_width_mm"]
    spacer = plain(doc.add_paragraph(), LEFT)
    spacer.paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=2)
    ooxml.borderless(table, [left_w, text_area_mm(prof) - left_w])
    left, right = table.rows[0].cells
    _cant_split(table)

    add_text(cell_par(left, LEFT), rc["label"], prof, rc["label_style"])
    for line in recipient_lines(spec.recipients, rc["archive_default"]):
        add_text(cell_par(left, LEFT), line, prof, rc["item_style"])

    signer = spec.signer
    if signer.authority:
        add_text(cell_par(right), signer.authority, prof, sg["authority"])
    if signer.title:
        add_text(cell_par(right), signer.title, prof, sg["title"])
    for _ in range(sg["gap_lines"]):
        add_text(cell_par(right), "", prof, sg["name"])
    if signer.name:
        add_text(cell_par(right), signer.name, prof, sg["name"])


def _cant_split(table) -> None:
    """Keep the signature row on one page (a signer alone on a page is not valid)."""
    from docx.oxml import OxmlElement

    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))


# --------------------------------------------------------------------------- the frame as data

def frame_texts(spec, prof: dict) -> dict:
    """The fixed blocks' texts as this module lays them out, for a page that previews the document."""
    hdr, rc = prof["header"], prof["recipients"]
    caps = lambda text, style: text.upper() if style.get("caps") else text  # noqa: E731
    return {
        "profile": spec.profile,
        "parent": caps(spec.issuer.parent, hdr["parent"]) if spec.issuer.parent else "",
        "issuer": caps(spec.issuer.name, hdr["issuer"]),
        "issuer_mark": hdr.get("issuer_mark") or "",
        "national": [line["text"] for line in hdr["national"]],
        "number": format_number(spec.issuer.number, hdr),
        "date_line": format_date(spec.place, spec.date),
        "kind": prof["title"]["kind"],
        "title": " ".join(f"{spec.title} {spec.period}".split()),
        "recipients_label": rc["label"],
        "recipients": recipient_lines(spec.recipients, rc["archive_default"]),
        "signer": {"authority": spec.signer.authority, "title": spec.signer.title, "name": spec.signer.name},
        "end_mark": prof["closing"]["end_mark"],
    }
