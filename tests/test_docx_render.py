"""Render the .docx with LibreOffice: what a reader (and a printer) actually gets.

One soffice run per session for the PDFs and one for the flat ODT of the
tracked file: LibreOffice is slow and the machine is shared.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from service.docx import write_docx, write_tracked_rewrite
from service.docx.sample import sample_draft, sample_rewrite, sample_spec

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = all(shutil.which(t) for t in ("pdftoppm", "pdftotext", "pdfinfo", "pdffonts"))
pytestmark = pytest.mark.skipif(
    not (SOFFICE and POPPLER),
    reason="needs LibreOffice (soffice) and poppler-utils: apt-get install libreoffice-writer-nogui poppler-utils "
           "(listed in tests/system-packages.txt; `make test` installs them)")
WHEN = dt.datetime(2024, 7, 4, 9, 30, tzinfo=dt.timezone.utc)


def _run(*cmd, timeout=240) -> str:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if res.returncode != 0:
        pytest.fail(f"{cmd[0]} failed ({res.returncode}): {res.stderr[-500:]}")
    return res.stdout


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    d = tmp_path_factory.mktemp("docx_render")
    previous, rewrite = sample_rewrite()
    docs = {
        "state": write_docx(sample_draft(), sample_spec("state"), d / "state.docx", date=WHEN),
        "party": write_docx(sample_draft(), sample_spec("party"), d / "party.docx", date=WHEN),
        "tracked": write_tracked_rewrite(rewrite, previous, sample_spec("party"), d / "tracked.docx",
                                         author="Trần Thị Soát", date=WHEN),
    }
    profile = f"-env:UserInstallation=file://{d / 'lo-profile'}"   # parallel runs must not share one
    _run(SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(d), *map(str, docs.values()))
    _run(SOFFICE, profile, "--headless", "--convert-to", "fodt", "--outdir", str(d), str(docs["tracked"]))
    out = {}
    for name in docs:
        pdf = d / f"{name}.pdf"
        _run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(d / name))
        out[name] = {"pdf": pdf, "png": d / f"{name}.png"}
    out["fodt"] = (d / "tracked.fodt").read_text(encoding="utf-8")
    return out


def _page_text(pdf, page: int) -> str:
    return unicodedata.normalize("NFC", _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"))


@pytest.mark.parametrize("name", ["state", "party"])
def test_pdf_is_a4_with_page_numbers_from_page_2(rendered, name):
    pdf = rendered[name]["pdf"]
    info = _run("pdfinfo", str(pdf))
    assert "(A4)" in info
    pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
    assert pages >= 2
    first_line = lambda p: next(ln.strip() for ln in _page_text(pdf, p).splitlines() if ln.strip())
    assert first_line(1) != "1"
    assert first_line(2) == "2"


def test_page_one_reads_as_an_official_report(rendered):
    text = " ".join(_page_text(rendered["state"]["pdf"], 1).split())
    for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BAN CHỈ HUY QUÂN SỰ",
              "Số: 05/BC-BCH", "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024", "BÁO CÁO", "I. TÌNH HÌNH CHUNG"):
        assert s in text
    party = " ".join(_page_text(rendered["party"]["pdf"], 1).split())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in party and "Số 12-BC/BCĐ" in party and "CỘNG HÒA" not in party


def test_vietnamese_renders_in_a_times_metric_face(rendered):
    fc = _run("fc-list", ":charset=1ed9", "family") if shutil.which("fc-list") else ""
    if "Times New Roman" not in fc and "Liberation Serif" not in fc:
        pytest.skip("no Times New Roman or Liberation Serif 2.x with Vietnamese glyphs (apt-get install "
                    "fonts-liberation2)")
    fonts = _run("pdffonts", str(rendered["state"]["pdf"])).splitlines()[2:]
    names = {ln.split()[0].split("+")[-1] for ln in fonts if ln.strip()}
    assert names and all(n.startswith(("LiberationSerif", "TimesNewRoman")) for n in names), names


def test_page_one_png_is_a4_and_shows_the_highlights(rendered):
    from PIL import Image

    img = Image.open(rendered["state"]["png"]).convert("RGB")
    w, h = img.size
    assert abs(w - 496) <= 1 and abs(h - 702) <= 1            # A4 at 60 dpi
    px = img.load()
    dark = sum(1 for x in range(0, w, 2) for y in range(0, h // 5, 2) if sum(px[x, y]) < 200)
    assert dark > 200                                           # the header block is there
    red = sum(1 for x in range(w) for y in range(h) if px[x, y][0] > 200 and px[x, y][1] < 80 and px[x, y][2] < 80)
    assert red > 20                                             # the stale "7.385" on page 1


def test_libreoffice_sees_tracked_changes_and_comments(rendered):
    fodt = rendered["fodt"]
    assert "<text:tracked-changes" in fodt
    assert "<text:insertion>" in fodt and "<text:deletion>" in fodt
    assert "<dc:creator>Trần Thị Soát</dc:creator>" in fodt
    assert fodt.count("<office:annotation") >= 3
    shown = " ".join(_page_text(rendered["tracked"]["pdf"], 2).split()) + " ".join(
        _page_text(rendered["tracked"]["pdf"], 1).split())
    assert "2,5%" in shown and "2,1%" in shown                  # both sides of the change on paper
