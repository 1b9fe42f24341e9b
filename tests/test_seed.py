"""Acceptance on the story the project started from (read from ../shared, never copied)."""

from __future__ import annotations

import pytest

import dyads
from conftest import SEED, shared_file
from dyads.records import CodedStory


@pytest.fixture(scope="module")
def seed() -> CodedStory:
    stories = list(dyads.read_stories([shared_file(SEED)]))
    assert len(stories) == 1 and isinstance(stories[0], dyads.Story)
    return next(dyads.code(stories))


def dyad(event: dyads.Event) -> tuple[str, str | None, str | None]:
    return event.type, event.source.code, event.target.code if event.target else None


def test_story_date_comes_from_the_header(seed: CodedStory) -> None:
    assert seed.story.story_date.isoformat() == "2023-05-12"
    assert seed.story.date_source == "header"
    assert not seed.story.text.startswith(" date")


def test_xi_zelensky_call_is_consult_chn_ukr(seed: CodedStory) -> None:
    calls = [e for e in seed.events if e.trigger.text == "spoke"]
    assert ("CONSULT", "CHN", "UKR") in {dyad(e) for e in calls}
    assert all(not e.negated and e.modality == "asserted" for e in calls)


def test_refusing_to_condemn_is_never_an_asserted_accusation(seed: CodedStory) -> None:
    condemn = [e for e in seed.events if e.trigger.text.startswith("condemn")]
    assert all(e.negated for e in condemn if e.type == "ACCUSE")


def test_far_from_rejecting_is_not_a_rejection(seed: CodedStory) -> None:
    rejecting = [e for e in seed.events if e.trigger.text == "rejecting"]
    assert all(e.negated for e in rejecting if e.type == "REJECT")


def test_sabotage_promise_is_not_asserted(seed: CodedStory) -> None:
    sabotage = [e for e in seed.events if e.trigger.text == "sabotage"]
    assert all(e.modality != "asserted" for e in sabotage)
