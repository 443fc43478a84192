"""Hostile files built in a test's tmp_path: zip bombs (built in a second, whatever they inflate to) and
the bad-input corpus (truncated, corrupt, renamed, encrypted, empty, NUL, wrong encoding, huge)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

MiB = 1 << 20
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _deflated(head: bytes, unit: bytes, size: int, tail: bytes) -> tuple[list[bytes], int, int]:
    """Raw deflate of ``head + unit * k + tail`` (about ``size`` bytes) without compressing it all:
    with a sync flush after each MiB, every MiB after the first few compresses to the same bytes."""
    chunk = unit * max(1, MiB // len(unit))
    n = max(1, (size - len(head) - len(tail)) // len(chunk))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [c.compress(head) + c.flush(zlib.Z_SYNC_FLUSH)]
    crc = zlib.crc32(head)
    steady, done = None, 0
    while done < n:
        if steady is None:
            piece = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
            if done >= 2 and piece == out[-1]:
                steady = piece
        else:
            piece = steady
        out.append(piece)
        crc = zlib.crc32(chunk, crc)
        done += 1
    out.append(c.compress(tail) + c.flush())
    crc = zlib.crc32(tail, crc)
    return out, crc, len(head) + n * len(chunk) + len(tail)


def write_zip(path: Path, members: dict[str, bytes], bomb: tuple[str, bytes, bytes, int, bytes] | None = None) -> Path:
    """A zip of ``members`` (deflated) plus, given ``bomb = (name, head, unit, size, tail)``, one member
    inflating to ``size`` bytes.  Written by hand (zipfile cannot take pre-compressed data)."""
    entries = []
    for name, data in members.items():
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = c.compress(data) + c.flush()
        entries.append((name, [packed], zlib.crc32(data), len(packed), len(data)))
    if bomb:
        name, head, unit, size, tail = bomb
        parts, crc, usize = _deflated(head, unit, size, tail)
        entries.append((name, parts, crc, sum(len(p) for p in parts), usize))
    central, offset = io.BytesIO(), 0
    with open(path, "wb") as out:
        for name, parts, crc, csize, usize in entries:
            raw = name.encode()
            header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, csize, usize, len(raw), 0) + raw
            out.write(header)
            for p in parts:
                out.write(p)
            central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, csize, usize,
                                      len(raw), 0, 0, 0, 0, 0, offset) + raw)
            offset += len(header) + csize
        cd = central.getvalue()
        out.write(cd)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), offset, 0))
    return path


CONTENT_TYPES_DOCX = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                      b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                      b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                      b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                      b'wordprocessingml.document.main+xml"/></Types>')
RELS_DOCX = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_bomb(path: Path, inflates_to: int) -> Path:
    """A Word document whose ``word/document.xml`` (valid XML, one paragraph repeated) inflates to ``inflates_to``."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode()
    unit = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>".ljust(64)  # 64 bytes: a MiB holds it a whole number of times
    return write_zip(path, {"[Content_Types].xml": CONTENT_TYPES_DOCX, "_rels/.rels": RELS_DOCX},
                     bomb=("word/document.xml", head, unit, inflates_to, b"</w:body></w:document>"))


_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = b"application/vnd.openxmlformats-officedocument.spreadsheetml"


def xlsx_members(rows: list[list]) -> tuple[dict[str, bytes], list[str]]:
    """The parts of a one-sheet workbook whose text cells are shared strings (as Excel saves them);
    returns the parts without ``xl/sharedStrings.xml`` and the strings it must list, in order."""
    from xml.sax.saxutils import escape

    strings: list[str] = []
    cells = []
    for r, row in enumerate(rows, 1):
        out = []
        for c, v in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(v, str):
                strings.append(v)
                out.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            else:
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    sheet = b"<worksheet " + _NS + b"><sheetData>" + "".join(cells).encode() + b"</sheetData></worksheet>"
    members = {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="' + _CT + b'.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="' + _CT + b'.worksheet+xml"/>'
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="' + _CT + b'.sharedStrings+xml"/></Types>',
        "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="' + _REL + b'/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b"<workbook " + _NS + b' xmlns:r="' + _REL + b'"><sheets><sheet name="Bieu" sheetId="1" '
        b'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="' + _REL + b'/worksheet" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Type="' + _REL + b'/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    return members, [escape(x) for x in strings]


FIGURE_ROWS = [["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"], [1, "Số vụ", "vụ", 12], [2, "Số người", "người", 30]]


def sst_head(strings: list[str]) -> bytes:
    return b"<sst " + _NS + b">" + "".join(f"<si><t>{s}</t></si>" for s in strings).encode()


def xlsx_file(path: Path, rows: list[list] = FIGURE_ROWS) -> Path:
    """A small, valid figures workbook with shared strings."""
    members, strings = xlsx_members(rows)
    members["xl/sharedStrings.xml"] = sst_head(strings) + b"</sst>"
    return write_zip(path, members)


def xlsx_bomb(path: Path, inflates_to: int) -> Path:
    """A figures workbook whose shared-strings part is padded with unused strings to ``inflates_to`` bytes."""
    members, strings = xlsx_members(FIGURE_ROWS)
    return write_zip(path, members, bomb=("xl/sharedStrings.xml", sst_head(strings),
                                          b"<si><t>abcdefghijklmnop</t></si>", inflates_to, b"</sst>"))
