"""Checker round 50 (chk50, issue 13): stop 49's working batch ``yz-`` (evaluations/sweep/checker-round50.md). Each
rule quotes two real sources and keeps checked what it does not claim.

- the bar a list of named examples passed (``các huyện làm tốt như: huyện Bắc Quang, huyện Vị Xuyên, huyện Đồng Văn
  đạt trên 100% kế hoạch``) — ``examplebar.EXAMPLE_BAR``;
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within


# ---------------------------------------------------------------- the bar named examples passed

def test_the_bar_a_list_of_named_examples_passed_is_no_figure(dummy):
    # yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014: "… các huyện làm tốt chiến dịch như: huyện Bắc Quang,
    # huyện Vị Xuyên, huyện Đồng Văn đạt trên 100% kế hoạch."
    text = heldout("yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014")
    assert flagged_in(text, dummy, "huyện Đồng Văn đạt trên 100% kế hoạch") == []
    assert {k for _, v, k in within(text, dummy, "Đồng Văn đạt trên 100%") if v == "not_a_figure"} == {"norm"}
    # d4-plo-xuatkhau-chauphi-2011: "… một số thị trường khác ở khu vực này như Ai Cập, Algeria, Senegal, Cote d'Ivoire
    # đều có mức tăng trưởng cao trên 40%."
    text = page("d4-plo-xuatkhau-chauphi-2011")
    assert flagged_in(text, dummy, "Cote d'Ivoire đều có mức tăng trưởng cao trên 40%") == []


def test_one_named_unit_a_rate_s_noun_or_unnamed_examples_stay_checked(dummy):
    # one place and its own rate, as p22-cand-namdinh-totnghiep-2015 says "Các địa phương như Tuyên Quang có tỷ lệ đỗ
    # tốt nghiệp là trên 93%, Quảng Trị 87,93%, …"; a bare value; examples that name no place
    text = ("Các xã như xã Nam Bình có tỷ lệ hộ dùng nước sạch là trên 93%, xã Thuận Hạnh 87,93%. "
            "Các xã như xã Nam Bình, xã Thuận Hạnh đạt 85,7% kế hoạch. "
            "Một số chỉ tiêu như thu ngân sách, giải ngân vốn đạt trên 97% kế hoạch.")
    for said in ("xã Nam Bình có tỷ lệ hộ dùng nước sạch là trên 93%", "xã Thuận Hạnh đạt 85,7%",
                 "giải ngân vốn đạt trên 97%"):
        assert [v for _, v, _ in within(text, dummy, said)] in (["unsupported"], ["unverified"]), said
