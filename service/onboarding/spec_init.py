"""A report spec for the next edition, read from the last one's header and signature blocks.

``spec_for(report, period, figures, prior)`` fills every field ``service.spec.ReportSpec``
needs from what the prior edition writes (``ParsedReport.header``, ``.signature``,
``.recipients``, read by ``index.frame``): series, title (the trích yếu without its period, or with every
period it names moved on when it names more than its own), the period in the prior's own notation,
profile, issuer (parent body, issuing body, the number with its sequence left blank), place,
signer and recipients; the period is the one asked for and the date moves on with it.  Where
the prior does not say (a copy without its header), the spec says what it assumed, in
``_notes`` kept as YAML comments, and still drafts: the issuing body falls back to the signing
authority, the profile to what the issuer's name is (a party body or not), the place to the
area the text names.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from index.model import ParsedReport
from service.onboarding.template import next_title
from service.periods import Period, move_words

#: Bodies of the Party (their reports use the party profile): committees, their boards, steering boards.
_PARTY_BODY = re.compile(r"(?i)(?<!\w)(?:(?:huyện|tỉnh|thành|quận|thị|đảng)\s+[ủu]y|ban\s+thường\s+vụ|bí\s+thư|"
                         r"chi\s+bộ|"
                         r"đảng\s+bộ|ban\s+chỉ\s+đạo|ban\s+dân\s+vận|ban\s+tuyên\s+giáo|ban\s+tổ\s+chức|"
                         r"ủy\s+ban\s+kiểm\s+tra|đảng\s+cộng\s+sản)(?!\w)")
_STATE_BODY = re.compile(r"(?i)(?<!\w)(?:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd|hđnd|"
                         r"hội\s+đồng\s+nhân\s+dân)(?!\w)")
_AUTHORITY = re.compile(r"^(?:T/M|T\.M|TM\.?|KT\.?|TL\.?|TUQ\.?)\s+", re.I)
_HEAD_TITLE = re.compile(r"(?i)^(?:kiêm\s+)?(?:phó\s+)?(?:trưởng|chủ\s+tịch|giám\s+đốc|bí\s+thư|chỉ\s+huy\s+trưởng|"
                         r"chánh|thủ\s+trưởng)\s+")
_LEVEL = re.compile(r"(?i)^(?:huyện|tỉnh|thành phố|thị xã|quận|xã|phường|thị trấn)\s+")
_WORD_INITIAL = re.compile(r"[^\W\d_]+")


def _issuer_from_signature(report: ParsedReport) -> str | None:
    """``T/M BAN CHỈ ĐẠO`` → ``BAN CHỈ ĐẠO``; ``Kiêm TRƯỞNG BAN CHỈ ĐẠO`` → ``BAN CHỈ ĐẠO``."""
    sig = report.signature
    for line in ([sig.authority, sig.title] if sig else []):
        line = " ".join((line or "").split())
        if _AUTHORITY.match(line):
            return _AUTHORITY.sub("", line).upper()
        if _HEAD_TITLE.match(line):
            return _HEAD_TITLE.sub("", line).upper()
    return report.agency.upper() if report.agency else None


def profile_of(report: ParsedReport, issuer: str, parent: str) -> tuple[str, str | None]:
    """``party`` or ``state``, and a note when it was inferred rather than read from the header."""
    header = report.header
    if header and header.profile in ("party", "state"):
        return header.profile, None
    sig = report.signature
    said = " ".join(filter(None, [issuer, parent, sig.authority if sig else "", sig.title if sig else ""]))
    if _PARTY_BODY.search(said) and not _STATE_BODY.search(issuer or ""):
        return "party", "thể thức Đảng: cơ quan ban hành hoặc người ký thuộc tổ chức Đảng"
    return "state", "thể thức hành chính nhà nước: báo cáo không có phần đầu để đọc thể thức"


def number_pattern(report: ParsedReport, issuer: str, profile: str) -> str:
    """The number with its sequence blank: the header's (``Số:    /BC-UBND``), else one made from the issuer."""
    header = report.header
    if header and header.number_template():
        return header.number_template()
    initials = "".join(w[0] for w in _WORD_INITIAL.findall(_LEVEL.split(issuer)[0] if issuer else "")
                       if w[0].isupper())[:6] or "BC"
    return f"Số    -BC/{initials}" if profile == "party" else f"Số:    /BC-{initials}"


def place_of(report: ParsedReport) -> str | None:
    if report.header and report.header.place:
        return report.header.place
    if report.area:
        return _LEVEL.sub("", report.area).strip() or None
    return None


def moved_date(report: ParsedReport, prior: Period | None, period: Period) -> dt.date:
    """The prior's date moved by as many months as the period moved; else five days after the period ends."""
    header = report.header
    if header and header.date and prior is not None:
        try:
            old = dt.date.fromisoformat(header.date)
            months = (period.year - prior.year) * 12 + period.months[1] - prior.months[1]
            y, m = divmod(old.month - 1 + months, 12)
            day = min(old.day, 28)
            return dt.date(old.year + y, m + 1, day)
        except ValueError:
            pass
    last = period.months[1]
    y, m = (period.year + 1, 1) if last == 12 else (period.year, last + 1)
    return dt.date(y, m, 5)


def period_words(report: ParsedReport, prior: Period | None, period: Period) -> str:
    """This period as the prior writes its own (``sáu tháng đầu năm 2024``, ``quý II/2024``), else the standard
    wording (``6 tháng đầu năm 2024``)."""
    if report.period_words and prior is not None:
        moved = move_words(report.period_words, prior, period)
        if moved:
            return moved
    return period.text


def spec_for(report: ParsedReport, period: Period, figures: Path, prior_report: Path, *,
             prior_period: Period | None = None) -> tuple[dict, list[str]]:
    """The spec (a plain dict, field order as ``ReportSpec``) and notes on what was assumed."""
    notes: list[str] = []
    header = report.header
    issuer = (header.issuer if header and header.issuer else None) or _issuer_from_signature(report)
    if not (header and header.issuer):
        notes.append("issuer.name: báo cáo không có phần đầu; lấy theo khối chữ ký" if issuer else
                     "issuer.name: không đọc được cơ quan ban hành; cần điền")
    issuer = issuer or "CƠ QUAN BAN HÀNH"
    parent = (header.parent if header and header.parent else "") or ""
    profile, why = profile_of(report, issuer, parent)
    if why:
        notes.append(f"profile: {why}")
    place = place_of(report)
    if place is None:
        notes.append("place: báo cáo không ghi địa danh; cần điền")
    sig = report.signature
    spec = {
        "series": report.series or "bao-cao",
        "title": next_title(report, prior_period, period),
        "period": period_words(report, prior_period, period),
        "profile": profile,
        "issuer": {"parent": parent, "name": issuer, "number": number_pattern(report, issuer, profile)},
        "place": place or "……",
        "date": moved_date(report, prior_period, period).isoformat(),
        "figures": str(figures),
        "prior": {"report": str(prior_report)},
        "signer": {"authority": sig.authority if sig else "", "title": sig.title if sig else "",
                   "name": sig.name if sig else ""},
        "recipients": list(report.recipients),
    }
    if not sig or not sig.name:
        notes.append("signer: không đọc được khối chữ ký; cần điền")
    return spec, notes


def to_yaml(spec: dict, notes: list[str], source: str) -> str:
    """The spec as YAML, with a comment naming where it came from and what was assumed."""
    import yaml   # PyYAML: loaded only when a spec is written out

    head = [f"# Lập từ báo cáo kỳ trước {source} (baocao spec init).",
            "# Đường dẫn tính từ thư mục chứa tệp này."]
    head += [f"# Lưu ý — {n}" for n in notes]
    body = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=110)
    return "\n".join(head) + "\n" + body
