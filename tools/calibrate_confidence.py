"""Fit the event confidence table on the dev halves of the PLOVER and VOA gold; report reliability.

    python tools/calibrate_confidence.py [--write]

The PLOVER gold is split in two by a hash of each sentence's id and text (dev: even); the
hand-annotated VOA stories carry their own dev/test split. A logistic model of "the event's
type is right" (the sentence's gold type; for a VOA story, an unpaired gold event of that type
in the sentence, paired as ``dyads eval voa`` pairs them) is fitted on the dev events' features
(see ``dyads.stages.events._features``) with an L2 penalty, and written to
``src/dyads/data/confidence.tsv`` with ``--write``. Single sentences and whole news stories
differ, so both kinds of text are fitted on. Then the reliability table (confidence bins vs the
share of right events) is printed for every half: the test halves were never seen.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dyads.eval import load_plover_gold
from dyads.eval.gold import GoldSentence
from dyads.eval.runner import code_events_of, code_sentences
from dyads.eval.voa import GoldStory, load_voa_gold, match, one_way
from dyads.records import Event
from dyads.settings import Settings
from dyads.stages import confidence, events

Row = tuple[tuple[str, ...], bool, float]

TABLE = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / confidence.CONFIDENCE_FILE
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)
L2 = 1.0


def is_dev(sentence: GoldSentence) -> bool:
    """The dev half: an even SHA-1 of id and text."""
    digest = hashlib.sha1(sentence.id.encode() + sentence.text.encode()).hexdigest()
    return int(digest, 16) % 2 == 0


def with_features(code: object) -> tuple[list[list[Event]], list[tuple[str, ...]]]:
    """Run ``code()`` (which codes events) recording each event's features, in event order."""
    recorded: list[tuple[str, ...]] = []
    shipped = events.calibrated

    def record(features: tuple[str, ...]) -> float:
        recorded.append(tuple(features))
        return shipped(features)

    events.calibrated = record  # type: ignore[assignment]
    try:
        coded = code()  # type: ignore[operator]
    finally:
        events.calibrated = shipped  # type: ignore[assignment]
    assert sum(len(evs) for evs in coded) == len(recorded), "feature records and events out of step"
    return coded, recorded


def labelled(gold: Sequence[GoldSentence]) -> list[Row]:
    """(features, right type?, shipped confidence) of every event coded from the sentences."""
    coded, recorded = with_features(lambda: code_sentences(gold, Settings()))
    flat = [(e, s.event_type) for s, evs in zip(gold, coded) for e in evs]
    return [(f, e.type == t, e.confidence) for f, (e, t) in zip(recorded, flat)]


def labelled_stories(gold: Sequence[GoldStory]) -> list[Row]:
    """The same for whole stories; the reverse record of a two-way event is left out, as the
    scorer leaves it out."""
    coded, recorded = with_features(lambda: code_events_of([g.story for g in gold], Settings()))
    features = iter(recorded)
    rows = []
    for story, evs in zip(gold, coded):
        own = {id(e): next(features) for e in evs}
        kept = one_way(evs)[0]
        right = {id(e) for e, _ in match(kept, story.events, lambda e, g: e.type == g.type)[0]}
        rows += [(own[id(e)], id(e) in right, e.confidence) for e in kept]
    return rows


def fit(rows: list[Row]) -> dict[str, float]:
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
             "# halves of the PLOVER and VOA gold; do not edit by hand.", "feature\tweight"]
    lines += [f"{name}\t{weight:.4f}" for name, weight in weights.items() if abs(weight) >= 1e-4]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def reliability(name: str, rows: list[Row]) -> None:
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
    stories = load_voa_gold()
    voa_dev = [g for g in stories if g.split == "dev"]
    voa_test = [g for g in stories if g.split == "test"]
    if args.write:
        write(fit(labelled(dev) + labelled_stories(voa_dev)))
        confidence.weights.cache_clear()
    reliability("PLOVER dev", labelled(dev))
    reliability("PLOVER test", labelled(test))
    reliability("VOA dev", labelled_stories(voa_dev))
    reliability("VOA test", labelled_stories(voa_test))


if __name__ == "__main__":
    main()
