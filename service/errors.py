"""Errors written for users.

Two families, so callers can tell whose fault it is: ``InputError`` and
``ConfigError`` are the caller's mistake (a file, a spec, a setting);
``ProviderError`` is a model or embedding endpoint failing.  The CLI and the
API turn any ``BaocaoError`` into a one-line message, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can.

    ``severity`` is ``"error"`` (the input is refused) or ``"warning"`` (it is
    accepted; the user should look).  Locations read in Vietnamese
    (``bang.csv, hàng 12, cột 'Kỳ báo cáo': …``): users read them.
    """

    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity != WARNING

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.row is not None:
            parts.append(f"hàng {self.row}")
        if self.column:
            parts.append(f"cột '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def as_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message,
                "severity": self.severity}


class BaocaoError(Exception):
    """Base of every error a user may see."""

    exit_code = 2
    http_status = 400
    title = "Yêu cầu không hợp lệ"      # problem+json title: users read it, so Vietnamese
    problem_type = "bad-request"        # problem+json type: clients match on it, so stable

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])

    def __str__(self) -> str:
        return self.message


class InputError(BaocaoError):
    """A file, spec or argument is missing or malformed (the caller can fix it)."""

    http_status = 422
    title = "Dữ liệu không hợp lệ"
    problem_type = "invalid-input"


class NotFoundError(InputError):
    http_status = 404
    title = "Không tìm thấy"
    problem_type = "not-found"


class ConfigError(BaocaoError):
    """A setting is missing or wrong."""

    title = "Lỗi cấu hình máy chủ"
    problem_type = "configuration-error"
    http_status = 500


class ProviderError(BaocaoError):
    """A model or embedding endpoint failed (timeout, 5xx, refused)."""

    exit_code = 4
    http_status = 502
    title = "Dịch vụ mô hình ngôn ngữ bị lỗi"
    problem_type = "model-provider-failed"


@dataclass
class ProblemList:
    """Collects problems and raises them together (all-or-nothing validation)."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, message: str, *, file: str | None = None, row: int | None = None, column: str | None = None,
            severity: str = ERROR) -> None:
        self.problems.append(Problem(message, file, row, column, severity))

    def warn(self, message: str, *, file: str | None = None, row: int | None = None, column: str | None = None) -> None:
        self.add(message, file=file, row=row, column=column, severity=WARNING)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def raise_if_any(self, summary: str) -> None:
        """Raise one ``InputError`` if there is any error, carrying every problem (warnings alone refuse nothing)."""
        errors = self.errors
        if errors:
            more = f" (và {len(errors) - 1} lỗi khác)" if len(errors) > 1 else ""
            raise InputError(f"{summary}: {errors[0]}{more}", self.problems)
