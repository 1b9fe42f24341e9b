"""Precision, recall and F1 over sets of predicted and gold items.

Each sentence contributes one gold set and one predicted set of hashable items. Counts are
summed over sentences (micro average): ``tp = |gold & pred|``, ``fp = |pred - gold|``,
``fn = |gold - pred|``. A ratio whose denominator is zero is 0.0, never an error.

Scores on a few annotated stories are noisy, so the story-level sets also give a 95% interval
for F1 (:func:`story_interval`): a percentile bootstrap that resamples whole stories, since the
errors within one story are not independent (one misread actor repeats through it).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dyads.eval.ngec import align

Item = TypeVar("Item", bound=Hashable)

BOOTSTRAP_ROUNDS = 1000


@dataclass(frozen=True)
class PRF:
    """True/false positive and false negative counts, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0.0 when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0.0 when the gold is empty."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0.0 when both are 0."""
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)

    @property
    def support(self) -> int:
        """Number of gold items: tp + fn."""
        return self.tp + self.fn

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        """Counts and ratios, JSON-ready."""
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


def story_interval(per_story: Sequence[PRF], rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of micro F1 over stories.

    Each round draws as many stories as there are, with replacement, and sums their counts; the
    interval is the 2.5th and 97.5th percentile of the rounds' F1. Seeded, so a report is
    reproducible.

    Example:
        >>> story_interval([PRF(tp=1), PRF(tp=1)])
        (1.0, 1.0)
    """
    if not per_story:
        return 0.0, 0.0
    rng = random.Random(seed)
    counts = [(s.tp, s.fp, s.fn) for s in per_story]
    scores = sorted(_f1(rng.choices(counts, k=len(counts))) for _ in range(rounds))
    return scores[int(0.025 * rounds)], scores[math.ceil(0.975 * rounds) - 1]


def _f1(counts: Sequence[tuple[int, int, int]]) -> float:
    tp, fp, fn = (sum(column) for column in zip(*counts))
    return PRF(tp, fp, fn).f1


def score_sets(gold: Iterable[Set[Item]], pred: Iterable[Set[Item]]) -> PRF:
    """Micro-averaged PRF of predicted item sets against gold item sets, pair by pair.

    Args:
        gold: one set of gold items per sentence.
        pred: one set of predicted items per sentence, in the same order.

    Returns:
        The summed counts; their ratios are micro averages over items.

    Raises:
        ValueError: ``gold`` and ``pred`` have different lengths.

    Example:
        >>> score_sets([{"AGREE"}, {"ACCUSE"}], [{"AGREE"}, set()]).recall
        0.5
    """
    total = PRF()
    for gold_set, pred_set in _paired(gold, pred):
        total += PRF(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))
    return total


def per_label(
    gold: Iterable[Set[Item]],
    pred: Iterable[Set[Item]],
    label_of: Callable[[Item], str] = str,
) -> dict[str, PRF]:
    """PRF for each label seen in gold or predicted items; ``label_of`` names an item's label.

    Example:
        >>> per_label([{"AGREE"}], [{"ACCUSE"}])["AGREE"].fn
        1
    """
    table: dict[str, PRF] = {}
    for gold_set, pred_set in _paired(gold, pred):
        for item in gold_set | pred_set:
            label = label_of(item)
            table[label] = table.get(label, PRF()) + _item_counts(item, gold_set, pred_set)
    return table


def macro_f1(per_label: Mapping[str, PRF]) -> float:
    """Unweighted mean F1 over the labels given; 0.0 for no labels.

    Example:
        >>> macro_f1({"AGREE": PRF(tp=1), "ACCUSE": PRF(fn=1)})
        0.5
    """
    return _ratio(sum(prf.f1 for prf in per_label.values()), len(per_label))


def _item_counts(item: Item, gold_set: Set[Item], pred_set: Set[Item]) -> PRF:
    """One item's contribution: a tp, an fp or an fn."""
    return PRF(
        tp=int(item in gold_set and item in pred_set),
        fp=int(item not in gold_set),
        fn=int(item not in pred_set),
    )


def _paired(
    gold: Iterable[Set[Item]], pred: Iterable[Set[Item]]
) -> Iterator[tuple[Set[Item], Set[Item]]]:
    """Gold and predicted sets side by side; their counts must match."""
    gold_sets, pred_sets = list(gold), list(pred)
    if len(gold_sets) != len(pred_sets):
        raise ValueError(
            f"{len(gold_sets)} gold item sets but {len(pred_sets)} predicted ones; "
            "pass exactly one predicted set per gold sentence, in the same order"
        )
    return zip(gold_sets, pred_sets)


def _ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


@dataclass
class SplitReport:
    """Scores per split (``dev``, ``test``) and criterion on annotated stories."""

    splits: dict[str, dict[str, PRF]] = field(default_factory=dict)
    n_stories: dict[str, int] = field(default_factory=dict)
    per_story: dict[str, dict[str, list[PRF]]] = field(default_factory=dict)

    def add(self, split: str, scores: Mapping[str, PRF]) -> None:
        """Add one story's scores (criterion -> PRF) to its split."""
        totals = self.splits.setdefault(split, {})
        stories = self.per_story.setdefault(split, {})
        for criterion, prf in scores.items():
            totals[criterion] = totals.get(criterion, PRF()) + prf
            stories.setdefault(criterion, []).append(prf)
        self.n_stories[split] = self.n_stories.get(split, 0) + 1

    def interval(self, split: str, criterion: str) -> tuple[float, float]:
        """The 95% story-bootstrap interval of one split's F1 on one criterion."""
        return story_interval(self.per_story.get(split, {}).get(criterion, []))

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json``; each criterion also has ``f1_interval``."""
        return {"n_stories": self.n_stories,
                **{split: {c: {**prf.to_dict(), "f1_interval": list(self.interval(split, c))}
                           for c, prf in scores.items()} for split, scores in self.splits.items()}}

    def format_table(self) -> str:
        """Aligned plain-text table, one block per split."""
        rows = [("split", "criterion", "P", "R", "F1", "F1 95% interval", "support")]
        for split, scores in sorted(self.splits.items()):
            rows.extend((split, c, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}",
                         format_interval(self.interval(split, c)), str(p.support))
                        for c, p in scores.items())
        return align(rows)


def format_interval(bounds: tuple[float, float]) -> str:
    """``0.190-0.310``: an interval as the tables print it."""
    return f"{bounds[0]:.3f}-{bounds[1]:.3f}"


__all__ = ["BOOTSTRAP_ROUNDS", "SplitReport", "PRF", "format_interval", "macro_f1", "per_label", "score_sets",
           "story_interval"]
