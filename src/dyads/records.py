"""Typed records that stages pass to each other and exports serialise.

Every record is a frozen dataclass anchored in the story text by character
offsets. Field names follow the output contract (docs/OUTPUT.md); ``to_dict``
gives the contract's JSON form and ``from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

SCHEMA_VERSION = "1"

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
Modality = Literal["asserted", "reported", "hypothetical", "future", "denied"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "hypothetical", "future", "denied")
Precision = Literal["day", "week", "month", "year", "story"]
DateSource = Literal["header", "field", "option", "mtime"]


@dataclass(frozen=True)
class Span:
    """A stretch of the story text: ``text == story_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceRef:
    """The sentence a record was found in, by index and offsets."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A political actor mentioned in the text and what it resolved to."""

    text: str
    start: int
    end: int
    name: str
    code: str | None
    country: str | None
    sector: tuple[str, ...] = ()
    id: str | None = None
    resolved_by: str | None = None


def is_person(actor: Actor) -> bool:
    """The actor is a person (a name the story or the dictionary gives), not a state or body."""
    return (actor.id or "").startswith("person:")


@dataclass(frozen=True)
class DateInfo:
    """When something happened: a day or a range with its precision."""

    start: str
    end: str
    precision: str
    text: str | None = None


@dataclass(frozen=True)
class Location:
    """A gazetteer place."""

    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Event:
    """One PLOVER event for one dyad."""

    event_id: str
    type: str
    trigger: Span
    sentence: SentenceRef
    source: Actor
    target: Actor | None
    date: DateInfo
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Actor | None = None
    location: Location | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Quote:
    """Who said what: speaker, cue verb and content."""

    quote_id: str
    kind: str
    speaker: Actor | None
    cue: Span
    content: Span
    sentence: SentenceRef


@dataclass(frozen=True)
class StanceTarget:
    """What a stance is about, with its canonical concept."""

    text: str
    start: int
    end: int
    concept_id: str
    concept: str


@dataclass(frozen=True)
class Stance:
    """Who stands where on what (actor, concept, agreement)."""

    stance_id: str
    holder: Actor
    target: StanceTarget
    polarity: str
    evidence: Span
    date: DateInfo
    conditional: bool = False
    condition: str | None = None
    quote_id: str | None = None
    event_id: str | None = None


@dataclass(frozen=True)
class Story:
    """A dated news story as ingested (header removed, text otherwise untouched)."""

    story_id: str
    story_date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    date_source: str = "field"


@dataclass(frozen=True)
class Coder:
    """Which coder and model produced a record."""

    name: str
    version: str
    model: str
    lexicon: str = ""


@dataclass(frozen=True)
class CodedStory:
    """A story with everything the stages found in it."""

    story: Story
    coder: Coder
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    actors: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Reject:
    """An input that could not be coded, and why."""

    origin: str
    reason: str
    detail: str
    story_id: str | None = None


def _plain(value: Any) -> Any:
    """Dataclass -> JSON-ready value (tuples become lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_dict(coded: CodedStory) -> dict[str, Any]:
    """One story in the contract's JSONL form."""
    story = coded.story
    return {
        "schema_version": SCHEMA_VERSION,
        "story_id": story.story_id,
        "story_date": story.story_date.isoformat(),
        "title": story.title,
        "url": story.url,
        "source": story.source,
        "date_source": story.date_source,
        "origin": story.origin,
        "text": story.text,
        "events": _plain(coded.events),
        "quotes": _plain(coded.quotes),
        "stances": _plain(coded.stances),
        "actors": _plain(coded.actors),
        "coder": _plain(coded.coder),
    }


def _actor(d: dict[str, Any] | None) -> Actor | None:
    if d is None:
        return None
    return Actor(**{**d, "sector": tuple(d.get("sector") or ())})


def _event(d: dict[str, Any]) -> Event:
    return Event(**{
        **d,
        "trigger": Span(**d["trigger"]),
        "sentence": SentenceRef(**d["sentence"]),
        "source": _actor(d["source"]),
        "target": _actor(d.get("target")),
        "attributed_to": _actor(d.get("attributed_to")),
        "date": DateInfo(**d["date"]),
        "location": Location(**d["location"]) if d.get("location") else None,
    })


def _quote(d: dict[str, Any]) -> Quote:
    return Quote(**{
        **d,
        "speaker": _actor(d.get("speaker")),
        "cue": Span(**d["cue"]),
        "content": Span(**d["content"]),
        "sentence": SentenceRef(**d["sentence"]),
    })


def _stance(d: dict[str, Any]) -> Stance:
    return Stance(**{
        **d,
        "holder": _actor(d["holder"]),
        "target": StanceTarget(**d["target"]),
        "evidence": Span(**d["evidence"]),
        "date": DateInfo(**d["date"]),
    })


def from_dict(d: dict[str, Any]) -> CodedStory:
    """Read back one contract line written by :func:`to_dict`."""
    story = Story(
        story_id=d["story_id"],
        story_date=dt.date.fromisoformat(d["story_date"]),
        text=d["text"],
        title=d.get("title"),
        url=d.get("url"),
        source=d.get("source"),
        origin=d.get("origin", ""),
        date_source=d.get("date_source", "field"),
    )
    return CodedStory(
        story=story,
        coder=Coder(**d["coder"]),
        events=tuple(_event(e) for e in d.get("events", [])),
        quotes=tuple(_quote(q) for q in d.get("quotes", [])),
        stances=tuple(_stance(s) for s in d.get("stances", [])),
        actors=tuple(a for a in (_actor(x) for x in d.get("actors", [])) if a is not None),
    )


__all__ = [
    "Actor", "CodedStory", "Coder", "DateInfo", "Event", "EVENT_TYPES", "Location", "MODALITIES",
    "Quote", "Reject", "SCHEMA_VERSION", "SentenceRef", "Span", "Stance", "StanceTarget", "Story",
    "from_dict", "is_person", "to_dict",
]
