"""Storage of coded stories: the embedded DuckDB store, its migrations, and exports.

``Store`` keeps stories and their flattened events, quotes, stances and actors
in one DuckDB file; ``export`` writes them as JSONL, CSV or Parquet;
``write_jsonl`` streams coded stories straight to a JSONL file.
"""

from __future__ import annotations

from dyads.store.database import Store
from dyads.store.export import FORMATS, Format, export
from dyads.store.flatten import TABLES, Table
from dyads.store.jsonl import dump_line, write_jsonl
from dyads.store.migrations import MIGRATIONS, Migration, apply_migrations

__all__ = [
    "FORMATS", "Format", "MIGRATIONS", "Migration", "Store", "TABLES", "Table", "apply_migrations",
    "dump_line", "export", "write_jsonl",
]
