"""What last period's report suggests for the next edition's draft form (GET /api/reports/{id}/form)."""

from __future__ import annotations

from types import SimpleNamespace

from service.api.routes.form import suggested_form


def _report(**kw):
    base = dict(series="ham-thuan-bac-dan-van-qpan", period="2023-H1", period_text="6 tháng đầu năm 2023",
                title="Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh "
                      "6 tháng đầu năm 2023")
    return SimpleNamespace(**{**base, **kw})


def test_title_without_its_period_and_the_period_moved_on():
    form = suggested_form(_report())
    assert form == {"series": "ham-thuan-bac-dan-van-qpan", "period": "6 tháng đầu năm 2024",
                    "title": "Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh"}


def test_header_signature_and_recipients_when_the_parser_reads_them():
    header = SimpleNamespace(profile="state", parent="UBND HUYỆN HÀM TÂN", issuer="BAN CHỈ HUY QUÂN SỰ",
                             place="Hàm Tân", number_template=lambda: "Số:    /BC-BCH")
    signature = SimpleNamespace(authority="KT. CHỈ HUY TRƯỞNG", title="PHÓ CHỈ HUY TRƯỞNG", name="Lê Văn Ba")
    form = suggested_form(_report(header=header, signature=signature,
                                  recipients=["- UBND huyện;", "- Ban CHQS tỉnh;", "- Lưu: VT."]))
    assert form["profile"] == "state" and form["place"] == "Hàm Tân"
    assert form["issuer"] == {"parent": "UBND HUYỆN HÀM TÂN", "name": "BAN CHỈ HUY QUÂN SỰ", "number": "Số:    /BC-BCH"}
    assert form["signer"] == {"authority": "KT. CHỈ HUY TRƯỞNG", "title": "PHÓ CHỈ HUY TRƯỞNG", "name": "Lê Văn Ba"}
    assert form["recipients"] == ["UBND huyện", "Ban CHQS tỉnh", "Lưu: VT"]


def test_nothing_is_guessed_where_the_report_says_nothing():
    form = suggested_form(SimpleNamespace(series=None, period=None, period_text=None, title="BÁO CÁO"))
    assert form == {}
