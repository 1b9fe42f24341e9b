"""Run the coder over gold sets and score it: the library behind ``dyads eval``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from dyads.errors import GoldDataError
from dyads.eval.gold import GoldSentence, load_plover_gold
from dyads.eval.plover import evaluate_plover
from dyads.pipeline import code_stream
from dyads.records import Event, Reject, Story
from dyads.settings import Settings

# The PLOVER gold sentences carry no real dates; the file dates them all so.
GOLD_DATE = dt.date(2000, 1, 1)


class Report(Protocol):
    """What every evaluation report offers."""

    def to_dict(self) -> dict[str, object]: ...

    def format_table(self) -> str: ...


def code_sentences(sentences: Sequence[GoldSentence], settings: Settings) -> list[list[Event]]:
    """Code each gold sentence as a one-sentence story; predicted events in gold order."""
    stories = [Story(f"gold-{i}", GOLD_DATE, s.text, origin=s.id) for i, s in enumerate(sentences)]
    results = list(code_stream(stories, settings))
    return [[] if isinstance(r, Reject) else list(r.events) for r in results]


def _plover(settings: Settings, gold: Path | None) -> Report:
    sentences = load_plover_gold(gold)
    return evaluate_plover(lambda batch: code_sentences(batch, settings), sentences)


SETS = {"plover": _plover}


def evaluate(names: Sequence[str], settings: Settings, gold: Path | None = None) -> dict[str, Report]:
    """Score the coder on each named gold set (``--gold`` overrides the set's file)."""
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise GoldDataError(f"unknown gold set(s) {', '.join(unknown)}; available: {', '.join(SETS)}")
    return {name: SETS[name](settings, gold) for name in names}
