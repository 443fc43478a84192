"""One verdict everywhere: a .docx the service wrote carries what ``check`` needs; .txt/.pdf/.docx read alike."""

import zipfile
from decimal import Decimal as D

from service.checker import check_file, check_text, docmeta
from service.checker.documents import read_document
from service.docx.sample import sample_spec
from service.docx.writer import write_docx
from service.draft import Draft, DraftSection, Paragraph
from service.figures.model import Figure, FigureTable

TUYEN_QUAN = "2.4. Phối hợp thực hiện công tác tuyển quân"
HAU_PHUONG = "2.6. Phối hợp thực hiện chính sách hậu phương quân đội"
TABLE = FigureTable([
    Figure("TQ-01", "Số thanh niên trúng tuyển nhập ngũ", "thanh niên", D(160), None, None, "", TUYEN_QUAN),
    # placed in 2.4 by meaning: its muc names a section the outline does not have
    Figure("TQ-09", "Số suất quà tặng thanh niên nhập ngũ", "suất", D(12), None, None, "", "2.9. Khác"),
    Figure("HP-01", "Số suất quà tặng gia đình chính sách", "suất", D(12), None, None, "", HAU_PHUONG),
], period="2024-H1")


def _draft() -> Draft:
    def checked(text, section, placed=()):
        report = check_text(text, TABLE, section=section, placed=placed)
        return Paragraph(text, report.numbers, marked=bool(report.problems))

    s24 = "Có 160 thanh niên trúng tuyển lên đường nhập ngũ; tặng 12 suất quà cho thanh niên nhập ngũ."
    s26 = "Thăm, tặng 12 suất quà cho gia đình chính sách."
    sections = [
        DraftSection("II/2/2.4", "2.4", "Phối hợp thực hiện công tác tuyển quân", 3,
                     [checked(s24, TUYEN_QUAN, ["TQ-01", "TQ-09"])],
                     provenance={"check": {"section": TUYEN_QUAN, "placed": ["TQ-01", "TQ-09"]}}),
        DraftSection("II/2/2.6", "2.6", "Phối hợp thực hiện chính sách hậu phương quân đội", 3,
                     [checked(s26, HAU_PHUONG, ["HP-01"])],
                     provenance={"check": {"section": HAU_PHUONG, "placed": ["HP-01"]}}),
    ]
    return Draft(title="Kết quả công tác", period="6 tháng đầu năm 2024", series="s", sections=sections,
                 closing=[checked("Trên đây là báo cáo kết quả công tác 6 tháng đầu năm 2024./.", None)],
                 provenance={"period": "2024-H1"})


def test_metadata_round_trips_and_is_ignored_when_foreign():
    meta = docmeta.DocMeta("s", "2024-H1", 0, 1, [docmeta.SectionMeta("2.4. Tuyển quân", "2.4. Tuyển quân", ("A", "B"))],
                           [{"value": "16", "noun": "xã, thị trấn", "quote": "16 xã, thị trấn", "source": "list"}])
    assert docmeta.from_xml(docmeta.to_xml(meta)) == meta
    assert docmeta.from_xml(b"<Sources xmlns='urn:other'/>") is None and docmeta.from_xml(b"not xml") is None


def test_check_on_the_written_docx_repeats_the_drafts_verdicts_placement_included(tmp_path):
    draft = _draft()
    path = write_docx(draft, sample_spec("party"), tmp_path / "bao-cao.docx")
    with zipfile.ZipFile(path) as z:
        assert len(z.namelist()) == len(set(z.namelist()))  # no part written twice
    report = check_file(path, TABLE)
    expected = [(c.text, c.verdict, c.source) for p in [*draft.sections[0].paragraphs, *draft.sections[1].paragraphs,
                                                         *draft.closing] for c in p.checks]
    assert [(n.text, n.verdict, n.source) for n in report.numbers] == expected
    assert ("12", "supported", {"ma": "TQ-09", "column": "ky_bao_cao"}) in expected  # known by placement only
    for n in report.numbers:
        assert report.text[n.start:n.end] == n.text
    # the same text with no metadata: the placed figure is a number of another section
    plain = read_document(path).text
    assert any(n.text == "12" and n.is_problem for n in check_text(plain, TABLE).numbers)


def test_a_docx_without_metadata_is_its_paragraphs_with_tracked_changes_accepted(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    p = d.add_paragraph("Có ")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "x")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "160"
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    p.add_run(" thanh niên trúng tuyển.")
    d.save(tmp_path / "a.docx")
    report = check_file(tmp_path / "a.docx", TABLE)
    assert report.text == "Có 160 thanh niên trúng tuyển."
    assert [(n.text, n.verdict) for n in report.numbers] == [("160", "supported")]
