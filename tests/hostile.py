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


# --- the bad-input corpus -------------------------------------------------------------------------------

def _junk(n: int, seed: int = 7) -> bytes:
    import random

    return bytes(random.Random(seed).getrandbits(8) for _ in range(n))


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4088   # how Word and Excel save a password-protected file
PNG = b"\x89PNG\r\n\x1a\n" + _junk(600)
VN = "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Số người được tuyên truyền,người,1.250\n"
DTD_DOCX = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "{"ha" * 50}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>').encode()


def _text_pdf(path: Path) -> Path:
    from tests.test_index_parse import _text_pdf as make

    make(path, [["BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2024", "I. TÌNH HÌNH CHUNG",
                 "Tình hình an ninh chính trị cơ bản ổn định, trật tự an toàn xã hội được giữ vững.",
                 "II. KẾT QUẢ", "Có 120 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu."]])
    return path


def bad_reports(d: Path, real_docx: Path) -> dict[str, Path]:
    """Prior reports no reader may accept: every one must be refused with a message naming it."""
    from tests.test_index_errors import _encrypted_pdf, _image_pdf

    d.mkdir(parents=True, exist_ok=True)
    pdf = _text_pdf(d / "_good.pdf").read_bytes()
    xlsx = xlsx_file(d / "_good.xlsx").read_bytes()
    docx = real_docx.read_bytes()
    files = {
        "cắt-dở.docx": docx[: len(docx) // 2], "rác.docx": b"PK\x03\x04" + _junk(3000), "là-pdf.docx": pdf,
        "là-xlsx.docx": xlsx, "mật-khẩu.docx": OLE, "trống.docx": b"", "nul.docx": b"\0" * 4096,
        "cắt-dở.pdf": pdf[: len(pdf) // 3], "rác.pdf": b"%PDF-1.7\n" + _junk(3000), "là-docx.pdf": docx,
        "trống.pdf": b"", "nul.pdf": b"\0" * 4096,
        "cp1258.txt": "I. TÌNH HÌNH CHUNG\nTình hình ổn định trên địa bàn huyện.\n".encode("cp1258", errors="replace"),
        "utf16-không-bom.txt": "I. TÌNH HÌNH CHUNG\nTình hình ổn định.\n".encode("utf-16-le"),
        "nul.txt": b"I. TINH HINH\x00\x00\x00", "trống.txt": b"", "khoảng-trắng.txt": b" \n\t\n",
        "ảnh.txt": PNG,
    }
    out = {name: _write(d / name, data) for name, data in files.items()}
    out["bom-256mb.docx"] = docx_bomb(d / "bom-256mb.docx", 256 * MiB)
    out["thực-thể.docx"] = write_zip(d / "thực-thể.docx", {"[Content_Types].xml": CONTENT_TYPES_DOCX,
                                                           "_rels/.rels": RELS_DOCX, "word/document.xml": DTD_DOCX})
    out["khoá.pdf"] = _encrypted_pdf(d).rename(d / "khoá.pdf")
    out["ảnh-quét.pdf"] = _image_pdf(d).rename(d / "ảnh-quét.pdf")
    return out


def bad_figures(d: Path, real_docx: Path) -> dict[str, Path]:
    """Figures tables no loader may accept."""
    d.mkdir(parents=True, exist_ok=True)
    xlsx = xlsx_file(d / "_good.xlsx").read_bytes()
    members, strings = xlsx_members(FIGURE_ROWS)
    members["xl/sharedStrings.xml"] = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]>'
                                       + sst_head(strings) + b"<si><t>&a;</t></si></sst>")
    files = {
        "cắt-dở.xlsx": xlsx[: len(xlsx) // 2], "rác.xlsx": b"PK\x03\x04" + _junk(3000),
        "là-docx.xlsx": real_docx.read_bytes(), "mật-khẩu.xlsx": OLE, "trống.xlsx": b"", "nul.xlsx": b"\0" * 4096,
        "cp1258.csv": VN.encode("cp1258", errors="replace"), "nul.csv": VN.replace("1.250", "1.2\x0050").encode(), "trống.csv": b"",
        "ảnh.csv": PNG, "ô-khổng-lồ.csv": (VN + '2,"' + "a" * 200_000 + '",người,3\n').encode(),
        "utf16-cắt.csv": VN.encode("utf-16") + b"x",
        "cắt-dở.json": b'[{"Ch\xe1\xbb\x89 ti\xc3\xaau": "S\xe1\xbb\x91 v\xe1\xbb\xa5", "K\xe1\xbb\xb3 b\xc3\xa1o c',
        "lồng-sâu.json": b"[" * 100_000, "sai-dạng.json": b"[1, 2, 3]", "nul.json": b"\0" * 64, "trống.json": b"",
        "cp1258.json": '[{"Chỉ tiêu": "Số vụ", "Kỳ báo cáo": 3}]'.encode("cp1258", errors="replace"),
    }
    out = {name: _write(d / name, data) for name, data in files.items()}
    out["bom-chuỗi.xlsx"] = xlsx_bomb(d / "bom-chuỗi.xlsx", 512 * MiB)
    out["thực-thể.xlsx"] = write_zip(d / "thực-thể.xlsx", members)
    enc = bytearray(xlsx)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the zip 'encrypted' flag on every entry
        at = enc.find(sig)
        while at >= 0:
            enc[at + off] |= 1
            at = enc.find(sig, at + 4)
    out["zip-mã-hoá.xlsx"] = _write(d / "zip-mã-hoá.xlsx", bytes(enc))
    return out


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
