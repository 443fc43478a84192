"""CLI: ``baocao figures template PRIOR --out FILE`` and ``baocao spec init PRIOR --period P --out SPEC``.

A new agency has last period's report and nothing else: ``figures template`` turns it into the
sheet to fill for this period (every figure it states as a row, coded, labelled, with last
period's value), ``spec init`` into the spec of this period's report, pointing at that sheet.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from service.cli.common import Fmt, console, out, print_json
from service.errors import InputError

spec_app = typer.Typer(no_args_is_help=True)


def template(prior: Path = typer.Argument(..., help="Last period's report (.docx, .txt or text .pdf)."),
             out_path: Path = typer.Option(..., "--out", help="The sheet to write: .xlsx (a biểu) or .csv."),
             period: str = typer.Option(None, "--period", "-p", help="The period the sheet is for (default: the "
                                        "series' next edition, e.g. a year on for '6 tháng đầu năm')."),
             series: str = typer.Option(None, "--series", help="Series name (default: inferred from the report)."),
             format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table (default) or json summary")) -> None:
    """Write the figures sheet of PRIOR's next edition: every figure it states as a row to fill."""
    from service.onboarding.sheet import write
    from service.onboarding.template import build_template

    t = build_template(prior, period=period, series=series)
    written = write(t, out_path)
    summary = {"file": str(written[0]), "rows": len(t.rows), "standing": len(t.standing),
               "derived": t.derived_count, "period": t.period.code if t.period else None,
               "prior_period": t.prior_period.code if t.prior_period else None,
               "previous_column": t.previous_column, "files": [str(p) for p in written]}
    if format is Fmt.json:
        print_json(summary)
        return
    out.print(f"{written[0]}: {len(t.rows)} chỉ tiêu cần điền (cột «Kỳ báo cáo»), {len(t.standing)} số liệu cố định, "
              f"{t.derived_count} số liệu tính ra; kỳ {t.period.text if t.period else '?'}", highlight=False)
    for p in written[1:]:
        out.print(f"{p}: số liệu cố định", highlight=False)


@spec_app.command("init")
def init(prior: Path = typer.Argument(..., help="Last period's report (.docx, .txt or text .pdf)."),
         period: str = typer.Option(..., "--period", "-p", help="This period: '6 tháng đầu năm 2025' or 2025-H1."),
         out_path: Path = typer.Option(..., "--out", help="The spec to write (.yaml)."),
         figures: Path = typer.Option(None, "--figures", help="This period's figures table (default: write its "
                                      "template beside the spec, to fill)."),
         series: str = typer.Option(None, "--series", help="Series name (default: inferred from the report).")) -> None:
    """Write the spec of PRIOR's next edition: header, signer and recipients read from PRIOR."""
    from service.onboarding.sheet import write
    from service.onboarding.spec_init import spec_for, to_yaml
    from service.onboarding.template import build_template
    from service.spec import spec_from_dict

    if out_path.suffix.lower() not in (".yaml", ".yml"):
        raise InputError(f"--out {out_path}: cần tên tệp .yaml (ví dụ spec.yaml)")
    if not out_path.parent.exists():
        raise InputError(f"--out {out_path}: không có thư mục {out_path.parent}")
    if figures is not None and not figures.is_file():
        raise InputError(f"--figures {figures}: không tìm thấy tệp")
    t = build_template(prior, period=period, series=series)
    base = out_path.parent.resolve()
    wrote = None
    if figures is None:
        figures = out_path.with_name(f"{out_path.stem}.figures.xlsx")
        write(t, figures)
        wrote = figures
    spec, notes = spec_for(t.report, t.period, _relative(figures, base), _relative(prior, base),
                           prior_period=t.prior_period)
    spec_from_dict(spec, base_dir=base, label=str(out_path), check_files=True)  # it must load as written
    text = to_yaml(spec, notes, prior.name)
    tmp = out_path.with_name(f".{out_path.name}.part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out_path)
    profile = {"party": "thể thức Đảng", "state": "thể thức nhà nước"}.get(spec["profile"], spec["profile"])
    console.print(f"đã ghi [bold]{out_path}[/] ({spec['period']}, {profile}, {spec['issuer']['name']})",
                  highlight=False, soft_wrap=True)
    for n in notes:
        console.print(f"[yellow]lưu ý:[/] {n}", highlight=False, soft_wrap=True)
    if wrote:
        console.print(f"đã ghi [bold]{wrote}[/]: điền cột «Kỳ báo cáo» ({len(t.rows)} chỉ tiêu) rồi chạy "
                      f"baocao draft {out_path}", highlight=False, soft_wrap=True)


def _relative(path: Path, base: Path) -> Path:
    p = path.resolve()
    try:
        return Path(os.path.relpath(p, base))
    except ValueError:  # another drive (Windows)
        return p
