"""The lead's rules from stop 28's working batch (``zh-*``), each on the sentence that showed it and a second source."""

from __future__ import annotations

from service.checker.check import check_text
from service.checker.extract import extract_numbers
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return [(n.text, n.verdict) for n in check_text(text, table, **kw).numbers]


def test_a_sentence_opening_on_the_next_year_plans(tmp_path):
    # zh-tp-ho-chi-minh-hoi-bao-tro-nguoi-khuyet-tat-tre-mo-coi-2024
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Năm 2024", "01,Tổng kinh phí vận động,tỉ đồng,\"9,5\"\n"
                   "06,Dạy nghề tạo việc làm,người,180\n", period="2024")
    text = ("Năm 2024, Hội vận động được hơn 9,5 tỉ đồng, dạy nghề cho 180 người. Năm 2025 hội chú trọng vận động các "
            "nguồn lực cho việc dạy nghề với chỉ tiêu là 2 tỉ đồng; thực hiện trợ giúp người khuyết tật là 18.000 lượt "
            "người với số kinh phí 18 tỉ đồng…/.")
    got = dict((t, v) for t, v in _verdicts(text, table, period="2024"))
    assert got["9,5 tỉ đồng"] == got["180"] == "supported"
    assert got["18.000"] == got["18 tỉ đồng"] == "not_a_figure"
    # the report's own year opening a sentence is no plan: a wrong number there is still caught
    wrong = dict(_verdicts(text.replace("dạy nghề cho 180", "dạy nghề cho 190"), table, period="2024"))
    assert wrong["190"] == "unsupported"
    # a later sentence of a 6-month report that opens on the same year is no plan either
    h1 = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,6 tháng đầu năm 2024", "01,Số vụ cháy,vụ,12\n", period="2024-H1")
    assert dict(_verdicts("Năm 2024 xảy ra 13 vụ cháy.", h1, period="2024-H1"))["13"] == "unsupported"


def test_road_chainage_is_an_address():
    # zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06; a project's site on a national road
    for text in ("quốc lộ 279 sạt taluy dương từ km152 - km156+500 gây tắc đường",
                 "điểm sạt lở tại Km 12+300 quốc lộ 1A"):
        assert not any(m.is_figure for m in extract_numbers(text)), text
    assert [m.raw for m in extract_numbers("làm mới 33,9 km đường giao thông") if m.is_figure] == ["33,9 km"]


def test_a_value_whose_row_is_named_in_its_phrase_is_not_moved(tmp_path):
    # zh-toan-quoc-chuyen-doi-so-2024-q3: ministries at 100% listed by name after the rate
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo",
                   "CDS04,Tỷ lệ dịch vụ công trực tuyến toàn trình khối bộ ngành,%,\"59,7\"\n"
                   "CDS04.1,Bộ Công Thương,%,100\nCDS04.2,Bộ Giáo dục và Đào tạo,%,100\n")
    text = ("Khối bộ đạt tỷ lệ 59,7%. Một số bộ, ngành đã triển khai rất tốt với 100% dịch vụ công trực tuyến toàn "
            "trình như Bộ Công Thương; Giáo dục và Đào tạo.")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}


def test_a_part_that_says_its_whole_again(tmp_path):
    # zg-gia-lai-quy-ho-tro-nong-dan-2023-07: a swap of a part for the whole inside its own breakdown
    table = _table(tmp_path, "Mã;Nội dung;Đơn vị tính;Đến tháng 7/2023".replace(";", ","),
                   "Q,Tổng nguồn vốn Quỹ Hỗ trợ nông dân,tỷ đồng,57\nQ.1,- Nguồn Trung ương,tỷ đồng,8\n"
                   "Q.2,- Nguồn tỉnh,tỷ đồng,13\nQ.3,\"- Nguồn huyện, thị xã\",tỷ đồng,24\n")
    text = ("Quỹ Hỗ trợ nông dân hiện có trên 57 tỷ đồng, trong đó, hơn 8 tỷ đồng do Trung ương cấp, hơn 13 tỷ đồng do "
            "tỉnh cấp, hơn 24 tỷ đồng do các huyện, thị xã cấp.")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    wrong = _verdicts(text.replace("hơn 13 tỷ đồng", "hơn 57 tỷ đồng"), table)
    assert wrong[0] == ("57 tỷ đồng", "supported") and wrong[2] == ("57 tỷ đồng", "unsupported")


def test_a_parts_own_phrase_names_its_row_against_an_earlier_parts_words(tmp_path):
    # a parts list by source of funds: "hơn 13 tỷ đồng do tỉnh cấp" is the province's, whatever "Trung ương" said before
    table = _table(tmp_path, "Mã,Nội dung,Đơn vị tính,Đến tháng 7/2023",
                   "Q,Tổng nguồn vốn Quỹ,tỷ đồng,57\nQ.1,- Nguồn Trung ương,tỷ đồng,8\nQ.2,- Nguồn tỉnh,tỷ đồng,13\n"
                   "Q.3,\"- Nguồn huyện, thị xã\",tỷ đồng,24\n")
    text = ("Quỹ hiện có trên 57 tỷ đồng, trong đó, hơn 8 tỷ đồng do Trung ương cấp, hơn 13 tỷ đồng do tỉnh cấp, hơn "
            "24 tỷ đồng do các huyện, thị xã cấp.")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    assert ("8 tỷ đồng", "unsupported") in _verdicts(text.replace("hơn 24 tỷ", "hơn 8 tỷ"), table)
