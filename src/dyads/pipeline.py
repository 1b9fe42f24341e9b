"""Code stories: parse each once, run the stages over it, stream coded stories out.

``code()`` is the public entry point. It streams: a backfill of millions of
stories never holds more than a few batches in memory. With ``workers > 1`` a
process pool codes batches in parallel; every worker loads the model once.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from dyads import __version__, knowledge
from dyads.nlp import Doc, load_model, model_label, parse
from dyads.records import CodedStory, Coder, Reject, Story
from dyads.settings import Settings
from dyads.stages import Document, Stage
from dyads.stages.actors import actor_stage
from dyads.stages.events import code_events
from dyads.stages.place import locate_events
from dyads.stages.quotes import extract_quotes
from dyads.stages.stances import code_stances
from dyads.stages.time import date_events

log = logging.getLogger(__name__)

STAGES_AFTER_ACTORS: tuple[Stage, ...] = (extract_quotes, code_events, date_events, locate_events,
                                          code_stances)

RejectHandler = Callable[[Reject], None]


def stages(settings: Settings) -> tuple[Stage, ...]:
    """The stages in order: the actor stage (with the user's ``actors_file``), then the rest."""
    return (actor_stage(settings.actors_file), *STAGES_AFTER_ACTORS)


def coder_info(settings: Settings) -> Coder:
    """Name, version, model and lexicon version stamped on every record."""
    nlp = load_model(settings.model)
    return Coder("dyads", __version__, model_label(nlp), knowledge.lexicon_version())


def code_document(story: Story, doc: Doc, settings: Settings, coder: Coder) -> CodedStory:
    """Run every stage over one parsed story."""
    document = Document(story=story, doc=doc)
    for stage in stages(settings):
        document = stage(document)
    events = tuple(e for e in document.events if e.confidence >= settings.min_confidence)
    actors = tuple(m.actor for m in document.mentions)
    return CodedStory(story, coder, events, document.quotes, document.stances, actors)


def code_batch(stories: Sequence[Story], settings: Settings) -> list[CodedStory | Reject]:
    """Code a batch; a story that fails becomes a Reject and the batch goes on."""
    nlp = load_model(settings.model)
    coder = coder_info(settings)
    try:
        docs = list(parse(nlp, (s.text for s in stories), settings.batch_size))
    except Exception:  # one bad text must not cost the batch: retry one by one
        log.exception("batch parse failed; parsing its %d stories one at a time", len(stories))
        return [_code_one(story, settings, coder) for story in stories]
    return [_guarded(story, doc, settings, coder) for story, doc in zip(stories, docs)]


def _code_one(story: Story, settings: Settings, coder: Coder) -> CodedStory | Reject:
    try:
        doc = load_model(settings.model)(story.text)
    except Exception as exc:  # recorded as a reject, never swallowed
        return _coding_reject(story, exc)
    return _guarded(story, doc, settings, coder)


def _guarded(story: Story, doc: Doc, settings: Settings, coder: Coder) -> CodedStory | Reject:
    try:
        return code_document(story, doc, settings, coder)
    except Exception as exc:  # recorded as a reject, never swallowed
        log.exception("coding failed for story %s (%s)", story.story_id, story.origin)
        return _coding_reject(story, exc)


def _coding_reject(story: Story, exc: Exception) -> Reject:
    return Reject(story.origin or story.story_id, "coding-error",
                  f"story {story.story_id}: {type(exc).__name__}: {exc}", story.story_id)


def _batches(stories: Iterable[Story], size: int) -> Iterator[list[Story]]:
    iterator = iter(stories)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _serial(stories: Iterable[Story], settings: Settings) -> Iterator[CodedStory | Reject]:
    for batch in _batches(stories, settings.batch_size):
        yield from code_batch(batch, settings)


def _parallel(stories: Iterable[Story], settings: Settings) -> Iterator[CodedStory | Reject]:
    """Batches in a process pool, at most two per worker in flight, results in input order."""
    in_flight: deque[Future[list[CodedStory | Reject]]] = deque()
    # spawn, not fork: the parent may hold threads (DuckDB, BLAS) whose locks a fork would copy held
    with ProcessPoolExecutor(max_workers=settings.workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_warm, initargs=(settings,)) as pool:
        for batch in _batches(stories, settings.batch_size):
            in_flight.append(pool.submit(code_batch, batch, settings))
            if len(in_flight) >= 2 * settings.workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _warm(settings: Settings) -> None:
    """Worker initializer: load the model once per process."""
    load_model(settings.model)


def code_stream(stories: Iterable[Story], settings: Settings | None = None) -> Iterator[CodedStory | Reject]:
    """Like :func:`code` but yields a :class:`Reject` in place of each story that failed."""
    settings = settings or Settings()
    coder_info(settings)  # fail fast, before any work, if the model is missing
    return _parallel(stories, settings) if settings.workers > 1 else _serial(stories, settings)


def code(stories: Iterable[Story], *, settings: Settings | None = None,
         on_reject: RejectHandler | None = None) -> Iterator[CodedStory]:
    """Code stories into events (and, as stages land, quotes and stances).

    Args:
        stories: dated stories, e.g. from :func:`dyads.read_stories` or built with
            :func:`dyads.make_story`. Consumed lazily.
        settings: model, batch size, workers, confidence floor (defaults if omitted).
        on_reject: called with a :class:`Reject` for each story that could not be
            coded; without it such stories are logged as warnings.

    Returns:
        An iterator of :class:`CodedStory`, in input order.

    Example:
        >>> story = dyads.make_story("Russia attacked Ukraine.", "2022-02-24")
        >>> [e.type for e in next(dyads.code([story])).events]
        ['ASSAULT']
    """
    for item in code_stream(stories, settings):
        if isinstance(item, Reject):
            (on_reject or _warn)(item)
        else:
            yield item


def _warn(reject: Reject) -> None:
    log.warning("not coded: %s: %s", reject.origin, reject.detail)


__all__ = ["STAGES_AFTER_ACTORS", "code", "code_batch", "code_document", "code_stream", "coder_info", "stages"]
