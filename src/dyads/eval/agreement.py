"""Read a second annotation of the gold stories as if a coder had produced it.

Two people annotating the same stories in the gold format (docs/GOLD.md) disagree; how much
they disagree bounds what any coder can score against either of them. ``dyads eval voa
voa-quotes stances --annotations DIR`` scores the annotation in ``DIR`` against the gold with the
very matching rules that score the coder (:mod:`dyads.eval.voa`, :mod:`dyads.eval.voa_quotes`,
:mod:`dyads.eval.stances`), so the two figures compare directly. F1 is symmetric in the two
annotations; precision and recall swap when they swap.

Each annotated record becomes the record the coder would emit: an event's trigger is its anchor,
its sentence the parsed sentence holding the anchor's first character; a quote's content is its
anchor; a stance's evidence is its anchor and its concept the annotated concept. Actors carry the
annotated code, sector and words, placed at the words' first occurrence in the anchor's sentence
(else at the anchor): only codes and words are compared.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads.errors import GoldDataError
from dyads.eval.voa import gold_anchor
from dyads.nlp import load_model
from dyads.records import (
    Actor, DateInfo, Event, Location, Quote, SentenceRef, Span, Stance, StanceTarget, Story,
)

_NO_DATE = DateInfo("", "", "story")


@dataclass(frozen=True)
class Annotation:
    """One story of the second annotation, as coder records, with the parse's sentences."""

    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    stances: tuple[Stance, ...]
    sentences: tuple[tuple[int, int], ...]


def read_annotations(folder: Path, stories: Sequence[Story], model: str) -> list[Annotation]:
    """The second annotation of each story, in order.

    Raises:
        GoldDataError: a story has no ``<story_id>.json`` in ``folder``, or the file's text
            differs from the gold's (the two must annotate the same characters).
    """
    nlp = load_model(model)
    return [_annotation(_record(folder, story), story, nlp(story.text)) for story in stories]


def _record(folder: Path, story: Story) -> dict[str, Any]:
    path = folder / f"{story.story_id}.json"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldDataError(f"story {story.story_id}: no readable second annotation at {path}: {exc}") from exc
    if record.get("text") != story.text:
        raise GoldDataError(f"story {story.story_id}: {path} annotates a different text than the gold")
    return record


def _annotation(record: dict[str, Any], story: Story, doc: Any) -> Annotation:
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
    try:
        return Annotation(
            tuple(_event(e, i, story.text, sentences) for i, e in enumerate(record.get("events", []))),
            tuple(_quote(q, i, story.text, sentences) for i, q in enumerate(record.get("quotes", []))),
            tuple(_stance(s, i, story.text, sentences) for i, s in enumerate(record.get("stances", []))),
            sentences)
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldDataError(f"story {story.story_id}: second annotation not in the docs/GOLD.md format: "
                            f"{exc}") from exc


def _sentence(span: Span, text: str, sentences: Sequence[tuple[int, int]]) -> SentenceRef:
    index, (start, end) = next(((i, s) for i, s in enumerate(sentences) if s[0] <= span.start < s[1]),
                               (-1, (span.start, span.end)))
    return SentenceRef(index, start, end, text[start:end])


def _actor(code: dict[str, Any] | None, span: Span, sentence: SentenceRef) -> Actor | None:
    if not code:
        return None
    words = code.get("text") or code.get("name") or ""
    found = sentence.text.find(words) if words else -1
    start, end = (sentence.start + found, sentence.start + found + len(words)) if found >= 0 else (span.start, span.end)
    return Actor(words, start, end, code.get("name") or words, code.get("code"), None,
                 (code["sector"],) if code.get("sector") else ())


def _required_actor(code: dict[str, Any] | None, span: Span, sentence: SentenceRef) -> Actor:
    return _actor(code, span, sentence) or Actor("", span.start, span.start, "", None, None)


def _event(record: dict[str, Any], index: int, text: str, sentences: Sequence[tuple[int, int]]) -> Event:
    trigger = gold_anchor(record, text)
    sentence = _sentence(trigger, text, sentences)
    return Event(f"a{index}", record["type"], trigger, sentence,
                 _required_actor(record.get("source"), trigger, sentence),
                 _actor(record.get("target"), trigger, sentence),
                 _date(record.get("date")), mode=record.get("mode"), negated=bool(record.get("negated")),
                 modality=record.get("modality") or "asserted", location=_place(record.get("place")))


def _date(date: dict[str, Any] | None) -> DateInfo:
    if not date or date.get("precision", "story") == "story":
        return _NO_DATE
    return DateInfo(date["start"], date["end"], date["precision"])


def _place(place: dict[str, Any] | None) -> Location | None:
    if not place:
        return None
    return Location(place.get("name") or "", place.get("geonameid"), place.get("country"),
                    place.get("lat"), place.get("lon"))


def _quote(record: dict[str, Any], index: int, text: str, sentences: Sequence[tuple[int, int]]) -> Quote:
    content = gold_anchor(record, text)
    sentence = _sentence(content, text, sentences)
    cue = record.get("cue") or ""
    at = sentence.text.find(cue) if cue else -1
    cue_span = Span(sentence.start + at, sentence.start + at + len(cue), cue) if at >= 0 else Span(0, 0, "")
    return Quote(f"a{index}", record.get("kind") or "direct", _actor(record.get("speaker"), content, sentence),
                 cue_span, content, sentence)


def _stance(record: dict[str, Any], index: int, text: str, sentences: Sequence[tuple[int, int]]) -> Stance:
    evidence = gold_anchor(record, text)
    sentence = _sentence(evidence, text, sentences)
    target_words = record.get("target") or ""
    concept = record.get("concept") or target_words
    return Stance(f"a{index}", _required_actor(record.get("holder"), evidence, sentence),
                  StanceTarget(target_words, evidence.start, evidence.end, concept, concept),
                  record["polarity"], evidence, _NO_DATE, conditional=bool(record.get("conditional")),
                  condition=record.get("condition"))


__all__ = ["Annotation", "read_annotations"]
