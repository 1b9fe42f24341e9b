"""Accuracy evaluation: gold-data loaders and scoring behind ``dyads eval``."""

from dyads.eval.gold import GoldActor, GoldSentence, load_plover_gold
from dyads.eval.metrics import PRF, macro_f1, per_label, score_sets
from dyads.eval.plover import CodeSentences, PloverReport, evaluate_plover

__all__ = [
    "CodeSentences", "GoldActor", "GoldSentence", "PRF", "PloverReport", "evaluate_plover",
    "load_plover_gold", "macro_f1", "per_label", "score_sets",
]
