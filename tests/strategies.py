"""Hypothesis strategies for valid coded stories, and one hand-written example.

Every generated span, actor, sentence, cue, content, evidence and stance target
really indexes into the generated story text.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar, get_args

from hypothesis import settings
from hypothesis import strategies as st

from dyads.records import (
    EVENT_TYPES, MODALITIES, Actor, CodedStory, Coder, DateInfo, DateSource, Event, Location,
    Precision, Quote, SentenceRef, Span, Stance, StanceTarget, Story,
)

T = TypeVar("T")
Draw = st.DrawFn

PROPERTY = settings(max_examples=30, deadline=None)
"""Hypothesis settings for the property tests: modest, so the suite stays fast."""

SECTORS = ("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "MED", "BUS", "CVL", "NGO", "IGO")
RESOLVERS = ("title", "dictionary", "country-name", "demonym", "capital-metonym", "coreference")

words = st.text(max_size=20)
some_words = st.text(min_size=1, max_size=20)
iso3 = st.from_regex(r"[A-Z]{3}", fullmatch=True)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """The strategy or None."""
    return st.none() | strategy


def _offsets(draw: Draw, text: str) -> tuple[int, int, str]:
    """Start, end and the text between them, inside ``text``."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return start, end, text[start:end]


@st.composite
def spans(draw: Draw, text: str) -> Span:
    """A span of ``text``."""
    return Span(*_offsets(draw, text))


@st.composite
def sentences(draw: Draw, text: str) -> SentenceRef:
    """A sentence reference into ``text``."""
    return SentenceRef(draw(st.integers(0, 50)), *_offsets(draw, text))


@st.composite
def actors(draw: Draw, text: str) -> Actor:
    """An actor mentioned in ``text``."""
    start, end, mention = _offsets(draw, text)
    return Actor(
        text=mention, start=start, end=end, name=draw(words),
        code=draw(_optional(st.sampled_from(("USA", "CHN", "EU", "NATO")) | iso3)),
        country=draw(_optional(iso3)),
        sector=tuple(draw(st.lists(st.sampled_from(SECTORS), max_size=3))),
        id=draw(_optional(some_words)),
        resolved_by=draw(_optional(st.sampled_from(RESOLVERS))),
    )


@st.composite
def dates(draw: Draw) -> DateInfo:
    """A day or range with its precision."""
    first, last = sorted(draw(st.lists(st.dates(), min_size=2, max_size=2)))
    precision = draw(st.sampled_from(get_args(Precision)))
    return DateInfo(first.isoformat(), last.isoformat(), precision, draw(_optional(words)))


locations = st.builds(
    Location,
    name=words,
    geonameid=_optional(st.integers(0, 2**31)),
    country=_optional(iso3),
    lat=_optional(st.floats(-90, 90)),
    lon=_optional(st.floats(-180, 180)),
)


@st.composite
def events(draw: Draw, text: str, event_id: str) -> Event:
    """One event anchored in ``text``."""
    return Event(
        event_id=event_id,
        type=draw(st.sampled_from(EVENT_TYPES)),
        trigger=draw(spans(text)),
        sentence=draw(sentences(text)),
        source=draw(actors(text)),
        target=draw(_optional(actors(text))),
        date=draw(dates()),
        mode=draw(_optional(words)),
        cameo=draw(_optional(st.from_regex(r"[0-9]{3,4}", fullmatch=True))),
        quad_class=draw(_optional(st.integers(0, 4))),
        goldstein=draw(_optional(st.floats(-10, 10))),
        negated=draw(st.booleans()),
        modality=draw(st.sampled_from(MODALITIES)),
        attributed_to=draw(_optional(actors(text))),
        location=draw(_optional(locations)),
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def quotes(draw: Draw, text: str, quote_id: str) -> Quote:
    """One quote anchored in ``text``."""
    return Quote(
        quote_id=quote_id,
        kind=draw(st.sampled_from(("direct", "indirect", "mixed"))),
        speaker=draw(_optional(actors(text))),
        cue=draw(spans(text)),
        content=draw(spans(text)),
        sentence=draw(sentences(text)),
    )


@st.composite
def stances(draw: Draw, text: str, stance_id: str) -> Stance:
    """One stance anchored in ``text``."""
    start, end, mention = _offsets(draw, text)
    return Stance(
        stance_id=stance_id,
        holder=draw(actors(text)),
        target=StanceTarget(mention, start, end, draw(some_words), draw(words)),
        polarity=draw(st.sampled_from(("support", "oppose", "neutral"))),
        evidence=draw(spans(text)),
        date=draw(dates()),
        conditional=draw(st.booleans()),
        condition=draw(_optional(words)),
        quote_id=draw(_optional(some_words)),
        event_id=draw(_optional(some_words)),
    )


stories = st.builds(
    Story,
    story_id=some_words,
    story_date=st.dates(),
    text=st.text(max_size=200),
    title=_optional(words),
    url=_optional(words),
    source=_optional(words),
    origin=words,
    date_source=st.sampled_from(get_args(DateSource)),
)

coders = st.builds(Coder, name=some_words, version=some_words, model=some_words, lexicon=words)


@st.composite
def coded_stories(draw: Draw) -> CodedStory:
    """A coded story whose records all point into its text, with ids unique per kind."""
    story = draw(stories)
    text = story.text
    count = st.integers(0, 3)
    return CodedStory(
        story=story,
        coder=draw(coders),
        events=tuple(draw(events(text, f"ev-{i}")) for i in range(draw(count))),
        quotes=tuple(draw(quotes(text, f"q-{i}")) for i in range(draw(count))),
        stances=tuple(draw(stances(text, f"st-{i}")) for i in range(draw(count))),
        actors=tuple(draw(st.lists(actors(text), max_size=4))),
    )


story_batches = st.lists(coded_stories(), max_size=4, unique_by=lambda c: c.story.story_id)
"""Several coded stories with distinct story ids."""


def _span(text: str, phrase: str) -> Span:
    """The first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _actor(text: str, phrase: str, name: str, code: str, sector: str) -> Actor:
    """A state actor mentioned as ``phrase``."""
    span = _span(text, phrase)
    return Actor(phrase, span.start, span.end, name, code, code, (sector,), None, "title")


def example_story(story_id: str = "voa-1", origin: str = "voa-1.txt") -> CodedStory:
    """A small realistic coded story: one meeting, one quote, one stance."""
    text = (
        "US Secretary of State Antony Blinken met German Chancellor Olaf Scholz in Berlin on "
        'Tuesday. "We reject the plan," Blinken said.'
    )
    blinken = _actor(text, "US Secretary of State Antony Blinken", "Antony Blinken", "USA", "GOV")
    scholz = _actor(text, "German Chancellor Olaf Scholz", "Olaf Scholz", "DEU", "GOV")
    first = SentenceRef(0, 0, text.index(".") + 1, text[: text.index(".") + 1])
    second = SentenceRef(1, first.end + 1, len(text), text[first.end + 1:])
    tuesday = DateInfo("2023-05-09", "2023-05-09", "day", "on Tuesday")
    event = Event(
        "ev-0", "CONSULT", _span(text, "met"), first, blinken, scholz, tuesday, mode="visit",
        cameo="042", quad_class=1, goldstein=1.9,
        location=Location("Berlin", 2950159, "DEU", 52.52, 13.41), confidence=0.83,
    )
    quote = Quote("q-0", "direct", blinken, _span(text, "said"), _span(text, "We reject the plan"),
                  second)
    plan = _span(text, "the plan")
    stance = Stance(
        "st-0", blinken, StanceTarget(plan.text, plan.start, plan.end, "c-1", "plan"), "oppose",
        _span(text, "We reject the plan"), tuesday, quote_id="q-0",
    )
    return CodedStory(
        Story(story_id, dt.date(2023, 5, 12), text, "Blinken in Berlin", None, "VOA", origin),
        Coder("dyads", "0.1.0", "en_core_web_sm-3.8.0"),
        events=(event,), quotes=(quote,), stances=(stance,), actors=(blinken, scholz),
    )
