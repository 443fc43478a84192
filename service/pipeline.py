"""The drafting pipeline: spec → index → figures → outline → sections → checked draft.

Each stage is a real component (Chroma index, SQLite figures store, checker);
this module only wires them, reports progress as events, and assembles the
report in order.  Sections are drafted concurrently with a bound.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from index.model import ParsedReport, Section
from service import outline as outline_mod
from service.calendar_facts import shift_calendar
from service.draft import Draft, DraftSection, Paragraph
from service.drafting.base import Engine, SectionContext
from service.errors import ConfigError, InputError
from service.figures.model import FigureTable
from service.periods import Period, parse_period, trich_yeu, wording
from service.settings import Settings, get_settings
from service.spec import ReportSpec

if TYPE_CHECKING:
    from index.store import PriorIndex

Event = dict
OnEvent = Callable[[Event], None] | None


def make_engine(name: str | None, settings: Settings, prompt_version: int | None = None) -> Engine:
    """``offline`` unless a model is configured (or asked for explicitly)."""
    from service.drafting.offline import OfflineEngine

    name = name or ("llm" if settings.llm_configured else "offline")
    if name == "offline":
        return OfflineEngine()
    if name == "llm":
        if not settings.llm_configured:
            raise ConfigError("engine 'llm' needs BAOCAO_LLM_BASE_URL and BAOCAO_LLM_MODEL")
        from service.drafting.llm import LLMEngine

        return LLMEngine(settings, prompt_version=prompt_version, fallback=OfflineEngine())
    raise InputError(f"không có engine {name!r} (chọn 'offline' hoặc 'llm')")


class DraftPipeline:
    """Drafts the report a spec describes; ``arun`` returns a fully checked ``Draft``."""

    def __init__(self, settings: Settings | None = None, engine: str | None = None, prompt_version: int | None = None):
        self.settings = settings or get_settings()
        self.engine_name = engine
        self.prompt_version = prompt_version

    # -- stages -------------------------------------------------------------
    def _period(self, spec: ReportSpec) -> Period:
        try:
            return parse_period(spec.period)
        except ValueError as exc:
            raise InputError(f"trường 'period' (kỳ báo cáo) của spec: {exc}") from None

    def load_figures(self, spec: ReportSpec, period: Period,
                     prior_period: Period | None = None) -> tuple[FigureTable, FigureTable | None]:
        """This period's table and the previous edition's (filed under ``prior_period``)."""
        return self.load_current(spec, period), self.load_prior(spec, prior_period or period.previous_edition())

    def _store(self):
        from service.figures.store import FigureStore

        return FigureStore(self.settings.db_url, namespace=self.settings.agency)

    def load_current(self, spec: ReportSpec, period: Period) -> FigureTable:
        return _load_once(self._store(), spec.resolve(spec.figures), spec.series, period.code,
                          name=spec.display_name(spec.figures), sheet=spec.figures_sheet)

    def load_prior(self, spec: ReportSpec, prior_period: Period) -> FigureTable | None:
        if not spec.prior.figures:
            return None
        return _load_once(self._store(), spec.resolve(spec.prior.figures), spec.series, prior_period.code,
                          name=spec.display_name(spec.prior.figures), sheet=spec.prior.figures_sheet)

    @staticmethod
    def prior_period(prior: ParsedReport | None, period: Period) -> Period:
        """The previous edition's own period as its report states it, else the one a series of this kind had
        before (last quarter for a quarterly series, last year's same period for a half-year one)."""
        if prior is not None and prior.period:
            try:
                return parse_period(prior.period)
            except ValueError:
                pass
        return period.previous_edition()

    def index_reports(self, spec: ReportSpec) -> tuple[PriorIndex, ParsedReport | None]:
        """Index the previous edition and the exemplars; return the index and the previous edition as it parsed it."""
        from index.store import PriorIndex

        index = PriorIndex(self.settings)
        prior = None
        if spec.prior.report:
            [result] = index.add([spec.resolve(spec.prior.report)], series=spec.series)
            if result.status == "error":
                raise InputError(as_uploaded(result.message, spec, spec.prior.report))
            prior = index.get_report(result.id)
        if spec.exemplars:
            index.add([spec.resolve(p) for p in spec.exemplars])  # a bad exemplar is skipped, not fatal
        return index, prior

    def exemplars(self, index: PriorIndex, section: Section, spec: ReportSpec, k: int = 2) -> list[dict]:
        """Passages from other reports that speak of the same subject."""
        if not section.heading:
            return []
        hits = index.search(section.heading, k=k + 3)
        out = []
        for h in hits:
            if h.metadata.get("series") == spec.series:
                continue
            out.append({"id": h.id, "text": h.text, "source": h.metadata.get("source", ""),
                        "section": h.metadata.get("section_path", "")})
            if len(out) == k:
                break
        return out

    # -- the run ------------------------------------------------------------
    async def arun(self, spec: ReportSpec, on_event: OnEvent = None) -> Draft:
        emit = on_event or (lambda e: None)
        t0 = time.perf_counter()
        timings: dict[str, float] = {}

        def stage(name: str, message: str) -> None:
            emit({"type": "stage", "stage": name, "message": message})

        period = self._period(spec)
        stage("figures", "loading figures")
        t = time.perf_counter()
        current = self.load_current(spec, period)
        from service.onboarding.sheet import standing_facts

        current.standing = standing_facts(spec.resolve(spec.figures))  # its "Số liệu cố định" sheet, if any
        timings["figures"] = time.perf_counter() - t

        stage("index", "indexing prior reports")
        t = time.perf_counter()
        index, prior = self.index_reports(spec)
        timings["index"] = time.perf_counter() - t
        t = time.perf_counter()
        prior_period = self.prior_period(prior, period)
        prior_table = self.load_prior(spec, prior_period)
        if prior_table is None and prior is not None:  # no table of last period: read it back from the report
            from service.onboarding.pasted import source_text
            from service.onboarding.prior import prior_table as read_prior_table

            prior_table = read_prior_table(prior, current, source_text(spec.resolve(spec.prior.report)))
        timings["figures"] += time.perf_counter() - t
        # every check of the run (engines, closing, .docx metadata) reads the standing facts from the table
        current.standing = self.standing_facts(spec, prior_table, current.standing)

        stage("outline", "choosing the outline")
        t = time.perf_counter()
        sections, outline_source = outline_mod.choose(spec.outline, prior, current)
        if not sections:
            raise InputError(outline_mod.no_outline_message(spec, prior))
        flat = outline_mod.flatten(sections)
        from service.figures.assign import Assignment, assign_figures

        if outline_source == outline_mod.WHOLE_TEXT:     # one section carries the whole text: every figure is its
            prior = outline_mod.with_sections(prior, sections)
            assignment = Assignment({flat[0].path: list(current)}, [])
        else:
            assignment = assign_figures(current, flat)
            body = outline_mod.whole_text(prior) if outline_mod.headings_carry_nothing(
                prior if outline_source == "previous edition" else None, len(current) - len(assignment.unassigned)) else None
            if body is not None:                          # headings that carry nothing: draft the whole text
                sections, outline_source, flat = [body], outline_mod.WHOLE_TEXT, [body]
                prior = outline_mod.with_sections(prior, sections)
                assignment = Assignment({body.path: list(current)}, [])
        contexts = [self._context(index, s, spec, prior, assignment.by_path.get(s.path, []), current, prior_table,
                                  period, prior_period) for s in flat]
        timings["outline"] = time.perf_counter() - t

        stage("draft", f"drafting {len(contexts)} sections")
        t = time.perf_counter()
        engine = make_engine(self.engine_name or spec.engine, self.settings, self.prompt_version)
        results = await self._draft_all(engine, contexts, emit)
        timings["draft"] = time.perf_counter() - t

        draft_sections = []
        for ctx, res in zip(contexts, results):
            s = ctx.section
            heading = shift_calendar(s.heading, prior_period, period)
            draft_sections.append(DraftSection(path=s.path, number=s.number, heading=heading, level=s.level,
                                               paragraphs=res.paragraphs,
                                               provenance={**res.provenance, "check": check_args(ctx)}))
        draft = Draft(title=spec.title, period=wording(spec.period, period), series=spec.series, sections=draft_sections,
                      closing=self._closing(spec, current, prior_table, period))
        used = {c.source["ma"] for c in draft.check_report().numbers if c.source}
        assigned = {f.ma for figs in assignment.by_path.values() for f in figs}
        draft.unused_figures = [code for code in current.codes() if code in assigned and code not in used]
        draft.unassigned_figures = [f.ma for f in assignment.unassigned]
        timings["total"] = time.perf_counter() - t0
        draft.provenance = {"engine": engine.name, "outline_source": outline_source,
                            "prior_report": spec.display_name(spec.prior.report) if spec.prior.report else None,
                            "figures": current.source, "prior_figures": prior_table.source if prior_table else None,
                            "period": period.code, "prior_period": prior_period.code, "timings": timings,
                            "standing": [f.to_dict() for f in current.standing]}
        stage("done", "draft complete")
        return draft

    def run(self, spec: ReportSpec, on_event: OnEvent = None) -> Draft:
        return asyncio.run(self.arun(spec, on_event))

    async def arewrite(self, draft: Draft, spec: ReportSpec, section_path: str, instruction: str) -> Draft:
        """A new Draft with one section redrafted to a reviewer's instruction and re-checked."""
        from service.drafting.instructions import validate_instruction

        target = next((s for s in draft.sections if s.path == section_path), None)
        if target is None:
            raise InputError(f"bản dự thảo không có mục {section_path!r}")
        period = self._period(spec)
        current, prior_table = self.load_figures(spec, period)
        instruction = validate_instruction(instruction, current)
        from service.figures.assign import assign_figures

        outline = [Section(number=s.number, heading=s.heading, level=s.level, path=s.path) for s in draft.sections]
        section = next(s for s in outline if s.path == section_path)
        figures = assign_figures(current, outline).by_path.get(section_path, [])  # same placement as the draft
        from service.checker.standing import StandingFact

        current.standing = [StandingFact.from_dict(d) for d in draft.provenance.get("standing") or ()]  # as drafted
        ctx = SectionContext(section=section, prior_paragraphs=[p.text for p in target.paragraphs], figures=figures,
                             current=current, period=period, prior_table=prior_table, prior_period=period, instruction=instruction,
                             previous=[p.text for p in target.paragraphs])
        engine = make_engine(self.engine_name or spec.engine, self.settings, self.prompt_version)
        result = await engine.adraft(ctx)
        new_section = replace(target, paragraphs=result.paragraphs,
                              provenance={**result.provenance, "instruction": instruction, "check": check_args(ctx)})
        sections = [new_section if s.path == section_path else s for s in draft.sections]
        return replace(draft, sections=sections)

    # -- helpers ------------------------------------------------------------
    def _context(self, index, s: Section, spec, prior, figures, current, prior_table, period, prior_period) -> SectionContext:
        prior_section = prior.find(s.path) if prior else None
        return SectionContext(section=s, prior_paragraphs=list(prior_section.paragraphs) if prior_section else [],
                              figures=figures, current=current, period=period, prior_table=prior_table,
                              prior_period=prior_period, exemplars=self.exemplars(index, s, spec) if s.paragraphs or figures else [])

    async def _draft_all(self, engine: Engine, contexts: list[SectionContext], emit) -> list:
        from service.drafting.run import draft_sections

        def done(_n: int, _total: int, ctx: SectionContext, res) -> None:
            checks = [c for p in res.paragraphs for c in p.checks]
            emit({"type": "section", "path": ctx.section.path, "title": ctx.section.title, "status": "done",
                  "summary": {"numbers": len(checks), "problems": sum(c.is_problem for c in checks),
                              "marked": sum(p.marked for p in res.paragraphs)}})

        return await draft_sections(engine, contexts, self.settings.draft_concurrency, on_progress=done)

    def _closing(self, spec: ReportSpec, current: FigureTable, prior_table: FigureTable | None,
                 period: Period) -> list[Paragraph]:
        subject = trich_yeu(spec.title, wording(spec.period, period))   # the period in the spec's own words
        if subject != subject.upper():
            subject = subject[:1].lower() + subject[1:]
        return [_checked(f"Trên đây là báo cáo {subject}./.", current, prior_table)]

    def standing_facts(self, spec: ReportSpec, prior_table: FigureTable | None, kept=()) -> list:
        """The agency's standing facts for every check of this run: those kept with the figures file (``kept``), the
        spec's ``standing:``, and what the prior edition teaches (its counts that were no row of its table)."""
        from service.checker import read_text
        from service.checker.standing import gather

        listed = spec.resolve(spec.standing) if isinstance(spec.standing, Path) else spec.standing
        # learned only against the prior edition's own table: without it every count of the old text would pass
        # for a standing fact, and a number left from last period would go unflagged
        prior_text = read_text(spec.resolve(spec.prior.report)) if spec.prior.report and prior_table else None
        return gather(listed, known=kept, prior_text=prior_text, prior=prior_table)


def as_uploaded(message: str, spec: ReportSpec, field: Path | None) -> str:
    """A message naming a spec's file by the name the user gave it (an API upload is stored under another)."""
    resolved, shown = spec.resolve(field), spec.display_name(field)
    if resolved is None or shown is None or shown == str(resolved):
        return message
    return message.replace(str(resolved), shown).replace(resolved.name, Path(shown).name)


def check_args(ctx: SectionContext) -> dict:
    """What the engines told the checker about a section (``baocao check`` on the .docx repeats it)."""
    return {"section": ctx.section.title, "placed": [f.ma for f in ctx.figures]}


def _checked(text: str, current: FigureTable, prior: FigureTable | None) -> Paragraph:
    from service.checker import check_text

    report = check_text(text, current, prior)
    return Paragraph(text=text, checks=report.numbers, marked=bool(report.problems))


def _load_once(store, path: Path, series: str, period: str, *, name: str | None = None,
               sheet: str | None = None) -> FigureTable:
    """The stored table of this file: a new version only when its content changed.

    ``name`` is how messages name the file (an upload's own name); ``sheet`` a workbook's sheet.
    """
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    versions = store.versions(series, period)
    if not versions or max(versions, key=lambda v: v["version"])["sha256"] != digest:
        store.load(path, series=series, period=period, name=name, sheet=sheet)
    return store.get(series, period)
