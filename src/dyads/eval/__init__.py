"""Accuracy evaluation: gold-data loaders and scoring behind ``dyads eval``."""

from dyads.eval.actors import (
    ActorCase, ActorMiss, ActorReport, GroupScore, evaluate_actors, load_actor_cases,
)
from dyads.eval.dates import DateCase, DateMiss, DateReport, evaluate_dates, load_date_cases
from dyads.eval.gold import GoldActor, GoldSentence, load_plover_gold
from dyads.eval.metrics import PRF, macro_f1, per_label, score_sets
from dyads.eval.ngec import NGEC_ACTOR_CASES, NGEC_DATE_CASES, Accuracy, default_shared_dir
from dyads.eval.plover import CodeSentences, PloverReport, evaluate_plover

__all__ = [
    "CodeSentences", "GoldActor", "GoldSentence", "PRF", "PloverReport", "evaluate_plover",
    "load_plover_gold", "macro_f1", "per_label", "score_sets",
    "Accuracy", "ActorCase", "ActorMiss", "ActorReport", "DateCase", "DateMiss", "DateReport",
    "GroupScore", "NGEC_ACTOR_CASES", "NGEC_DATE_CASES", "default_shared_dir", "evaluate_actors",
    "evaluate_dates", "load_actor_cases", "load_date_cases",
]
