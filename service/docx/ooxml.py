"""Small raw-XML helpers for what python-docx has no API for.

Rules as paragraph borders, borderless tables, the PAGE field, fonts on all
four script slots: Nghị định 30 layout needs each of them, python-docx none.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_rfonts(rPr, name: str) -> None:
    """Name the font for every script slot and drop theme fonts (which would win).

    Word picks eastAsia/cs slots for some Vietnamese characters; leaving them
    unset renders those letters in a fallback face.
    """
    rFonts = rPr.get_or_add_rFonts()
    for slot in THEME_SLOTS:
        rFonts.attrib.pop(qn(slot), None)
    for slot in FONT_SLOTS:
        rFonts.set(qn(slot), name)


def set_size(rPr, size: float) -> None:
    """``w:sz`` and ``w:szCs`` (complex-script size), both in half-points."""
    half = str(int(round(size * 2)))
    rPr.get_or_add_sz().set(qn("w:val"), half)
    szCs = rPr.find(qn("w:szCs"))
    if szCs is None:
        szCs = OxmlElement("w:szCs")
        rPr.find(qn("w:sz")).addnext(szCs)
    szCs.set(qn("w:val"), half)


def set_toggle(rPr, tag: str, on: bool) -> None:
    """``b``/``i`` and their complex-script twins ``bCs``/``iCs``."""
    for t in (tag, tag + "Cs"):
        el = getattr(rPr, f"get_or_add_{t}")()
        if on:
            el.attrib.pop(qn("w:val"), None)
        else:
            el.set(qn("w:val"), "0")


def set_highlight(rPr, color: str) -> None:
    rPr.get_or_add_highlight().set(qn("w:val"), color)


def style_run(run: Run, font: str, size: float | None = None, *, bold: bool | None = None,
              italic: bool | None = None, underline: bool | None = None) -> Run:
    """Direct formatting on a run: explicit, so the file reads back the same anywhere."""
    rPr = run._r.get_or_add_rPr()
    set_rfonts(rPr, font)
    if size is not None:
        set_size(rPr, size)
    if bold is not None:
        set_toggle(rPr, "b", bold)
    if italic is not None:
        set_toggle(rPr, "i", italic)
    if underline is not None:
        run.underline = underline
    return run


def bottom_rule(paragraph: Paragraph, *, size_eighths: int = 6, space_pt: int = 1) -> None:
    """Draw a solid rule under ``paragraph``, as long as the paragraph's indented width."""
    pPr = paragraph._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom", attrs={qn("w:val"): "single", qn("w:sz"): str(size_eighths),
                                            qn("w:space"): str(space_pt), qn("w:color"): "000000"})
    pBdr.append(bottom)
    # pBdr sits after keepNext..pageBreakBefore/framePr/widowControl/numPr/suppressLineNumbers
    successors = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                  "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    pPr.insert_element_before(pBdr, *successors)


def borderless(table: Table, widths_mm: list[float]) -> None:
    """No borders, fixed column widths, no cell padding on the outer edges."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(OxmlElement(f"w:{edge}", attrs={qn("w:val"): "nil"}))
    tblPr.append(borders)
    tblPr.append(OxmlElement("w:tblLayout", attrs={qn("w:type"): "fixed"}))
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        mar.append(OxmlElement(f"w:{edge}", attrs={qn("w:w"): "0", qn("w:type"): "dxa"}))
    tblPr.append(mar)
    _sort_tblPr(tblPr)
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)


_TBLPR_ORDER = ["w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"]


def _sort_tblPr(tblPr) -> None:
    order = {qn(t): i for i, t in enumerate(_TBLPR_ORDER)}
    children = sorted(tblPr, key=lambda el: order.get(el.tag, len(order)))
    for el in children:
        tblPr.remove(el)
        tblPr.append(el)


def add_field(paragraph: Paragraph, instr: str, run_factory) -> None:
    """A complex field (``PAGE``) as begin/instr/separate/result/end runs."""
    def fld(kind):
        r = run_factory()
        r._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))
        return r

    fld("begin")
    r = run_factory()
    it = OxmlElement("w:instrText", attrs={qn("xml:space"): "preserve"})
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    run_factory().text = "2"
    fld("end")


def preserve_spaces(run: Run) -> None:
    """``xml:space="preserve"`` on every text of the run: runs of spaces (``Số:    /BC``) are kept as typed."""
    for t in run._r.iter(qn("w:t"), qn("w:delText")):
        if t.text and ("  " in t.text or t.text != t.text.strip()):
            t.set(qn("xml:space"), "preserve")


def set_lang(rPr, lang: str) -> None:
    el = rPr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rPr.insert_element_before(el, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        el.set(qn(attr), lang)
