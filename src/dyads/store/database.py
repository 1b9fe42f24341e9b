"""The embedded DuckDB store of coded stories and rejects.

Writes are idempotent: writing a story replaces every row it had, so coding
the same story twice changes nothing, and a story that now codes clears the
reject recorded for its origin.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
from pathlib import Path
from types import TracebackType
from typing import Iterable, Iterator

import duckdb

from dyads.errors import StoreError
from dyads.records import CodedStory, Reject, from_dict
from dyads.store.flatten import STORIES, TABLES, Row, Table
from dyads.store.jsonl import dump_line
from dyads.store.migrations import apply_migrations

STORY_EXTRA_COLUMNS = ("coded_at", "doc")
"""Columns of ``stories`` that are the database's own, not the flat record's."""

COUNTED = ("stories", "events", "quotes", "stances", "actors", "rejects")

_FETCH_SIZE = 1000
_IN_LIST = "IN (SELECT unnest(?::VARCHAR[]))"


class Store:
    """Coded stories in an embedded DuckDB file (or ``":memory:"``).

    Opening creates the file if needed and applies pending migrations; their
    versions are in ``migrated`` (empty when the schema was already current).

    Example::

        >>> with Store("dyads.duckdb") as store:
        ...     store.write(coded)
        ...     store.counts()["stories"]
        1
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._con = _connect(self.path)
        try:
            with self._reporting("migrate"):
                self.migrated = apply_migrations(self._con)
        except StoreError:
            self._con.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (closing twice is harmless); further calls raise StoreError."""
        self._con.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The underlying DuckDB connection, for read queries and ``COPY``."""
        return self._con

    def write(self, coded: CodedStory) -> None:
        """Write one coded story, replacing whatever the store had for its story id."""
        self.write_many([coded])

    def write_many(self, coded: Iterable[CodedStory], batch_size: int = 500) -> int:
        """Write coded stories in batches of one transaction each; return how many.

        Within a batch, the last story of each story id wins.

        Example::

            >>> store.write_many(coder.pipe(stories))
            1200
        """
        written = 0
        for batch in _batches(coded, batch_size):
            latest = list({c.story.story_id: c for c in batch}.values())
            with self._reporting("write"), self._transaction():
                self._replace(latest)
            written += len(latest)
        return written

    def write_reject(self, reject: Reject) -> None:
        """Record an input that could not be coded, replacing any reject for its origin."""
        with self._reporting("write"):
            self._con.execute(
                "INSERT OR REPLACE INTO rejects (origin, reason, detail, story_id, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [reject.origin, reject.reason, reject.detail, reject.story_id, _now()],
            )

    def counts(self) -> dict[str, int]:
        """Row counts of the stories, events, quotes, stances, actors and rejects tables."""
        with self._reporting("read"):
            return {name: self._count(name) for name in COUNTED}

    def iter_coded(self) -> Iterator[CodedStory]:
        """Every stored story, ordered by story id, read lazily from the ``doc`` column."""
        with self._reporting("read"), contextlib.closing(self._con.cursor()) as cursor:
            cursor.execute("SELECT doc FROM stories ORDER BY story_id")
            while rows := cursor.fetchmany(_FETCH_SIZE):
                yield from (from_dict(json.loads(doc)) for (doc,) in rows)

    def rejects(self) -> list[Reject]:
        """Every recorded reject, ordered by origin."""
        with self._reporting("read"):
            rows = self._con.execute(
                "SELECT origin, reason, detail, story_id FROM rejects ORDER BY origin"
            ).fetchall()
        return [Reject(*row) for row in rows]

    def _count(self, table: str) -> int:
        """Rows in one table."""
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def _replace(self, batch: list[CodedStory]) -> None:
        """Delete every row of the batch's stories and their origins' rejects, then insert."""
        ids = [c.story.story_id for c in batch]
        origins = [c.story.origin for c in batch if c.story.origin]
        for table in TABLES:
            self._con.execute(f"DELETE FROM {table.name} WHERE story_id {_IN_LIST}", [ids])
        self._con.execute(f"DELETE FROM rejects WHERE origin {_IN_LIST}", [origins])
        self._insert(STORIES, _story_rows(batch), STORY_EXTRA_COLUMNS)
        for table in TABLES[1:]:
            self._insert(table, [row for c in batch for row in table.rows(c)])

    def _insert(self, table: Table, rows: list[Row], extra: tuple[str, ...] = ()) -> None:
        """Insert rows into a flat table in one statement.

        Each column goes in as one list parameter, unnested side by side: about a
        hundred times faster than ``executemany``, which runs once per row.
        """
        if not rows:
            return
        names = (*table.column_names, *extra)
        columns = ", ".join(f'"{n}"' for n in names)
        values = ", ".join("unnest(?)" for _ in names)
        lists = [list(column) for column in zip(*rows, strict=True)]
        self._con.execute(f"INSERT INTO {table.name} ({columns}) SELECT {values}", lists)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Commit the block's statements together, or none of them."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    @contextlib.contextmanager
    def _reporting(self, action: str) -> Iterator[None]:
        """Turn DuckDB errors into a StoreError naming the database and the action."""
        try:
            yield
        except (duckdb.Error, StoreError) as e:
            raise StoreError(f"cannot {action} database {self.path}: {e}") from e


def _story_rows(batch: list[CodedStory]) -> list[Row]:
    """Rows of ``stories``: the flat story columns, then coded_at and the contract line."""
    coded_at = _now()
    return [(*row, coded_at, dump_line(c)) for c in batch for row in STORIES.rows(c)]


def _now() -> dt.datetime:
    """The current UTC time, without a time zone (as TIMESTAMP columns store it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _batches(items: Iterable[CodedStory], size: int) -> Iterator[list[CodedStory]]:
    """Consecutive lists of at most ``size`` items, read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _connect(path: str) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB database, explaining failures in terms of what to do."""
    try:
        return duckdb.connect(path)
    except duckdb.Error as e:
        raise StoreError(f"cannot open database {path}: {_advice(path, str(e))}") from e


def _advice(path: str, message: str) -> str:
    """What went wrong opening a database and what to do about it."""
    if "Could not set lock" in message:
        return (
            "it is in use by another process (DuckDB allows one writer). Wait for that process "
            f"to finish or stop it, or use another database path. ({message})"
        )
    if "No such file or directory" in message:
        return f"its directory {Path(path).parent} does not exist; create it or use another path."
    if "not a valid DuckDB database" in message:
        return "the file exists but is not a DuckDB database; choose another path."
    return f"{message}. Check the path and that you may read and write it."
