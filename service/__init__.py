"""baocao: drafts official Vietnamese periodic reports and proves every number in them."""

__version__ = "0.1.0"
