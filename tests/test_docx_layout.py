"""The official .docx read back: Nghị định 30 page, type, header, closing blocks.

Reads what Word would read (python-docx objects and the raw XML parts), not
what our code meant to write.
"""

from __future__ import annotations

import datetime as dt
import zipfile

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from service.docx import format_date, format_number, load_profile, write_docx
from service.docx.layout import recipient_lines
from service.docx.sample import TITLE, sample_draft, sample_spec
from service.draft import Draft

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    d = tmp_path_factory.mktemp("docx_layout")
    return {p: write_docx(sample_draft(), sample_spec(p), d / f"{p}.docx") for p in ("state", "party")}


def _xml(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def _size(run, par, doc) -> float:
    """Effective size: run, then paragraph style, then Normal."""
    for s in (run.font.size, par.style.font.size, doc.styles["Normal"].font.size):
        if s is not None:
            return s.pt
    raise AssertionError("no size anywhere")


@pytest.mark.parametrize("profile", ["state", "party"])
def test_page_is_a4_with_decree_margins(written, profile):
    sec = docx.Document(written[profile]).sections[0]
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)
    within = lambda v, lo, hi: lo - 0.1 <= v.mm <= hi + 0.1       # Word stores twips: 15 mm is 14.99
    assert within(sec.top_margin, 20, 25) and within(sec.bottom_margin, 20, 25)
    assert within(sec.left_margin, 30, 35) and within(sec.right_margin, 15, 20)


@pytest.mark.parametrize("profile", ["state", "party"])
def test_times_new_roman_everywhere_on_every_script_slot(written, profile):
    root = _xml(written[profile])
    styles = _xml(written[profile], "word/styles.xml")
    for rf in root.iter(f"{W}rFonts"):
        assert {rf.get(f"{W}{k}") for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert {default.get(f"{W}{k}") for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert not any(k.endswith("Theme") for k in default.attrib)   # theme fonts would override


@pytest.mark.parametrize("profile", ["state", "party"])
def test_body_paragraphs_are_justified_indented_and_13_to_14pt(written, profile):
    doc = docx.Document(written[profile])
    normal = doc.styles["Normal"].paragraph_format
    assert normal.alignment == 3                                  # justify
    assert Mm(10) <= normal.first_line_indent <= Mm(12.7) + 1
    assert normal.space_after.pt >= 6 and 1.0 <= normal.line_spacing <= 1.5
    body = [p for p in doc.paragraphs if p.style.name == "Normal" and len(p.text) > 80]
    assert len(body) >= 8
    for p in body:
        for r in p.runs:
            if r.text.strip():
                assert 13 <= _size(r, p, doc) <= 14, (p.text[:40], r.text)


def test_headings_are_bold_paragraphs_starting_with_their_number(written):
    doc = docx.Document(written["state"])
    heads = {p.text: p for p in doc.paragraphs if p.style.name.startswith("Heading")}
    for title in ("I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG", "2. Kết quả phối hợp hoạt động",
                  "2.4. Phối hợp thực hiện công tác tuyển quân"):
        assert title in heads
        assert all(r.bold for r in heads[title].runs if r.text)
    hạn_chế = heads["a) Hạn chế"]                                   # level 4: regular italic, "a)"
    assert all(r.italic and not r.bold for r in hạn_chế.runs if r.text)


def test_state_header_table(written):
    doc = docx.Document(written["state"])
    table = doc.tables[0]
    (l1, r1), (l2, r2) = [[c for c in row.cells] for row in table.rows]
    assert [p.text for p in l1.paragraphs if p.text] == ["UBND HUYỆN HÀM THUẬN BẮC", "BAN CHỈ HUY QUÂN SỰ"]
    assert [p.text for p in r1.paragraphs if p.text] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                         "Độc lập - Tự do - Hạnh phúc"]
    issuer = l1.paragraphs[1].runs[0]
    assert issuer.bold and not l1.paragraphs[0].runs[0].bold
    assert l2.text == "Số: 05/BC-BCH"
    assert r2.text == "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024" and r2.paragraphs[0].runs[0].italic
    tbl = _xml(written["state"]).find(".//w:tbl", NS)
    assert {e.get(f"{W}val") for e in tbl.find("w:tblPr/w:tblBorders", NS)} == {"nil"}
    # two rules drawn as bottom borders: short one under the issuer, one under the Tiêu ngữ
    rules = tbl.findall(".//w:pBdr/w:bottom", NS)
    assert len(rules) == 2 and all(r.get(f"{W}val") == "single" for r in rules)
    issuer_rule, motto_rule = [_rule_width_mm(p) for p in tbl.xpath(".//w:p[w:pPr/w:pBdr]", namespaces=NS)]
    assert 10 < issuer_rule < 40 and 50 < motto_rule < 70          # Tiêu ngữ at 14 pt bold is ~60 mm


def _rule_width_mm(p) -> float:
    ind = p.find("w:pPr/w:ind", NS)
    cell_w = int(p.getparent().find("w:tcPr/w:tcW", NS).get(f"{W}w"))
    used = cell_w - int(ind.get(f"{W}left")) - int(ind.get(f"{W}right"))
    return used / 1440 * 25.4


def test_party_header_uses_party_title_star_and_no_colon(written):
    doc = docx.Document(written["party"])
    (l1, r1), (l2, r2) = [[c for c in row.cells] for row in doc.tables[0].rows]
    assert [p.text for p in r1.paragraphs if p.text] == ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert [p.text for p in l1.paragraphs if p.text][-1] == "*"
    assert l2.text == "Số 12-BC/BCĐ"
    prof = load_profile("party")
    assert r1.paragraphs[0].runs[0].font.size.pt == prof["header"]["national"][0]["size"]
    assert "CỘNG HÒA" not in "\n".join(p.text for p in doc.paragraphs)


def test_title_block_and_default_closing(written):
    doc = docx.Document(written["state"])
    texts = [p.text for p in doc.paragraphs]
    i = texts.index("BÁO CÁO")
    assert doc.paragraphs[i].alignment == 1 and doc.paragraphs[i].runs[0].bold
    summary = doc.paragraphs[i + 1]
    assert " ".join(summary.text.split()) == f"{TITLE} 6 tháng đầu năm 2024"
    assert all(r.bold for r in summary.runs) and summary.alignment == 1
    assert doc.paragraphs[i + 2]._p.find(".//w:pBdr/w:bottom", NS) is not None    # short rule
    closing = [t for t in texts if t.startswith("Trên đây là báo cáo")]
    assert closing == [f"Trên đây là báo cáo kết quả{TITLE[7:]} 6 tháng đầu năm 2024./."]


def test_recipients_and_signature_side_by_side(written):
    doc = docx.Document(written["state"])
    left, right = doc.tables[-1].rows[0].cells
    label = left.paragraphs[0].runs[0]
    assert label.text == "Nơi nhận:" and label.bold and label.italic and label.font.size.pt == 12
    items = [p for p in left.paragraphs[1:]]
    assert items[0].text == "- Ban Dân vận Tỉnh ủy;" and items[-1].text == "- Lưu: QS, DV."
    assert all(p.runs[0].font.size.pt == 11 for p in items)
    signer = [p for p in right.paragraphs if p.text]
    assert [p.text for p in signer] == ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Nguyễn Văn An"]
    assert all(p.runs[0].bold for p in signer)


def test_page_number_field_centred_in_header_from_page_2(written):
    sec = docx.Document(written["state"]).sections[0]
    assert sec.different_first_page_header_footer
    assert not sec.first_page_header.paragraphs[0].text.strip()
    hdr = sec.header.paragraphs[0]
    assert hdr.alignment == 1
    instr = "".join(t.text for t in hdr._p.iter(f"{W}instrText"))
    assert instr.strip() == "PAGE"
    assert [f.get(f"{W}fldCharType") for f in hdr._p.iter(f"{W}fldChar")] == ["begin", "separate", "end"]


def test_number_line_keeps_the_blank_left_for_the_number(tmp_path):
    from service.docx.sample import sample_spec as spec_of

    spec = spec_of("state").model_copy(update={"issuer": spec_of("state").issuer.model_copy(
        update={"number": "Số:    /BC-UBND"})})
    path = write_docx(sample_draft(), spec, tmp_path / "blank.docx")
    [t] = [t for t in _xml(path).iter(f"{W}t") if (t.text or "").startswith("Số")]
    assert t.text == "Số:    /BC-UBND"
    assert t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"   # Word keeps the run of spaces


def test_formatting_helpers():
    assert format_date("Hàm Thuận Bắc", dt.date(2024, 7, 5)) == "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024"
    assert format_date("Bù Đăng", dt.date(2020, 2, 15)) == "Bù Đăng, ngày 15 tháng 02 năm 2020"
    assert format_date("X", dt.date(2024, 12, 31)) == "X, ngày 31 tháng 12 năm 2024"
    state, party = load_profile("state")["header"], load_profile("party")["header"]
    assert format_number("Số: 05/BC-UBND", state) == "Số: 05/BC-UBND"
    assert format_number("05/BC-UBND", state) == "Số: 05/BC-UBND"
    assert format_number("Số: 12-BC/HU", party) == "Số 12-BC/HU"
    assert format_number("Số   -BC/BCĐ", party) == "Số   -BC/BCĐ"          # the blank left for the number stays
    assert format_number("Số:/BC-UBND", state) == "Số:     /BC-UBND"
    assert format_number("", party) == "Số     -BC"
    assert recipient_lines(["A,", "B"], "Lưu: VT") == ["- A;", "- B;", "- Lưu: VT."]


def test_profiles_are_data(tmp_path):
    """Sizes come from the YAML: a changed profile changes the file, no code involved."""
    state, party = load_profile("state"), load_profile("party")
    assert state["header"]["number_colon"] and not party["header"]["number_colon"]
    assert party["title"]["kind_style"]["size"] != state["title"]["kind_style"]["size"]
    with pytest.raises(ValueError):
        load_profile("province")


def test_empty_draft_still_makes_a_valid_report(tmp_path):
    path = write_docx(Draft(title="Báo cáo thử", period="năm 2024", series="x", sections=[]),
                      sample_spec("state"), tmp_path / "empty.docx")
    texts = [p.text for p in docx.Document(path).paragraphs]
    assert "Trên đây là báo cáo báo cáo thử năm 2024./." in texts
