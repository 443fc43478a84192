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
