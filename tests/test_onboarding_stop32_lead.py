"""The lead's onboarding rule of stop 32: a crop season's year in a heading is no later period."""

from __future__ import annotations

from service.onboarding.template import build_template

_BULLETIN = ("Tình hình kinh tế - xã hội tháng 5 năm 2024 tỉnh Tuyên Quang\n\nNgày 29/05/2024\n\nI. PHÁT TRIỂN KINH TẾ\n\n"
             "1. Về sản xuất nông nghiệp (tính đến ngày 15/5/2024)\n\n1.1. Sản xuất vụ xuân năm 2024\n\n"
             "Cây lúa đã cấy 18.420 ha, đạt 101,8% kế hoạch; cây ngô đã trồng 8.262 ha.\n\n"
             "2. Phương hướng nhiệm vụ 6 tháng cuối năm 2024\n\nPhấn đấu gieo cấy 20.000 ha lúa mùa.\n")


def test_a_seasons_year_in_a_months_bulletin_keeps_its_rows(tmp_path):
    # zq-tuyen-quang-ubnd-tinh-san-xuat-vu-xuan-den-15-5-2024-05: 0 rows before (the season's heading read as the
    # whole year 2024, a period ending after May's)
    path = tmp_path / "bao-cao.txt"
    path.write_text(_BULLETIN, encoding="utf-8")
    t = build_template(path)
    values = sorted(r.value for r in t.rows)
    assert 18420 in values and 8262 in values
    assert 20000 not in values                       # the next half-year's aims stay out
