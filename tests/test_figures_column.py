"""Figure.column: the column family the loader sets on each row (the period's own, the running total, a total to
date), kept by the store, and read by the checker's count-and-value step (code tail only for rows built by hand)."""

from decimal import Decimal
from pathlib import Path

from service.checker.countvalue import _family
from service.checker.match import Row
from service.figures.load import load_table
from service.figures.model import PERIOD_COLUMN, RUNNING_COLUMN, TO_DATE_COLUMN, Figure, FigureTable

ROOT = Path(__file__).resolve().parent.parent
# held-out yt-nghe-an (a ward women's union, the step's own source): «Lũy kế từ năm 2008» is a total to date
NGHE_AN = ROOT / "evaluations/cases/heldout/yt-nghe-an-vinh-hoi-lhpn-phuong-ha-huy-tap-mo-lon-tiet-kiem-2015/figures.csv"
# figures round 31's business registrations: «Trong tháng | Lũy kế từ đầu năm», the running total since January
DKKD = ROOT / "evaluations/data/figures-round31/s06-dkkd-trong-thang-luy-ke-2018-03.csv"


def _row(fig: Figure) -> Row:
    return Row(fig=fig, kind="", unit="", org=None, muc=None, tokens=frozenset())


def test_the_loader_sets_each_rows_column():
    fam = {f.ma: f.column for f in load_table(NGHE_AN, period="2015")}
    assert fam["5"] == fam["6"] == PERIOD_COLUMN and fam["5-LKDN"] == fam["6-LKDN"] == TO_DATE_COLUMN
    fam = {f.ma: f.column for f in load_table(DKKD, period="2018-03")}
    assert fam["3"] == PERIOD_COLUMN and fam["3-LK"] == fam["4-LK"] == RUNNING_COLUMN


def test_the_checker_reads_the_field_and_falls_back_on_the_code():
    by_code = {f.ma: f for f in load_table(NGHE_AN, period="2015")}
    assert _family(_row(by_code["5-LKDN"])) == _family(_row(by_code["6-LKDN"])) != _family(_row(by_code["6"]))
    hand = [Figure("6-LKDN", "Trị giá quà trao tặng", "triệu đồng", Decimal(649)),
            Figure("6", "Trị giá quà trao tặng", "triệu đồng", Decimal("1.5")),
            Figure("3-LK", "Doanh nghiệp quay trở lại hoạt động", "doanh nghiệp", Decimal(8449)),
            Figure("3-TL", "Doanh nghiệp quay trở lại hoạt động: tỷ lệ", "%", Decimal(-22.3))]
    assert [_family(_row(f)) for f in hand] == [TO_DATE_COLUMN, PERIOD_COLUMN, RUNNING_COLUMN, "TL"]
    assert _family(_row(by_code["6-LKDN"])) == _family(_row(hand[0]))     # the loader's and the tail's names agree


def test_the_column_is_no_part_of_a_rows_identity():
    a = Figure("1", "Số vụ", "vụ", Decimal(3))
    assert a == Figure("1", "Số vụ", "vụ", Decimal(3), column=PERIOD_COLUMN)


def test_the_store_keeps_the_column(tmp_path):
    from service.figures.store import FigureStore
    store = FigureStore(f"sqlite:///{tmp_path / 'f.db'}")
    table = load_table(NGHE_AN, period="2015")
    store.add(FigureTable(table.figures, source="figures.csv", series="nghe-an", period="2015"))
    back = store.get("nghe-an", "2015")
    assert [(f.ma, f.column) for f in back] == [(f.ma, f.column) for f in table]


# held-out zj (the Government Inspectorate's quarter): «Tổng số | Thanh tra Chính phủ | Thanh tra bộ, ngành, địa
# phương» — the parts' columns are families of their own, numbered as their codes
ZJ = ROOT / "evaluations/cases/heldout/zj-toan-quoc-thanh-tra-chinh-phu-ket-qua-thanh-tra-2016-q3/figures.xlsx"


def test_a_rows_other_value_columns_are_families_of_their_own():
    fam = {f.ma: f.column for f in load_table(ZJ, period="2016-Q3")}
    assert fam["6"] == fam["8"] == PERIOD_COLUMN
    assert fam["6-2"] == fam["8-2"] != fam["6-3"] and fam["6-2"] != PERIOD_COLUMN
    hand = Figure("8-2", "Kiến nghị thu hồi (tiền) (thanh tra Chính phủ)", "đồng", Decimal(3265))
    assert _family(_row(hand)) == fam["8-2"]
