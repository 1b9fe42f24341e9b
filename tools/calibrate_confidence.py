"""Fit the event confidence table on the dev half of the PLOVER gold; report reliability.

    python tools/calibrate_confidence.py [--write]

The gold is split in two by a hash of each sentence's id and text (dev: even). A logistic model
of "the event's type is the sentence's gold type" is fitted on the dev events' features (see
``dyads.stages.events._features``) with an L2 penalty, and written to
``src/dyads/data/confidence.tsv`` with ``--write``. Then the reliability table (confidence bins
vs the share of right events) is printed for both halves: the test half was never seen.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dyads.eval import load_plover_gold
from dyads.eval.gold import GoldSentence
from dyads.eval.runner import code_sentences
from dyads.settings import Settings
from dyads.stages import confidence, events

TABLE = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / confidence.CONFIDENCE_FILE
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)
L2 = 1.0


def is_dev(sentence: GoldSentence) -> bool:
    """The dev half: an even SHA-1 of id and text."""
    digest = hashlib.sha1(sentence.id.encode() + sentence.text.encode()).hexdigest()
    return int(digest, 16) % 2 == 0


def labelled(gold: Sequence[GoldSentence]) -> list[tuple[tuple[str, ...], bool, float]]:
    """(features, right type?, shipped confidence) of every event coded from the sentences."""
    recorded: list[tuple[str, ...]] = []
    shipped = events.calibrated

    def record(features: tuple[str, ...]) -> float:
        recorded.append(tuple(features))
        return shipped(features)

    events.calibrated = record  # type: ignore[assignment]
    try:
        coded = code_sentences(gold, Settings())
    finally:
        events.calibrated = shipped  # type: ignore[assignment]
    flat = [(e, s.event_type) for s, evs in zip(gold, coded) for e in evs]
    assert len(flat) == len(recorded), "feature records and events out of step"
    return [(f, e.type == t, e.confidence) for f, (e, t) in zip(recorded, flat)]


def fit(rows: list[tuple[tuple[str, ...], bool, float]]) -> dict[str, float]:
    """L2-penalised logistic regression by gradient descent; returns feature -> weight."""
    names = sorted({f for feats, _, _ in rows for f in feats})
    index = {n: i + 1 for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for r, (feats, _, _) in enumerate(rows):
        for f in feats:
            x[r, index[f]] = 1.0
    y = np.array([float(ok) for _, ok, _ in rows])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(5000):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + penalty * w / len(y)
        w -= 0.5 * grad
    return {"bias": float(w[0]), **{n: float(w[i]) for n, i in index.items()}}


def write(weights: dict[str, float]) -> None:
    lines = ["# Logistic weights for event confidence: P(type right) = sigmoid(bias + sum of the",
             "# weights of an event's features). Written by tools/calibrate_confidence.py on the dev",
             "# half of the PLOVER gold; do not edit by hand.", "feature\tweight"]
    lines += [f"{name}\t{weight:.4f}" for name, weight in weights.items() if abs(weight) >= 1e-4]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def reliability(name: str, rows: list[tuple[tuple[str, ...], bool, float]]) -> None:
    print(f"{name}: {len(rows)} events")
    print(f"  {'bin':>11}  {'n':>4}  {'right':>5}  {'mean conf':>9}")
    for low, high in zip(BINS, BINS[1:]):
        inside = [(ok, c) for _, ok, c in rows if low <= c < high]
        if inside:
            share = sum(ok for ok, _ in inside) / len(inside)
            mean = sum(c for _, c in inside) / len(inside)
            print(f"  {low:.1f}-{min(high, 1.0):.1f}  {len(inside):4d}  {share:5.2f}  {mean:9.2f}")
    high = [ok for _, ok, c in rows if c >= 0.8]
    if high:
        print(f"  >= 0.8: {sum(high)}/{len(high)} right = {sum(high) / len(high):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="refit and write the table")
    args = parser.parse_args()
    gold = load_plover_gold()
    dev = [s for s in gold if is_dev(s)]
    test = [s for s in gold if not is_dev(s)]
    if args.write:
        write(fit(labelled(dev)))
        confidence.weights.cache_clear()
    reliability("dev", labelled(dev))
    reliability("test", labelled(test))


if __name__ == "__main__":
    main()
