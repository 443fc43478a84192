"""Issue 14, template round 57: a page that opens with the site's list of other articles' headlines (dashes alone
between them) above the article. The list neither begins the report (so it is no foot that ends it) nor is read as
the report's figures or headline. Real text as printed; negatives: a foot list after the report, a page opening with
a dash and its own lede."""

from __future__ import annotations

from pathlib import Path

from service.onboarding.foot import a_listed_headline, before_other_articles, listed_above
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"

HAI_PHONG = HELDOUT / "xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020" / "source.txt"


def test_list_above_the_article_is_counted():
    lines = HAI_PHONG.read_text(encoding="utf-8").splitlines()
    n = listed_above(lines)
    assert lines[n].startswith("Báo cáo tại Đại hội")
    assert a_listed_headline("Sabeco sẽ tăng cổ tức lên 50%, đặt mục tiêu lợi nhuận 4.835 tỷ đồng",
                             HAI_PHONG.read_text(encoding="utf-8"))


def test_the_article_under_the_list_is_read():
    rows = build_template(HAI_PHONG).rows
    values = {(r.value, r.unit) for r in rows}
    assert any(r.value == 876900000000 for r in rows)          # doanh thu 876,9 tỷ đồng
    assert any(r.value == 219557 for r in rows)
    assert any(str(r.value) == "10.37" and r.unit == "%" for r in rows)
    # the other articles' figures (Sabeco's 50%, MSB's 32%, VN-Index 82,28 điểm) are not the report's
    assert not any(r.unit == "điểm" for r in rows)
    assert not any(r.value == 50 and r.unit == "%" for r in rows), values
    assert not any(r.value == 32 and r.unit == "%" for r in rows)


def test_foot_list_after_the_report_still_ends_it():
    """t29-binhson-nct-2022: ``Tin liên quan`` / ``-`` / headline / ``-`` … after the report: a foot."""
    raw = (PAGES / "t29-binhson-nct-2022.txt").read_text(encoding="utf-8")
    assert listed_above(raw.splitlines()) == 0
    body = [(None, [line for line in raw.splitlines() if line.strip()])]
    kept = before_other_articles(body, raw)[0][1]
    assert not any(line.startswith("Doosan Vina") for line in kept)


def test_a_dash_over_the_lede_is_no_list():
    """c26/c31 danviet: the page opens with a dash alone and then its own lede (no second dash): no list."""
    for name in ("c26-danviet-gia-lon-hoi-xuat-chuong-mien-bac.txt", "c31-danviet-gia-heo-hom-nay-27000.txt"):
        raw = (PAGES / name).read_text(encoding="utf-8")
        assert listed_above(raw.splitlines()) == 0
        assert not a_listed_headline(raw.splitlines()[1], raw)
