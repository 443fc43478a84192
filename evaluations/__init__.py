"""Evaluations: fact-consistency runs over drafting cases (``baocao eval run``).

``harness`` drafts the cases with the real pipeline, ``metrics`` scores a
draft, ``compare`` diffs two runs, ``report`` writes Markdown/HTML;
``cases/`` holds the case files and ``data/`` the figures tables they use.
"""
