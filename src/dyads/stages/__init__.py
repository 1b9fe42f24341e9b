"""The stage contract: a stage takes a :class:`Document` and returns it enriched.

Stages never edit a document in place; each returns a new one with its own
records added, so any stage can be replaced without touching the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from dyads.records import Actor, Event, Quote, Stance, Story


@dataclass(frozen=True)
class ActorMention:
    """An actor found in the text, with the tokens it covers (``first`` .. ``last`` exclusive)."""

    actor: Actor
    first: int
    last: int
    head: int


@dataclass(frozen=True)
class Document:
    """A story, its parse, and what the stages have found in it so far."""

    story: Story
    doc: Doc
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    home_state: str | None = None  # the state the story is about, as the actor stage reads it


Stage = Callable[[Document], Document]

__all__ = ["ActorMention", "Document", "Stage"]
