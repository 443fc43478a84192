"""A hand-built 2024 H1 draft in the shape of the Hàm Thuận Bắc 2023 report.

Used by the tests and by ``scripts/render_page1.sh`` when no pipeline output
exists: real section structure and figures, two stale and two unsupported
numbers, one marked paragraph, and a reviewer's rewrite of section 2.4.

    python -m service.docx.sample out.docx [--profile party|state] [--tracked]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import re
from pathlib import Path

from service.checker.model import NumberCheck
from service.draft import Draft, DraftSection, Paragraph
from service.spec import spec_from_dict

TITLE = "Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh"
PERIOD = "6 tháng đầu năm 2024"


def _check(text: str, number: str, verdict: str = "supported", nth: int = 0, **kw) -> NumberCheck:
    at = -1
    for _ in range(nth + 1):
        at = text.index(number, at + 1)
    digits = re.match(r"[\d.,]+", number).group(0).rstrip(".,")
    value = float(digits.split("/")[0].replace(".", "").replace(",", "."))
    return NumberCheck(text=number, start=at, end=at + len(number), value=value, unit=None,
                       kind="count", verdict=verdict, **kw)


def _par(text: str, *checks: tuple) -> Paragraph:
    """``checks``: (number[, verdict[, extra NumberCheck fields]]) each."""
    out = []
    for number, *rest in checks:
        verdict = rest[0] if rest else "supported"
        extra = rest[1] if len(rest) > 1 else {}
        out.append(_check(text, number, verdict, **extra))
    return Paragraph(text, out)


def sample_draft() -> Draft:
    """The draft as the engine produced it."""
    p21 = ("Trong 6 tháng, Mặt trận và các đoàn thể đã chỉ đạo các cơ sở tuyên truyền các chủ trương, "
           "chính sách của Đảng, Nhà nước, các Chỉ thị, Nghị quyết của Đảng; các chuyên đề về quân sự, quốc "
           "phòng và an ninh cho hơn 138.204 lượt người; tổ chức nói chuyện truyền thống cách mạng, truyền "
           "thống Quân đội nhân dân Việt Nam cho hơn 7.385 giáo viên, học sinh và đoàn thanh niên tham dự.")
    p22 = ("Có 10 Việt kiều (không tăng, không giảm) và 41 lượt người nước ngoài đến địa phương làm việc, "
           "thăm thân, tăng 08 lượt so với cùng kỳ năm 2023. Phát hiện, bắt 29 vụ/48 đối tượng tàng trữ, sử "
           "dụng, mua bán trái phép chất ma túy, giảm 5 vụ so với cùng kỳ năm 2023. Số người nghiện có hồ sơ "
           "quản lý là 186 người.")
    p23 = ("Trong 6 tháng đã huấn luyện quân sự, giáo dục chính trị cho 1.702 lực lượng Dân quân; trong đó: "
           "Dân quân Binh chủng 370/370 đ/c, Dân quân Cơ động 430/430 đ/c, Dân quân Năm thứ nhất 402/402 đ/c, "
           "Dân quân Tại chỗ 500/500 đ/c. Kết nạp đảng viên mới được 24/27 đ/c, đạt 88,89% so với chỉ tiêu "
           "được giao.")
    p24 = ("Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2024. Có 160 thanh "
           "niên trúng tuyển lên đường nhập ngũ, trong đó có 04 đảng viên, đạt 2,5%. Các ban, ngành, đoàn thể "
           "huyện đã thăm hỏi, tặng quà động viên 160 thanh niên lên đường nhập ngũ (1.000.000đ/suất), với "
           "tổng số tiền là 155 triệu đồng.")
    p26 = ("Ủy ban MTTQ Việt Nam nhân dịp Tết Nguyên đán và các ngày lễ thăm, tặng 1.810 phần quà cho các đối "
           "tượng chính sách, hộ nghèo, trị giá 1,1 tỷ đồng; hỗ trợ xây dựng 6 nhà “Tình thương”, với số tiền "
           "hơn 480 triệu đồng.")
    sections = [
        DraftSection("I", "I", "TÌNH HÌNH CHUNG", 1, [_par(
            "Trong 6 tháng đầu năm, trên địa bàn huyện diễn ra các hoạt động kỷ niệm chào mừng các ngày lễ, "
            "tết như: Tết Nguyên đán Giáp Thìn năm 2024; 94 năm ngày thành lập Đảng Cộng sản Việt Nam "
            "(3/2/1930-3/2/2024); tình hình ANCT, TTATXH trên địa bàn huyện cơ bản được giữ vững và ổn định; "
            "các chỉ tiêu nhiệm vụ quốc phòng - an ninh được triển khai và thực hiện theo kế hoạch.",
            ("2024", "not_a_figure"), ("94", "not_a_figure"))]),
        DraftSection("II", "II", "KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG", 1),
        DraftSection("II/1", "1", "Kết quả lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện", 2, [Paragraph(
            "Ban Chỉ đạo công tác dân vận quốc phòng - an ninh huyện tiếp tục rà soát, điều chỉnh, bổ sung quy "
            "chế hoạt động, gắn với phân công trách nhiệm từng thành viên Ban Chỉ đạo phụ trách cơ sở; tổ chức "
            "quán triệt, triển khai thực hiện Chỉ thị, Nghị quyết của Ban Thường vụ Huyện ủy, UBND huyện về "
            "nhiệm vụ quân sự, quốc phòng, an ninh năm 2024.")]),
        DraftSection("II/2", "2", "Kết quả phối hợp hoạt động", 2),
        DraftSection("II/2/2.1", "2.1", "Phối hợp hoạt động tuyên truyền, giáo dục", 3, [_par(
            p21, ("138.204",), ("7.385", "stale", {
                "reason": "giống hệt số của báo cáo 6 tháng đầu năm 2023",
                "expected": "7.912 lượt người", "source": {"ma": "TT-02", "column": "ky_bao_cao"}}))]),
        DraftSection("II/2/2.2", "2.2", "Phối hợp nắm bắt tình hình liên quan đến quốc phòng - an ninh", 3, [_par(
            p22, ("10",), ("41",), ("08",), ("29",), ("48",), ("5",),
            ("186", "stale", {"reason": "số của cùng kỳ năm 2023; bảng số liệu kỳ này khác",
                              "expected": "172 người", "source": {"ma": "AN-07", "column": "ky_bao_cao"}}))]),
        DraftSection("II/2/2.3", "2.3", "Phối hợp quản lý, huấn luyện quân sự, giáo dục chính trị tư tưởng đối "
                     "với dân quân và dự bị động viên", 3, [_par(
                         p23, ("1.702",), ("370/370",), ("430/430",), ("402/402",), ("500/500",), ("24/27",),
                         ("88,89%", "derived"))]),
        DraftSection("II/2/2.4", "2.4", "Phối hợp thực hiện công tác tuyển quân", 3, [_par(
            p24, ("160",), ("04",), ("2,5%", "unsupported", {
                "reason": "không có ô nào trong bảng số liệu cho tỷ lệ này",
                "expected": None, "source": None}),
            ("1.000.000đ",), ("155 triệu đồng", "unsupported", {
                "reason": "160 suất × 1.000.000đ = 160 triệu đồng, không phải 155",
                "expected": "160 triệu đồng", "source": {"ma": "TQ-05", "column": "ky_bao_cao"}}))]),
        DraftSection("II/2/2.5", "2.5", "Phối hợp thực hiện công tác giáo dục quốc phòng và an ninh", 3, [
            Paragraph("Phối hợp mở 01 lớp kiến thức quốc phòng và an ninh, có 62 người (đối tượng là giáo viên, "
                      "nhân viên y tế) tham gia.", marked=True,
                      note="Không tìm thấy số học viên lớp bồi dưỡng trong bảng số liệu kỳ này; đề nghị bổ sung.")]),
        DraftSection("II/2/2.6", "2.6", "Phối hợp thực hiện tốt chính sách hậu phương quân đội và công tác dân "
                     "vận của LLVT huyện", 3, [_par(p26, ("1.810",), ("1,1 tỷ đồng",), ("6",),
                                                     ("480 triệu đồng",))]),
        DraftSection("III", "III", "ĐÁNH GIÁ CHUNG", 1),
        DraftSection("III/1", "1", "Những kết quả đạt được", 2, [Paragraph(
            "Trong 6 tháng qua, Ban Chỉ đạo huyện có nhiều cố gắng trong thực hiện nội dung của kế hoạch đề ra; "
            "công tác phối hợp tuyên truyền, vận động quần chúng Nhân dân thực hiện đường lối, chủ trương, chính "
            "sách của Đảng, pháp luật của Nhà nước được chú trọng và thực hiện thường xuyên.")]),
        DraftSection("III/2", "2", "Hạn chế, nguyên nhân", 2),
        DraftSection("III/2/a", "a", "Hạn chế", 4, [Paragraph(
            "Việc phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh có lúc chưa đồng bộ; "
            "công tác nắm bắt tình hình, trao đổi thông tin giữa các bên đôi lúc chưa thường xuyên.")]),
        DraftSection("IV", "IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1, [Paragraph(
            "1. Phối hợp làm tốt công tác giáo dục chính trị tư tưởng, xây dựng tinh thần cảnh giác cách mạng "
            "trong cán bộ, chiến sĩ, hội viên, đoàn viên và Nhân dân, nhất là thế hệ trẻ, vùng đồng bào dân tộc "
            "thiểu số."), Paragraph(
            "2. Tích cực phối hợp vận động đoàn viên, thanh niên tham gia các lực lượng để huấn luyện, diễn tập "
            "SSCĐ; làm tốt công tác tuyển quân năm 2025 bảo đảm chỉ tiêu trên giao.")]),
    ]
    opening = [Paragraph("Thực hiện chương trình phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - "
                         "an ninh năm 2024, Ban Chỉ đạo huyện báo cáo kết quả 6 tháng đầu năm 2024 như sau:")]
    return Draft(title=TITLE, period=PERIOD, series="ham-thuan-bac-dan-van-qpan", sections=sections,
                 opening=opening)


def sample_rewrite() -> tuple[Draft, Draft]:
    """(previous, rewritten): a reviewer fixed 2.4's figures and added a sentence; 2.5 rewritten."""
    previous = sample_draft()
    new = copy.deepcopy(previous)
    s24 = next(s for s in new.sections if s.number == "2.4")
    old = s24.paragraphs[0].text
    text = (old.replace("đạt 2,5%", "đạt 2,1%").replace("tổng số tiền là 155 triệu đồng", "tổng số tiền là 160 "
            "triệu đồng") + " Tổ chức gặp mặt, động viên gia đình các tân binh trước ngày nhập ngũ.")
    s24.paragraphs[0] = _par(text, ("160",), ("04",), ("2,1%", "derived"), ("1.000.000đ",),
                             ("160 triệu đồng", "supported"))
    s25 = next(s for s in new.sections if s.number == "2.5")
    s25.paragraphs = [Paragraph("Phối hợp mở 01 lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4, "
                                "có 62 người (giáo viên, nhân viên y tế) tham gia.")]
    return previous, new


def sample_spec(profile: str = "state"):
    """A spec for either register; the party one is the demo's Ban Chỉ đạo under the Huyện ủy."""
    raw = {
        "series": "ham-thuan-bac-dan-van-qpan", "title": TITLE, "period": PERIOD, "profile": profile,
        "place": "Hàm Thuận Bắc", "date": dt.date(2024, 7, 5), "figures": "figures.csv",
        "recipients": ["Ban Dân vận Tỉnh ủy", "Phòng Chính trị/Bộ CHQS tỉnh", "Thường trực Huyện ủy",
                       "Thường trực HĐND, UBND huyện", "Ban CHQS huyện", "Mặt trận, đoàn thể CT-XH huyện",
                       "Đảng ủy các xã, thị trấn", "Lưu: QS, DV"],
    }
    if profile == "party":
        raw["issuer"] = {"parent": "HUYỆN ỦY HÀM THUẬN BẮC", "name": "BAN CHỈ ĐẠO CÔNG TÁC DÂN VẬN QP-AN",
                         "number": "Số 12-BC/BCĐ"}
        raw["signer"] = {"authority": "ỦY VIÊN BAN THƯỜNG VỤ", "title": "KIÊM TRƯỞNG BAN CHỈ ĐẠO",
                         "name": "Cao Văn Bảy"}
    else:
        raw["issuer"] = {"parent": "UBND HUYỆN HÀM THUẬN BẮC", "name": "BAN CHỈ HUY QUÂN SỰ",
                         "number": "Số: 05/BC-BCH"}
        raw["signer"] = {"authority": "KT. CHỈ HUY TRƯỞNG", "title": "PHÓ CHỈ HUY TRƯỞNG",
                         "name": "Nguyễn Văn An"}
    return spec_from_dict(raw, base_dir=Path("."), check_files=False)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--profile", default="party", choices=["party", "state"])
    ap.add_argument("--tracked", action="store_true", help="export the 2.4/2.5 rewrite as tracked changes")
    args = ap.parse_args(argv)
    from service.docx import write_docx

    if args.tracked:
        previous, draft = sample_rewrite()
    else:
        previous, draft = None, sample_draft()
    path = write_docx(draft, sample_spec(args.profile), args.out, previous=previous, author="Người soát",
                      date=dt.datetime(2024, 7, 4, 9, 30, tzinfo=dt.timezone.utc))
    print(path)


if __name__ == "__main__":
    main()
