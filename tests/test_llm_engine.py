"""The LLM engine against a real OpenAI-compatible HTTP server with a scripted model.

Section 2.4 (tuyển quân) of the real 2023 report and the 2024 synthetic
figures: 188 recruits this period where the 2023 text says 155, so a model
that copies last period's text produces exactly the stale numbers the
repair loop and the marking must catch.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from conftest import FIGURES
from scripted_llm import Reply, ScriptedLLM

import service.checker
from index.model import Section
from service.draft import Paragraph
from service.drafting.base import SectionContext, SectionResult
from service.drafting.instructions import validate_instruction
from service.drafting.llm import LLMEngine
from service.drafting.offline import OfflineEngine
from service.drafting.prompts import Prompt, available, load_prompt
from service.drafting.run import draft_sections
from service.errors import InputError, ProviderError
from service.figures.load import load_table
from service.periods import Period
from service.settings import load_settings

pytestmark = pytest.mark.network

needs_checker = pytest.mark.skipif(not hasattr(service.checker, "check_text"),
                                   reason="service.checker.check_text has not landed yet")

PRIOR_2_4 = ("Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2023. Có 155 thanh "
             "niên trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên, đạt 1,9%. Các ban, ngành, đoàn thể "
             "huyện đã thăm hỏi, tặng quà động viên 155 thanh niên lên đường nhập ngũ (1.000.000đ/suất), với tổng "
             "số tiền là 155 triệu đồng.")
GOOD = ("Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2024. Có 188 thanh niên "
        "trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên.")
GOOD_2 = ("Các ban, ngành, đoàn thể huyện đã thăm hỏi, tặng quà động viên 188 thanh niên lên đường nhập ngũ "
          "(1.000.000đ/suất), với tổng số tiền là 188 triệu đồng.")
STALE_2 = GOOD_2.replace("188", "155")  # what a model copying last period writes
WRONG_1 = GOOD.replace("188", "177")    # a number from nowhere


@pytest.fixture(scope="module")
def ctx() -> SectionContext:
    current = load_table(FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv", series="htb", period="2024-H1")
    prior = load_table(FIGURES / "ham-thuan-bac-2023-h1.csv", series="htb", period="2023-H1")
    section = Section(number="2.4", heading="Phối hợp thực hiện công tác tuyển quân", level=2, path="II/2/2.4",
                      paragraphs=[PRIOR_2_4])
    return SectionContext(section=section, prior_paragraphs=[PRIOR_2_4],
                          figures=[f for f in current if f.muc.startswith("2.4.")], current=current,
                          period=Period(2024, "half", 1), prior_table=prior, prior_period=Period(2023, "half", 1),
                          exemplars=[{"id": "x1", "text": "Có 45 thanh niên lên đường nhập ngũ.", "source": "bu-dang",
                                      "section": "2"}])


def engine(llm: ScriptedLLM, fallback=None, prompt_version: int | None = None, **overrides) -> LLMEngine:
    settings = load_settings(**{"llm_base_url": llm.url, "llm_model": "scripted", "llm_timeout": 5,
                                "llm_max_retries": 3, "repair_rounds": 2, **overrides})
    return LLMEngine(settings, fallback=fallback, backoff=0.01, prompt_version=prompt_version)


def v1(llm: ScriptedLLM, fallback=None, **overrides) -> LLMEngine:
    """The engine with the version 1 prompts: the model drafts whole sections."""
    return engine(llm, fallback, prompt_version=1, **overrides)


def draft(eng: LLMEngine, ctx: SectionContext) -> SectionResult:
    return asyncio.run(eng.adraft(ctx))


def assert_offsets(paragraphs: list[Paragraph]) -> None:
    for p in paragraphs:
        assert p.checks, p.text
        for c in p.checks:
            assert p.text[c.start:c.end] == c.text


def never_unmarked_problem(paragraphs: list[Paragraph]) -> bool:
    return all(p.marked for p in paragraphs if any(c.is_problem for c in p.checks))


# -- prompts ------------------------------------------------------------------
def test_prompts_load_latest_and_render_figures(ctx):
    assert set(available()) >= {"section_draft", "section_repair", "section_rewrite"}
    assert load_prompt("section_draft").ref == {"name": "section_draft", "version": max(available()["section_draft"])}
    p = load_prompt("section_draft", 1)
    from service.drafting.llm import figure_vars

    msgs = p.render(section_title=ctx.section.title, period_text="6 tháng đầu năm 2024",
                    prior_period_text="6 tháng đầu năm 2023", prior_paragraphs=ctx.prior_paragraphs,
                    exemplars=ctx.exemplars, figures=figure_vars(ctx.figures), instruction="",
                    unused_extra="fine")
    assert [m["role"] for m in msgs] == ["system", "user"]
    user = msgs[1]["content"]
    assert "2.4. Phối hợp thực hiện công tác tuyển quân" in user and PRIOR_2_4 in user
    assert "188 thanh niên" in user and "tăng 33 thanh niên so với cùng kỳ" in user
    assert "188 triệu đồng (188.000.000 đồng)" in user
    assert "ngôi thứ nhất" in msgs[0]["content"]


def test_prompt_missing_variable_is_an_input_error():
    with pytest.raises(InputError, match=r"section_repair v1: missing variable 'problems'"):
        load_prompt("section_repair", 1).render(section_title="x", period_text="y", draft="z", figures=[])
    with pytest.raises(InputError, match="no version 99"):
        load_prompt("section_draft", 99)


def test_prompt_template_must_declare_what_it_uses():
    with pytest.raises(ValueError, match="undeclared variable"):
        Prompt(name="t", version=1, description="", system="s", user="{{ a }} {{ b }}", variables=["a"])
    p = Prompt(name="t", version=1, description="", system="s", user="{{ a.b }}", variables=["a"])
    with pytest.raises(InputError, match="prompt t v1"):
        p.render(a={})  # StrictUndefined: never an empty string


# -- instruction guard --------------------------------------------------------
@pytest.mark.parametrize("text", ["đổi số 155 thành 200", "thay 188 bằng 200", "sửa số liệu thành …",
                                  "thay đổi số liệu cho đẹp hơn", "nhấn mạnh 999 thanh niên", "change 155 to 200",
                                  "", "   ", "x" * 501])
def test_instruction_guard_refuses(ctx, text):
    with pytest.raises(InputError):
        validate_instruction(text, ctx.current)


@pytest.mark.parametrize("text", ["ngắn gọn hơn", "nhấn mạnh kết quả tuyển quân", "bỏ câu về Covid-19",
                                  "nhấn mạnh 188 thanh niên nhập ngũ", "viết thành 2 đoạn",
                                  "thay đổi cách diễn đạt cho trang trọng hơn", "nêu rõ kết quả năm 2024"])
def test_instruction_guard_allows_style(ctx, text):
    assert validate_instruction(f"  {text} ", ctx.current) == text


# -- drafting, checking, repair -----------------------------------------------
@needs_checker
def test_correct_section_is_delivered_clean_with_provenance(ctx):
    echo = "Chỉ trả về các đoạn văn nội dung của mục, không có tiêu đề, các đoạn cách nhau một dòng trống."
    with ScriptedLLM(lambda call: f"**2.4. Phối hợp thực hiện công tác tuyển quân**\n\n{GOOD}\n{GOOD_2}\n{echo}") as llm:
        res = draft(v1(llm), ctx)
    assert [p.text for p in res.paragraphs] == [GOOD, GOOD_2]  # repeated heading and parroted prompt dropped
    assert not any(p.marked for p in res.paragraphs)
    assert_offsets(res.paragraphs)
    pv = res.provenance
    assert pv["engine"] == "llm" and pv["model"] == "scripted" and pv["base_url_host"] == llm.url.split("/")[2]
    assert pv["prompt"] == {"name": "section_draft", "version": 1} and pv["repair_rounds"] == 0
    assert "TQ-01" in pv["figures_used"] and set(pv["figures_used"]) | set(pv["figures_unused"]) >= {
        f.ma for f in ctx.figures}
    assert pv["checker"]["problems"] == 0 and pv["seconds"] > 0
    body = llm.calls[0].body
    assert body["temperature"] == 0 and body["model"] == "scripted"


@needs_checker
def test_stale_number_is_repaired(ctx):
    with ScriptedLLM(lambda call: f"{GOOD}\n\n{GOOD_2 if call.kind == 'repair' else STALE_2}") as llm:
        res = draft(v1(llm), ctx)
    assert llm.kinds() == ["draft", "repair"]
    repair = llm.calls[1].user
    assert "155" in repair and "188 thanh niên" in repair  # the bad number and the allowed figures
    assert "TQ-01; kỳ này là 188 thanh niên" in repair  # the reason, in the reviewer's (and model's) language
    assert res.provenance["repair_rounds"] == 1
    assert [p.text for p in res.paragraphs] == [GOOD, GOOD_2]
    assert not any(c.is_problem for p in res.paragraphs for c in p.checks)


@needs_checker
def test_never_corrected_paragraph_is_marked_and_a_repeated_answer_ends_the_loop(ctx):
    with ScriptedLLM(lambda call: f"{GOOD}\n\n{STALE_2}") as llm:
        res = draft(v1(llm, fallback=_Fallback([]), repair_rounds=3), ctx)
    assert llm.kinds() == ["draft", "repair"]  # the same answer again: no third round to get it a third time
    good, bad = res.paragraphs
    assert not good.marked and bad.marked and "155" in bad.note
    assert res.provenance["repair_rounds"] == 1 and res.provenance["checker"]["marked"] == 1
    assert never_unmarked_problem(res.paragraphs)
    assert_offsets(res.paragraphs)


class _Fallback:
    name = "stub-offline"

    def __init__(self, paragraphs):
        self.paragraphs = paragraphs

    async def adraft(self, ctx):
        return SectionResult([Paragraph(t) for t in self.paragraphs])


@needs_checker
def test_fallback_replaces_a_bad_paragraph_only_if_it_checks_clean(ctx):
    with ScriptedLLM(lambda call: f"{WRONG_1}\n\n{GOOD_2}") as llm:
        res = draft(v1(llm, fallback=_Fallback([GOOD, GOOD_2]), repair_rounds=1), ctx)
        assert [p.text for p in res.paragraphs] == [GOOD, GOOD_2]
        assert not res.paragraphs[0].marked and "177" in res.paragraphs[0].note
        assert res.provenance["fallback_paragraphs"] == 1

        res = draft(v1(llm, fallback=_Fallback([STALE_2.replace("ban, ngành", "ngành")]), repair_rounds=0), ctx)
    assert res.paragraphs[0].marked and never_unmarked_problem(res.paragraphs)


# -- transport: retries, timeouts, failures -----------------------------------
@needs_checker
@pytest.mark.parametrize("first", [Reply(status=429, headers={"Retry-After": "0"}), Reply(status=503),
                                   Reply(GOOD, delay=6.0)], ids=["429", "503", "timeout"])
def test_transient_failure_then_success(ctx, first):
    # the timeout leaves the good reply seconds to arrive on a busy machine (it once took longer than 0.3 s under load)
    with ScriptedLLM(lambda call: first if call.index == 0 else GOOD) as llm:
        res = draft(v1(llm, llm_timeout=2.0), ctx)
    assert [p.text for p in res.paragraphs] == [GOOD]
    assert res.provenance["retries"] == 1 and res.provenance["llm_calls"] == 2


@needs_checker
@pytest.mark.parametrize("reply", [Reply(status=500), Reply(GOOD, delay=0.6)], ids=["500-storm", "timeouts"])
def test_persistent_failure_costs_the_paragraph_not_the_section(ctx, reply):
    with ScriptedLLM(lambda call: reply) as llm:
        res = draft(engine(llm, llm_max_retries=2, llm_timeout=0.2), ctx)
        # retried, then given up after three attempts (the reason below says so); a timed-out attempt may be given up
        # before the server has even read it when the machine is busy, so the server counts at most three
        assert 1 <= len(llm.calls) <= 3
    offline = asyncio.run(OfflineEngine().adraft(ctx))
    assert [p.text for p in res.paragraphs] == [p.text for p in offline.paragraphs]
    [source] = res.provenance["paragraph_sources"]
    assert source["source"] == "offline" and llm.url in source["reason"] and "3 attempt" in source["reason"]
    assert res.provenance["fallback_paragraphs"] == 1 and res.provenance["model_paragraphs"] == 0


@needs_checker
def test_client_error_is_not_retried_and_stops_further_calls(ctx):
    with ScriptedLLM(lambda call: Reply(status=401)) as llm:
        eng = engine(llm)
        first = draft(eng, ctx)
        assert len(llm.calls) == 1
        assert "BAOCAO_LLM_API_KEY" in first.provenance["paragraph_sources"][0]["reason"]
        second = draft(eng, ctx)  # the endpoint refused our key: no call for the next section
        assert len(llm.calls) == 1 and "not called again" in second.provenance["paragraph_sources"][0]["reason"]
    assert not any(p.marked for p in first.paragraphs + second.paragraphs)


# -- rewrite --------------------------------------------------------------------
@needs_checker
def test_rewrite_uses_the_rewrite_prompt_and_is_checked(ctx):
    rw = replace(ctx, instruction="ngắn gọn hơn", previous=[GOOD, GOOD_2])
    with ScriptedLLM(lambda call: GOOD if call.kind == "rewrite" else "?") as llm:
        res = draft(v1(llm), rw)
        assert llm.kinds() == ["rewrite"] and "Yêu cầu biên tập: ngắn gọn hơn" in llm.calls[0].user
        assert res.provenance["prompt"]["name"] == "section_rewrite"
        assert res.provenance["instruction"] == "ngắn gọn hơn" and [p.text for p in res.paragraphs] == [GOOD]

        with pytest.raises(InputError):
            draft(v1(llm), replace(rw, instruction="đổi số 188 thành 200"))
        assert len(llm.calls) == 1  # refused before any model call


# -- concurrency ----------------------------------------------------------------
@needs_checker
def test_sections_are_drafted_concurrently_within_the_bound(ctx):
    contexts = [replace(ctx, section=replace(ctx.section, path=f"II/2/2.4/{i}")) for i in range(6)]
    progress = []
    with ScriptedLLM(lambda call: Reply(GOOD, delay=0.15)) as llm:
        results = asyncio.run(draft_sections(v1(llm, llm_concurrency=3), contexts, concurrency=3,
                                             on_progress=lambda done, total, c, r: progress.append((done, total))))
    assert 1 < llm.max_in_flight <= 3  # concurrent, within the bound (no wall-clock assertion: machines are noisy)
    assert len(results) == 6 and all(r.paragraphs[0].text == GOOD for r in results)
    assert [d for d, _ in progress] == [1, 2, 3, 4, 5, 6] and progress[-1][1] == 6


def test_draft_sections_propagates_the_first_failure(ctx):
    class Broken:
        name = "broken"

        async def adraft(self, c):
            raise ProviderError("boom")

    with pytest.raises(ProviderError, match="boom"):
        asyncio.run(draft_sections(Broken(), [ctx, ctx], concurrency=2))


def test_v1_quotes_exemplars_briefly(ctx):
    long = {"id": "x9", "source": "bu-dang", "section": "2",
            "text": "Câu một về tuyển quân. Câu hai về giao quân. Câu ba dài dòng không cần gửi cho mô hình."}
    with ScriptedLLM(lambda call: GOOD) as llm:
        draft(v1(llm), replace(ctx, exemplars=[long]))
    user = llm.calls[0].user
    assert "Câu một về tuyển quân. Câu hai về giao quân." in user and "Câu ba" not in user
