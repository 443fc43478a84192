"""One guard for every zip the service opens (.docx reports, .xlsx tables), before any library does.

A .docx or .xlsx is a zip of XML parts.  A hostile one can declare a part
that inflates a thousand-fold (a 3 MB file whose ``word/document.xml`` is
1 GiB), a shared-strings part that openpyxl reads whole even in read-only
mode, a hundred thousand members, or a DTD that expands entities.  ``check``
reads only the central directory and each XML part's prolog, so it costs
milliseconds and a few kilobytes whatever the file, and refuses with a
Vietnamese message naming the file:

- not a zip at all (a renamed or damaged file), a password-protected Office
  file (an OLE container, as Word and Excel save encrypted files), zip-level
  encryption, a compression method Office never uses;
- more than ``max_members`` members, one name twice;
- more than ``max_total`` bytes inflated in all, a member above
  ``max_member``, an XML part above ``max_xml`` (the parser holds what it
  reads), a part of ``part_caps`` above its own cap (``xl/sharedStrings.xml``:
  openpyxl keeps every string), a part inflating more than ``max_ratio``:1;
- a DOCTYPE or ENTITY in any XML part's prolog (Office writes none).

The sizes it checks are the ones ``zipfile`` then enforces while reading: a
member whose data inflates past its declared size fails its CRC check instead
of growing, so what passes here bounds what the parsers receive.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from service.errors import InputError

MiB = 1 << 20
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"     # compound file: encrypted OOXML, or an old .doc/.xls renamed
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_XML_PART = re.compile(r"\.(?:xml|rels|vml)$", re.I)
_PROLOG_MAX = 64 * 1024                        # bytes of a part read to find its root element
_ROOT_START = re.compile(rb"<(?![?!])")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


@dataclass(frozen=True)
class Limits:
    """What a real report or figures workbook never exceeds (defaults: a few times the largest seen)."""

    max_members: int = 5000
    max_total: int = 200 * MiB
    max_member: int = 100 * MiB          # images and other binary parts
    max_xml: int = 24 * MiB              # any part an XML parser reads
    max_ratio: float = 100.0             # inflated : packed, for parts above ``ratio_from``
    ratio_from: int = 2 * MiB
    part_caps: dict[str, int] = field(default_factory=dict)
    required: tuple[str, ...] = ()       # parts without which the file is not of its kind
    kind: str = ".docx"                  # how messages call the file
    app: str = "Word"
    noun: str = "tài liệu"


DOCX = Limits(required=("word/document.xml",), max_xml=24 * MiB)   # python-docx: ~12 bytes of memory a byte
XLSX = Limits(kind=".xlsx", app="Excel", noun="bảng tính", max_total=100 * MiB, max_xml=32 * MiB,  # sheets are streamed by row
              part_caps={"xl/sharedStrings.xml": 8 * MiB})                     # kept whole, ~100k labels
_LIMITS = {".docx": DOCX, ".xlsx": XLSX, ".xlsm": XLSX}


def check(path: str | Path, label: str | None = None, limits: Limits | None = None) -> None:
    """Refuse ``path`` (``InputError`` naming ``label``, default its name) unless it is a safe archive."""
    p = Path(path)
    name = label or p.name
    lim = limits or _LIMITS.get(Path(name).suffix.lower(), DOCX)
    with open(p, "rb") as fh:
        head = fh.read(8)
        if head.startswith(_OLE):
            raise InputError(f"{name}: tệp được đặt mật khẩu (mã hoá) hoặc là tệp {lim.app} cũ đổi đuôi thành "
                             f"{lim.kind}; hãy bỏ mật khẩu rồi lưu lại dưới dạng {lim.kind}")
        count = _declared_members(fh)
    if count is None or not zipfile.is_zipfile(p):
        raise InputError(f"{name}: không đọc được {lim.noun} {lim.kind}: không phải tệp nén zip (tệp bị hỏng hoặc "
                         f"bị đổi đuôi?); hãy mở bằng {lim.app} và lưu lại dưới dạng {lim.kind}")
    if count > lim.max_members:
        raise _refused(name, f"có {count} thành phần bên trong (tối đa {lim.max_members})")
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
            _check_directory(name, infos, lim)
            for info in infos:
                if _XML_PART.search(info.filename) and info.file_size:
                    _check_prolog(name, z, info)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(f"{name}: không đọc được {lim.noun} {lim.kind}: tệp bị hỏng ({type(exc).__name__})") from None
    names = {i.filename for i in infos}
    for part in lim.required:
        if part not in names:
            raise InputError(f"{name}: là tệp nén zip nhưng không phải tài liệu {lim.app} (thiếu {part})")


def _declared_members(fh) -> int | None:
    """Members the end-of-central-directory record declares, read before ``zipfile`` builds its list."""
    try:
        rec = zipfile._EndRecData(fh)  # the stdlib's own reader of that record (ZIP64 included)
    except (OSError, struct.error, AttributeError):
        return None
    return None if not rec else rec[zipfile._ECD_ENTRIES_TOTAL]


def _refused(name: str, why: str) -> InputError:
    return InputError(f"{name}: tệp bị từ chối vì {why}; một báo cáo hay bảng số liệu bình thường không như vậy "
                      "(có thể là tệp nén độc hại hoặc bị hỏng)")


def _mb(n: int) -> str:
    return f"{n / MiB:,.0f} MB".replace(",", ".")


def _check_directory(name: str, infos: list[zipfile.ZipInfo], lim: Limits) -> None:
    seen: set[str] = set()
    total = 0
    for i in infos:
        if i.filename in seen:
            raise _refused(name, f"thành phần {i.filename!r} xuất hiện hai lần")
        seen.add(i.filename)
        if i.flag_bits & 0x1:
            raise InputError(f"{name}: tệp được đặt mật khẩu (mã hoá); hãy bỏ mật khẩu rồi lưu lại dưới dạng {lim.kind}")
        if i.compress_type not in _METHODS:
            raise _refused(name, f"thành phần {i.filename!r} dùng kiểu nén {i.compress_type} mà {lim.app} không dùng")
        cap = lim.part_caps.get(i.filename) or (lim.max_xml if _XML_PART.search(i.filename) else lim.max_member)
        if i.file_size > cap:
            raise _refused(name, f"thành phần {i.filename!r} giải nén ra {_mb(i.file_size)} (tối đa {_mb(cap)})")
        if i.file_size > lim.ratio_from and i.file_size > lim.max_ratio * max(i.compress_size, 1):
            raise _refused(name, f"thành phần {i.filename!r} giải nén ra {_mb(i.file_size)} từ "
                                 f"{i.compress_size / 1024:.0f} KB (gấp {i.file_size / max(i.compress_size, 1):.0f} lần)")
        total += i.file_size
    if total > lim.max_total:
        raise _refused(name, f"giải nén ra {_mb(total)} (tối đa {_mb(lim.max_total)})")


def _check_prolog(name: str, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """No DOCTYPE/ENTITY before the root element: what entity-expansion attacks need, and Office never writes."""
    buf = b""
    with z.open(info) as fh:
        while len(buf) < _PROLOG_MAX:
            chunk = fh.read(4096)
            if not chunk:
                break
            buf += chunk
            m = _ROOT_START.search(buf)
            if m and not _DTD.search(buf, 0, m.start()):
                return
            if m:
                break
    if _DTD.search(buf):
        raise _refused(name, f"thành phần {info.filename!r} khai báo DOCTYPE/ENTITY (có thể là tấn công mở rộng thực thể XML)")
    if not _ROOT_START.search(buf) and len(buf) >= _PROLOG_MAX:
        raise _refused(name, f"thành phần {info.filename!r} có phần mở đầu XML dài bất thường")
