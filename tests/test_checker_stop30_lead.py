"""The lead's rules of stop 30, each on real sentences, with a wrong value still caught."""

from __future__ import annotations

from service.checker.check import check_text
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return {n.text: n for n in check_text(text, table, **kw).numbers}


_RUBBER = ("KẾT QUẢ SẢN XUẤT KINH DOANH 4 THÁNG ĐẦU NĂM 2014\nMã,Chỉ tiêu,Đơn vị tính,Thực hiện tháng 4/2014,Lũy kế 4 tháng 2014",
           "1,Thu mua cao su tiểu điền,tấn,,305\n"
           "2,Sản lượng tiêu thụ mủ thành phẩm,tấn,1464,9386\n"
           "2.1,Trong đó: SVR 10,tấn,685,\n")


def test_a_breakdown_ends_at_an_ellipsis_before_a_new_sentence(tmp_path):
    # zl-binh-duong-cao-su-dau-tieng-san-xuat-kinh-doanh-2014-4t: the month's sales and its part, then the four months'
    table = _table(tmp_path, *_RUBBER, period="2014-4T")
    text = ("Trong tháng 4/2014, công ty tiêu thụ được 1.464 tấn mủ thành phẩm các loại, trong đó loại mủ chiếm tỷ lệ "
            "tiêu thụ cao nhất là SVR 10 (hơn 685 tấn), kế đến là SVR CV 60, SVR 5, SVR CV 50… Lũy kế 4 tháng đầu năm "
            "2014, công ty tiêu thụ được 9.386 tấn mủ.")
    got = _verdicts(text, table, period="2014-4T")
    assert got["1.464 tấn"].verdict == "supported" and got["9.386 tấn"].verdict == "supported"
    # a whole smaller than its own part before the ellipsis is still the suspect
    got = _verdicts(text.replace("1.464 tấn", "305 tấn"), table, period="2014-4T")
    assert got["305 tấn"].verdict == "unsupported"


def test_an_ellipsis_before_a_small_letter_goes_on(tmp_path):
    # ubdt thông tin thị trường số 47/2019: "“Tuần lễ đặc sản Tây Bắc …”… đã tiêu thụ được hơn 20.000 tấn" goes on
    table = _table(tmp_path, *_RUBBER, period="2014-4T")
    text = ("Công ty tiêu thụ được 305 tấn mủ, trong đó các tuần lễ như “Tuần lễ vải thiều Bắc Giang”… đã tiêu thụ "
            "được hơn 1.464 tấn mủ thành phẩm.")
    assert _verdicts(text, table, period="2014-4T")["305 tấn"].verdict == "unsupported"
