"""Round 66 (template): a small count of a programme noun (``giải pháp``) in a list of counted kinds is one of the
kinds, a row (kindlists.py). Real text from two sources, and real negatives: a list of programmes, a pair."""

from pathlib import Path

from tests.sweep_tables import has_row as _has, template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
DA_NANG = CASES / "xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021/source.txt"
CAN_THO = PAGES / "t66-cantho-sokhcn-don-so-huu-cong-nghiep-2015.txt"
HA_NOI = PAGES / "t31-kinhtedothi-hoi-nong-dan-ha-noi-vay-von.txt"
DIEN_BIEN = CASES / "v-dien-bien-tu-phap-2022-h1/source.txt"


def test_da_nang_five_utility_solutions_a_row_with_its_list():
    rows = _rows(DA_NANG)
    assert _has(rows, 5, "giải pháp")
    assert _has(rows, 1, "sáng chế") and _has(rows, 62, "công trình")   # its neighbours unchanged


def test_can_tho_two_utility_solution_filings_a_row():
    rows = _rows(CAN_THO)
    assert _has(rows, 2, "giải pháp")
    assert _has(rows, 395, "nhãn hiệu") and _has(rows, 421, "đơn")


def test_pair_with_and_stays_programme():
    # "6 lĩnh vực công tác hội và 3 phong trào thi đua": one other member — no list of kinds
    assert not _has(_rows(HA_NOI), 3, "phong trào")


def test_list_of_programmes_stays_programme(tmp_path):
    # the real sentence of the Điện Biên report, outside its plan section: both members are programme nouns
    sentence = next(s for s in DIEN_BIEN.read_text(encoding="utf-8").splitlines() if "6 giải pháp" in s)
    sentence = sentence.replace("6 tháng cuối năm 2022, ", "")
    f = tmp_path / "dien-bien.txt"
    f.write_text("Báo cáo công tác tư pháp\n\n" + sentence + "\n", encoding="utf-8")
    assert not _has(_rows(f), 6, "giải pháp")
