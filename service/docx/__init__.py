"""The official .docx: Nghị định 30/2020 layout, checker marks as comments, rewrites as revisions.

``write_docx(draft, spec, path)`` is the whole public surface; the modules
behind it are layout (page, header, signature), body (headings, paragraphs,
marks), comments, revisions and the YAML profiles (``state``, ``party``).
"""

from service.docx.layout import format_date, format_number
from service.docx.profiles import load_profile
from service.docx.writer import write_docx, write_tracked_rewrite

__all__ = ["write_docx", "write_tracked_rewrite", "load_profile", "format_date", "format_number"]
