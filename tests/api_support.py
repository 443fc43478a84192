"""Run the real app under uvicorn on a loopback port in a thread — for tests and embedding.

Tests talk HTTP to it exactly as clients do (real sockets, real lifespan,
real SSE), instead of an in-process transport that would hide those layers.
"""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(app, port: int | None = None, timeout: float = 20.0):
    """Yields the base URL (``http://127.0.0.1:PORT``); stops the server on exit."""
    port = port or _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


class FakePipeline:
    """A stand-in for ``DraftPipeline`` with the same contract (events, Draft, rewrite guard).

    It lets the service's own behaviour (jobs, SSE, versions, limits) be tested
    in seconds and without the drafting stages; ``delay`` keeps a job running
    long enough to observe it.
    """

    def __init__(self, settings=None, engine=None, delay: float = 0.0):
        self.settings, self.engine, self.delay = settings, engine, delay

    async def arun(self, spec, on_event=None):
        import asyncio

        from service.figures.load import load_table

        emit = on_event or (lambda e: None)
        emit({"type": "stage", "stage": "figures", "message": "loading figures"})
        table = load_table(spec.resolve(spec.figures))
        emit({"type": "stage", "stage": "draft", "message": "drafting 2 sections"})
        sections = []
        for path, number, heading in (("I", "I", "Tình hình chung"), ("II/1", "1", "Kết quả")):
            emit({"type": "section", "path": path, "title": f"{number}. {heading}", "status": "started"})
            await asyncio.sleep(self.delay)
            sections.append(_fake_section(path, number, heading, table))
            emit({"type": "section", "path": path, "title": f"{number}. {heading}", "status": "done",
                  "summary": {"numbers": 2, "problems": 1, "marked": 0}})
        from service.draft import Draft

        emit({"type": "stage", "stage": "done", "message": "draft complete"})
        return Draft(title=spec.title, period=spec.period, series=spec.series, sections=sections,
                     provenance={"engine": "fake", "figures": table.source})

    async def arewrite(self, draft, spec, section_path, instruction):
        from dataclasses import replace

        from service.draft import Paragraph
        from service.drafting.instructions import validate_instruction
        from service.figures.load import load_table

        instruction = validate_instruction(instruction, load_table(spec.resolve(spec.figures)))
        out = []
        for s in draft.sections:
            if s.path == section_path:
                first = s.paragraphs[0]
                s = replace(s, paragraphs=[Paragraph(first.text + f" Đã viết lại theo yêu cầu: {instruction}.",
                                                     checks=first.checks)] + s.paragraphs[1:],
                            provenance={**s.provenance, "instruction": instruction})
            out.append(s)
        return replace(draft, sections=out)


def _fake_section(path, number, heading, table):
    from service.checker.model import NumberCheck
    from service.draft import DraftSection, Paragraph
    from service.numbers import format_vn

    fig = table.figures[0 if path == "I" else 1]
    value = format_vn(fig.ky_bao_cao)
    text = f"Trong kỳ, {fig.chi_tieu.lower()} đạt {value} {fig.don_vi_tinh}; có 999 trường hợp chưa rõ nguồn."
    start = text.index(value)
    bad = text.index("999")
    checks = [NumberCheck(text=value, start=start, end=start + len(value), value=float(fig.ky_bao_cao),
                          unit=fig.don_vi_tinh, kind="count", verdict="supported",
                          source={"ma": fig.ma, "column": "ky_bao_cao"}),
              NumberCheck(text="999", start=bad, end=bad + 3, value=999.0, unit=None, kind="count",
                          verdict="unsupported", reason="không có trong bảng số liệu")]
    return DraftSection(path=path, number=number, heading=heading, level=1,
                        paragraphs=[Paragraph(text=text, checks=checks)], provenance={"figures": [fig.ma]})


class Service:
    """A running app plus helpers to make keys and clients for it."""

    def __init__(self, app, url: str):
        self.app, self.url = app, url

    def key(self, role: str, agency: str = "Hàm Thuận Bắc", name: str = "") -> str:
        from service.api.auth import create_key

        with self.app.state.sessions.begin() as s:
            return create_key(s, role=role, agency=agency, name=name or role)[1]

    def client(self, key: str | None = None, timeout: float = 30.0):
        import httpx

        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)


@contextmanager
def running_service(data_dir, *, pipeline_factory="fake", delay: float = 0.0, **overrides):
    """The app on a free port with its own data directory; ``pipeline_factory=None`` = the real pipeline."""
    from service.api.app import create_app
    from service.settings import load_settings

    isolated = {"database_url": None, "llm_base_url": None, "llm_model": None, "chroma_url": None}
    settings = load_settings(data_dir=data_dir, **{**isolated, **overrides})
    if pipeline_factory == "fake":
        def pipeline_factory(s, engine):
            return FakePipeline(s, engine, delay=delay)
    app = create_app(settings, pipeline_factory=pipeline_factory)
    with live_server(app) as url:
        yield Service(app, url)
