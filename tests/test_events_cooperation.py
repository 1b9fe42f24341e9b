"""Cooperation and concession events (AGREE, CONSULT, COOPERATE, CONCEDE, ...), rule by rule.

Short made-up sentences and the events they must (not) give. Events are compared as (type,
source code, target code); ``absent`` cases list events that must not appear.
"""

from __future__ import annotations

import pytest

from event_cases import coded_events

Row = tuple[str, str | None, str | None]


def events_of(text: str) -> set[Row]:
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in coded_events(text)}


def types_of(text: str) -> set[str]:
    return {type_ for type_, _, _ in events_of(text)}


PRESENT = [
    # settling a dispute with another party resolves it (CAMEO 039 -> AGREE)
    ("settled dispute", "Somalia settled its dispute with Kenya.", ("AGREE", "SOM", "KEN")),
    # a permission that is the main act, not a purpose, stays a concession
    ("main-clause permission", "Britain will allow Mauritius to manage the islands.", ("CONCEDE", "GBR", "MUS")),
    # a meeting only supposed is willingness to meet (AGREE), not a meeting held
    ("supposed meeting", "Germany would meet with France if the dispute ends.", ("AGREE", "DEU", "FRA")),
    # a meeting noun put ahead by its modifier is willingness to meet
    ("future talks", "Malaysia's future negotiations with China are a test for Mahathir.", ("AGREE", "MYS", "CHN")),
    # without such a modifier the negotiations are a meeting
    ("talks held", "Malaysia's negotiations with China are a test for Mahathir.", ("CONSULT", "MYS", "CHN")),
    # a gerund after a preposition of time is an act of its own, done by the verb's subject
    ("after-gerund", "Germany was praised after apologizing to France.", ("SUPPORT", "DEU", "FRA")),
    ("after-gerund, coded verb", "Germany criticized France after meeting Italy.", ("CONSULT", "DEU", "ITA")),
    # freeing people releases them (RETREAT), it concedes nothing
    ("free", "Nigerian gunmen freed 270 schoolgirls.", ("RETREAT", "NGA", None)),
    # agreeing with another's proposal endorses it (SUPPORT); agreeing with a party stays AGREE
    ("agree with proposal", "All G7 ministers agree with the U.S. proposal of a ceasefire.", ("SUPPORT", "G7", "USA")),
    ("official visit", "The Chinese foreign minister visited Vietnam.", ("CONSULT", "CHN", "VNM")),
    # not giving way to pressure is a refusal (REJECT); giving way is a concession
    ("not yielding", "Israel will not yield to pressure from Turkey.", ("REJECT", "ISR", "TUR")),
    ("yielding", "Israel yielded to pressure from Turkey.", ("CONCEDE", "ISR", "TUR")),
    # lobbying someone to act is an appeal to it; the act lobbied for is its content
    ("lobby", "Italy lobbied the EU to abandon the tariffs.", ("REQUEST", "ITA", "EU")),
    # providing aid keeps its pattern (AID, folded to AGREE in the future)
    ("provide assistance", "The United States will provide assistance to Haiti.", ("AGREE", "USA", "HTI")),
    # linking an attack with someone accuses it, it is no economic tie
    ("link attack", "Pakistan's army spokesman linked the attack on the train with Afghanistan.",
     ("ACCUSE", "PAK", "AFG")),
    # a court ordering a trial brings charges (ACCUSE), it appeals to no one
    ("order trial", "A Guatemalan appeals court overturned the conviction and ordered a new trial.",
     ("ACCUSE", "GTM", "GTM")),
    ("agree with party", "Germany agreed with France to hold talks.", ("AGREE", "DEU", "FRA")),
]

ABSENT_TYPES = [
    # verb defaults with no other party: holding power, pointing, improving, founding, filling,
    # stepping up, providing
    ("control", "Rebels control the northern province of Syria.", "COOPERATE"),
    ("direct", "The Kenyan government directed reporters to its earlier statement.", "COOPERATE"),
    ("improve", "Indonesia improved school facilities.", "COOPERATE"),
    ("establish", "Japan and Germany established a consultative group.", "COOPERATE"),
    ("fill", "Asian Americans are filling this void.", "CONCEDE"),
    ("step up", "Filipinos want their government to step up opposition to China.", "COOPERATE"),
    ("provide", "Closer ties with Saudi Arabia could provide impetus to Turkey's efforts with Egypt.", "COOPERATE"),
    # moving to live somewhere concedes nothing
    ("settle in", "Chinese merchants settled in the United States.", "CONCEDE"),
    # clearing a place by force is no concession
    ("clear", "The Pakistani army cleared the train's nine cars.", "CONCEDE"),
    # resolving one's own problems concedes nothing
    ("resolve own", "Pakistan is resolving its own security problems.", "CONCEDE"),
    # a permission in a purpose infinitive says what the main act is for
    ("freed", "Nigerian gunmen freed the hostages.", "CONCEDE"),
    ("order trial, no appeal", "A Guatemalan appeals court overturned the conviction and ordered a new trial.",
     "REQUEST"),
    # a source asking not to be named asks nothing of anyone
    ("requested anonymity", "An Afghan official who requested anonymity said the talks failed.", "REQUEST"),
    # private people visiting a country meet no one there
    ("tourists visit", "More than two million Chinese tourists visited Vietnam last year.", "CONSULT"),
    ("purpose permission", "Britain will lease back the base from Mauritius to allow the base to remain.",
     "CONCEDE"),
]


@pytest.mark.parametrize(("rule", "text", "expected"), PRESENT, ids=[c[0] for c in PRESENT])
def test_event_present(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


@pytest.mark.parametrize(("rule", "text", "type_"), ABSENT_TYPES, ids=[c[0] for c in ABSENT_TYPES])
def test_type_absent(rule: str, text: str, type_: str) -> None:
    assert type_ not in types_of(text), rule


def test_future_talks_are_not_a_meeting_held() -> None:
    assert ("CONSULT", "MYS", "CHN") not in events_of(
        "Malaysia's future negotiations with China are a test for Mahathir.")
