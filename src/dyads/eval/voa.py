"""Score events against the hand-annotated news stories (format: docs/GOLD.md).

The two records of a two-way event ("A and B held talks": A -> B and B -> A, same trigger and
type) count as one prediction, right when the gold has either direction, since the gold codes
reciprocal events once (:func:`one_way`).

Matching, per story: a predicted event and a gold event are candidates when the gold
anchor starts inside the predicted event's sentence. Candidates are paired one to one,
greedily, in text order:

``type_dyad``
    a pair needs the same type, source code and target code (``None`` for no target).
``type``
    a pair needs the same type only (actors may differ).
``date`` (on type_dyad pairs)
    right when the predicted date range overlaps the gold range (a gold ``story``
    precision means "no date in the text": right only when we also fell back to it).
``location`` (on type_dyad pairs whose gold has a place)
    right when the geonameids are equal, or the predicted place is a town within 25 km of the gold
    point (a country is never right for a town); a gold region with neither geonameid nor point
    (the South China Sea, Balochistan) is right when the predicted place is the gazetteer's
    region of that name.

Scores are given per split (``dev``, ``test``): tune on dev, report test. ``--json`` also gives
type + dyad per event type, so a user can see which kinds of event to trust.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from dyads.errors import GoldDataError
from dyads.eval.metrics import PRF, format_interval, story_interval
from dyads.eval.ngec import Accuracy, align, count
from dyads.gazetteer import is_area, resolve_place
from dyads.records import Event, Location, Span, Story

NEAR_KM = 25.0
Item = TypeVar("Item")


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event."""

    start: int
    anchor: str
    type: str
    source: str | None
    target: str | None
    date: tuple[str, str, str]
    place: tuple[int | None, float | None, float | None, str] | None  # geonameid, lat, lon, name


@dataclass(frozen=True)
class GoldStory:
    """One annotated story and its events."""

    story: Story
    split: str
    events: tuple[GoldEvent, ...]


def default_gold_dir() -> Path:
    """The shipped annotated stories."""
    return Path(str(resources.files("dyads") / "data" / "gold" / "voa"))


def load_voa_gold(folder: Path | None = None) -> list[GoldStory]:
    """Every ``<story_id>.json`` in ``folder`` (default: the shipped set), sorted by id."""
    return [GoldStory(story, split, events) for story, split, events in read_gold_folder(folder, "events", _event)]


def read_gold_folder(folder: Path | None, key: str,
                     parse: Callable[[dict[str, Any], str], Item]) -> list[tuple[Story, str, tuple[Item, ...]]]:
    """Each gold file's story, split and its ``key`` records read by ``parse(record, text)``.

    Raises:
        GoldDataError: the folder holds no ``*.json``, or a file is not in the docs/GOLD.md format
            (the message names the file).
    """
    folder = folder or default_gold_dir()
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldDataError(f"no annotated stories (*.json) in {folder}")
    return [_read_gold_file(path, key, parse) for path in files]


def _read_gold_file(path: Path, key: str,
                    parse: Callable[[dict[str, Any], str], Item]) -> tuple[Story, str, tuple[Item, ...]]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        story = Story(str(record["story_id"]), dt.date.fromisoformat(record["story_date"]),
                      record["text"], title=record.get("title"), url=record.get("url"),
                      origin=str(path))
        items = tuple(parse(item, story.text) for item in record.get(key, []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldDataError(f"{path}: not a gold story in the docs/GOLD.md format: {exc}") from exc
    return story, record.get("split", "dev"), items


def gold_anchor(record: dict[str, Any], text: str) -> Span:
    """A gold record's ``anchor`` as a span, checked against the text at its ``start``.

    Raises:
        ValueError: the anchor is not the text at that offset.
    """
    start, anchor = int(record["start"]), record["anchor"]
    if text[start:start + len(anchor)] != anchor:
        raise ValueError(f"anchor {anchor!r} is not at offset {start}")
    return Span(start, start + len(anchor), anchor)


def _event(record: dict[str, Any], text: str) -> GoldEvent:
    span = gold_anchor(record, text)
    date = record.get("date") or {}
    place = record.get("place")
    return GoldEvent(span.start, span.text, record["type"], _code(record.get("source")), _code(record.get("target")),
                     (date.get("start", ""), date.get("end", ""), date.get("precision", "story")),
                     (place.get("geonameid"), place.get("lat"), place.get("lon"), place.get("name") or "")
                     if place else None)


def _code(actor: dict[str, Any] | None) -> str | None:
    return actor.get("code") if actor else None


@dataclass
class SplitScore:
    """Scores of one split."""

    type_dyad: PRF = field(default_factory=PRF)
    type: PRF = field(default_factory=PRF)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    by_type: dict[str, PRF] = field(default_factory=dict)
    per_story: dict[str, list[PRF]] = field(default_factory=dict)

    def add_story(self, type_dyad: PRF, type_: PRF) -> None:
        """Add one story's type + dyad and type counts."""
        self.type_dyad = self.type_dyad + type_dyad
        self.type = self.type + type_
        self.per_story.setdefault("type_dyad", []).append(type_dyad)
        self.per_story.setdefault("type", []).append(type_)

    def interval(self, criterion: str) -> tuple[float, float]:
        """The 95% story-bootstrap interval of F1 on ``type_dyad`` or ``type``."""
        return story_interval(self.per_story.get(criterion, []))

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json``; ``type_dyad_by_type`` is type + dyad per event type
        (a prediction counts under its own type, a missed gold event under the gold's)."""
        return {"type_dyad": {**self.type_dyad.to_dict(), "f1_interval": list(self.interval("type_dyad"))},
                "type": {**self.type.to_dict(), "f1_interval": list(self.interval("type"))},
                "date": self.date.to_dict(), "location": self.location.to_dict(),
                "type_dyad_by_type": {t: prf.to_dict() for t, prf in sorted(self.by_type.items())}}

    def add_by_type(self, pred: Sequence[Event], gold: Sequence[GoldEvent], pairs: Sequence[Pair]) -> None:
        """Count one story's type + dyad hits, false alarms and misses under each event type."""
        hits = Counter(event.type for event, _ in pairs)
        predicted, annotated = Counter(e.type for e in pred), Counter(g.type for g in gold)
        for kind in predicted | annotated:
            counts = PRF(tp=hits[kind], fp=predicted[kind] - hits[kind], fn=annotated[kind] - hits[kind])
            self.by_type[kind] = self.by_type.get(kind, PRF()) + counts


@dataclass
class VoaReport:
    """Event scores per split on the annotated stories."""

    splits: dict[str, SplitScore]
    n_stories: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json``."""
        return {"n_stories": self.n_stories, **{k: v.to_dict() for k, v in self.splits.items()}}

    def format_table(self) -> str:
        """Aligned plain-text table, one block per split."""
        rows = [("split", "field", "P / acc", "R", "F1", "F1 95% interval", "support")]
        for name, score in sorted(self.splits.items()):
            for label, key, prf in (("type+dyad", "type_dyad", score.type_dyad), ("type", "type", score.type)):
                rows.append((name, label, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                             format_interval(score.interval(key)), str(prf.support)))
            for label, acc in (("date", score.date), ("location", score.location)):
                rows.append((name, label, f"{acc.value:.3f}", "-", "-", "-", str(acc.total)))
        return align(rows)


Pair = tuple[Event, GoldEvent]


def _candidates(pred: Event, gold: Iterable[GoldEvent]) -> list[GoldEvent]:
    return [g for g in gold if pred.sentence.start <= g.start < pred.sentence.end]


def _dyad(event: Event) -> tuple[str, str | None, str | None]:
    return event.type, event.source.code, event.target.code if event.target else None


def match(pred: Sequence[Event], gold: Sequence[GoldEvent],
          same: Callable[[Event, GoldEvent], bool]) -> tuple[list[Pair], PRF]:
    """Greedy one-to-one pairing of predictions with gold events that ``same`` accepts."""
    free = list(gold)
    pairs = []
    for event in sorted(pred, key=lambda e: e.trigger.start):
        hit = next((g for g in _candidates(event, free) if same(event, g)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((event, hit))
    return pairs, PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))


def _same_dyad(event: Event, gold: GoldEvent) -> bool:
    return _dyad(event) == (gold.type, gold.source, gold.target)


def _same_type(event: Event, gold: GoldEvent) -> bool:
    return event.type == gold.type


def date_right(event: Event, gold: GoldEvent) -> bool:
    """Overlapping ranges; a gold story-date fallback wants our fallback too."""
    start, end, precision = gold.date
    if precision == "story":
        return event.date.precision == "story"
    return event.date.start <= end and start <= event.date.end


def location_right(event: Event, gold: GoldEvent) -> bool:
    """Same gazetteer entry, or a town within 25 km (a country's coordinates are only a
    point inside it, so a country is never right for a town)."""
    if gold.place is None or event.location is None:
        return False
    geonameid, lat, lon, name = gold.place
    loc = event.location
    if geonameid is not None and geonameid == loc.geonameid:
        return True
    if geonameid is None and None in (lat, lon):
        return _same_region(name, loc)
    if None in (lat, lon, loc.lat, loc.lon) or is_area(loc.geonameid):
        return False
    return _km(lat, lon, loc.lat, loc.lon) <= NEAR_KM  # type: ignore[arg-type]


def _same_region(name: str, loc: Location) -> bool:
    """A gold region named but not placed: right when we gave the gazetteer's region of that name."""
    region = resolve_place(name) if name else None
    return region is not None and region.kind == "region" and loc.geonameid is None and loc.name == region.name


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def one_way(pred: Sequence[Event]) -> tuple[list[Event], set[int]]:
    """The events with the second direction of each two-way pair left out, and the ids of the
    events kept whose reverse was left out.

    We code "A and B held talks" both ways (A -> B and B -> A, one record per dyad); the gold
    codes a reciprocal event once, first-named actor first (docs/GOLD.md). The two records of
    the same trigger and type count as one prediction, right when the gold has either direction.
    """
    kept: list[Event] = []
    first: dict[tuple[int, str, str | None, str | None], Event] = {}
    two_way: set[int] = set()
    for event in pred:
        source, target = event.source.code, event.target.code if event.target else None
        twin = first.get((event.trigger.start, event.type, target, source))
        if twin is not None and source != target:
            two_way.add(id(twin))
            continue
        first[(event.trigger.start, event.type, source, target)] = event
        kept.append(event)
    return kept, two_way


def score_story(score: SplitScore, pred: Sequence[Event], gold: GoldStory) -> None:
    """Add one story's counts to its split's score."""
    kept, two_way = one_way(pred)

    def same_dyad(event: Event, gold_event: GoldEvent) -> bool:
        if _same_dyad(event, gold_event):
            return True
        kind, source, target = _dyad(event)
        return id(event) in two_way and (kind, target, source) == (gold_event.type, gold_event.source, gold_event.target)

    pairs, dyad_prf = match(kept, gold.events, same_dyad)
    score.add_story(dyad_prf, match(kept, gold.events, _same_type)[1])
    score.add_by_type(kept, gold.events, pairs)
    for event, gold_event in pairs:
        score.date = score.date + count(date_right(event, gold_event))
        if gold_event.place is not None:
            score.location = score.location + count(location_right(event, gold_event))


def evaluate_voa(code: Callable[[Sequence[Story]], Sequence[Sequence[Event]]],
                 gold: Sequence[GoldStory]) -> VoaReport:
    """Code the annotated stories with ``code`` and score the events per split."""
    predicted = code([g.story for g in gold])
    splits: dict[str, SplitScore] = {}
    counts: dict[str, int] = {}
    for story, events in zip(gold, predicted):
        score_story(splits.setdefault(story.split, SplitScore()), events, story)
        counts[story.split] = counts.get(story.split, 0) + 1
    return VoaReport(splits, counts)


__all__ = ["GoldEvent", "GoldStory", "SplitScore", "VoaReport", "date_right", "default_gold_dir",
           "evaluate_voa", "gold_anchor", "load_voa_gold", "location_right", "match", "one_way", "read_gold_folder",
           "score_story"]
