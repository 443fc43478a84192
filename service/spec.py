"""The report spec: one YAML file describing one report to draft.

Paths in it are relative to the spec file.  Loading validates everything up
front so a bad spec fails with one line before any work starts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from service.errors import InputError


class Issuer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    parent: str = ""
    name: str
    number: str = "Số:    /BC"


class Signer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    authority: str = ""
    title: str = ""
    name: str = ""


class Prior(BaseModel):
    model_config = ConfigDict(extra="forbid")
    report: Path | None = None
    figures: Path | None = None
    figures_sheet: str | None = Field(None, description="the workbook sheet of prior.figures, when not the first")


class StandingEntry(BaseModel):
    """A standing fact of the agency (``{value: 16, noun: "xã, thị trấn"}``): true in every edition, no row of a
    period's table (``service.checker.standing``)."""
    model_config = ConfigDict(extra="forbid")
    value: float | int | str | None = None
    noun: str = ""
    label: str = ""
    quote: str | None = None

    @model_validator(mode="after")
    def _value_or_quote(self):
        """A quote alone (``{quote: "16 xã, thị trấn"}``) gives the value and the noun; else both are needed."""
        if self.value is None:
            from service.checker.standing import from_case

            if not from_case([{"quote": self.quote}]):
                raise ValueError("cần 'value' và 'noun' (ví dụ value: 16, noun: xã, thị trấn), hoặc 'quote' nêu một số "
                                 "(ví dụ quote: «16 xã, thị trấn»)")
        elif not self.noun:
            raise ValueError("cần 'noun': danh từ mà văn bản dùng để đếm (ví dụ «xã, thị trấn»)")
        return self


class OutlineItem(BaseModel):
    number: str
    heading: str
    children: list["OutlineItem"] = Field(default_factory=list)


class ReportSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    series: str
    title: str
    period: str
    profile: Literal["party", "state"] = "state"
    issuer: Issuer
    place: str
    date: dt.date
    figures: Path
    figures_sheet: str | None = Field(None, description="the workbook sheet of figures, when not the first")
    prior: Prior = Field(default_factory=Prior)
    signer: Signer = Field(default_factory=Signer)
    recipients: list[str] = Field(default_factory=list)
    agency: str | None = None
    outline: list[OutlineItem] | None = None
    engine: Literal["offline", "llm"] | None = None
    exemplars: list[Path] = Field(default_factory=list, description="other prior reports to index as exemplars")
    standing: Path | list[StandingEntry] | None = Field(
        None, description="the agency's standing facts: a .csv/.xlsx (its 'Số liệu cố định' sheet) or a list of "
                          "{value, noun, quote}; the figures workbook's 'Số liệu cố định' sheet is read too")

    base_dir: Path = Field(Path("."), exclude=True)
    #: resolved path -> the file's name as the user gave it (an API upload is stored under another name)
    display_names: dict[str, str] = Field(default_factory=dict, exclude=True)

    @field_validator("period")
    @classmethod
    def _period_reads(cls, v: str) -> str:
        """Refused now, not in the job: a period that does not parse, or a year no report has."""
        from service.periods import parse_period

        year = parse_period(v).year  # ValueError names what was expected
        if not 1945 <= year <= 2200:
            raise ValueError(f"năm {year} không phải năm của một kỳ báo cáo")
        return v

    def resolve(self, p: Path | None) -> Path | None:
        return None if p is None else (p if p.is_absolute() else (self.base_dir / p)).resolve()

    def display_name(self, p: Path | None) -> str | None:
        """How messages name a file of the spec: the uploaded name, else the path as resolved."""
        resolved = self.resolve(p)
        return None if resolved is None else self.display_names.get(str(resolved), str(resolved))

    def input_files(self) -> list[tuple[str, Path]]:
        files = [("figures", self.resolve(self.figures))]
        if self.prior.report:
            files.append(("prior.report", self.resolve(self.prior.report)))
        if self.prior.figures:
            files.append(("prior.figures", self.resolve(self.prior.figures)))
        files += [(f"exemplars[{i}]", self.resolve(p)) for i, p in enumerate(self.exemplars)]
        if isinstance(self.standing, Path):
            files.append(("standing", self.resolve(self.standing)))
        return files


def load_spec(path: str | Path, *, check_files: bool = True) -> ReportSpec:
    """Read and validate a spec; every problem is a one-line ``InputError``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: spec file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: spec is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise InputError(f"{path}:{where} not valid YAML") from None
    return spec_from_dict(raw, base_dir=path.parent, label=str(path), check_files=check_files)


def spec_from_dict(raw, *, base_dir: Path, label: str = "spec", check_files: bool = True) -> ReportSpec:
    if not isinstance(raw, dict):
        raise InputError(f"{label}: expected a mapping of fields (series, title, period, ...)")
    try:
        spec = ReportSpec.model_validate({**raw, "base_dir": base_dir})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        msg = "missing required field" if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
        raise InputError(f"{label}: field '{field}': {msg}") from None
    if check_files:
        for name, p in spec.input_files():
            if not p.is_file():
                raise InputError(f"{label}: field '{name}': file not found: {p}")
    return spec
