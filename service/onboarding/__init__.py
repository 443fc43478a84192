"""Onboarding: last period's report in, this period's figures sheet and spec out.

``template`` builds the sheet's content from a prior report (``rows`` reads every figure with the
named recognisers of ``recognisers``; ``nouns``, ``phrases``, ``labels`` and ``subjects`` say what
each counts, in which unit, for which body; ``codes`` numbers the rows by section); ``sheet``
writes it as a biểu (.xlsx) or .csv; ``spec_init`` writes the next edition's spec from the
header and signature blocks; ``prior`` gives a draft last period's table read back from the
report when its spec names none.
"""
