"""Versioned prompt templates (``<name>.v<N>.yaml``), shipped as package data.

A template is never edited once a draft has cited it in its provenance: a
change is a new file with the next version, so every draft can be traced to
the exact words the model was given.  Loaded by ``service.drafting.prompts``.
"""

from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent
