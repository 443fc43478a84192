"""A period's figures: read and validate (``load``), store by version (``store``), place per
section (``assign``), derive (``derive``) and write in the official notation (``format``).

Submodules are imported where used so that reading a table does not pull in
SQLAlchemy or the embedding model.
"""
