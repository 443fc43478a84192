"""Carried-over sentences: one-off events recognised by grammar and notation, on real report sentences."""

from __future__ import annotations

import unicodedata

import pytest

from service.checker.model import NumberCheck
from service.draft import Paragraph
from service.drafting.carryover import (
    MARK, event_findings, find_carried, relocate, sentence_spans, skeleton,
)

# (sentence as a real report or news write-up gives it, the kinds expected)
EVENTS = [
    # ham-thuan-bac-2023-h1 (the sample's prior report)
    ("Phát hiện 07 thương, phế binh tại địa phương tham gia nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan "
     "và Hội tưởng nhớ tri ân tại Mỹ.", {"person"}),
    ("An ninh nông thôn chưa phát sinh phức tạp nhưng vẫn còn nhiều người dân ở xã Hồng Sơn gửi đơn kiến nghị "
     "xin được cấp đất do Ban quản lý rừng phòng hộ Hồng Phú quản lý.", {"petition"}),
    ("Các cơ quan, ban, ngành đã triển khai thực hiện nghiêm túc các văn bản chỉ đạo của trên về thực hiện các "
     "biện pháp phòng, chống dịch Covid -19.", {"epidemic"}),
    ("Hàng tháng hỗ trợ 15kg gạo cho 01 em học sinh ở thôn Thắng Hiệp (Hàm Thắng) có hoàn cảnh khó khăn do đại "
     "dịch Covid-19.", {"epidemic", "place"}),
    # real material (evaluations/cases/real)
    ("Sáng 27/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "
     "“Vì người nghèo”.", {"date"}),
    ("Hội nghị do ông Nguyễn Kế Toại, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.", {"person"}),
    ("Đến dự có Đại tá Nguyễn Văn Tâm- Phó Chỉ huy trưởng Bộ CHQS tỉnh.", {"person"}),
    ("Mô hình \"Dân vận khéo\" vận động gia đình và hội viên phát triển kinh tế VACR của ông Hà Văn Cẩn, thôn "
     "Bản Duồng 1, thị trấn Bằng Lũng.", {"person"}),
    ("Sáng 6-11, tại Trung tâm Bồi dưỡng chính trị huyện Chư Sê, Ban Chỉ đạo vận động hiến máu tình nguyện tổ "
     "chức lễ phát động.", {"date"}),
    ("Chiều ngày 16/4, UBND huyện Thái Thụy tổ chức hội nghị tổng kết công tác tuyển chọn, gọi công dân nhập ngũ.",
     {"date"}),
    ("Tiếp tục các nêu cao tinh thần trách nhiệm trên tuyến đầu chống dịch Covid-19, phối hợp với các lực lượng "
     "làm tốt việc kiểm soát y tế, truy vết, cách ly theo quy định.", {"epidemic"}),
    ("Bà con bắt đầu xuống đồng gieo cấy từ ngày 20/06 và kết thúc gieo cấy vào ngày 05/07/2021.", {"date"}),
    ("Trao tặng 200 suất quà (mỗi suất 200.000đ) cho 200 hộ gia đình nghèo tại xã Đông Tiến.", {"place"}),
    ("Cơn bão số 9 gây thiệt hại nặng cho các hộ nuôi trồng thủy sản.", {"epidemic"}),
    ("Ngày 12 tháng 3 năm 2023, xảy ra vụ cháy tại chợ Đông Ba làm hư hỏng nhiều ki-ốt.", {"date", "incident", "place"}),
]

# sentences of the same reports that must NOT be taken for one-off events
STANDING = [
    "Phát hiện, xử lý 12 vụ/59 đối tượng đánh bạc, tăng 5 vụ, giảm 17 đối tượng so với cùng kỳ năm 2022.",
    "Ban chỉ đạo tiếp tục tổ chức quán triệt, học tập Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành "
    "Trung ương Đảng khóa XIII.",
    "Thực hiện Chỉ thị số 01/CT-TTg ngày 3/1/2023 của Chính phủ, Công an tỉnh đã tham mưu xây dựng 302 mô hình "
    "tổ liên gia an toàn PCCC.",
    "Tại Hà Tĩnh, tính từ 15/12/2022 tới 14/10/2023, toàn tỉnh xảy ra 80 vụ cháy, 1 vụ nổ làm 1 người bị thương.",
    "Trong năm, toàn huyện đã tổ chức tiếp công dân với tổng số 198 lượt/221 người/200 vụ việc, giảm 28,77% so với "
    "năm 2019.",
    "Làm tốt công tác nắm tình hình, kịp thời xử lý các vụ việc, tình huống phức tạp về an ninh chính trị, trật tự "
    "an toàn xã hội.",
    "Tai nạn giao thông đường sắt xảy ra 1 vụ, chết 1 người.",
    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cán bộ, đảng viên.",
    "93 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2023); kỷ niệm ngày Thương binh - Liệt sĩ 27/7.",
    "Các đồng chí Trưởng Ban Dân vận và Chủ tịch Ủy ban MTTQ Việt Nam huyện dự và chỉ đạo hội nghị.",
    "Đơn vị đã tổ chức huấn luyện cho 100% cán bộ, chiến sĩ đúng kế hoạch.",
    "Cán bộ, đoàn viên, hội viên và Nhân dân trong huyện cơ bản ổn định tư tưởng, tin tưởng vào sự lãnh đạo của Đảng.",
    "Thăm, tặng quà 05 Mẹ Việt Nam Anh hùng và gia đình chính sách trên địa bàn.",
    "Tổng số đơn thư các loại đã tiếp nhận 463 đơn, giải quyết đúng thời hạn.",
]


@pytest.mark.parametrize("sentence,kinds", EVENTS, ids=[s[:40] for s, _ in EVENTS])
def test_one_off_events_are_recognised(sentence, kinds):
    found = {f.kind for f in event_findings(sentence)}
    assert kinds <= found, (sentence, found)


@pytest.mark.parametrize("sentence", STANDING, ids=[s[:40] for s in STANDING])
def test_standing_statements_are_not_events(sentence):
    assert event_findings(sentence) == []


def test_reasons_quote_what_was_found_in_vietnamese():
    [f] = event_findings("Hội nghị do ông Nguyễn Kế Toại, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.")
    assert f.reason == "nêu tên người «Nguyễn Kế Toại»"
    [f] = event_findings("biện pháp phòng, chống dịch Covid -19.")
    assert "Covid -19" in f.reason


def test_decomposed_text_is_read_like_composed():
    nfd = unicodedata.normalize("NFD", EVENTS[0][0])
    assert {f.kind for f in event_findings(nfd)} == {"person"}


def test_sentences_split_at_ends_before_capitals_and_dashes():
    text = "Có 10 Việt kiều (không tăng, không giảm). Số đối tượng tiếp tục đăng tải; phát hiện 38 trường hợp.\n- Dòng mới"
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Có 10 Việt kiều (không tăng, không giảm).",
                     "Số đối tượng tiếp tục đăng tải; phát hiện 38 trường hợp.", "- Dòng mới"]
    assert skeleton("Năm 2024 có 188 người.") == skeleton("năm 2023  có 155 người")


def _par(text, figures=()):
    checks = []
    for word in figures:
        at = text.index(word)
        checks.append(NumberCheck(text=word, start=at, end=at + len(word), value=1.0, unit=None, kind="count",
                                  verdict="supported", source={"ma": "X", "column": "ky_bao_cao"}))
    return Paragraph(text=text, checks=checks)


PRIOR = ("Tình hình an ninh chính trị cơ bản ổn định. Có 155 thanh niên trúng tuyển năm 2023. Phát hiện 07 thương, "
         "phế binh nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan.")


def test_carried_sentences_unchanged_or_about_events_are_found():
    new = ("Tình hình an ninh chính trị cơ bản ổn định. Có 188 thanh niên trúng tuyển năm 2024. Phát hiện 09 thương, "
           "phế binh nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan. Trong kỳ có thêm một câu mới hoàn toàn.")
    carried = find_carried([_par(new, figures=("188", "09"))], [PRIOR])
    assert [(c.kind, c.text) for c in carried] == [
        ("unchanged", "Tình hình an ninh chính trị cơ bản ổn định."),
        ("event", "Phát hiện 09 thương, phế binh nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan.")]
    assert carried[1].reasons == ["nêu tên người «Nguyễn Thức Lan»"] and carried[0].note == MARK
    assert new[carried[1].start:carried[1].end] == carried[1].text
    assert find_carried([_par(new)], []) == []  # no prior text: nothing is "carried"


def test_relocated_after_an_edit_only_where_the_sentence_survives():
    new = "Tình hình an ninh chính trị cơ bản ổn định. Phát hiện 09 thương, phế binh từ đối tượng Nguyễn Thức Lan."
    carried = [c.to_dict() for c in find_carried([_par(new)], [PRIOR])]
    assert [c["kind"] for c in carried] == ["unchanged", "event"]  # a shortened sentence is still last period's
    edited = [Paragraph("Mở đầu mới."), Paragraph("Nay: Tình hình an ninh chính trị cơ bản ổn định.")]
    [moved] = relocate(carried, edited)
    assert moved["paragraph"] == 1 and edited[1].text[moved["start"]:moved["end"]] == moved["text"]
    assert relocate(carried, [Paragraph("Tình hình an ninh chính trị ổn định.")]) == []


def test_offline_engine_records_what_it_carried():
    from index.model import Section
    from service.drafting.base import SectionContext
    from service.drafting.offline import OfflineEngine
    from service.figures.load import load_table
    from service.periods import parse_period
    from tests.conftest import FIGURES

    old = ("- Có 10 Việt kiều (không tăng, không giảm) và 33 lượt người nước ngoài đến địa phương làm việc, thăm "
           "thân tăng 09 lượt so với 6 tháng đầu năm 2022. Phát hiện 07 thương, phế binh tại địa phương tham gia "
           "nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan và Hội tưởng nhớ tri ân tại Mỹ.")
    plain = "An ninh nội bộ, an ninh kinh tế, văn hoá - tư tưởng, an ninh thông tin cơ bản ổn định."
    ctx = SectionContext(section=Section("2.2", "Phối hợp nắm bắt tình hình", 3, "II/2/2.2"),
                         prior_paragraphs=[old, plain], figures=[],
                         current=load_table(FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"),
                         period=parse_period("2024-H1"), prior_table=load_table(FIGURES / "ham-thuan-bac-2023-h1.csv"),
                         prior_period=parse_period("2023-H1"))
    result = OfflineEngine().draft(ctx)
    carried = result.provenance["carried_over"]
    assert [(c["paragraph"], c["kind"]) for c in carried] == [(0, "event"), (1, "unchanged")]
    assert "Nguyễn Thức Lan" in carried[0]["text"] and carried[0]["reasons"] == ["nêu tên người «Nguyễn Thức Lan»"]
    p0 = result.paragraphs[0].text
    assert p0[carried[0]["start"]:carried[0]["end"]] == carried[0]["text"]
    assert "Có 10 Việt kiều" not in {c["text"][:15] for c in carried}  # its figures were carried to 2024
