"""The number checker: every number of a text tied to a cell of the figures table or a derivation of it."""

from service.checker.check import check_file, check_text, fmt_like, read_text
from service.checker.extract import Mention, extract_numbers
from service.checker.model import CheckReport, NumberCheck

__all__ = ["check_text", "check_file", "read_text", "extract_numbers", "fmt_like", "Mention", "CheckReport",
           "NumberCheck"]
