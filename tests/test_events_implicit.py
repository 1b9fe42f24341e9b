"""Implicit doers: events whose source the text leaves implicit but the context makes unambiguous
(gold guidelines, src/dyads/data/gold/voa/README.md), on invented sentences, one case per construction.

Events are compared as (type, source code, target code); ``ABSENT`` cases list events that must
not appear.
"""

from __future__ import annotations

import pytest

from event_cases import coded_events

Row = tuple[str, str | None, str | None]


def events_of(text: str) -> set[Row]:
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in coded_events(text)}


def reporters_as_doers(text: str) -> set[Row]:
    """The events whose doers are the forces that report them."""
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in coded_events(text)
            if e.source.resolved_by == "reporting force"}


PRESENT = [
    # forces reporting an agentless passive of force are its doers, one event per force
    ("army reports a killing", "The Nigerian army said 20 Boko Haram fighters were killed in Borno state.",
     ("ASSAULT", "NGA", "NGA")),
    ("police report an arrest", "Kenyan police said three Somali smugglers were detained.",
     ("COERCE", "KEN", "SOM")),
    ("two forces, coordinated passives", "Malian troops and French soldiers say several Malian rebels were "
     "neutralized or captured.", ("COERCE", "FRA", "MLI")),
    ("two forces, each a doer", "Malian troops and French soldiers say several Malian rebels were "
     "neutralized or captured.", ("ASSAULT", "MLI", "MLI")),
]

ABSENT = [
    # the reporting forces do not act on each other
    ("forces not on each other", "Malian troops and French soldiers say several Chadian rebels were neutralized.",
     ("ASSAULT", "FRA", "MLI"), ("ASSAULT", "MLI", "FRA")),
]

# Reports whose reporters are not the doers: no event takes its source from the reporter.
NOT_THE_REPORTER = [
    # a means named leaves the doer open: whose airstrike, whose bomb
    ("means named", "The Iraqi army said the militant leader was killed in an airstrike."),
    # how it came about names the doer elsewhere
    ("circumstance named", "Somali police said four soldiers were killed when gunmen stormed a hotel."),
    # a civilian speaker reports, it does not do
    ("civilian reporter", "Nigerian villagers said 20 herders were killed."),
    # a named agent is the doer
    ("agent named", "The Nigerian army said 20 soldiers were killed by Boko Haram fighters."),
]


@pytest.mark.parametrize(("name", "text", "row"), PRESENT, ids=[c[0] for c in PRESENT])
def test_implicit_doer_is_coded(name: str, text: str, row: Row) -> None:
    assert row in events_of(text)


@pytest.mark.parametrize(("name", "text", "row", "other"), ABSENT, ids=[c[0] for c in ABSENT])
def test_no_implicit_doer(name: str, text: str, row: Row, other: Row) -> None:
    found = events_of(text)
    assert row not in found
    assert other not in found


@pytest.mark.parametrize(("name", "text"), NOT_THE_REPORTER, ids=[c[0] for c in NOT_THE_REPORTER])
def test_reporter_is_not_the_doer(name: str, text: str) -> None:
    assert not reporters_as_doers(text)


# Whom a passive participle describes, in an event noun with a named 'with' party, is its source.
PARTICIPLE_PARTIES = [
    ("injured in clashes", "Mosques prayed for Palestinians injured in violent confrontations with Israeli police.",
     ("ASSAULT", "PSE", "ISR")),
    ("killed in a gun battle", "Two Somali militants were killed in a gun battle with Kenyan police.",
     ("ASSAULT", "SOM", "KEN")),
    ("involved in talks", "Trump reassigned American officials involved in negotiations with North Korea.",
     ("CONSULT", "USA", "PRK")),
]


@pytest.mark.parametrize(("name", "text", "row"), PARTICIPLE_PARTIES, ids=[c[0] for c in PARTICIPLE_PARTIES])
def test_participle_party_is_the_source(name: str, text: str, row: Row) -> None:
    assert row in events_of(text)


def test_participle_by_agent_is_no_party() -> None:
    """'injured by police in clashes with protesters': the agent did it; the injured are no source."""
    assert ("ASSAULT", "PSE", "EGY") not in events_of(
        "Palestinians were injured by Israeli police in clashes with Egyptian smugglers.")


# A denial answers whoever last accused the denier, a rival side of its own state too.
DENIALS = [
    ("government answers rebels", "Al-Shabab accused the Somali government of corruption. A spokesman for "
     "the Somali government rejected the accusations.", ("REJECT", "SOM", "SOM")),
    ("rebels answer government", "The Somali government accused al-Shabab of attacking civilians. "
     "Al-Shabab denied involvement.", ("REJECT", "SOM", "SOM")),
]


def test_denial_by_the_accusers_side_answers_no_one() -> None:
    """The accuser's own side denying ('Somali officials') answers no charge of its own side."""
    found = events_of("The Somali government accused al-Shabab of attacking civilians. Somali officials "
                      "later rejected the accusations.")
    assert ("REJECT", "SOM", "SOM") not in found


@pytest.mark.parametrize(("name", "text", "row"), DENIALS, ids=[c[0] for c in DENIALS])
def test_denial_answers_a_rival_side(name: str, text: str, row: Row) -> None:
    assert row in events_of(text)


# An attack the story reports without a doer is the one claimant's (gold guidelines).
def test_undergone_attack_is_the_claimants() -> None:
    found = coded_events("A Pakistani army convoy came under attack near Quetta on Tuesday. The Baloch Liberation "
                         "Army claimed responsibility for the attack.")
    assert [(e.type, e.source.text, e.source.resolved_by, e.target.code if e.target else None) for e in found
            if e.trigger.text == "attack"] == [("ASSAULT", "Baloch Liberation Army", "story claimant", "PAK")]


def test_undergone_attack_with_rival_claimants_has_no_doer() -> None:
    """Two claimants by code: the story leaves the doer open."""
    found = coded_events("A Pakistani army convoy came under attack near Quetta. The Baloch Liberation Army "
                         "claimed responsibility, and the Islamic State also claimed responsibility.")
    assert not [e for e in found if e.trigger.text == "attack"]


# Event nouns of rival owners set against each other face each other.
def test_rival_owners_face_each_other() -> None:
    found = events_of("Talks ended because Washington's call for denuclearization and Pyongyang's call for "
                      "sanctions relief did not mesh.")
    assert {("REQUEST", "USA", "PRK"), ("REQUEST", "PRK", "USA")} <= found


def test_owner_beside_a_plain_noun_faces_no_one() -> None:
    """The other owner's noun names no event ('position'): nothing is aimed at it."""
    assert not events_of("Washington's call for denuclearization and Pyongyang's position did not mesh.")


# Two sides of one state acting on each other are coded once, the first-named side as source.
ONE_STATE_SIDES = [
    ("meeting", "Somali clan elders and Somali government officials met on Monday.",
     [("CONSULT", ("CVL",), "SOM")]),
    ("clash", "Somali rebels and Somali government troops clashed on Sunday.", [("ASSAULT", ("REB",), "SOM")]),
]


@pytest.mark.parametrize(("name", "text", "rows"), ONE_STATE_SIDES, ids=[c[0] for c in ONE_STATE_SIDES])
def test_one_state_sides_coded_once(name: str, text: str, rows: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert [(e.type, e.source.sector, e.target.code if e.target else None) for e in coded_events(text)] == rows
