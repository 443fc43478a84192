"""Parsing prior reports into one section tree (no embeddings: fast)."""

from __future__ import annotations

import hashlib
import json
import unicodedata

import pytest
from typer.testing import CliRunner

from index.parse import parse_report
from tests.conftest import REPORTS

HTB_TREE = [
    ("I", "I. TÌNH HÌNH CHUNG"),
    ("II", "II. KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG"),
    ("II/1", "1. Kết quả lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện"),
    ("II/2", "2. Kết quả phối hợp hoạt động"),
    ("II/2/2.1", "2.1. Phối hợp hoạt động tuyên truyền, giáo dục"),
    ("II/2/2.2", "2.2. Phối hợp nắm bắt tình hình liên quan đến quốc phòng-an ninh"),
    ("II/2/2.3", "2.3. Phối hợp quản lý, huấn luyện quân sự, giáo dục chính trị tư tưởng, xây dựng đạo đức, "
                 "lối sống đối với dân quân và dự bị động viên"),
    ("II/2/2.4", "2.4. Phối hợp thực hiện công tác tuyển quân"),
    ("II/2/2.5", "2.5. Phối hợp thực hiện công tác giáo dục quốc phòng và an ninh"),
    ("II/2/2.6", "2.6. Phối hợp thực hiện tốt chính sách hậu phương quân đội và công tác dân vận của LLVT huyện"),
    ("III", "III. ĐÁNH GIÁ CHUNG"),
    ("III/1", "1. Những kết quả đạt được"),
    ("III/2", "2. Hạn chế, nguyên nhân"),
    ("III/2/2.1", "2.1. Hạn chế"),
    ("III/2/2.2", "2.2. Nguyên nhân"),
    ("III~2", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"),
    ("III~2/1", "1. Phối hợp làm tốt công tác giáo dục chính trị tư tưởng, xây dựng tinh thần cảnh giác cách mạng "
                "trong cán bộ, chiến sĩ, hội viên, đoàn viên và Nhân dân, nhất là thế hệ trẻ, vùng đồng bào dân tộc "
                "thiểu số, vùng sâu, vùng xa"),
    ("III~2/2", "2. Tích cực phối hợp vận động đoàn viên, thanh niên tham gia các lực lượng để huấn luyện, diễn tập "
                "SSCĐ, đồng thời làm tốt công tác xây dựng lực lượng bảo đảm chỉ tiêu trên giao, chú trọng nâng cao "
                "chất lượng các lực lượng Dân quân tự vệ, dự bị động viên"),
    ("III~2/3", "3. Tiếp tục phối hợp giải quyết tốt chế độ chính sách trên địa bàn"),
    ("III~2/4", "4. Phát động và thực hiện tốt phong trào thi đua yêu nước, phong trào thi đua quyết thắng, phong trào "
                "thi đua “Dân vận khéo”, phong trào thi đua “LLVT huyện chung sức xây dựng nông thôn mới, đô thị văn "
                "minh”; mô hình “LLVT tăng cường đoàn kết với dân tộc, tôn giáo”"),
    ("III~2/5", "5. Tiến hành kiểm tra kết quả thực hiện công tác dân vận trên lĩnh vực quốc phòng - an ninh đối với "
                "Ban chỉ đạo dân vận quốc phòng - an ninh các xã, thị trấn theo kế hoạch đề ra"),
    ("III~2/6", "6. Tiếp tục rà soát và tổ chức giáo dục kiến thức quốc phòng - an ninh cho những đối tượng chưa tham "
                "gia các lớp bồi dưỡng, đạt chỉ tiêu đề ra"),
]

P1, P2 = "PHẦN THỨ NHẤT", "PHẦN THỨ HAI"
BD_TREE = [
    (P1, "PHẦN THỨ NHẤT KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2020"),
    (f"{P1}/I", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
    (f"{P1}/II", "II. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG CẤP HUYỆN"),
    (f"{P1}/II/1", "1. Phối hợp tuyên truyền vận động nhân dân quán triệt và thực hiện thắng lợi đường lối, chủ "
                   "trương của Đảng, chính sách, pháp luật Nhà nước"),
    (f"{P1}/II/2", "2. Phối hợp trong thực hiện nhiệm vụ Quốc phòng - an ninh"),
    (f"{P1}/II/3", "3. Phối hợp củng cố, kiện toàn và phát triển các tổ chức hội ở cơ sở, phát huy vai trò của Hội"),
    (f"{P1}/II/3/3.1", "3.1. Phối hợp hoạt động giữa Ban CHQS với Hội Cựu chiến binh huyện"),
    (f"{P1}/II/3/3.2", "3.2. Phối hợp hoạt động giữa Ban CHQS huyện với Hội Chữ thập đỏ"),
    (f"{P1}/II/3/3.3", "3.3. Phối hợp hoạt động giữa Ban CHQS huyện với Hội Nông dân huyện"),
    (f"{P1}/II/3/3.4", "3.4. Phối hợp hoạt động giữa Ban CHQS với Hội LHPN huyện"),
    (f"{P1}/II/3/3.5", "3.5. Phối hợp hoạt động giữa Ban CHQS với Liên đoàn lao động huyện"),
    (f"{P1}/II/3/3.6", "3.6. Phối hợp hoạt động giữa Ban CHQS với Đoàn TNCS Hồ Chí Minh huyện"),
    (f"{P1}/II/3/3.7", "3.7. Ban CHQS huyện"),
    (f"{P1}/III", "III. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG Ở CƠ SỞ XÃ, TT"),
    (f"{P1}/IV", "IV. ĐÁNH GIÁ CHUNG"),
    (f"{P1}/IV/1", "1. Điểm mạnh"),
    (f"{P1}/IV/2", "2. Hạn chế, yếu kém"),
    (f"{P1}/IV/3", "3. Nguyên nhân"),
    (f"{P1}/IV/3/a", "a. Nguyên nhân mạnh"),
    (f"{P1}/IV/3/b", "b. Nguyên nhân hạn chế"),
    (P2, "PHẦN THỨ HAI PHƯƠNG HƯỚNG THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG 6 THÁNG CUỐI NĂM 2020"),
    (f"{P2}/1", "1. Các thành viên trong Ban chỉ đạo"),
    (f"{P2}/2", "2. Đối với các đoàn thể cấp huyện và ở cơ sở xã, TT"),
]


def tree(report):
    return [(s.path, s.title) for s in report.walk()]


@pytest.mark.parametrize("name,expected", [("ham-thuan-bac-2023-h1", HTB_TREE), ("bu-dang-2020-h1", BD_TREE)])
def test_heading_trees_recovered_exactly_from_txt_and_docx(name, expected):
    txt, docx = parse_report(REPORTS / f"{name}.txt"), parse_report(REPORTS / f"{name}.docx")
    assert tree(txt) == expected
    assert tree(docx) == expected
    # same paragraphs too, and levels follow the tree
    assert [s.paragraphs for s in txt.walk()] == [s.paragraphs for s in docx.walk()]
    assert all(c.level == s.level + 1 for s in txt.walk() for c in s.children)


def test_hard_wrapped_txt_paragraphs_page_numbers_bullets_and_run_in_headings():
    r = parse_report(REPORTS / "ham-thuan-bac-2023-h1.txt")
    # hard-wrapped lines are joined; the page break (blank lines, "8") inside a sentence is healed
    results = r.find("III/1").paragraphs
    assert len(results) == 2 and "số lượng, chất lượng và đạt mục đích, yêu cầu đề ra" in results[0]
    assert not any(p.strip() == "8" for s in r.walk() for p in s.paragraphs)
    # bullets are paragraphs of their section, not sections
    p22 = r.find("II/2/2.2").paragraphs
    assert len(p22) == 8 and sum(p.startswith("- ") for p in p22) == 7
    # "2.1. Hạn chế: Việc ..." -> heading + body, flagged run-in
    lim = r.find("III/2/2.1")
    assert lim.heading == "Hạn chế" and lim.run_in
    assert lim.paragraphs[0].startswith("Việc phối hợp hoạt động công tác dân vận")
    # a long numbered item: heading = first sentence, the rest is its paragraph
    item = r.find("III~2/1")
    assert item.paragraphs == ["Trên cơ sở đó vận động đoàn viên, hội viên, cốt cán chính trị kịp thời phản ánh tình "
                               "hình liên quan đến ANCT-TTATXH trên địa bàn huyện về đơn vị chủ quản và cơ quan có "
                               "thẩm quyền để kịp thời xử lý."]
    assert r.find("II/2/2.4").kind == "decimal" and r.find("III~2").kind == "roman"


def test_preamble_and_closing_are_kept_out_of_sections():
    htb = parse_report(REPORTS / "ham-thuan-bac-2023-h1.txt")
    assert htb.preamble == [htb.title]
    assert htb.closing[0].startswith("Nơi nhận") and htb.closing[-1] == "- Lưu: QS, DV.V-30."
    last = htb.find("III~2/6")
    assert last.paragraphs[-1].endswith("năm 2023./.")
    assert not any("Nơi nhận" in p for s in htb.walk() for p in s.paragraphs)

    bd = parse_report(REPORTS / "bu-dang-2020-h1.docx")
    assert bd.preamble[1].startswith("Căn cứ vào nội dung ký kết")
    assert bd.closing[0].startswith("Trên đây là báo cáo sơ kết")
    assert "Nơi nhận:" in bd.closing and bd.closing[-1] == "Lê Thanh Hải"
    assert bd.find(f"{P2}/2").paragraphs[-1].startswith("Xây dựng kế hoạch kiểm tra")


def test_metadata_title_period_agency_area_series_hash():
    htb_txt = parse_report(REPORTS / "ham-thuan-bac-2023-h1.txt")
    htb_docx = parse_report(REPORTS / "ham-thuan-bac-2023-h1.docx")
    assert htb_txt.title == ("Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh "
                             "6 tháng đầu năm 2023")
    assert (htb_txt.period, htb_txt.period_text) == ("2023-H1", "6 tháng đầu năm 2023")
    assert htb_txt.agency == "BAN CHỈ ĐẠO"          # from the signing block: "TRƯỞNG BAN CHỈ ĐẠO"
    assert htb_txt.series == htb_docx.series and "2023" not in htb_txt.series
    assert htb_txt.content_hash == hashlib.sha256((REPORTS / "ham-thuan-bac-2023-h1.txt").read_bytes()).hexdigest()

    bd = parse_report(REPORTS / "bu-dang-2020-h1.txt")
    assert bd.period == "2020-H1"
    assert bd.agency == "Ban chỉ đạo vận động quần chúng liên ngành (VĐQC) huyện"
    assert bd.area == "huyện Bù Đăng"
    assert bd.series.startswith("huyen-bu-dang-")
    assert parse_report(REPORTS / "bu-dang-2020-h1.txt", series="Dân vận Bù Đăng").series == "dan-van-bu-dang"


def test_nfd_text_is_normalised_to_nfc(tmp_path):
    src = (REPORTS / "ham-thuan-bac-2023-h1.txt").read_text(encoding="utf-8")
    f = tmp_path / "nfd.txt"
    f.write_text(unicodedata.normalize("NFD", src), encoding="utf-8")
    r = parse_report(f)
    assert tree(r) == HTB_TREE
    assert all(unicodedata.is_normalized("NFC", p) for s in r.walk() for p in s.paragraphs)


def _text_pdf(path, pages):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for n, lines in enumerate(pages, 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            for i, line in enumerate(lines):
                fig.text(0.08, 0.92 - i * 0.03, line, fontsize=11)
            fig.text(0.5, 0.03, str(n))          # page number
            pdf.savefig(fig)
            plt.close(fig)


def test_text_pdf_parses_into_the_same_kind_of_tree(tmp_path):
    f = tmp_path / "bao-cao.pdf"
    _text_pdf(f, [
        ["Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2024", "I. TÌNH HÌNH CHUNG",
         "Tình hình an ninh chính trị cơ bản ổn định, trật tự an toàn xã hội",
         "được giữ vững.", "II. KẾT QUẢ PHỐI HỢP", "1. Công tác tuyển quân",
         "Có 120 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu."],
        ["2. Hạn chế: Việc nắm tình hình có lúc chưa kịp thời.",
         "Trên đây là báo cáo kết quả 6 tháng đầu năm 2024./."],
    ])
    r = parse_report(f)
    assert r.period == "2024-H1"
    assert tree(r) == [("I", "I. TÌNH HÌNH CHUNG"), ("II", "II. KẾT QUẢ PHỐI HỢP"),
                       ("II/1", "1. Công tác tuyển quân"), ("II/2", "2. Hạn chế")]
    assert r.find("I").paragraphs == ["Tình hình an ninh chính trị cơ bản ổn định, trật tự an toàn xã hội "
                                      "được giữ vững."]
    assert r.find("II/2").paragraphs == ["Việc nắm tình hình có lúc chưa kịp thời."]
    assert r.closing[0].startswith("Trên đây là báo cáo")


def test_cli_outline_json_and_tree():
    from service.cli import app

    res = CliRunner().invoke(app, ["index", "outline", str(REPORTS / "bu-dang-2020-h1.docx"), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["period"] == "2020-H1"
    top = data["sections"]
    assert [s["number"] for s in top] == ["PHẦN THỨ NHẤT", "PHẦN THỨ HAI"]
    assert [c["number"] for c in top[0]["children"]] == ["I", "II", "III", "IV"]
    assert top[0]["children"][3]["children"][2]["children"][1] == {
        "number": "b", "heading": "Nguyên nhân hạn chế", "level": 4, "path": f"{P1}/IV/3/b", "children": []}
    res = CliRunner().invoke(app, ["index", "outline", str(REPORTS / "ham-thuan-bac-2023-h1.txt")])
    assert res.exit_code == 0 and "2.4. Phối hợp thực hiện công tác tuyển quân" in res.stdout


# -- unnumbered bold headings (.docx) ------------------------------------------------------------

def _docx(path, paragraphs):
    """A .docx from (text, bold) pairs; bold may be a prefix string (only that prefix bold)."""
    import docx

    doc = docx.Document()
    for text, bold in paragraphs:
        p = doc.add_paragraph()
        if isinstance(bold, str):
            p.add_run(bold).bold = True
            p.add_run(text[len(bold):])
        else:
            p.add_run(text).bold = bold
    doc.save(str(path))
    return path


OPENING = ("Thực hiện kế hoạch công tác quân sự, quốc phòng năm 2024, Ban CHQS huyện báo cáo kết quả "
           "6 tháng đầu năm 2024 như sau:")


def test_unnumbered_bold_paragraphs_become_nested_headings_in_docx(tmp_path):
    f = _docx(tmp_path / "bold.docx", [
        ("BÁO CÁO", True),
        ("Kết quả công tác quân sự địa phương 6 tháng đầu năm 2024", True),    # trích yếu: stays preamble
        (OPENING, False),
        ("KẾT QUẢ CÔNG TÁC TUYỂN QUÂN", True),
        ("Có 160 thanh niên trúng tuyển lên đường nhập ngũ, đạt 100% chỉ tiêu.", False),
        ("1. Công tác phối hợp", True),
        ("Các đoàn thể phối hợp chặt chẽ với Ban CHQS huyện.", False),
        ("Công tác phối hợp với Hội Nông dân", True),
        ("Hội Nông dân huyện phối hợp tuyên truyền Luật Nghĩa vụ quân sự cho 1.200 hội viên.", False),
        ("Toàn huyện đạt 100% chỉ tiêu giao quân.", True),                  # a bold sentence: body
        ("Kết quả cụ thể như sau:", True),                                   # a bold lead-in: body
        ("- Tổ chức khám sức khỏe cho 420 thanh niên", True),               # a bold bullet: body
        ("Công tác phối hợp với Đoàn Thanh niên", True),                     # sibling of the Hội Nông dân one
        ("Đoàn Thanh niên tổ chức 02 buổi gặp mặt tân binh.", False),
        ("Hội Liên hiệp Phụ nữ: thăm hỏi 160 gia đình tân binh.", "Hội Liên hiệp Phụ nữ:"),   # bold prefix: body
        ("2. Hạn chế: Việc nắm tình hình có lúc chưa kịp thời.", "2. Hạn chế:"),
        ("Công tác phối hợp ở một số xã có lúc chưa chặt chẽ, thường xuyên và chưa phát huy được vai trò "
         "của các đoàn thể ở cơ sở", True),                                  # bold but long: body
        ("PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM", True),                   # CAPS again: top-level sibling
        ("1. Tiếp tục làm tốt công tác tuyển quân năm 2025", True),
        ("Trên đây là báo cáo kết quả công tác quân sự địa phương 6 tháng đầu năm 2024./.", False),
    ])
    r = parse_report(f)
    top, plan = "ket-qua-cong-tac-tuyen-quan", "phuong-huong-nhiem-vu-6-thang-cuoi-nam"
    assert [(s.path, s.title, s.level) for s in r.walk()] == [
        (top, "KẾT QUẢ CÔNG TÁC TUYỂN QUÂN", 1),
        (f"{top}/1", "1. Công tác phối hợp", 2),
        (f"{top}/1/cong-tac-phoi-hop-voi-hoi-nong-dan", "Công tác phối hợp với Hội Nông dân", 3),
        (f"{top}/1/cong-tac-phoi-hop-voi-doan-thanh-nien", "Công tác phối hợp với Đoàn Thanh niên", 3),
        (f"{top}/2", "2. Hạn chế", 2),
        (plan, "PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (f"{plan}/1", "1. Tiếp tục làm tốt công tác tuyển quân năm 2025", 2),
    ]
    assert all(s.kind == "bold" and s.number == "" for s in r.sections)
    assert r.title == "Kết quả công tác quân sự địa phương 6 tháng đầu năm 2024"
    assert r.preamble[-1] == OPENING and r.closing[0].startswith("Trên đây là báo cáo")
    assert r.find(top).paragraphs == ["Có 160 thanh niên trúng tuyển lên đường nhập ngũ, đạt 100% chỉ tiêu."]
    assert r.find(f"{top}/1/cong-tac-phoi-hop-voi-hoi-nong-dan").paragraphs == [
        "Hội Nông dân huyện phối hợp tuyên truyền Luật Nghĩa vụ quân sự cho 1.200 hội viên.",
        "Toàn huyện đạt 100% chỉ tiêu giao quân.", "Kết quả cụ thể như sau:",
        "- Tổ chức khám sức khỏe cho 420 thanh niên"]
    assert r.find(f"{top}/1/cong-tac-phoi-hop-voi-doan-thanh-nien").paragraphs[-1].startswith("Hội Liên hiệp Phụ nữ:")
    lim = r.find(f"{top}/2")
    assert lim.run_in and lim.paragraphs[-1].startswith("Công tác phối hợp ở một số xã")
    # paths are stable: parsing again gives the same ones
    assert [s.path for s in parse_report(f).walk()] == [s.path for s in r.walk()]


def test_bold_heading_under_a_numbered_section_and_repeated_heading_paths(tmp_path):
    f = _docx(tmp_path / "bold2.docx", [
        ("Kết quả phối hợp hoạt động 6 tháng đầu năm 2024", True),
        ("I. TÌNH HÌNH CHUNG", True),
        ("Tình hình an ninh chính trị trên địa bàn huyện cơ bản ổn định.", False),
        ("II. KẾT QUẢ PHỐI HỢP", True),
        ("Công tác phối hợp với Hội Nông dân", True),
        ("Phối hợp tuyên truyền cho 1.200 hội viên.", False),
        ("Công tác phối hợp với Hội Nông dân", True),          # same heading twice: unique path
        ("Phối hợp tổ chức 03 buổi nói chuyện chuyên đề.", False),
        ("III. ĐÁNH GIÁ CHUNG", True),
        ("Công tác phối hợp được duy trì thường xuyên.", False),
    ])
    r = parse_report(f)
    nd = "II/cong-tac-phoi-hop-voi-hoi-nong-dan"
    assert [(s.path, s.level) for s in r.walk()] == [("I", 1), ("II", 1), (nd, 2), (f"{nd}~2", 2), ("III", 1)]
    assert r.find("II").paragraphs == [] and r.find(nd).paragraphs == ["Phối hợp tuyên truyền cho 1.200 hội viên."]
    assert r.find(f"{nd}~2").paragraphs == ["Phối hợp tổ chức 03 buổi nói chuyện chuyên đề."]
    assert r.preamble == ["Kết quả phối hợp hoạt động 6 tháng đầu năm 2024"]   # no opening yet: not a section
    # the same text as .txt has no bold, so no unnumbered headings there
    t = tmp_path / "bold2.txt"
    t.write_text("\n\n".join(["Kết quả phối hợp hoạt động 6 tháng đầu năm 2024", "I. TÌNH HÌNH CHUNG",
                              "II. KẾT QUẢ PHỐI HỢP", "Công tác phối hợp với Hội Nông dân"]), encoding="utf-8")
    assert [s.path for s in parse_report(t).walk()] == ["I", "II"]


def test_docx_tracked_changes_read_as_accepted(tmp_path):
    """w:ins text counts, w:del text does not; a deleted paragraph mark joins the paragraph to the next."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def tracked(p, kind, text):
        w = OxmlElement(f"w:{kind}", attrs={qn("w:id"): "1", qn("w:author"): "A", qn("w:date"): "2024-07-04T00:00:00Z"})
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        w.append(r)
        p._p.append(w)

    doc = docx.Document()
    doc.add_paragraph().add_run("I. TÌNH HÌNH CHUNG").bold = True
    p = doc.add_paragraph()
    p.add_run("Có ")
    tracked(p, "del", "155")
    tracked(p, "ins", "160")
    p.add_run(" thanh niên nhập ngũ.")
    gone = doc.add_paragraph()
    tracked(gone, "del", "Đoạn văn đã bị xóa hoàn toàn.")
    joined = doc.add_paragraph()
    joined.add_run("Phối hợp tuyên truyền")
    joined._p.get_or_add_pPr().append(OxmlElement("w:rPr"))
    joined._p.pPr.find(qn("w:rPr")).append(OxmlElement("w:del", attrs={qn("w:id"): "2", qn("w:author"): "A"}))
    doc.add_paragraph().add_run(" cho 1.200 hội viên.")
    f = tmp_path / "tracked.docx"
    doc.save(str(f))
    assert parse_report(f).find("I").paragraphs == ["Có 160 thanh niên nhập ngũ.",
                                                    "Phối hợp tuyên truyền cho 1.200 hội viên."]
