"""Stance timelines over the database: one holder's stances on one concept, smoothed, with shifts.

**Order.** Stories are ordered by publication date (then story id); within a story, stances
keep the stance stage's order, which is story time: stances a cue places earlier
("initially", "at first") first, those placed later ("now", "has softened its stance") last,
the rest in text order. Dates read inside a story are kept on each point but not used to
order, because they are coarse ("last week") and would fight the cues.

**Score.** support = +1, oppose = -1, neutral = 0. The smoothed score is an exponential moving
average over the sequence of statements, ``s[0] = x[0]``, ``s[i] = alpha * x[i] + (1 - alpha)
* s[i-1]``: each new statement weighs ``alpha`` (default 0.5) and everything before it the
rest, so one statement moves the score halfway towards itself and a lasting change of position
soon dominates. Statements are sparse and irregular, so the average runs over statements, not
calendar days.

**Shifts.** A shift is recorded when a support or oppose statement differs from the holder's
previous support or oppose statement on the concept (neutral statements neither start nor break
one); each shift carries both statements, with their evidence spans.

**DNA export.** :func:`export_dna` writes statements as the Discourse Network Analyzer codes
them (actor, concept, agreement 1/0, date, text) to CSV; neutral stances have no agreement
value in DNA and are left out.

Example::

    >>> with Store("news.duckdb") as store:
    ...     timeline = stance_timeline(store, "USA", "peace plan")
    >>> [s.describe() for s in timeline.shifts]
    ['oppose -> support on 2023-05-12: "criticized the proposal" -> "there are positive ..."']
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from dyads.concepts import query_terms
from dyads.errors import DyadsError, StoreError
from dyads.records import DateInfo, Span
from dyads.store import Store

SCORES = {"support": 1.0, "oppose": -1.0, "neutral": 0.0}
DEFAULT_ALPHA = 0.5
DNA_COLUMNS = ("statement_id", "date", "actor", "person", "organization", "concept", "agreement",
               "text", "document", "start", "stop", "conditional", "condition")
_AGREEMENT = {"support": 1, "oppose": 0}
_COLUMNS = ("story_id", "story_date", "position", "stance_id", "polarity", "conditional", "condition",
            "holder_name", "holder_code", "holder_id", "target_text", "target_concept_id",
            "target_concept", "evidence_start", "evidence_end", "evidence_text",
            "date_start", "date_end", "date_precision", "date_text")


class StanceQueryError(DyadsError):
    """A stance query names no holder or concept, or an impossible smoothing weight."""


@dataclass(frozen=True)
class TimelinePoint:
    """One stance of the holder on the concept, with its raw and smoothed score."""

    story_id: str
    story_date: dt.date
    position: int
    stance_id: str
    holder: str
    polarity: str
    concept: str
    concept_id: str
    target: str
    evidence: Span
    date: DateInfo
    conditional: bool
    condition: str | None
    score: float
    smoothed: float


@dataclass(frozen=True)
class Shift:
    """A change of position: the last statement before it and the first after."""

    before: TimelinePoint
    after: TimelinePoint

    def describe(self) -> str:
        """One line: 'oppose -> support on DATE: "evidence" -> "evidence"'."""
        return (f"{self.before.polarity} -> {self.after.polarity} on {self.after.story_date}: "
                f'"{self.before.evidence.text}" -> "{self.after.evidence.text}"')


@dataclass(frozen=True)
class Timeline:
    """The dated series of a holder's stances on a concept, smoothed, with its shifts."""

    holder: str
    concept: str
    terms: tuple[str, ...]
    alpha: float
    points: tuple[TimelinePoint, ...]
    shifts: tuple[Shift, ...]

    @property
    def concepts(self) -> tuple[str, ...]:
        """The canonical concepts the query matched, in order of first appearance."""
        return tuple(dict.fromkeys(p.concept for p in self.points))

    def to_dict(self) -> dict[str, Any]:
        """The timeline as JSON-ready data."""
        return {
            "holder": self.holder, "concept": self.concept, "terms": list(self.terms),
            "concepts": list(self.concepts), "alpha": self.alpha,
            "points": [_point_dict(p) for p in self.points],
            "shifts": [{"from": s.before.polarity, "to": s.after.polarity,
                        "before": s.before.stance_id, "after": s.after.stance_id,
                        "date": s.after.story_date.isoformat(), "description": s.describe()}
                       for s in self.shifts],
        }

    def format_table(self) -> str:
        """A plain-text table of the points, then the shifts."""
        head = (f"{self.holder} on '{self.concept}' ({', '.join(self.concepts) or 'no matching concept'}):"
                f" {len(self.points)} stances, EMA alpha {self.alpha}")
        rows = [f"{p.story_date}  {p.story_id[:12]:<12} {p.polarity:<8} {p.score:+.0f} {p.smoothed:+.2f}"
                f"  {'(if) ' if p.conditional else ''}{p.evidence.text}" for p in self.points]
        shifts = [f"shift: {s.describe()}" for s in self.shifts] or ["no shift"]
        return "\n".join([head, "date        story        polarity  x  smooth  evidence", *rows, *shifts])


def _point_dict(point: TimelinePoint) -> dict[str, Any]:
    return {
        "story_id": point.story_id, "story_date": point.story_date.isoformat(),
        "position": point.position, "stance_id": point.stance_id, "holder": point.holder,
        "polarity": point.polarity, "concept": point.concept, "concept_id": point.concept_id,
        "target": point.target, "conditional": point.conditional, "condition": point.condition,
        "evidence": {"start": point.evidence.start, "end": point.evidence.end, "text": point.evidence.text},
        "date": {"start": point.date.start, "end": point.date.end, "precision": point.date.precision,
                 "text": point.date.text},
        "score": point.score, "smoothed": round(point.smoothed, 6),
    }


def smooth(scores: Sequence[float], alpha: float = DEFAULT_ALPHA) -> list[float]:
    """Exponential moving average of ``scores``: ``smooth([-1, -1, 1], 0.5)`` -> ``[-1, -1, 0]``."""
    if not 0 < alpha <= 1:
        raise StanceQueryError(f"alpha {alpha} is not a smoothing weight; use a number in (0, 1]")
    smoothed: list[float] = []
    for score in scores:
        smoothed.append(score if not smoothed else alpha * score + (1 - alpha) * smoothed[-1])
    return smoothed


def detect_shifts(points: Sequence[TimelinePoint]) -> list[Shift]:
    """Each support/oppose point that differs from the previous support/oppose point."""
    shifts: list[Shift] = []
    last: TimelinePoint | None = None
    for point in points:
        if point.polarity == "neutral":
            continue
        if last is not None and point.polarity != last.polarity:
            shifts.append(Shift(last, point))
        last = point
    return shifts


def stance_timeline(store: Store, holder: str, concept: str, *,
                    alpha: float = DEFAULT_ALPHA) -> Timeline:
    """The dated series of ``holder``'s stances on ``concept``, smoothed, with its shifts.

    Args:
        store: an open database of coded stories.
        holder: an actor code ("USA", "NATO"), country code, actor id ("person:antony-blinken")
            or name ("Antony Blinken"); case does not matter.
        concept: a concept id ("c-…") or words canonicalised like concept names, all of which
            the concept must contain: "peace plan" matches "chn peace plan"; "proposal" and
            "offer" are read as "plan", "China's" as "chn".
        alpha: the weight of each new statement in the moving average, in (0, 1].

    Returns:
        A :class:`Timeline` ordered as the module docstring says.

    Example::

        >>> stance_timeline(store, "USA", "peace plan").shifts[0].after.polarity
        'support'
    """
    terms = _terms(holder, concept)
    rows = list(_rows(store, _HOLDER_SQL + " AND " + _CONCEPT_SQL, [*[holder] * 4, concept, list(terms)]))
    scores = [SCORES[row["polarity"]] for row in rows]
    points = [_point(row, s, m) for row, s, m in zip(rows, scores, smooth(scores, alpha), strict=True)]
    return Timeline(holder, concept, terms, alpha, tuple(points), tuple(detect_shifts(points)))


def _terms(holder: str | None, concept: str | None) -> tuple[str, ...]:
    if holder is not None and not holder.strip():
        raise StanceQueryError("the holder is empty; give an actor code such as USA, an id or a name")
    terms = query_terms(concept) if concept is not None else ()
    if concept is not None and not terms:
        raise StanceQueryError(f"the concept {concept!r} has no words to match; give words such as "
                               "'peace plan' or a concept id")
    return terms


_HOLDER_SQL = ("(upper(holder_code) = upper(?) OR upper(holder_country) = upper(?) "
               "OR lower(holder_id) = lower(?) OR lower(holder_name) = lower(?))")
_CONCEPT_SQL = ("(target_concept_id = ? OR "
                "list_has_all(string_split(target_concept, ' '), ?::VARCHAR[]))")


def _rows(store: Store, where: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Stance rows matching ``where``, in timeline order, read in batches."""
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM stances WHERE {where} "
           "ORDER BY story_date, story_id, position")
    try:
        with contextlib.closing(store.connection.cursor()) as cursor:
            cursor.execute(sql, params)
            while batch := cursor.fetchmany(1000):
                yield from (dict(zip(_COLUMNS, row, strict=True)) for row in batch)
    except duckdb.Error as exc:
        raise StoreError(f"cannot read stances from database {store.path}: {exc}") from exc


def _point(row: dict[str, Any], score: float, smoothed: float) -> TimelinePoint:
    return TimelinePoint(
        story_id=row["story_id"], story_date=row["story_date"], position=row["position"],
        stance_id=row["stance_id"], holder=row["holder_name"], polarity=row["polarity"],
        concept=row["target_concept"], concept_id=row["target_concept_id"], target=row["target_text"],
        evidence=Span(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
        date=_date(row), conditional=bool(row["conditional"]), condition=row["condition"],
        score=score, smoothed=smoothed,
    )


def _date(row: dict[str, Any]) -> DateInfo:
    start, end = row["date_start"], row["date_end"]
    return DateInfo(start.isoformat() if start else "", end.isoformat() if end else "",
                    row["date_precision"] or "story", row["date_text"])


def dna_statements(store: Store, *, holder: str | None = None,
                   concept: str | None = None) -> Iterator[dict[str, Any]]:
    """Stances as DNA statements (columns ``DNA_COLUMNS``), optionally for one holder or concept.

    Example: a "criticized the proposal" stance becomes ``{"actor": "USA", "concept":
    "chn peace plan", "agreement": 0, "text": "criticized the proposal", ...}``.
    """
    terms = _terms(holder, concept)
    clauses, params = ["polarity IN ('support', 'oppose')"], []
    if holder is not None:
        clauses.append(_HOLDER_SQL)
        params += [holder] * 4
    if concept is not None:
        clauses.append(_CONCEPT_SQL)
        params += [concept, list(terms)]
    for row in _rows(store, " AND ".join(clauses), params):
        yield _dna_row(row)


def _dna_row(row: dict[str, Any]) -> dict[str, Any]:
    is_person = (row["holder_id"] or "").startswith("person:")
    return {
        "statement_id": row["stance_id"], "date": _date(row).start or row["story_date"].isoformat(),
        "actor": row["holder_code"] or row["holder_name"],
        "person": row["holder_name"] if is_person else "",
        "organization": row["holder_code"] or ("" if is_person else row["holder_name"]),
        "concept": row["target_concept"], "agreement": _AGREEMENT[row["polarity"]],
        "text": row["evidence_text"], "document": row["story_id"],
        "start": row["evidence_start"], "stop": row["evidence_end"],
        "conditional": int(bool(row["conditional"])), "condition": row["condition"] or "",
    }


def export_dna(store: Store, out: Path, *, holder: str | None = None,
               concept: str | None = None) -> int:
    """Write DNA statements as CSV to ``out`` (header ``DNA_COLUMNS``); return how many.

    Example::

        >>> export_dna(store, Path("statements.csv"), holder="USA")
        4
    """
    if not out.parent.exists():
        raise StanceQueryError(f"the directory {out.parent} does not exist; create it or choose another --out")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=DNA_COLUMNS)
        writer.writeheader()
        written = 0
        for statement in dna_statements(store, holder=holder, concept=concept):
            writer.writerow(statement)
            written += 1
    return written


__all__ = ["DEFAULT_ALPHA", "DNA_COLUMNS", "SCORES", "Shift", "StanceQueryError", "Timeline",
           "TimelinePoint", "detect_shifts", "dna_statements", "export_dna", "smooth",
           "stance_timeline"]
