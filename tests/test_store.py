"""The DuckDB store: migrations, idempotent writes, rejects, round trips and exports."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from strategies import PROPERTY, coded_stories, example_story, story_batches

from dyads.errors import StoreError
from dyads.records import CodedStory, Reject, from_dict, to_dict
from dyads.store import (
    MIGRATIONS, TABLES, Migration, Store, apply_migrations, dump_line, export, write_jsonl,
)
from dyads.store.database import STORY_EXTRA_COLUMNS

CHILD_KINDS = ("events", "quotes", "stances", "actors")


def _record_counts(batch: list[CodedStory]) -> dict[str, int]:
    """How many rows each flat table should hold for a batch."""
    counts = {kind: sum(len(getattr(c, kind)) for c in batch) for kind in CHILD_KINDS}
    return {"stories": len(batch), **counts}


def _with_events(coded: CodedStory, n: int) -> CodedStory:
    """The story with only its first ``n`` events."""
    return dataclasses.replace(coded, events=coded.events[:n])


# Migrations


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_migrations_are_recorded_and_not_reapplied(tmp_path: Path) -> None:
    path = tmp_path / "dyads.duckdb"
    with Store(path) as store:
        assert store.migrated == [m.version for m in MIGRATIONS]
        store.write(example_story())
    with Store(path) as store:
        assert store.migrated == []
        assert store.counts()["stories"] == 1
        rows = store.connection.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(m.version, m.name) for m in MIGRATIONS]


def test_only_pending_migrations_are_applied() -> None:
    con = duckdb.connect(":memory:")
    assert apply_migrations(con) == [1]
    later = (*MIGRATIONS, Migration(2, "add note", "ALTER TABLE stories ADD COLUMN note VARCHAR"))
    assert apply_migrations(con, later) == [2]
    assert apply_migrations(con, later) == []
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (2,)


def test_failed_migration_is_not_recorded() -> None:
    con = duckdb.connect(":memory:")
    broken = (*MIGRATIONS, Migration(2, "broken", "ALTER TABLE nowhere ADD COLUMN x INTEGER"))
    with pytest.raises(duckdb.Error):
        apply_migrations(con, broken)
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone() == (1,)


def test_database_from_a_newer_dyads_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dyads.duckdb"
    con = duckdb.connect(str(path))
    apply_migrations(con, (*MIGRATIONS, Migration(99, "future", "SELECT 1")))
    con.close()
    with pytest.raises(StoreError, match=r"newer dyads.*Upgrade"):
        Store(path)


def test_tables_have_the_declared_flat_columns() -> None:
    with Store(":memory:") as store:
        for table in TABLES:
            described = store.connection.execute(f"DESCRIBE {table.name}").fetchall()
            extra = STORY_EXTRA_COLUMNS if table.name == "stories" else ()
            assert tuple(row[0] for row in described) == (*table.column_names, *extra)


# Writes


def test_writing_the_same_story_twice_changes_nothing() -> None:
    coded = example_story()
    with Store(":memory:") as store:
        store.write(coded)
        first = store.counts()
        store.write(coded)
        assert store.counts() == first
        assert first == {**_record_counts([coded]), "rejects": 0}


def test_rewriting_a_story_replaces_its_rows() -> None:
    coded = example_story()
    with Store(":memory:") as store:
        store.write(coded)
        store.write(_with_events(coded, 0))
        assert store.counts()["events"] == 0
        assert list(store.iter_coded()) == [_with_events(coded, 0)]


def test_last_story_of_an_id_wins_within_a_batch() -> None:
    coded = example_story()
    with Store(":memory:") as store:
        assert store.write_many([coded, _with_events(coded, 0)]) == 1
        assert list(store.iter_coded()) == [_with_events(coded, 0)]


def test_write_many_commits_each_batch() -> None:
    batch = [example_story(f"voa-{i}", f"voa-{i}.txt") for i in range(5)]
    with Store(":memory:") as store:
        assert store.write_many(iter(batch), batch_size=2) == 5
        assert store.counts()["stories"] == 5


def test_flat_rows_carry_the_record_fields() -> None:
    with Store(":memory:") as store:
        store.write(example_story())
        row = store.connection.execute(
            "SELECT type, source_code, target_name, source_sector, date_precision, location_lat, "
            "trigger_text, sentence_index, coder_version, model FROM events"
        ).fetchone()
    assert row == (
        "CONSULT", "USA", "Olaf Scholz", "GOV", "day", 52.52, "met", 0, "0.1.0",
        "en_core_web_sm-3.8.0",
    )


# Rejects


def test_reject_is_replaced_on_rerun() -> None:
    with Store(":memory:") as store:
        store.write_reject(Reject("a.txt", "empty", "the file is empty"))
        store.write_reject(Reject("a.txt", "binary", "the file is binary", "a"))
        assert store.rejects() == [Reject("a.txt", "binary", "the file is binary", "a")]
        assert store.counts()["rejects"] == 1


def test_story_that_now_codes_clears_its_reject() -> None:
    coded = example_story(origin="voa-1.txt")
    with Store(":memory:") as store:
        store.write_reject(Reject("voa-1.txt", "missing-date", "no date"))
        store.write_reject(Reject("other.txt", "empty", "the file is empty"))
        store.write(coded)
        assert [r.origin for r in store.rejects()] == ["other.txt"]


# Errors


def test_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"does not exist; create it"):
        Store(tmp_path / "nowhere" / "dyads.duckdb")


def test_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database" * 100)
    with pytest.raises(StoreError, match=r"not a DuckDB database"):
        Store(path)


def test_locked_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "dyads.duckdb"
    holder = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
    holder += "sys.stdin.read()"
    proc = subprocess.Popen(
        [sys.executable, "-c", holder, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=rf"{path.name}.*another process"):
            Store(path)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


def test_closed_store_is_a_store_error() -> None:
    store = Store(":memory:")
    store.close()
    with pytest.raises(StoreError, match=r"cannot write database :memory:"):
        store.write(example_story())


def test_unknown_export_format_is_a_store_error(tmp_path: Path) -> None:
    with Store(":memory:") as store, pytest.raises(StoreError, match=r"jsonl, csv, parquet"):
        export(store, "xlsx", tmp_path)  # type: ignore[arg-type]


def test_unwritable_jsonl_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"directory exists"):
        write_jsonl([example_story()], tmp_path / "nowhere" / "out.jsonl")


# Round trips (property tests)


@PROPERTY
@given(coded_stories())
def test_contract_line_round_trips(coded: CodedStory) -> None:
    assert from_dict(json.loads(dump_line(coded))) == coded
    assert from_dict(to_dict(coded)) == coded


@PROPERTY
@given(story_batches)
def test_store_round_trips(batch: list[CodedStory]) -> None:
    with Store(":memory:") as store:
        store.write_many(batch)
        assert list(store.iter_coded()) == sorted(batch, key=lambda c: c.story.story_id)
        assert store.counts() == {**_record_counts(batch), "rejects": 0}


@PROPERTY
@given(story_batches)
def test_jsonl_export_reads_back_equal(batch: list[CodedStory]) -> None:
    with Store(":memory:") as store, tempfile.TemporaryDirectory() as tmp:
        store.write_many(batch)
        (path,) = export(store, "jsonl", Path(tmp) / "out" / "stories.jsonl")
        lines = path.read_text(encoding="utf-8").splitlines()
    back = [from_dict(json.loads(line)) for line in lines]
    assert back == sorted(batch, key=lambda c: c.story.story_id)


@PROPERTY
@given(story_batches)
def test_write_jsonl_to_an_open_file(batch: list[CodedStory]) -> None:
    buffer = io.StringIO()
    assert write_jsonl(iter(batch), buffer) == len(batch)
    assert [from_dict(json.loads(line)) for line in buffer.getvalue().splitlines()] == batch


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@PROPERTY
@given(batch=story_batches)
def test_flat_export_has_one_row_per_record(fmt: str, batch: list[CodedStory]) -> None:
    with Store(":memory:") as store, tempfile.TemporaryDirectory() as tmp:
        store.write_many(batch)
        paths = export(store, fmt, Path(tmp))  # type: ignore[arg-type]
        assert [p.name for p in paths] == [f"{t.name}.{fmt}" for t in TABLES]
        expected = _record_counts(batch)
        for table, path in zip(TABLES, paths, strict=True):
            columns, count = _read_back(path, fmt)
            assert columns == table.column_names
            assert count == expected[table.name]


def _read_back(path: Path, fmt: str) -> tuple[tuple[str, ...], int]:
    """Column names and row count of an exported file, read with DuckDB."""
    # the dialect is given, not sniffed: a file of few, mostly empty rows fools DuckDB's sniffer
    reader = ("read_csv(?, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')"
              if fmt == "csv" else "read_parquet(?)")
    result = duckdb.connect().execute(f"SELECT * FROM {reader}", [str(path)])
    return tuple(d[0] for d in result.description), len(result.fetchall())
