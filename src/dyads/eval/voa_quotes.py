"""Score quotes against the hand-annotated VOA stories (format: docs/GOLD.md, key ``quotes``).

A predicted quote and a gold quote **overlap** when the predicted content span shares a
character with the gold anchor (the quote's content as annotated). Pairs are made one to one,
each gold quote taking the unpaired prediction that covers most of it. Criteria, per split:

``content``
    the pair overlaps;
``content+speaker``
    and the speaker agrees: same actor code when the gold speaker has one, else the last word
    of the gold speaker's text or name (lowercased, possessive dropped) is in the predicted
    speaker's text or name.

``tp`` counts pairs, ``fp`` unpaired predictions, ``fn`` unpaired gold quotes. Tune on ``dev``,
report ``test``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads.eval.metrics import PRF, SplitReport
from dyads.eval.voa import gold_anchor, read_gold_folder
from dyads.pipeline import code_stream
from dyads.records import Quote, Reject, Story
from dyads.settings import Settings

QUOTE_CRITERIA = ("content", "content+speaker")
_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote: its content span and its speaker."""

    start: int
    end: int
    speaker_code: str | None
    speaker_words: tuple[str, ...]


@dataclass(frozen=True)
class GoldQuoteStory:
    """One annotated story with its quotes."""

    story: Story
    split: str
    quotes: tuple[GoldQuote, ...]


def load_quote_gold(folder: Path | None = None) -> list[GoldQuoteStory]:
    """Every ``<story_id>.json`` in ``folder`` (default: the shipped set), sorted by id."""
    return [GoldQuoteStory(story, split, quotes)
            for story, split, quotes in read_gold_folder(folder, "quotes", _gold_quote)]


def _gold_quote(record: dict[str, Any], text: str) -> GoldQuote:
    span = gold_anchor(record, text)
    speaker = record.get("speaker") or {}
    words = tuple(w for field_ in ("text", "name") if speaker.get(field_)
                  for w in _WORD.findall(re.sub(r"['\u2019]s\b", "", speaker[field_].lower()))[-1:])
    return GoldQuote(span.start, span.end, speaker.get("code"), words)


def speaker_agrees(pred: Quote, gold: GoldQuote) -> bool:
    """Same code; or, for a gold speaker without one, its head word in the predicted speaker."""
    if pred.speaker is None:
        return False
    if gold.speaker_code:
        return pred.speaker.code == gold.speaker_code
    said = f"{pred.speaker.text} {pred.speaker.name}".lower()
    return any(word in said for word in gold.speaker_words)


def _covered(pred: Quote, gold: GoldQuote) -> int:
    return min(pred.content.end, gold.end) - max(pred.content.start, gold.start)


def match_quotes(pred: Sequence[Quote], gold: Sequence[GoldQuote],
                 same: Callable[[Quote, GoldQuote], bool]) -> PRF:
    """One-to-one pairing: each gold quote takes the free prediction covering most of it."""
    free = list(pred)
    pairs = 0
    for quote in gold:
        options = [p for p in free if _covered(p, quote) > 0 and same(p, quote)]
        if options:
            free.remove(max(options, key=lambda p: _covered(p, quote)))
            pairs += 1
    return PRF(tp=pairs, fp=len(pred) - pairs, fn=len(gold) - pairs)


_SAME: dict[str, Callable[[Quote, GoldQuote], bool]] = {
    "content": lambda p, g: True,
    "content+speaker": speaker_agrees,
}


def evaluate_voa_quotes(code: Callable[[Sequence[Story]], Sequence[Sequence[Quote]]],
                        gold: Sequence[GoldQuoteStory]) -> SplitReport:
    """Code the annotated stories with ``code`` and score their quotes per split and criterion.

    Example:
        >>> evaluate_voa_quotes(lambda stories: [[] for _ in stories], []).splits
        {}
    """
    report = SplitReport()
    for story, quotes in zip(gold, code([g.story for g in gold]), strict=True):
        report.add(story.split, {c: match_quotes(quotes, story.quotes, _SAME[c]) for c in QUOTE_CRITERIA})
    return report


def code_story_quotes(stories: Sequence[Story], settings: Settings | None = None) -> list[list[Quote]]:
    """The quotes the whole pipeline finds in each story (none for a story that failed)."""
    return [[] if isinstance(r, Reject) else list(r.quotes) for r in code_stream(stories, settings)]


__all__ = ["GoldQuote", "GoldQuoteStory", "QUOTE_CRITERIA", "code_story_quotes",
           "evaluate_voa_quotes", "load_quote_gold", "match_quotes", "speaker_agrees"]
