"""Agencies stay apart: names that differ anywhere are different agencies, names a reader would take for one
(case, accents, punctuation, spacing) are refused naming the clash — never merged silently."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from service.api.auth import agency_key, agency_slug, create_key, get_or_create_agency
from service.api.models import Agency
from service.db import init_db
from service.errors import InputError
from tests.api_support import running_service
from tests.conftest import FIGURES

BAC = "Ban Chỉ đạo công tác dân vận lĩnh vực quốc phòng - an ninh, Huyện ủy huyện Hàm Thuận Bắc"
NAM = "Ban Chỉ đạo công tác dân vận lĩnh vực quốc phòng - an ninh, Huyện ủy huyện Hàm Thuận Nam"


@pytest.fixture()
def sessions(tmp_path):
    from service.api import models  # noqa: F401

    return init_db(f"sqlite:///{tmp_path / 'db.sqlite'}")


def test_names_that_differ_late_are_different_agencies(sessions):
    assert BAC[:64] == NAM[:64]
    assert agency_slug(BAC) != agency_slug(NAM) and len(agency_slug(BAC)) <= 64
    with sessions.begin() as s:
        a, b = get_or_create_agency(s, BAC), get_or_create_agency(s, NAM)
        assert a.id != b.id and a.slug != b.slug and (a.name, b.name) == (BAC, NAM)


@pytest.mark.parametrize("first,second", [("Agency A!", "AGENCY  a"), ("Hàm Thuận Bắc", "HÀM THUẬN BẮC"),
                                          ("Hàm Thuận Bắc", "Ham Thuan Bac"), ("UBND xã Đức Hạnh", "UBND xã Đức-Hạnh")])
def test_names_that_read_the_same_are_refused_naming_the_clash(sessions, first, second):
    with sessions.begin() as s:
        get_or_create_agency(s, first)
    with sessions() as s, pytest.raises(InputError) as exc:
        get_or_create_agency(s, second)
    message = str(exc.value)
    assert f"Tên cơ quan {' '.join(second.split())!r} trùng với cơ quan đã có {first!r}" in message and f"dùng đúng tên {first!r}" in message
    with sessions() as s:
        assert [a.name for a in s.scalars(select(Agency))] == [first]  # nothing created


def test_the_same_name_written_differently_is_the_same_agency(sessions):
    import unicodedata

    with sessions.begin() as s:
        a = get_or_create_agency(s, "Hàm Thuận Bắc")
        assert get_or_create_agency(s, unicodedata.normalize("NFD", "  Hàm  Thuận\tBắc ")).id == a.id
        assert a.name == "Hàm Thuận Bắc"


@pytest.mark.parametrize("name,why", [("!!!", "không có chữ cái"), ("x" * 201, "tối đa 200"),
                                      ("Hàm\u200bThuận", "ký tự điều khiển hoặc ký tự ẩn")])
def test_names_that_cannot_name_an_agency_are_refused(sessions, name, why):
    with sessions() as s, pytest.raises(InputError, match=why):
        get_or_create_agency(s, name)


def test_non_latin_names_get_a_directory_too():
    assert agency_slug("北京市").startswith("co-quan-") and agency_slug("北京市") != agency_slug("上海市")
    assert agency_key("Agency A!") == agency_key("AGENCY  a") == "agency a"


def test_first_use_by_many_at_once_makes_one_agency(sessions):
    ids, errors = [], []
    start = threading.Barrier(8)

    def make():
        start.wait()
        try:
            with sessions.begin() as s:
                ids.append(get_or_create_agency(s, "Đoàn Thanh niên xã Mới").id)
        except Exception as exc:  # pragma: no cover - the failure this test is about
            errors.append(exc)

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(set(ids)) == 1 and len(ids) == 8


def test_rows_from_before_hashed_slugs_are_kept(sessions):
    """An existing agency (slug ``ham-thuan-bac``) keeps its directory; a clashing name is refused; a name that
    was cut to the same 64 characters before is a new agency now."""
    with sessions.begin() as s:
        s.add(Agency(slug="ham-thuan-bac", name="Hàm Thuận Bắc"))
        s.add(Agency(slug="ban-chi-dao-cong-tac-dan-van-linh-vuc-quoc-phong-an-ninh-huyen-u", name=BAC))
    with sessions.begin() as s:
        assert get_or_create_agency(s, "Hàm Thuận Bắc").slug == "ham-thuan-bac"
        assert get_or_create_agency(s, BAC).slug.startswith("ban-chi-dao-cong-tac-dan-van-linh-vuc-quoc-phong-an-ninh")
        with pytest.raises(InputError, match="trùng với cơ quan đã có 'Hàm Thuận Bắc'"):
            get_or_create_agency(s, "HAM THUAN BAC")
        assert get_or_create_agency(s, NAM).slug == agency_slug(NAM)


def test_agencies_whose_names_differ_late_share_nothing_through_the_api(tmp_path):
    with running_service(tmp_path / "data") as svc:
        bac, nam = svc.client(svc.key("admin", agency=BAC)), svc.client(svc.key("admin", agency=NAM))
        csv = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
        r = bac.post("/api/figures", files={"file": (csv.name, csv.read_bytes())},
                     data={"series": "s", "period": "2024-H1"})
        assert r.status_code == 201, r.text
        assert nam.get("/api/figures").json() == [] and nam.get(f"/api/figures/{r.json()['id']}").status_code == 404
        assert [k["role"] for k in nam.get("/api/keys").json()] == ["admin"]
        root = svc.app.state.settings.data_dir / "agencies"
        assert (root / agency_slug(BAC) / "figures").is_dir() and not (root / agency_slug(NAM)).exists()
        with svc.app.state.sessions() as s, pytest.raises(InputError, match="trùng với cơ quan đã có"):
            create_key(s, role="drafter", agency=BAC.upper())


def test_keys_cli_refuses_a_clashing_agency(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path)}
    env.pop("BAOCAO_DATABASE_URL", None)
    baocao = [str(Path(sys.executable).parent / "baocao"), "keys", "create", "--role", "admin", "--agency"]
    ok = subprocess.run(baocao + ["Agency A!"], capture_output=True, text=True, env=env)
    assert ok.returncode == 0 and ok.stdout.startswith("bc_"), ok.stderr
    bad = subprocess.run(baocao + ["AGENCY  a"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "Tên cơ quan 'AGENCY a' trùng với cơ quan đã có 'Agency A!'" in bad.stderr, bad.stderr
