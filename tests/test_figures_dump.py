"""evaluations.figures_dump: one tool for the figures rounds' dump and comparison (were dumpall.py and cmp.py copies)."""

import json

from evaluations import figures_dump


def _case(root, name, csv):
    d = root / name
    d.mkdir(parents=True)
    (d / "case.yaml").write_text("figures: figures.csv\nperiod:\n  code: 2024-H1\n", encoding="utf-8")
    (d / "figures.csv").write_text(csv, encoding="utf-8")


def test_dump_and_compare(tmp_path, capsys):
    cases = tmp_path / "cases"
    _case(cases, "a-one", "ma,chi_tieu,don_vi_tinh,ky_bao_cao\n1,Số vụ tai nạn giao thông,vụ,12\n")
    _case(cases, "b-skip", "ma,chi_tieu,don_vi_tinh,ky_bao_cao\n1,Số người chết,người,3\n")
    import service, pathlib
    root = str(pathlib.Path(service.__file__).parent.parent)
    out = tmp_path / "a.json"
    res = figures_dump.dump(root, str(out), cases, ("b-",))
    assert list(res) == ["a-one"] and res["a-one"]["figures"][0][:6] == ["1", "", "", "Số vụ tai nạn giao thông", "vụ", "12"]
    assert json.loads(out.read_text()) == res
    other = json.loads(json.dumps(res))
    other["a-one"]["figures"][0][5] = "13"
    lines = figures_dump.compare(res, other)
    assert lines[0].startswith("tables 1 1") and lines[1] == "== a-one: figures -1 +1; warnings -0 +0"
    assert figures_dump.compare(res, res) == [lines[0]]
