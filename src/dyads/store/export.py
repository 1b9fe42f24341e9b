"""Export a store as JSONL (one contract line per story) or as flat CSV/Parquet tables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

import duckdb

from dyads.errors import StoreError
from dyads.store.database import Store
from dyads.store.flatten import TABLES, Table
from dyads.store.jsonl import write_jsonl

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(Format)

_COPY_OPTIONS = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}


def export(store: Store, fmt: Format, out: str | Path) -> list[Path]:
    """Export every stored story; return the files written.

    Args:
        store: the open store to read.
        fmt: ``jsonl`` writes ``out`` as one file, one contract line per story;
            ``csv`` and ``parquet`` write one file per flat table (stories,
            events, quotes, stances, actors) into the directory ``out``.
        out: the file (jsonl) or directory (csv, parquet) to write; created if missing.

    Raises:
        StoreError: for an unknown format, or if the files cannot be written.

    Example::

        >>> export(store, "csv", Path("out"))
        [PosixPath('out/stories.csv'), PosixPath('out/events.csv'), ...]
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    out = Path(out)
    if fmt == "jsonl":
        _make_dir(out.parent)
        write_jsonl(store.iter_coded(), out)
        return [out]
    _make_dir(out)
    return [_copy_table(store, table, fmt, out / f"{table.name}.{fmt}") for table in TABLES]


def _make_dir(path: Path) -> None:
    """Create an output directory (and its parents) if it is missing."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create output directory {path}: {e.strerror or e}.") from e


def _copy_table(store: Store, table: Table, fmt: str, path: Path) -> Path:
    """Write one flat table to a file with DuckDB's COPY; return the path."""
    columns = ", ".join(f'"{name}"' for name in table.column_names)
    query = f"SELECT {columns} FROM {table.name} ORDER BY {table.order_by}"
    literal = "'" + str(path).replace("'", "''") + "'"
    try:
        store.connection.execute(f"COPY ({query}) TO {literal} ({_COPY_OPTIONS[fmt]})")
    except duckdb.Error as e:
        raise StoreError(
            f"cannot export {table.name} to {path}: {e}. Check that the directory is writable."
        ) from e
    return path
