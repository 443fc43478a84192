"""The LLM engine as an editor of the offline draft (prompts v2), against a scripted model on loopback.

Section 2.4 (tuyển quân) of the real 2023 report carried to the 2024 synthetic
figures by the offline engine is the base: 188 recruits, 188 triệu đồng.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from scripted_llm import CONTEXT_EXCEEDED, Reply, ScriptedLLM
from test_llm_engine import PRIOR_2_4, ctx  # noqa: F401  (the section fixture)

from service.drafting.budget import estimate_tokens
from service.drafting.llm import LLMEngine, split_paragraphs
from service.drafting.offline import OfflineEngine
from service.settings import load_settings

pytestmark = pytest.mark.network

BASE = ("Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2024. Có 188 thanh niên "
        "trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên, đạt 1,6%. Các ban, ngành, đoàn thể huyện đã "
        "thăm hỏi, tặng quà động viên 188 thanh niên lên đường nhập ngũ (1.000.000đ/suất), với tổng số tiền là "
        "188 triệu đồng.")
POLISHED = BASE.replace("Phối hợp triển khai thực hiện tốt", "Ban Chỉ đạo phối hợp tổ chức tốt")


def engine(llm: ScriptedLLM, **overrides) -> LLMEngine:
    settings = load_settings(**{"llm_base_url": llm.url, "llm_model": "scripted", "llm_timeout": 5,
                                "llm_max_retries": 1, "repair_rounds": 2, **overrides})
    return LLMEngine(settings, backoff=0.01)


def draft(eng: LLMEngine, ctx):  # noqa: F811
    return asyncio.run(eng.adraft(ctx))


def test_the_offline_paragraph_is_the_base(ctx):  # noqa: F811
    assert [p.text for p in OfflineEngine().draft(ctx).paragraphs] == [BASE]


def test_a_good_edit_is_kept_and_the_prompt_is_the_paragraph_with_its_figures(ctx):  # noqa: F811
    with ScriptedLLM(lambda call: POLISHED) as llm:
        res = draft(engine(llm), ctx)
    assert [p.text for p in res.paragraphs] == [POLISHED] and not res.paragraphs[0].marked
    pv = res.provenance
    assert pv["prompt"] == {"name": "section_draft", "version": 2}
    assert pv["model_paragraphs"] == 1 and pv["fallback_paragraphs"] == 0 and pv["llm_calls"] == 1
    assert pv["paragraph_sources"] == [{"paragraph": 0, "source": "model"}]
    call = llm.calls[0]
    assert call.paragraph == BASE  # the offline paragraph, not last year's
    assert "[TQ-01]" in call.user and "188 thanh niên" in call.user and "tăng 33 thanh niên" in call.user
    assert "Năm báo cáo: 2024" in call.user
    assert "155 thanh niên trúng tuyển" not in call.user  # last year's prose is not sent
    assert call.max_tokens and call.max_tokens >= estimate_tokens(BASE)


def test_stale_values_lunar_year_and_anniversary_are_substituted_without_another_call(ctx):  # noqa: F811
    stale = POLISHED.replace("188 thanh niên trúng", "155 thanh niên trúng").replace("năm 2024", "năm 2023")
    with ScriptedLLM(lambda call: stale) as llm:
        res = draft(engine(llm), ctx)
    assert [p.text for p in res.paragraphs] == [POLISHED] and len(llm.calls) == 1
    [source] = res.provenance["paragraph_sources"]
    assert source["source"] == "model" and "«155» → «188»" in source["fixed"] and "«2023» → «2024»" in source["fixed"]


def test_a_paragraph_that_drops_a_figure_is_repaired_or_refused(ctx):  # noqa: F811
    dropped = POLISHED.split(" Các ban")[0]  # TQ-04 (188 triệu đồng) gone
    with ScriptedLLM(lambda call: POLISHED if call.kind == "repair" else dropped) as llm:
        res = draft(engine(llm), ctx)
    assert llm.kinds() == ["draft", "repair"] and [p.text for p in res.paragraphs] == [POLISHED]
    repair = llm.calls[1].user
    assert "bỏ mất số liệu" in repair and "188 triệu đồng" in repair and dropped in repair
    assert "Lần sửa thứ 1" in repair

    with ScriptedLLM(lambda call: dropped) as llm:  # the same answer again: the loop ends, the base stays
        res = draft(engine(llm, repair_rounds=5), ctx)
    assert llm.kinds() == ["draft", "repair"] and [p.text for p in res.paragraphs] == [BASE]
    [source] = res.provenance["paragraph_sources"]
    assert source["source"] == "offline" and "câu trả lời cũ" in source["reason"] and source["rounds"] == 1


def test_each_repair_round_says_what_the_service_corrected_since_the_last(ctx):  # noqa: F811
    bad = POLISHED.replace("188 thanh niên trúng", "155 thanh niên trúng").split(" Các ban")[0]
    with ScriptedLLM(lambda call: POLISHED if call.kind == "repair" else bad) as llm:
        res = draft(engine(llm), ctx)
    assert [p.text for p in res.paragraphs] == [POLISHED]
    repair = llm.calls[1].user
    assert "Đã tự sửa từ lần trước:" in repair and "«155» → «188»" in repair
    assert "188 thanh niên trúng" in repair.split("Bản biên tập của bạn:")[1]  # the corrected text is quoted


@pytest.mark.parametrize("reply, reason", [
    (Reply(POLISHED[:60], finish_reason="length"), "bị cắt ở giới hạn"),
    (Reply(status=400, message=CONTEXT_EXCEEDED), "vượt cửa sổ ngữ cảnh"),
    (Reply("```\n```"), "không trả lời nội dung"),
    (Reply(f"{POLISHED} Huyện Bù Đăng phối hợp chặt chẽ với các đoàn thể."), "Bù Đăng"),
    (Reply(f"{POLISHED} Kỷ niệm 48 năm giải phóng quê hương."), "không kiểm chứng được"),
    (Reply(POLISHED.replace("188 thanh niên lên", "một trăm năm mươi lăm thanh niên lên")), "viết bằng chữ"),
], ids=["cut", "context-400", "garbage", "foreign", "anniversary-unknown-base", "words"])
def test_what_cannot_be_trusted_leaves_the_offline_paragraph(ctx, reply, reason):  # noqa: F811
    with ScriptedLLM(lambda call: reply) as llm:
        res = draft(engine(llm, repair_rounds=1), ctx)
        if reply.status == 400:
            assert len(llm.calls) == 1  # a context overflow is not retried
    assert [p.text for p in res.paragraphs] == [BASE] and not res.paragraphs[0].marked
    [source] = res.provenance["paragraph_sources"]
    assert source["source"] == "offline" and reason in source["reason"]


def test_last_years_lunar_name_and_anniversary_count_are_recomputed(ctx):  # noqa: F811
    added = " Nhân dịp Tết Nguyên đán {}, kỷ niệm {} năm ngày thành lập Đảng Cộng sản Việt Nam."
    with ScriptedLLM(lambda call: POLISHED + added.format("Quý Mão", 93)) as llm:
        res = draft(engine(llm), ctx)
    assert [p.text for p in res.paragraphs] == [POLISHED + added.format("Giáp Thìn", 94)] and len(llm.calls) == 1


def test_a_heading_line_in_the_answer_is_removed(ctx):  # noqa: F811
    with ScriptedLLM(lambda call: f"2.4. Phối hợp thực hiện công tác tuyển quân\n{POLISHED}") as llm:
        res = draft(engine(llm), ctx)
    assert [p.text for p in res.paragraphs] == [POLISHED]
    assert res.provenance["paragraph_sources"][0]["fixed"][0].startswith("bỏ «2.4.")


def test_a_long_paragraph_is_edited_in_pieces_that_fit_the_window(ctx):  # noqa: F811
    long_prior = " ".join([PRIOR_2_4] * 6)
    big = replace(ctx, prior_paragraphs=[long_prior])
    with ScriptedLLM(lambda call: call.paragraph) as llm:
        res = draft(engine(llm, llm_context=1536), big)
    assert len(llm.calls) > 1
    for call in llm.calls:
        prompt = sum(estimate_tokens(m["content"]) + 8 for m in call.messages)
        assert prompt + call.max_tokens <= 1536
    # each piece came back as it was: the base stays, nothing lost
    assert [p.text for p in res.paragraphs] == [p.text for p in OfflineEngine().draft(big).paragraphs]


def test_a_reviewers_rewrite_edits_the_current_text(ctx):  # noqa: F811
    rw = replace(ctx, instruction="ngắn gọn hơn", previous=[BASE])
    shorter = BASE.replace("Phối hợp triển khai thực hiện tốt", "Tổ chức tốt")
    with ScriptedLLM(lambda call: shorter) as llm:
        res = draft(engine(llm), rw)
    assert llm.kinds() == ["rewrite"] and "Yêu cầu biên tập: ngắn gọn hơn" in llm.calls[0].user
    assert llm.calls[0].paragraph == BASE
    assert res.provenance["prompt"] == {"name": "section_rewrite", "version": 2}
    assert [p.text for p in res.paragraphs] == [shorter] and res.provenance["instruction"] == "ngắn gọn hơn"


def test_llm_concurrency_bounds_calls_whatever_the_sections(ctx):  # noqa: F811
    from service.drafting.run import draft_sections

    contexts = [replace(ctx, section=replace(ctx.section, path=f"II/2/2.4/{i}")) for i in range(6)]
    with ScriptedLLM(lambda call: Reply(POLISHED, delay=0.1)) as llm:
        results = asyncio.run(draft_sections(engine(llm, llm_concurrency=2), contexts, concurrency=6))
    assert llm.max_in_flight <= 2 and len(llm.calls) == 6
    assert all(r.paragraphs[0].text == POLISHED for r in results)


def test_echo_filter_keeps_the_sections_own_dash_paragraphs(ctx):  # noqa: F811
    """The 2.3 bug: the section's own "- " paragraphs were taken for echoes of the prompt and dropped."""
    own = ["- Rà soát, điều chỉnh, bổ sung hệ thống biển bảng xây dựng chính quy của Ban CHQS 17/17 xã, thị trấn.",
           "- Đối tượng học sinh: 29/29 hồ sơ; đối tượng đào tạo ngành Quân sự cơ sở: 12/12 hồ sơ."]
    messages = [{"role": "user", "content": "Nội dung hiện tại:\n\n" + "\n\n".join(own) + "\n\nYêu cầu biên tập: x"}]
    answer = "\n".join(own) + "\nYêu cầu biên tập: x"
    assert split_paragraphs(answer, ctx, messages, own) == own


def test_a_dead_endpoint_is_given_up_after_three_failed_calls(ctx):  # noqa: F811
    with ScriptedLLM(lambda call: Reply(status=503)) as llm:
        eng = engine(llm, llm_max_retries=0)
        results = [draft(eng, ctx) for _ in range(5)]
        assert len(llm.calls) == 3  # then the rest of the draft is the offline engine's, without waiting on it
    assert all([p.text for p in r.paragraphs] == [BASE] for r in results)
    assert "not called again" in results[-1].provenance["paragraph_sources"][0]["reason"]
