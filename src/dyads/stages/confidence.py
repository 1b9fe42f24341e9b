"""Calibrated event confidence: P(the event's type is right) from how the event was found.

The weights are a logistic model fitted on the development half of the PLOVER gold
(``tools/calibrate_confidence.py``) and shipped as data (``data/confidence.tsv``): one row per
feature, the ``bias`` row always applying. A feature the table does not know adds nothing.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Iterable, Mapping
from importlib import resources

CONFIDENCE_FILE = "confidence.tsv"


@functools.cache
def weights() -> Mapping[str, float]:
    """Feature -> logistic weight, from the shipped table."""
    text = resources.files("dyads").joinpath("data", CONFIDENCE_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {row["feature"]: float(row["weight"])
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def calibrated(features: Iterable[str]) -> float:
    """The probability the table gives to an event with these features, to two decimals.

    Example: ``calibrated(("how=verb", "mood=asserted"))`` -> e.g. ``0.62``.
    """
    table = weights()
    score = table.get("bias", 0.0) + sum(table.get(f, 0.0) for f in features)
    return round(1.0 / (1.0 + math.exp(-score)), 2)


__all__ = ["CONFIDENCE_FILE", "calibrated", "weights"]
