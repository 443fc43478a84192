"""CLI: ``baocao index add|list|remove|outline|search`` — the prior-report index.

Human output goes to the terminal (Rich), ``--format json`` to stdout for
scripts.  Failures are ``InputError``s: ``main`` prints them on one line and
exits 2; in ``add`` the other files of the batch are still indexed first.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.table import Table
from rich.tree import Tree

from service.cli.common import Fmt, console, out, print_json, progress
from service.errors import InputError

app = typer.Typer(no_args_is_help=True)



class OutlineFmt(str, Enum):
    tree = "tree"
    json = "json"


class Mode(str, Enum):
    hybrid = "hybrid"
    dense = "dense"
    bm25 = "bm25"


def _index():
    from index.store import PriorIndex

    return PriorIndex()


@app.command("add")
def add(paths: list[Path] = typer.Argument(..., help="Report files: .docx, .txt or text .pdf."),
        series: str = typer.Option(None, "--series", help="Series the reports belong to (default: inferred).")) -> None:
    """Index prior reports; files already indexed unchanged are skipped, changed ones replaced."""
    ix = _index()
    results = []
    with progress() as bar:
        task = bar.add_task("indexing", total=len(paths))
        for p in paths:
            bar.update(task, description=f"indexing {p.name}")
            results.extend(ix.add([p], series=series))
            bar.advance(task)
    colour = {"added": "green", "replaced": "yellow", "unchanged": "dim", "error": "red"}
    for r in results:
        console.print(f"[{colour[r.status]}]{r.status:>9}[/] {r.message}", highlight=False, soft_wrap=True)
    failed = [r for r in results if r.status == "error"]
    if failed:
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise InputError(f"{len(failed)} of {len(results)} files not indexed: {failed[0].message}{more}")


@app.command("list")
def list_(fmt: Fmt = typer.Option(Fmt.table, "--format", help="table or json.")) -> None:
    """Indexed reports."""
    rows = _index().list()
    if fmt is Fmt.json:
        print_json(rows)
        return
    if not rows:
        console.print("chưa có báo cáo nào được lập chỉ mục (baocao index add TỆP ...)")
        return
    t = Table("id", "period", "title", "source", "chunks")
    for r in rows:
        t.add_row(r["id"], r.get("period", ""), r.get("title", "")[:60], r.get("source", ""), str(r.get("n_chunks", "")))
    out.print(t)


@app.command("remove")
def remove(report_id: str = typer.Argument(..., metavar="ID", help="Report id, as `list` shows it.")) -> None:
    """Remove a report and all its chunks."""
    _index().remove(report_id)
    console.print(f"đã xoá {report_id}", highlight=False)


@app.command("outline")
def outline(file: Path = typer.Argument(..., help="A report file (.docx, .txt, .pdf)."),
            fmt: OutlineFmt = typer.Option(OutlineFmt.tree, "--format", help="tree or json.")) -> None:
    """Show what the parser reads in FILE: sections, period, header and signature, furniture (nothing is indexed)."""
    from index.parse import parse_report

    report = parse_report(file)
    if fmt is OutlineFmt.json:
        print_json({**report.metadata(), "preamble": report.preamble, "closing": report.closing,
                    "sections": [s.to_dict() for s in report.sections]})
        return
    root = Tree(f"[bold]{report.title}[/] ({report.period or 'không rõ kỳ báo cáo'})")
    h, sig = report.header, report.signature
    if h is not None:
        issuer = " / ".join(x for x in (h.parent, h.issuer) if x)
        root.add(f"[dim]phần đầu ({h.profile or '?'}): {issuer} · {h.number or 'không số'} · "
                 f"{h.place or '?'}, {h.date or h.date_text or 'không ngày'}[/]")

    def grow(node, sec):
        child = node.add(f"{sec.title}  [dim]{sec.path} · {len(sec.paragraphs)} ¶[/]")
        for c in sec.children:
            grow(child, c)

    for s in report.sections:
        grow(root, s)
    if not report.sections:
        root.add(f"[yellow]không có đề mục: {len(report.body_paragraphs())} đoạn văn (soạn thành một mục)[/]")
    if sig is not None:
        root.add(f"[dim]chữ ký: {' / '.join(x for x in (sig.authority, sig.title, sig.name) if x)}[/]")
    if report.recipients:
        root.add(f"[dim]Nơi nhận: {len(report.recipients)} nơi[/]")
    if report.furniture:
        kinds = sorted({f.kind for f in report.furniture})
        root.add(f"[dim]bỏ ra ngoài (không phải nội dung báo cáo): {len(report.furniture)} dòng ({', '.join(kinds)})[/]")
    out.print(root)


@app.command("search")
def search(query: str = typer.Argument(..., help="What you are looking for, in Vietnamese."),
           series: str = typer.Option(None, "--series"), period: str = typer.Option(None, "--period"),
           section: str = typer.Option(None, "--section", help="Section path, number or heading words."),
           agency: str = typer.Option(None, "--agency"), k: int = typer.Option(5, "--k", min=1, max=200),
           mode: Mode = typer.Option(Mode.hybrid, "--mode"),
           fmt: Fmt = typer.Option(Fmt.table, "--format", help="table or json.")) -> None:
    """Search indexed reports (hybrid dense + BM25 by default)."""
    hits = _index().search(query, k=k, series=series, period=period, section=section, agency=agency, mode=mode.value)
    if fmt is Fmt.json:
        print_json([{"id": h.id, "score": h.score, "text": h.text, "metadata": h.metadata} for h in hits])
        return
    if not hits:
        console.print("không tìm thấy đoạn nào")
        return
    t = Table("#", "score", "report", "section", "text", show_lines=True)
    for i, h in enumerate(hits, 1):
        md = h.metadata
        body = h.text.split("\n\n", 1)[-1]
        t.add_row(str(i), f"{h.score:.4f}", f"{md.get('source', '')}\n{md.get('period', '')}",
                  md.get("section_title", "") or "(mở đầu)", body[:300] + ("…" if len(body) > 300 else ""))
    out.print(t)
