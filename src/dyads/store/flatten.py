"""Flat tables of coded stories: one row per story, event, quote, stance and actor.

Each table's columns are declared once here, each with the attribute path it
reads; the database inserts and the CSV/Parquet exports both use them. Nested
actors, spans, sentences, dates and places become prefixed columns
(``source_code``, ``trigger_start``, ``date_precision``, ``location_lat``);
an actor's sectors are joined with ``;``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, NamedTuple, Sequence

from dyads.records import SCHEMA_VERSION, CodedStory, Coder, Story


class Item(NamedTuple):
    """What a column reads from: the story, its coder, and one record at a position."""

    story: Story
    coder: Coder
    position: int
    record: Any


Getter = Callable[[Item], Any]
Row = tuple[Any, ...]


@dataclass(frozen=True)
class Column:
    """One flat column and how to read its value."""

    name: str
    get: Getter


@dataclass(frozen=True)
class Table:
    """A flat table: its name, its columns and the records that become its rows."""

    name: str
    columns: tuple[Column, ...]
    records: Callable[[CodedStory], Sequence[Any]]

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names, in table order."""
        return tuple(c.name for c in self.columns)

    @property
    def order_by(self) -> str:
        """The SQL ordering that lists rows by story, then by position in the story."""
        return "story_id, position" if "position" in self.column_names else "story_id"

    def rows(self, coded: CodedStory) -> list[Row]:
        """The table rows for one coded story."""
        return [
            tuple(c.get(Item(coded.story, coded.coder, i, record)) for c in self.columns)
            for i, record in enumerate(self.records(coded))
        ]


def _path(path: str, convert: Callable[[Any], Any] | None = None) -> Getter:
    """A getter following dotted attributes from an Item; None anywhere gives None."""
    attrs = path.split(".")

    def get(item: Item) -> Any:
        value: Any = item
        for attr in attrs:
            if value is None:
                return None
            value = getattr(value, attr)
        return convert(value) if convert is not None and value is not None else value

    return get


def _col(name: str, path: str | None = None, convert: Callable[[Any], Any] | None = None) -> Column:
    """A column reading ``path`` (by default the record attribute of the same name)."""
    return Column(name, _path(path or f"record.{name}", convert))


def _fields(*names: str) -> tuple[Column, ...]:
    """Columns named after record attributes."""
    return tuple(_col(name) for name in names)


SPAN = ("start", "end", "text")
SENTENCE = ("index", "start", "end", "text")
DATE = ("start", "end", "precision", "text")
LOCATION = ("name", "geonameid", "country", "lat", "lon")
STANCE_TARGET = ("text", "start", "end", "concept_id", "concept")


def _nested(prefix: str, fields: tuple[str, ...]) -> tuple[Column, ...]:
    """``<prefix>_<field>`` columns reading the fields of a nested record attribute."""
    return tuple(_col(f"{prefix}_{f}", f"record.{prefix}.{f}") for f in fields)


ACTOR_FIELDS = ("text", "start", "end", "name", "code", "country", "sector", "id", "resolved_by")
STORY_FIELDS = ("story_id", "story_date", "title", "url", "source", "origin", "date_source", "text")


def _actor(prefix: str, path: str | None = None) -> tuple[Column, ...]:
    """The nine ``<prefix>_*`` columns of an actor attribute (all NULL for no actor)."""
    base = path or f"record.{prefix}"
    return tuple(
        _col(f"{prefix}_{f}", f"{base}.{f}", ";".join if f == "sector" else None)
        for f in ACTOR_FIELDS
    )


_CHILD_KEY = (
    _col("story_id", "story.story_id"),
    _col("story_date", "story.story_date"),
    _col("coder_version", "coder.version"),
    _col("model", "coder.model"),
    _col("position", "position"),
)

STORIES = Table(
    "stories",
    (
        *(_col(f, f"story.{f}") for f in STORY_FIELDS),
        Column("schema_version", lambda _: SCHEMA_VERSION),
        _col("coder_name", "coder.name"),
        _col("coder_version", "coder.version"),
        _col("coder_lexicon", "coder.lexicon"),
        _col("model", "coder.model"),
    ),
    lambda coded: (coded.story,),
)

EVENTS = Table(
    "events",
    (
        *_CHILD_KEY,
        *_fields("event_id", "type", "mode", "cameo", "quad_class", "goldstein"),
        *_fields("negated", "modality", "confidence"),
        *_nested("trigger", SPAN),
        *_nested("sentence", SENTENCE),
        *_actor("source"),
        *_actor("target"),
        *_actor("attributed_to"),
        *_nested("date", DATE),
        *_nested("location", LOCATION),
    ),
    lambda coded: coded.events,
)

QUOTES = Table(
    "quotes",
    (
        *_CHILD_KEY,
        *_fields("quote_id", "kind"),
        *_actor("speaker"),
        *_nested("cue", SPAN),
        *_nested("content", SPAN),
        *_nested("sentence", SENTENCE),
    ),
    lambda coded: coded.quotes,
)

STANCES = Table(
    "stances",
    (
        *_CHILD_KEY,
        *_fields("stance_id", "polarity", "conditional", "condition"),
        *_actor("holder"),
        *_nested("target", STANCE_TARGET),
        *_nested("evidence", SPAN),
        *_fields("quote_id", "event_id"),
        *_nested("date", DATE),
    ),
    lambda coded: coded.stances,
)

ACTORS = Table("actors", (*_CHILD_KEY, *_actor("actor", "record")), lambda coded: coded.actors)

TABLES: tuple[Table, ...] = (STORIES, EVENTS, QUOTES, STANCES, ACTORS)
"""Every flat table, stories first."""
