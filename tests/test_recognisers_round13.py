"""What the checker takes for a figure of the period, on a third sweep of fresh pages (issue 13, round 13).

Each rule is tested on sentences of the sweep pages that asked for it (``/work/sweep/pages/<slug>.txt``, the slug
named by each quote) and on one it must leave alone: a rule that lets a real figure pass is worse than a false alarm.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from service.figures.load import load_table


def table(tmp_path, rows, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo"):
    path = tmp_path / "figures.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return load_table(path)


@pytest.fixture
def dummy(tmp_path):
    return table(tmp_path, ["1,Chỉ tiêu giả,người,987654321"])


def verdicts(text, figures, **kw):
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers if c.kind not in ("year", "date")}


PASSED = ("not_a_figure", "standing")


# ---------------------------------------------------------------- 1. the make-up of an organisation said in passing

@pytest.mark.parametrize("text, number", [
    # c7-vixuyen-ccb-2022
    ("Hiện nay, Hội CCB huyện Vị Xuyên có 26 cơ sở hội, với 236 chi hội và 4.195 hội viên.", "26"),
    # t3-chienson-ccb-2017
    ("Hội Cựu chiến binh xã Chiên Sơn có 5 chi hội với 171 hội viên.", "5"),
    # p9-camthuy-ctd-daihoi-2026
    ("Tính đến nay, Hội chữ thập đỏ xã Cẩm Thuỷ có 23 chi hội với tổng số 450 hội viên.", "23"),
    # the brief's own example (round 12's batch)
    ("Có 8 đảng bộ trực thuộc Thành ủy.", "8"),
])
def test_units_an_organisation_has_said_in_passing_are_standing(dummy, text, number):
    got = verdicts(text, dummy)
    assert got[number] == "standing"
    # the members it has are a figure of the period (a row of such reports)
    assert all(v == "unsupported" for k, v in got.items() if k in ("4.195", "171", "450"))


@pytest.mark.parametrize("text, number", [
    # c6-hiephoi-dnccb-2016
    ("Ban Chấp hành Hiệp hội có 109 ủy viên.", "109"),
    # tpl-hadong-hnd-daihoi-2025
    ("Sau khi hợp nhất, Ban Chấp hành Hội gồm 47 đồng chí, trong đó có 21 đảng viên.", "47"),
])
def test_the_seats_of_a_committee_are_standing(dummy, text, number):
    assert verdicts(text, dummy)[number] == "standing"


@pytest.mark.parametrize("text, number", [
    ("Đến nay, huyện có 5 xã đạt chuẩn nông thôn mới.", "5"),
    ("Có 5 xã trên địa bàn huyện đạt chuẩn.", "5"),   # where they are, then what they did
    # c-vn-ntm-2016: a bracket between the units and what they did
    ("hiện cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới, chiếm 23%.", "2.045"),
    ("Trong năm, có 12 chi bộ được công nhận trong sạch vững mạnh.", "12"),
    ("Kiểm tra 20 cơ quan, có 5 đơn vị vi phạm.", "5"),
])
def test_units_said_to_have_done_something_are_figures(dummy, text, number):
    assert verdicts(text, dummy)[number] == "unsupported"


def test_a_row_that_counts_the_units_still_checks_them(tmp_path):
    figures = table(tmp_path, ["1,Số cơ sở hội,cơ sở hội,26"])
    text = "Hiện nay, Hội CCB huyện Vị Xuyên có 26 cơ sở hội, với 236 chi hội."
    assert verdicts(text, figures)["26"] == "supported"


# ---------------------------------------------------------------- 2. honours: given at the ceremony, or won in the year

def test_a_title_won_in_the_year_is_a_figure(dummy):
    # c7-locphat-namhoc-2013 (= t3-locphat-thpt-2013): "được công nhận" a title is what the school year achieved
    text = "+ Có 18 cán bộ quản lý, giáo viên, nhân viên được công nhận chiến sĩ thi đua cơ sở, tỉ lệ 31,58%."
    assert verdicts(text, dummy)["18"] == "unsupported"
    # p9-hoamy-chihoi-nongdan
    text = "có 69 hộ được công nhận danh hiệu “Nông dân sản xuất kinh doanh giỏi” các cấp"
    assert verdicts(text, dummy)["69"] == "unsupported"


def test_who_is_honoured_at_the_ceremony_whatever_noun_names_them(dummy):
    # c7-bactramy-giaoduc-2023: the verb of honouring right before the number
    text = ("Dịp này, 3 cá nhân được nhận Bằng khen của Bộ GD-ĐT; 12 tập thể và 10 cá nhân nhận Bằng khen của Chủ tịch "
            "UBND tỉnh; đồng thời vinh danh 3 nhà giáo tiêu biểu năm học 2022 - 2023.")
    assert set(verdicts(text, dummy).values()) == {"not_a_figure"}
    # c-hcm-ctd-2018 (round 10) still
    assert verdicts("Tại buổi lễ, Thành hội đã vinh danh 72 gương điển hình.", dummy)["72"] == "not_a_figure"
