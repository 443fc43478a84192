"""Figures tables of the evaluation cases and the synthetic-table generator."""
