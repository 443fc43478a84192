"""CLI: ``baocao draft SPEC --out FILE.docx`` — the main job."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import typer

from service.cli.common import console, progress
from service.errors import InputError


def draft(
    spec: Path = typer.Argument(..., help="Report spec (YAML)."),
    out: Path = typer.Option(..., "--out", help="Where to write the .docx."),
    engine: str = typer.Option(None, "--engine", help="offline | llm (default: llm when a model is configured)."),
    json_out: Path = typer.Option(None, "--json", help="Also write the draft as JSON (sections, numbers, provenance)."),
) -> None:
    """Draft the report SPEC describes, check every number, write the .docx."""
    from service.pipeline import DraftPipeline
    from service.spec import load_spec

    if out.suffix.lower() != ".docx":
        raise InputError(f"--out {out}: expected a .docx file name")
    report_spec = load_spec(spec)
    pipeline = DraftPipeline(engine=engine)
    with progress() as bar:
        stage_task = bar.add_task("starting", total=None)
        section_task = None

        def on_event(event: dict) -> None:
            nonlocal section_task
            if event["type"] == "stage":
                bar.update(stage_task, description=event["message"])
                if event["stage"] == "draft" and section_task is None:
                    total = int(event["message"].split()[1])
                    section_task = bar.add_task("sections", total=total)
            elif event["type"] == "section" and event["status"] == "done" and section_task is not None:
                bar.update(section_task, advance=1, description=f"sections ({event['title'][:40]})")

        result = pipeline.run(report_spec, on_event=on_event)
        bar.update(stage_task, description="writing .docx", total=1, completed=1)
    _write_atomically(out, lambda tmp: _write_docx(result, report_spec, tmp))
    if json_out:
        _write_atomically(json_out, lambda tmp: tmp.write_text(
            json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str), encoding="utf-8"))
    s = result.summary
    console.print(f"wrote [bold]{out}[/] ({s['sections']} sections)", highlight=False, soft_wrap=True)
    console.print(f"check: {s['figures']} numbers checked, {s['supported']} supported, {s['derived']} derived, "
                  f"{s['unsupported']} unsupported, {s['stale']} stale, {s['marked_paragraphs']} paragraphs marked for review",
                  highlight=False, soft_wrap=True)


def _write_docx(draft, spec, path: Path) -> None:
    from service.docx import write_docx

    write_docx(draft, spec, path)


def _write_atomically(path: Path, write) -> None:
    """Write to a temp file beside ``path`` and rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
