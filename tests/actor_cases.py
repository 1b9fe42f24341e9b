"""Helpers shared by the actor-stage tests: resolve a sentence and read one mention's actor."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.records import Actor, Story
from dyads.stages import Document
from dyads.stages.actors import resolve_actors

DAY = dt.date(2023, 5, 12)


def resolved(nlp: Language, text: str, on: dt.date = DAY) -> Document:
    """The actor stage's reading of ``text`` as a story of ``on``."""
    return resolve_actors(Document(Story("t", on, text), nlp(text)))


def actor_of(nlp: Language, text: str, words: str, on: dt.date = DAY) -> Actor | None:
    """The actor of the mention whose text starts with ``words`` (the last such one); a
    leading article is not part of a mention."""
    words = words.split(" ", 1)[1] if words.split(" ", 1)[0].lower() in ("the", "a") else words
    found = [m.actor for m in resolved(nlp, text, on).mentions if m.actor.text.startswith(words)]
    return found[-1] if found else None


def check(actor: Actor | None, code: str | None, sector: tuple[str, ...], how: str) -> None:
    """The actor was found, with this code, sectors and resolution path."""
    assert actor is not None
    assert (actor.code, actor.sector, actor.resolved_by) == (code, sector, how)
