"""The events the seed story must (not) give, read from ../shared (skipped when it is absent).

Each expected dyad is (type, source code, target code). The ones the coder cannot reach yet are
strict xfails: they fail loudly once fixed, so the mark has to go.
"""

from __future__ import annotations

import pytest

import dyads
from conftest import SEED, shared_file
from dyads.records import CodedStory

Dyad = tuple[str, str | None, str | None]


@pytest.fixture(scope="module")
def seed() -> CodedStory:
    return next(dyads.code(list(dyads.read_stories([shared_file(SEED)]))))


def asserted(seed: CodedStory) -> set[Dyad]:
    return {(e.type, e.source.code, e.target.code if e.target else None)
            for e in seed.events if not e.negated}


REACHED = [
    ("phone call", ("CONSULT", "CHN", "UKR")),
    ("coordinated adjectives", ("CONSULT", "CHN", "DEU")),
    ("coordinated adjectives", ("CONSULT", "CHN", "FRA")),
    ("coordinated adjectives", ("CONSULT", "CHN", "NOR")),
    ("nominal visits by X to Y", ("CONSULT", "FRA", "CHN")),
    ("nominal visits by X to Y", ("CONSULT", "DEU", "CHN")),
    ("authored object through the story", ("ACCUSE", "USA", "CHN")),
    ("called on", ("REQUEST", "FRA", "CHN")),
    ("pledging to work with", ("AGREE", "CHN", "FRA")),
    ("drew a rebuke from", ("ACCUSE", "EU", "FRA")),
    ("drew a rebuke from", ("ACCUSE", "DEU", "FRA")),
    ("lowercase capital", ("REQUEST", "USA", "UKR")),
    ("co-subjects after talks", ("CONSULT", "RUS", "CHN")),
    ("co-subjects after talks", ("CONSULT", "CHN", "RUS")),
]


@pytest.mark.parametrize(("rule", "dyad"), REACHED, ids=[f"{r}: {d}" for r, d in REACHED])
def test_seed_gives(seed: CodedStory, rule: str, dyad: Dyad) -> None:
    assert dyad in asserted(seed)


def test_rejected_his_position(seed: CodedStory) -> None:
    assert ("REJECT", "DEU", "CHN") in asserted(seed)


def test_refusing_to_condemn_is_no_accusation(seed: CodedStory) -> None:
    assert ("ACCUSE", "CHN", "RUS") not in asserted(seed)


def test_far_from_rejecting_is_no_rejection(seed: CodedStory) -> None:
    assert ("REJECT", "FRA", "CHN") not in asserted(seed)


def test_sabotage_is_not_asserted(seed: CodedStory) -> None:
    sabotage = [e for e in seed.events if e.trigger.text.startswith("sabotag")]
    assert all(e.modality != "asserted" or e.negated for e in sabotage)
