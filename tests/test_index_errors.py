"""Bad input: a clear error naming the file, and the rest of a batch still indexed."""

from __future__ import annotations

import zipfile

import pytest

from index.parse import parse_report
from index.store import PriorIndex
from service.errors import InputError
from tests.conftest import REPORTS
from tests.test_index_parse import _text_pdf
from tests.test_index_store import small_report


def _zip(path, members: dict[str, bytes], level=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    _text_pdf(plain, [["I. TÌNH HÌNH CHUNG", "Tình hình ổn định trên địa bàn huyện."]])
    w = PdfWriter(clone_from=PdfReader(plain))
    w.encrypt("mat-khau", algorithm="RC4-128")
    out = tmp_path / "khoa.pdf"
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def _image_pdf(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure(figsize=(4, 4))
    fig.figimage(np.random.default_rng(0).random((200, 200)))
    out = tmp_path / "scan.pdf"
    fig.savefig(out)
    plt.close(fig)
    return out


BAD = {
    "corrupt.docx": (lambda d: (d / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a zip") and d / "corrupt.docx",
                     "corrupt.docx: không đọc được tài liệu .docx"),
    "bomb.docx": (lambda d: _zip(d / "bomb.docx", {"[Content_Types].xml": b"<x/>",
                                                     "word/document.xml": b"\0" * (30 * 1024 * 1024)}),
                  "bomb.docx: tệp bị từ chối vì thành phần 'word/document.xml' giải nén ra 30 MB"),
    "not-word.docx": (lambda d: _zip(d / "not-word.docx", {"hello.txt": b"xin chao"}),
                      "not-word.docx: là tệp nén zip nhưng không phải tài liệu Word"),
    "broken-xml.docx": (lambda d: _zip(d / "broken-xml.docx", {"[Content_Types].xml": b"<Types",
                                                                 "word/document.xml": b"<w:document"}),
                        "broken-xml.docx: tệp .docx bị hỏng"),
    "empty.txt": (lambda d: (d / "empty.txt").write_bytes(b" \n\n") and d / "empty.txt", "empty.txt: tệp trống"),
    "cp1258.txt": (lambda d: (d / "cp1258.txt").write_bytes("I. Báo cáo tình hình".encode("cp1252")) and d / "cp1258.txt",
                   "cp1258.txt: không phải văn bản UTF-8"),
    "khoa.pdf": (_encrypted_pdf, "khoa.pdf: tệp PDF được đặt mật khẩu"),
    "scan.pdf": (_image_pdf, "scan.pdf: tệp PDF không có lớp chữ"),
    "bao-cao.doc": (lambda d: (d / "bao-cao.doc").write_bytes(b"\xd0\xcf\x11\xe0") and d / "bao-cao.doc",
                    "bao-cao.doc: không đọc được tệp Word cũ (.doc)"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_files_give_one_clear_error_naming_the_file(tmp_path, name):
    make, message = BAD[name]
    path = make(tmp_path)
    with pytest.raises(InputError) as exc:
        parse_report(path)
    assert str(exc.value).startswith(message), str(exc.value)


def test_zip_bomb_is_refused_before_python_docx_opens_it(tmp_path, monkeypatch):
    import docx

    called = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: called.append(a))
    path = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"\0" * (30 * 1024 * 1024)})
    with pytest.raises(InputError, match="từ chối"):
        parse_report(path)
    assert called == []


def test_utf16_and_bom_text_is_accepted(tmp_path):
    text = (REPORTS / "bu-dang-2020-h1.txt").read_text(encoding="utf-8")
    for enc, name in (("utf-16", "u16.txt"), ("utf-8-sig", "bom.txt")):
        (tmp_path / name).write_bytes(text.encode(enc))
        assert parse_report(tmp_path / name).period == "2020-H1"


def test_a_bad_file_errors_and_the_rest_of_the_batch_is_indexed(data_dir, tmp_path):
    ix = PriorIndex()
    good = small_report(tmp_path / "tot.txt")
    bad_txt = tmp_path / "hong.txt"
    bad_txt.write_bytes(b"\xff\xfe" + "要約報告書".encode("utf-16-le") * 20)   # UTF-16, but not Vietnamese
    bad_docx = BAD["corrupt.docx"][0](tmp_path)
    results = ix.add([bad_docx, good, bad_txt, tmp_path / "missing.txt"])
    assert [r.status for r in results] == ["error", "added", "error", "error"]
    assert results[0].message.startswith("corrupt.docx:")
    assert "missing.txt" in results[3].message
    assert [r["source"] for r in ix.list()] == ["tot.txt"]
    assert ix.count() == results[1].chunks == 4
    assert {h.metadata["source"] for h in ix.search("tuyển quân", k=10)} == {"tot.txt"}


def test_a_failure_while_writing_leaves_nothing_half_indexed(data_dir, tmp_path, monkeypatch):
    ix = PriorIndex()
    good = small_report(tmp_path / "tot.txt")

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ix._registry, "upsert", boom)     # chunks written, registry write fails
    [res] = ix.add([good])
    assert res.status == "error" and "disk full" in res.message
    assert ix.count() == 0 and ix.list() == []
