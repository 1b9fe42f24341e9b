"""Helpers shared by the event-stage tests: code one invented sentence and read its events."""

from __future__ import annotations

import dyads
from dyads.records import Event

# (type, source code, target code, negated, modality): what most event tests compare
Row = tuple[str, str | None, str | None, bool, str]


def coded_events(text: str) -> list[Event]:
    """The events of one sentence or paragraph, coded as a story dated 2024-01-01."""
    return list(next(dyads.code([dyads.make_story(text, "2024-01-01")])).events)


def events_of(text: str) -> set[Row]:
    """The events of a text as comparable rows."""
    return {(e.type, e.source.code, e.target.code if e.target else None, e.negated, e.modality)
            for e in coded_events(text)}
