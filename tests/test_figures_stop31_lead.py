"""The loader after the final private batch of stop 31: a column of what was done to the report's date."""

from __future__ import annotations

from service.figures.load import load_table


def test_done_to_the_report_date_beside_the_periods_column_is_a_row_of_its_own(tmp_path):
    # zp-vinh-phuc-tam-dao-hoi-ccb-giup-nhau-lam-kinh-te-2010-h1: some rows state the half-year's value, others only
    # what was done to the report's date; both load, the second as «<chỉ tiêu>: đến thời điểm báo cáo»
    path = tmp_path / "bang.csv"
    path.write_text("HỘI CỰU CHIẾN BINH HUYỆN TAM ĐẢO\nKẾT QUẢ CÔNG TÁC HỘI 6 THÁNG ĐẦU NĂM 2010\n"
                    "STT,Nội dung,Đơn vị tính,Thực hiện 6 tháng đầu năm 2010,Đến thời điểm báo cáo,Ghi chú\n"
                    "1,Lớp tập huấn chuyển giao tiến bộ kỹ thuật nông nghiệp,lớp,,4,\n"
                    "2,CCB làm kinh tế giỏi,người,,144,\n"
                    "3,Thăm hỏi gia đình hội viên nghèo,gia đình,150,,\n", encoding="utf-8")
    table = load_table(path, period="2010-H1")
    got = {f.chi_tieu: (f.ky_bao_cao, f.don_vi_tinh) for f in table.figures}
    assert got["CCB làm kinh tế giỏi: đến thời điểm báo cáo"] == (144, "người")
    assert got["Lớp tập huấn chuyển giao tiến bộ kỹ thuật nông nghiệp: đến thời điểm báo cáo"] == (4, "lớp")
    assert got["Thăm hỏi gia đình hội viên nghèo"] == (150, "gia đình")


def test_done_so_far_beside_an_estimate_still_gives_the_estimate(tmp_path):
    # round 15's rule stands: "Thực hiện đến thời điểm báo cáo" beside "Ước thực hiện hết tháng 9" (zn-chiem-hoa)
    path = tmp_path / "bang.csv"
    path.write_text("KẾT QUẢ TRỒNG RỪNG 9 THÁNG NĂM 2019\n"
                    "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2019,Thực hiện đến thời điểm báo cáo,Ước thực hiện hết tháng 9/2019\n"
                    "1,Diện tích trồng rừng mới,ha,\"1.870\",\"2.284\",\"2.360\"\n", encoding="utf-8")
    table = load_table(path, period="2019-9T")
    got = {f.chi_tieu: f.ky_bao_cao for f in table.figures}
    assert got["Diện tích trồng rừng mới"] == 2360


def test_a_rate_of_change_below_zero_loads(tmp_path):
    # the round trip of zf-toan-quoc-hiv-aids-phat-hien-2014-10: the template writes the loader's own rate row
    # («… : tốc độ tăng so với cùng kỳ», %) and a fall (−86) must load again; a count below zero is still refused
    path = tmp_path / "bang.csv"
    path.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
                    "A.3,Tử vong do HIV/AIDS,trường hợp,158,144\n"
                    "A.3-TL,Tử vong do HIV/AIDS: tốc độ tăng so với cùng kỳ,%,-86,-78\n", encoding="utf-8")
    table = load_table(path, period="2014-10")
    assert {f.ma: f.ky_bao_cao for f in table.figures}["A.3-TL"] == -86
    path.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nA.3,Tử vong do HIV/AIDS,trường hợp,-158\n", encoding="utf-8")
    import pytest
    from service.errors import InputError
    with pytest.raises(InputError):
        load_table(path, period="2014-10")
