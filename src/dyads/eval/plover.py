"""Score a coder's events against the PLOVER gold sentences.

Each gold sentence carries one event. For each sentence we build a gold set and a predicted
set of items per field, then sum tp/fp/fn over sentences (micro P/R/F1, see
:mod:`dyads.eval.metrics`). Predicted items come from the events the coder returned for that
sentence, in any number:

``event_type``
    gold ``{sentence.event_type}``; predicted ``{e.type}``. ``per_type`` splits these
    items by type; ``type_macro_f1`` is the mean F1 over the 16 PLOVER types that occur in
    gold or predictions (other predicted labels still count as false positives).
``source``
    gold ``{a.code for a in sources}``; predicted ``{e.source.code}``, unresolved (None)
    codes left out, since they assert nothing.
``target``
    gold ``{a.code for a in targets}``, or the source codes for a reciprocal (SRC/TAR)
    sentence, whose actors are each other's targets; predicted ``{e.target.code}`` for
    events with a target, None codes left out.
``type_dyad``
    gold ``{(type, s, t)}`` for every source code s and target code t, with s = None when the
    sentence has no source (one passive sentence) and t = None when it has no target; for a
    reciprocal sentence, every ordered pair of two different listed actors. Predicted
    ``{(e.type, e.source.code, e.target.code if e.target else None)}``, so a target whose
    code is unresolved scores as no target.

Items are sets per sentence: an event predicted twice in one sentence counts once.

Organisation codes: the gold file predates per-organisation codes and codes every
international organisation (UN, EU, NATO, the Red Cross, Amnesty ...) as ``IGO``. A
predicted actor that is an organisation (a code but no country) is therefore compared as
``IGO``; state codes are compared as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import permutations, product
from typing import Any

from dyads.eval.gold import GoldActor, GoldSentence
from dyads.eval.metrics import PRF, macro_f1, per_label, score_sets
from dyads.records import EVENT_TYPES, Actor, Event

CodeSentences = Callable[[Sequence[GoldSentence]], Sequence[Sequence[Event]]]
Dyad = tuple[str, str | None, str | None]

_TABLE_HEADER = ("field", "P", "R", "F1", "support")


@dataclass(frozen=True)
class PloverReport:
    """Micro P/R/F1 per field over the gold sentences, with a per-type breakdown."""

    n_sentences: int
    event_type: PRF
    type_macro_f1: float
    source: PRF
    target: PRF
    type_dyad: PRF
    per_type: Mapping[str, PRF]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (for ``dyads eval --json``)."""
        return {
            "n_sentences": self.n_sentences,
            "event_type": self.event_type.to_dict(),
            "type_macro_f1": self.type_macro_f1,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "type_dyad": self.type_dyad.to_dict(),
            "per_type": {label: prf.to_dict() for label, prf in self.per_type.items()},
        }

    def format_table(self) -> str:
        """An aligned plain-text table: field, P, R, F1, support."""
        rows = [
            _prf_row("event_type", self.event_type),
            ("type_macro", "-", "-", f"{self.type_macro_f1:.3f}", "-"),
            _prf_row("source", self.source),
            _prf_row("target", self.target),
            _prf_row("type_dyad", self.type_dyad),
            *(_prf_row(f"type:{label}", prf) for label, prf in self.per_type.items()),
        ]
        return _align([_TABLE_HEADER, *rows])


def evaluate_plover(code_sentences: CodeSentences, gold: Sequence[GoldSentence]) -> PloverReport:
    """Code every gold sentence with ``code_sentences`` and score the events it returns.

    Args:
        code_sentences: given the gold sentences, returns the predicted events of each, in
            the same order (the caller codes each text as a story dated 2000-01-01).
        gold: the gold sentences, e.g. from :func:`dyads.eval.load_plover_gold`.

    Returns:
        A report with micro P/R/F1 for type, source, target and type+dyad (definitions in the
        module docstring), per-type PRFs and the macro F1 over types.

    Raises:
        ValueError: the coder returned a different number of results than sentences.

    Example:
        >>> from dyads.eval import load_plover_gold
        >>> gold = load_plover_gold()
        >>> report = evaluate_plover(lambda sentences: [[] for _ in sentences], gold)
        >>> report.event_type.recall
        0.0
    """
    predicted = list(code_sentences(gold))
    gold_types = [{s.event_type} for s in gold]
    pred_types = [{e.type for e in events} for events in predicted]
    per_type = _in_type_order(per_label(gold_types, pred_types))
    return PloverReport(
        n_sentences=len(gold),
        event_type=score_sets(gold_types, pred_types),
        type_macro_f1=macro_f1({t: prf for t, prf in per_type.items() if t in EVENT_TYPES}),
        source=score_sets(map(_gold_sources, gold), map(_pred_sources, predicted)),
        target=score_sets(map(_gold_targets, gold), map(_pred_targets, predicted)),
        type_dyad=score_sets(map(_gold_dyads, gold), map(_pred_dyads, predicted)),
        per_type=per_type,
    )


def _gold_sources(sentence: GoldSentence) -> set[str]:
    """The sentence's source codes."""
    return {actor.code for actor in sentence.sources}


def _gold_targets(sentence: GoldSentence) -> set[str]:
    """The sentence's target codes; a reciprocal sentence's actors target each other."""
    return {actor.code for actor in _target_actors(sentence)}


def _target_actors(sentence: GoldSentence) -> tuple[GoldActor, ...]:
    """Listed targets, or the sources of a reciprocal sentence."""
    return sentence.sources if sentence.reciprocal else sentence.targets


def _gold_dyads(sentence: GoldSentence) -> set[Dyad]:
    """(type, source code, target code) for every dyad the gold sentence codes."""
    if sentence.reciprocal:
        pairs = [(a.code, b.code) for a, b in permutations(sentence.sources, 2)]
    else:
        pairs = list(product(_codes_or_none(sentence.sources), _codes_or_none(sentence.targets)))
    return {(sentence.event_type, source, target) for source, target in pairs}


def _codes_or_none(actors: tuple[GoldActor, ...]) -> list[str | None]:
    """The actors' codes, or [None] when there is no actor."""
    return [actor.code for actor in actors] or [None]


def gold_style_code(actor: Actor | None) -> str | None:
    """The actor's code as the gold file writes it: any organisation is ``IGO``."""
    if actor is None or actor.code is None:
        return None
    return "IGO" if actor.country is None else actor.code


def _pred_sources(events: Sequence[Event]) -> set[str]:
    """Resolved source codes of the predicted events."""
    return {c for c in (gold_style_code(e.source) for e in events) if c is not None}


def _pred_targets(events: Sequence[Event]) -> set[str]:
    """Resolved target codes of the predicted events."""
    return {c for c in (gold_style_code(e.target) for e in events) if c is not None}


def _pred_dyads(events: Sequence[Event]) -> set[Dyad]:
    """(type, source code, target code or None) of each predicted event."""
    return {(e.type, gold_style_code(e.source), gold_style_code(e.target)) for e in events}


def _in_type_order(table: dict[str, PRF]) -> dict[str, PRF]:
    """PLOVER types in ontology order, then any other predicted labels alphabetically."""
    order = {name: rank for rank, name in enumerate(EVENT_TYPES)}
    return dict(sorted(table.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def _prf_row(name: str, prf: PRF) -> tuple[str, ...]:
    """One table row for a PRF."""
    return (name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.support))


def _align(rows: list[tuple[str, ...]]) -> str:
    """Rows as text: first column left-aligned, the numbers right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))])
        for row in rows
    ]
    return "\n".join(lines)


__all__ = ["CodeSentences", "PloverReport", "evaluate_plover"]
