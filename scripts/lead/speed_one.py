#!/usr/bin/env python3
"""speed_one.py : one timing of check_text and extract_numbers on the benchmark's 1 MB, with the code on PYTHONPATH."""
import re, sys, time, unicodedata
from pathlib import Path
from service.checker import check_text, extract_numbers
from service.figures.load import load_table
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
report = unicodedata.normalize("NFC", (CORPUS / "reports" / "ham-thuan-bac-2023-h1.txt").read_text(encoding="utf-8"))
table = load_table(CORPUS / "figures" / "ham-thuan-bac-2023-h1.csv")
text = ((report + "\n\n") * (1_000_000 // len(report) + 1))[:1_000_000]
t0 = time.perf_counter(); extract_numbers(text); t1 = time.perf_counter(); check_text(text, table); t2 = time.perf_counter()
print(f"extract {t1-t0:.2f} check {t2-t1:.2f}")
