"""Figures tables in the relational store, one upload version per load.

Every load of a (series, period) adds a version; older versions stay readable
and the highest is current.  Values are stored as decimal strings so they come
back exactly on SQLite and PostgreSQL alike.

A store may be given a ``namespace`` (the API passes the agency's slug): uploads
are keyed by (namespace, series, period), so agencies sharing one database (as
they do on PostgreSQL) never see or overwrite each other's tables.  No namespace
is the empty one, which the CLI and the demo use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, init_db
from service.errors import InputError, NotFoundError, Problem
from service.figures.cells import Span, parse_span
from service.figures.load import load_table, normalise_period
from service.figures.model import Figure, FigureTable
from service.periods import parse_period


class FigureUpload(Base):
    __tablename__ = "figure_uploads"
    __table_args__ = (UniqueConstraint("namespace", "series", "period", "version", name="uq_figure_upload_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # '' = no namespace; never NULL, which a unique constraint would treat as distinct from every other NULL
    namespace: Mapped[str] = mapped_column(String(100), index=True, default="", server_default="")
    series: Mapped[str] = mapped_column(String(200), index=True)
    period: Mapped[str] = mapped_column(String(16), index=True)  # normalised: 2024-H1
    version: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(500))             # file name as uploaded
    sha256: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rows: Mapped[list["FigureRow"]] = relationship(back_populates="upload", cascade="all, delete-orphan",
                                                   order_by="FigureRow.position")


class FigureRow(Base):
    __tablename__ = "figure_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upload_id: Mapped[int] = mapped_column(ForeignKey("figure_uploads.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(60))               # Decimal as text: exact everywhere
    prior_value: Mapped[str | None] = mapped_column(String(60), nullable=True)
    target: Mapped[str | None] = mapped_column(String(60), nullable=True)
    previous_value: Mapped[str | None] = mapped_column(String(60), nullable=True)   # Kỳ trước (added later)
    organisation: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source_row: Mapped[int | None] = mapped_column(Integer, nullable=True)
    value_column: Mapped[str | None] = mapped_column(String(60), nullable=True)  # Figure.column (added later)
    per_unit: Mapped[str | None] = mapped_column(String(100), nullable=True)     # Figure.per_unit (added later)
    upload: Mapped[FigureUpload] = relationship(back_populates="rows")


@dataclass(frozen=True)
class UploadResult:
    series: str
    period: str
    version: int
    count: int
    sha256: str
    warnings: list[Problem] = field(default_factory=list)  # what loaded with a remark (never blocks a load)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else parse_span(text)


def _str(d: Decimal | None) -> str | None:
    return None if d is None else d.text() if isinstance(d, Span) else format(d, "f")


NAMESPACE_MAX = 100


def _namespace(namespace: str | None) -> str:
    ns = unicodedata.normalize("NFC", namespace or "").strip()
    if len(ns) > NAMESPACE_MAX:
        raise InputError(f"figures namespace {ns[:20]!r}…: longer than {NAMESPACE_MAX} characters")
    return ns


def _series(series: str) -> str:
    s = " ".join(unicodedata.normalize("NFC", series or "").split())
    if not s:
        raise InputError("series name is empty")
    return s


_COLUMNS_ADDED: set[str] = set()


def _add_missing_columns(url: str) -> None:
    """A store made before a column was added gets it (nullable, so old rows read as before): once per URL."""
    if url in _COLUMNS_ADDED:
        return
    from sqlalchemy import inspect, text

    from service.db import get_engine

    engine = get_engine(url)
    have = {c["name"] for c in inspect(engine).get_columns(FigureRow.__tablename__)}
    for col in FigureRow.__table__.columns:
        if col.name not in have and col.nullable:
            guard = "IF NOT EXISTS " if engine.dialect.name == "postgresql" else ""   # processes starting at once
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {FigureRow.__tablename__} ADD COLUMN {guard}{col.name} "
                                  f"{col.type.compile(engine.dialect)}"))
    _COLUMNS_ADDED.add(url)


class FigureStore:
    """Versioned figures per (series, period) through SQLAlchemy (SQLite default, PostgreSQL by URL).

    ``namespace`` (e.g. an agency's slug) scopes every read and write: two
    namespaces may store the same (series, period) on one database.
    """

    def __init__(self, url: str | None = None, namespace: str | None = None):
        if url is None:
            from service.settings import get_settings

            url = get_settings().db_url
        self.url = url
        self.namespace = _namespace(namespace)
        self._session = init_db(url)
        _add_missing_columns(url)

    def _mine(self, series: str, period: str):
        return (FigureUpload.namespace == self.namespace, FigureUpload.series == series, FigureUpload.period == period)

    def load(self, path: str | Path, series: str, period: str, *, name: str | None = None,
             sheet: str | None = None) -> UploadResult:
        """Validate a file and store it as the next version; nothing is stored if it has any error.

        ``name``: the file's name as the user gave it (format, messages, ``source``); ``sheet``: a workbook's sheet.
        """
        path = Path(path)
        table = load_table(path, series=_series(series), period=period, name=name, sheet=sheet)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        res = self.add(table, source=Path(name).name if name else path.name, sha256=digest)
        res.warnings.extend(table.warnings)
        return res

    def add(self, table: FigureTable, *, source: str | None = None, sha256: str | None = None) -> UploadResult:
        """Store an already validated table (``table.series``/``period`` set) as the next version."""
        series, period = _series(table.series or ""), normalise_period(table.period)
        if period is None:
            raise InputError("period is required (e.g. '6 tháng đầu năm 2024' or 2024-H1)")
        digest = sha256 or hashlib.sha256(repr([f.__dict__ for f in table]).encode()).hexdigest()
        for _attempt in range(5):  # two writers may race for the same version number
            with self._session() as s:
                latest = s.scalar(select(func.max(FigureUpload.version)).where(*self._mine(series, period))) or 0
                up = FigureUpload(namespace=self.namespace, series=series, period=period, version=latest + 1,
                                  source=Path(source or table.source or "").name or "-", sha256=digest,
                                  row_count=len(table), uploaded_at=dt.datetime.now(dt.timezone.utc))
                s.add(up)
                try:
                    s.flush()  # claims the version number (unique constraint) and gives the id
                except IntegrityError:
                    s.rollback()
                    continue
                if len(table):  # bulk insert: ORM objects per row are ten times slower
                    s.execute(insert(FigureRow), [
                        {"upload_id": up.id, "position": i, "code": f.ma, "label": f.chi_tieu, "unit": f.don_vi_tinh,
                         "value": _str(f.ky_bao_cao), "prior_value": _str(f.cung_ky), "target": _str(f.ke_hoach),
                         "previous_value": _str(f.ky_truoc),
                         "organisation": f.don_vi, "section": f.muc, "note": f.ghi_chu, "source_row": f.row,
                         "value_column": f.column or None, "per_unit": f.per_unit or None}
                        for i, f in enumerate(table)])
                try:
                    s.commit()
                except IntegrityError:
                    s.rollback()
                    continue
                return UploadResult(series, period, up.version, len(table), digest)
        raise InputError(f"could not store {series} {period}: concurrent uploads kept colliding, try again")

    def _upload(self, s, series: str, period: str, version: int | None) -> FigureUpload:
        q = select(FigureUpload).where(*self._mine(series, period))
        q = q.where(FigureUpload.version == version) if version else q.order_by(FigureUpload.version.desc())
        up = s.scalars(q.limit(1)).first()
        if up is None:
            what = f"{series} {period}" + (f" version {version}" if version else "") + \
                (f" in namespace {self.namespace}" if self.namespace else "")
            raise NotFoundError(f"no figures stored for {what} (see 'baocao figures list')")
        return up

    def get(self, series: str, period: str, version: int | None = None) -> FigureTable:
        """The current table of (series, period), or a given version; ``NotFoundError`` if absent."""
        series, period = _series(series), normalise_period(period)
        with self._session() as s:
            up = self._upload(s, series, period, version)
            figures = [Figure(ma=r.code, chi_tieu=r.label, don_vi_tinh=r.unit, ky_bao_cao=_dec(r.value),
                              cung_ky=_dec(r.prior_value), ke_hoach=_dec(r.target), don_vi=r.organisation,
                              muc=r.section, ghi_chu=r.note, row=r.source_row, ky_truoc=_dec(r.previous_value),
                              column=r.value_column or "", per_unit=r.per_unit or "")
                       for r in up.rows]
            return FigureTable(figures, source=up.source, series=series, period=period, version=up.version)

    def versions(self, series: str, period: str) -> list[dict]:
        """Every upload of (series, period), oldest first."""
        series, period = _series(series), normalise_period(period)
        with self._session() as s:
            ups = s.scalars(select(FigureUpload).where(*self._mine(series, period))
                            .order_by(FigureUpload.version)).all()
            return [{"version": u.version, "rows": u.row_count, "source": u.source, "sha256": u.sha256,
                     "uploaded_at": u.uploaded_at.isoformat()} for u in ups]

    def list(self) -> list[dict]:
        """One entry per (series, period) of this namespace: version count, current version's rows and upload time."""
        with self._session() as s:
            ups = s.scalars(select(FigureUpload).where(FigureUpload.namespace == self.namespace)
                            .order_by(FigureUpload.series, FigureUpload.period, FigureUpload.version)).all()
            out: dict[tuple[str, str], dict] = {}
            for u in ups:
                out[(u.series, u.period)] = {
                    "series": u.series, "period": u.period, "period_text": parse_period(u.period).text,
                    "versions": out.get((u.series, u.period), {}).get("versions", 0) + 1,
                    "current_version": u.version, "rows": u.row_count, "source": u.source,
                    "uploaded_at": u.uploaded_at.isoformat()}
            return list(out.values())
