"""Run the coder over gold sets and score it: the library behind ``dyads eval``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from dyads.errors import GoldDataError
from dyads.eval.actors import ActorCase, evaluate_actors, load_actor_cases
from dyads.eval.agreement import read_annotations
from dyads.eval.dates import evaluate_dates, load_date_cases
from dyads.eval.gold import GoldSentence, load_plover_gold
from dyads.eval.ngec import NGEC_ACTOR_CASES, NGEC_DATE_CASES, default_shared_dir
from dyads.eval.plover import evaluate_plover
from dyads.eval.quotes import (
    GGT_QUOTES, POLNEAR_DIR, code_attributions, code_quotes, evaluate_ggt, evaluate_quotes, load_ggt, load_polnear,
)
from dyads.eval.stances import (
    CodedStances, GoldStanceStory, code_with_sentences, evaluate_stances, load_stance_gold,
)
from dyads.eval.voa import GoldStory, evaluate_voa, load_voa_gold
from dyads.eval.voa_quotes import GoldQuoteStory, code_story_quotes, evaluate_voa_quotes, load_quote_gold
from dyads.nlp import load_model
from dyads.pipeline import code_stream
from dyads.records import Event, Reject, Story
from dyads.settings import Settings
from dyads.stages import ActorMention, Document
from dyads.stages.actors import actor_stage, find_names
from dyads.temporal import resolve_expression

GoldT = TypeVar("GoldT", GoldStory, GoldQuoteStory, GoldStanceStory)

# The PLOVER gold sentences carry no real dates; the file dates them all so.
GOLD_DATE = dt.date(2000, 1, 1)


class Report(Protocol):
    """What every evaluation report offers."""

    def to_dict(self) -> dict[str, object]: ...

    def format_table(self) -> str: ...


def code_sentences(sentences: Sequence[GoldSentence], settings: Settings) -> list[list[Event]]:
    """Code each gold sentence as a one-sentence story; predicted events in gold order."""
    stories = [Story(f"gold-{i}", GOLD_DATE, s.text, origin=s.id) for i, s in enumerate(sentences)]
    return code_events_of(stories, settings)


def code_events_of(stories: Sequence[Story], settings: Settings) -> list[list[Event]]:
    """The events of each story, in order (none for a story that failed)."""
    results = list(code_stream(stories, settings))
    return [[] if isinstance(r, Reject) else list(r.events) for r in results]


def _plover(settings: Settings, gold: Path | None) -> Report:
    sentences = load_plover_gold(gold)
    return evaluate_plover(lambda batch: code_sentences(batch, settings), sentences)


def resolve_case(case: ActorCase, settings: Settings) -> tuple[str | None, tuple[str, ...]]:
    """Run the actor stage over a case's text (with its context) and read the main mention.

    The case's words are given as an actor. When the stage finds none in them (a place,
    "targets in Syria", is no actor in running text), the first state they name answers, with
    no sector. A bare state name keeps the stage's empty sector (the state as a whole, as the
    peer writes it); as an event participant it is GOV (``participant_sectors``).
    """
    text = f"{case.text}. {case.context}" if case.context else case.text
    story = Story("actor-case", case.date or dt.date.today(), text)
    document = actor_stage(settings.actors_file)(Document(story, load_model(settings.model)(text)))
    mention = _main_mention(document.mentions, len(case.text))
    if mention is not None:
        return mention.actor.code, mention.actor.sector
    states = [h for h in find_names(document.doc) if h.entry.country is not None
              and document.doc[h.first].idx < len(case.text)]
    return (states[0].entry.code, ()) if states else (None, ())


def _main_mention(mentions: Sequence[ActorMention], end: int) -> ActorMention | None:
    """The widest mention inside the case's own words (not its context)."""
    inside = [m for m in mentions if m.actor.end <= end]
    return max(inside, key=lambda m: (m.actor.end - m.actor.start, -m.actor.start), default=None)


def _shared_file(gold: Path | None, relative: Path) -> Path:
    if gold is not None:
        return gold
    shared = default_shared_dir()
    if shared is None:
        raise GoldDataError(f"this gold set is not shipped; pass --gold PATH (the file {relative}) "
                            "or set DYADS_SHARED to the folder holding it")
    return shared / relative


def _actors(settings: Settings, gold: Path | None) -> Report:
    cases = load_actor_cases(_shared_file(gold, Path(NGEC_ACTOR_CASES)))
    return evaluate_actors(lambda case: resolve_case(case, settings), cases)


def _dates(settings: Settings, gold: Path | None) -> Report:
    cases = load_date_cases(_shared_file(gold, Path(NGEC_DATE_CASES)))
    return evaluate_dates(lambda text, story_date: resolve_expression(text, story_date), cases)


def _voa(settings: Settings, gold: Path | None) -> Report:
    return evaluate_voa(lambda stories: code_events_of(stories, settings), load_voa_gold(gold))


def _quotes(settings: Settings, gold: Path | None) -> Report:
    """PolNeAR test split against the attribution extractor: speech, beliefs and judgements."""
    articles = load_polnear(_shared_file(gold, Path(POLNEAR_DIR)), "test")
    return evaluate_quotes(lambda texts: code_attributions(texts, settings), articles)


def _quotes_speech(settings: Settings, gold: Path | None) -> Report:
    """PolNeAR test split against the pipeline's own quotes (speech only)."""
    articles = load_polnear(_shared_file(gold, Path(POLNEAR_DIR)), "test")
    return evaluate_quotes(lambda texts: code_quotes(texts, settings), articles)


def _ggt(settings: Settings, gold: Path | None) -> Report:
    articles = load_ggt(_shared_file(gold, Path(GGT_QUOTES)))
    return evaluate_ggt(lambda texts: code_quotes(texts, settings), articles)


def _stances(settings: Settings, gold: Path | None) -> Report:
    return evaluate_stances(lambda stories: code_with_sentences(stories, settings), load_stance_gold(gold))


def _voa_quotes(settings: Settings, gold: Path | None) -> Report:
    return evaluate_voa_quotes(lambda stories: code_story_quotes(stories, settings), load_quote_gold(gold))


SETS = {"plover": _plover, "actors": _actors, "dates": _dates, "voa": _voa, "quotes": _quotes,
        "quotes-speech": _quotes_speech, "ggt": _ggt, "stances": _stances, "voa-quotes": _voa_quotes}


def _voa_agreement(settings: Settings, gold: Path | None, annotations: Path) -> Report:
    stories = _annotated(load_voa_gold(gold), annotations)
    return evaluate_voa(lambda batch: [a.events for a in read_annotations(annotations, batch, settings.model)],
                        stories)


def _quote_agreement(settings: Settings, gold: Path | None, annotations: Path) -> Report:
    stories = _annotated(load_quote_gold(gold), annotations)
    return evaluate_voa_quotes(
        lambda batch: [list(a.quotes) for a in read_annotations(annotations, batch, settings.model)], stories)


def _stance_agreement(settings: Settings, gold: Path | None, annotations: Path) -> Report:
    stories = _annotated(load_stance_gold(gold), annotations)
    return evaluate_stances(
        lambda batch: [CodedStances(a.stances, a.sentences)
                       for a in read_annotations(annotations, batch, settings.model)], stories)


AGREEMENT_SETS = {"voa": _voa_agreement, "voa-quotes": _quote_agreement, "stances": _stance_agreement}


def _annotated(stories: Sequence[GoldT], annotations: Path) -> list[GoldT]:
    """The gold stories that ``annotations`` annotates too."""
    kept = [s for s in stories if (annotations / f"{s.story.story_id}.json").is_file()]
    if not kept:
        raise GoldDataError(f"{annotations} annotates none of the gold stories (no <story_id>.json of theirs)")
    return kept


def evaluate(names: Sequence[str], settings: Settings, gold: Path | None = None,
             annotations: Path | None = None) -> dict[str, Report]:
    """Score the coder on each named gold set (``--gold`` overrides the set's file); or, given
    ``annotations`` (a second annotation of the annotated stories), score that annotation
    instead of the coder: inter-annotator agreement (:mod:`dyads.eval.agreement`)."""
    table = SETS if annotations is None else AGREEMENT_SETS
    unknown = [n for n in names if n not in table]
    if unknown:
        what = "gold set(s)" if annotations is None else "gold set(s) for --annotations"
        raise GoldDataError(f"unknown {what} {', '.join(unknown)}; available: {', '.join(table)}")
    if annotations is None:
        return {name: SETS[name](settings, gold) for name in names}
    return {name: AGREEMENT_SETS[name](settings, gold, annotations) for name in names}
