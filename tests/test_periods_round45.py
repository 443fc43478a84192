"""Round 45 of the period reader: an election's results on a page naming no other period report the year it was held,
its term's first year (service/periods/election_results.py, the last fallback of ``index.parse``).  Real pages (a
held-out case, three sweep pages) with negatives: a page preparing the vote, a rule's explainer, an evening's turnout
and a voters' guide stay None."""

from pathlib import Path

from index.parse import parse_report
from service.periods import election_held
from service.periods.election_results import RESULTS

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


# held-out xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011 (coded 2011, read None before)
XIII = ("Cuộc bầu cử đại biểu Quốc hội (QH) khóa XIII và Hội đồng nhân dân (HĐND) các cấp nhiệm kỳ 2011-2016 đã kết "
        "thúc thắng lợi. Hơn 60 triệu cử tri cả nước đã bầu ra 500 đại biểu Quốc hội khóa XIII, 3.832 đại biểu HĐND "
        "cấp tỉnh, 21.131 đại biểu HĐND cấp huyện và 281.491 đại biểu HĐND cấp xã nhiệm kỳ 2011-2016.")
# sweep c33-vietnamplus-ket-qua-bau-cu-ha-giang-kon-tum-2016 (read None before)
KON_TUM = ("Ủy ban Bầu cử các tỉnh Hà Giang, Kon Tum và Vĩnh Long đã công bố kết quả bầu cử đại biểu Quốc hội khóa XIV "
           "và đại biểu Hội đồng Nhân dân các cấp nhiệm kỳ 2016-2021.")
# sweep p36-baohagiang-chuanbi-baucu-none (labelled None): the vote prepared, deputies still to be elected
HA_GIANG = ("bảo đảm cuộc bầu cử diễn ra dân chủ, đúng luật, an toàn, tiết kiệm; bầu ra những đại biểu tiêu biểu, xứng "
            "đáng, đại diện cho ý chí, nguyện vọng ... bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026")
# sweep c48-toasang-bau-cu-qh-hdnd-2021: a voters' guide's rule of who wins, not a result
GUIDE = ("HĐND các cấp nhiệm kỳ 2021-2026 (5 năm). Trường hợp số người ứng cử đạt số phiếu bầu quá một nửa tổng số phiếu "
         "bầu hợp lệ nhiều hơn số lượng đại biểu mà đơn vị bầu cử được bầu thì những người trúng cử là những người có "
         "số phiếu bầu cao hơn.")


def test_an_elections_results_are_of_its_terms_first_year():
    assert election_held(XIII).code == "2011"
    assert election_held(KON_TUM).code == "2016"
    assert RESULTS.search("Về kết quả bầu cử ĐBQH, đã bầu đủ 7 đại biểu")   # c27-thuathienhue
    assert RESULTS.search("Các địa phương công bố những người trúng cử đại biểu HĐND tỉnh")   # c30-baolangson


def test_the_vote_prepared_or_explained_names_no_year():
    assert election_held(HA_GIANG) is None
    assert election_held(GUIDE) is None
    assert election_held("Kết thúc bầu cử, toàn tỉnh Đồng Nai đạt tỷ lệ 99,44% cử tri đi bầu cử ... bầu cử đại biểu "
                         "HĐND các cấp nhiệm kỳ 2021-2026") is None     # p37-wwwiso (labelled None)
    # two elected terms on one page lend no year
    assert election_held("đã bầu ra 500 đại biểu ... bầu cử HĐND nhiệm kỳ 2011-2016 ... bầu cử HĐND nhiệm kỳ "
                         "2016-2021") is None


def test_real_pages_read_whole():
    assert _read(HELD / "xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011" / "source.txt") == "2011"
    assert _read(PAGES / "c27-thuathienhue-ket-qua-so-bo-bau-cu-2011.txt") == "2011"
    assert _read(PAGES / "c33-vietnamplus-ket-qua-bau-cu-ha-giang-kon-tum-2016.txt") == "2016"
    for slug in ("p36-baovephapluat-ngaybaucu-none", "p37-wwwiso-baucu-dongnai-none", "c48-toasang-bau-cu-qh-hdnd-2021"):
        assert _read(PAGES / f"{slug}.txt") is None, slug
