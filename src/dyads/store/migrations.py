"""Schema migrations, recorded in the database they shape.

Each migration is applied once, in version order, inside its own transaction,
and recorded in ``schema_migrations``. A migration is never edited once
released: a change to a table is a new migration appended to ``MIGRATIONS``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from dyads.errors import StoreError


@dataclass(frozen=True)
class Migration:
    """One step of the database schema."""

    version: int
    name: str
    sql: str


_ACTOR = """
    {p}_text VARCHAR, {p}_start INTEGER, {p}_end INTEGER, {p}_name VARCHAR, {p}_code VARCHAR,
    {p}_country VARCHAR, {p}_sector VARCHAR, {p}_id VARCHAR, {p}_resolved_by VARCHAR"""

_CHILD_KEY = """
    story_id VARCHAR NOT NULL, story_date DATE, coder_version VARCHAR, model VARCHAR,
    position INTEGER NOT NULL"""

_DATE = "date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR"

_SENTENCE = (
    "sentence_index INTEGER, sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR"
)

_INITIAL = f"""
CREATE TABLE stories (
    story_id VARCHAR PRIMARY KEY, story_date DATE NOT NULL, title VARCHAR, url VARCHAR,
    source VARCHAR, origin VARCHAR, date_source VARCHAR, text VARCHAR, schema_version VARCHAR,
    coder_name VARCHAR, coder_version VARCHAR, coder_lexicon VARCHAR, model VARCHAR,
    coded_at TIMESTAMP NOT NULL, doc JSON NOT NULL
);
CREATE TABLE events ({_CHILD_KEY},
    event_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, negated BOOLEAN, modality VARCHAR, confidence DOUBLE,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR, {_SENTENCE},
    {_ACTOR.format(p="source")}, {_ACTOR.format(p="target")}, {_ACTOR.format(p="attributed_to")},
    {_DATE},
    location_name VARCHAR, location_geonameid BIGINT, location_country VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE
);
CREATE TABLE quotes ({_CHILD_KEY},
    quote_id VARCHAR, kind VARCHAR, {_ACTOR.format(p="speaker")},
    cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
    content_start INTEGER, content_end INTEGER, content_text VARCHAR, {_SENTENCE}
);
CREATE TABLE stances ({_CHILD_KEY},
    stance_id VARCHAR, polarity VARCHAR, conditional BOOLEAN, condition VARCHAR,
    {_ACTOR.format(p="holder")},
    target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    target_concept_id VARCHAR, target_concept VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    quote_id VARCHAR, event_id VARCHAR, {_DATE}
);
CREATE TABLE actors ({_CHILD_KEY}, {_ACTOR.format(p="actor")});
CREATE TABLE rejects (
    origin VARCHAR PRIMARY KEY, reason VARCHAR NOT NULL, detail VARCHAR, story_id VARCHAR,
    recorded_at TIMESTAMP NOT NULL
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", _INITIAL),
)

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL
)"""


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Versions recorded in ``schema_migrations``, ascending."""
    rows = con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    return [version for (version,) in rows]


def apply_migrations(
    con: duckdb.DuckDBPyConnection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[int]:
    """Apply the migrations not yet recorded, in order; return the versions applied now.

    Raises:
        StoreError: if the database records a version newer than any known here.

    Example::

        >>> apply_migrations(duckdb.connect(":memory:"))
        [1]
    """
    con.execute(_LEDGER)
    done = set(applied_versions(con))
    _refuse_newer(done, migrations)
    pending = [m for m in sorted(migrations, key=lambda m: m.version) if m.version not in done]
    for migration in pending:
        _apply(con, migration)
    return [m.version for m in pending]


def _refuse_newer(done: set[int], migrations: tuple[Migration, ...]) -> None:
    """Refuse a database migrated by a newer dyads, whose tables this one does not know."""
    unknown = sorted(done - {m.version for m in migrations})
    if unknown:
        raise StoreError(
            f"the database records schema migration(s) {unknown} that this dyads does not know; "
            "it was written by a newer dyads. Upgrade dyads to open it."
        )


def _apply(con: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    """Run one migration and record it, in one transaction."""
    applied_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(migration.sql)
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, ?)",
            [migration.version, migration.name, applied_at],
        )
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
