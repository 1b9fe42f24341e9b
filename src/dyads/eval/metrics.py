"""Precision, recall and F1 over sets of predicted and gold items.

Each sentence contributes one gold set and one predicted set of hashable items. Counts are
summed over sentences (micro average): ``tp = |gold & pred|``, ``fp = |pred - gold|``,
``fn = |gold - pred|``. A ratio whose denominator is zero is 0.0, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dyads.eval.ngec import align

Item = TypeVar("Item", bound=Hashable)


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

    def add(self, split: str, scores: Mapping[str, PRF]) -> None:
        """Add one story's scores (criterion -> PRF) to its split."""
        totals = self.splits.setdefault(split, {})
        for criterion, prf in scores.items():
            totals[criterion] = totals.get(criterion, PRF()) + prf
        self.n_stories[split] = self.n_stories.get(split, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json``."""
        return {"n_stories": self.n_stories,
                **{split: {c: prf.to_dict() for c, prf in scores.items()} for split, scores in self.splits.items()}}

    def format_table(self) -> str:
        """Aligned plain-text table, one block per split."""
        rows = [("split", "criterion", "P", "R", "F1", "support")]
        for split, scores in sorted(self.splits.items()):
            rows.extend((split, c, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}", str(p.support))
                        for c, p in scores.items())
        return align(rows)


__all__ = ["SplitReport", "PRF", "macro_f1", "per_label", "score_sets"]
