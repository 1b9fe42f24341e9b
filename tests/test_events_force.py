"""Force events (ASSAULT, COERCE, SANCTION, THREATEN, MOBILIZE): invented sentences and the events
they must (not) give, one case per construction.

Events are compared as (type, mode, source code, target code); ``absent`` cases list events that
must not appear.
"""

from __future__ import annotations

import pytest

from event_cases import coded_events

Row = tuple[str, str | None, str | None, str | None]


def events_of(text: str) -> set[Row]:
    return {(e.type, e.mode, e.source.code, e.target.code if e.target else None) for e in coded_events(text)}


PRESENT = [
    # a passive's 'by' agent the parser hangs on its 'as' phrase or its complement
    ("agent on 'as' phrase", "Hamas is designated as a terrorist organization by Canada.",
     ("SANCTION", "discontinue", "CAN", "PSE")),
    ("agent on complement", "Hamas was designated a terrorist group by Canada.",
     ("SANCTION", "discontinue", "CAN", "PSE")),
    # a relative clause on a predicate noun acts on what the noun describes
    ("predicate noun antecedent", "Hamas is a militant group that is designated as a terrorist "
     "organization by Canada.", ("SANCTION", "discontinue", "CAN", "PSE")),
    # nouns of abduction name the ASSAULT abduct their 'by' phrase or possessor commits
    ("abduction noun", "The abduction of Kenyan workers by Somali militants angered Kenya.",
     ("ASSAULT", "abduct", "SOM", "KEN")),
    ("kidnapping noun", "The kidnapping of Kenyan workers by al-Shabab was condemned.",
     ("ASSAULT", "abduct", "SOM", "KEN")),
    # an act of force its doer announces is a threat ...
    ("own report of an intent", "Iran said it will impose sanctions on Iraq.", ("THREATEN", None, "IRN", "IRQ")),
    ("own words", "\"We will bomb Libyan towns,\" the Egyptian president said.",
     ("THREATEN", None, "EGY", "LBY")),
    # ... one someone else forecasts keeps its type (hypothetical)
    ("analyst's forecast", "An American analyst said Iran could impose sanctions on Iraq.",
     ("SANCTION", "discontinue", "IRN", "IRQ")),
    ("analyst's forecast of force", "A French analyst said Chad could attack Sudanese border towns.",
     ("ASSAULT", None, "TCD", "SDN")),
    # stepping up or intensifying attacks is attacking; inflicting casualties is fighting
    ("stepped up attacks", "Russia stepped up its attacks on Ukrainian cities.", ("ASSAULT", None, "RUS", "UKR")),
    ("intensified attacks", "The Taliban intensified attacks on Afghan government forces.",
     ("ASSAULT", None, "AFG", "AFG")),
    ("inflicted casualties", "Sudanese rebels inflicted heavy casualties on Chadian troops.",
     ("ASSAULT", None, "SDN", "TCD")),
    ("increased the violence", "The Myanmar army has increased the violence over the last weeks.",
     ("ASSAULT", None, "MMR", "MMR")),
    # arrests, detention and closures by their idioms (gold conventions)
    ("broke up a cell", "The Moroccan counterterror agency broke up a terrorist cell.",
     ("COERCE", "arrest", "MAR", "MAR")),
    ("revoked house arrest", "A Guatemalan court revoked the journalist's house arrest.",
     ("COERCE", "arrest", "GTM", "GTM")),
    ("closed media outlets", "Somalia's intelligence agency closed 12 media outlets.",
     ("COERCE", "restrict", "SOM", "SOM")),
    ("broke with", "Hungary broke with Germany over border controls.", ("REJECT", None, "HUN", "DEU")),
    ("robbed", "Haitian gang members robbed trucks near Port-au-Prince.", ("COERCE", "seize", "HTI", "HTI")),
    # a present participle opening the sentence is its subject's own act
    ("leading participle", "Threatening to kill the Kenyan hostages, al-Shabab demanded a ransom.",
     ("THREATEN", None, "SOM", "KEN")),
    # an event noun's 'against' phrase hung on its uncoded verb still names the recipient
    ("offensive against", "Sudanese rebels spearheaded the offensive against the Chadian army.",
     ("ASSAULT", None, "SDN", "TCD")),
    # and an attack noun's 'on' phrase
    ("airstrikes on", "Israel intensified airstrikes on Gaza.", ("ASSAULT", "aerial", "ISR", "PSE")),
    # a clash is a reciprocal ASSAULT, coded once from the first-named side
    ("clashes between", "Dozens were hurt in clashes between Palestinian protesters and Israeli police.",
     ("ASSAULT", None, "PSE", "ISR")),
    # the subject of a clause 'under' an event noun undergoes it
    ("under sanctions", "Syria's oil industry, which is under EU sanctions, sells to China.",
     ("SANCTION", "discontinue", "EU", "SYR")),
    # fighting wildfires abroad is help, not an attack
    ("fought wildfires", "Greek crews fought wildfires in Turkey last summer.", ("AID", None, "GRC", "TUR")),
    # the state before a participle's hyphen does its act to what the noun names (one token, or three)
    ("hyphenated doer, appositive", "Al-Shabab, a U.S.-designated terrorist group, claimed the attack.",
     ("SANCTION", "discontinue", "USA", "SOM")),
    ("hyphenated doer, 'on' phrase", "Kenyan traders ignored the Kenya-imposed ban on Somali imports.",
     ("COERCE", None, "KEN", "SOM")),
]


@pytest.mark.parametrize(("rule", "text", "expected"), PRESENT, ids=[c[0] for c in PRESENT])
def test_force_event_present(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


ABSENT: list[tuple[str, str, Row]] = [
    ("forecast is no threat", "An American analyst said Iran could impose sanctions on Iraq.",
     ("THREATEN", None, "IRN", "IRQ")),
    ("intensified attacks are no cooperation", "The Taliban intensified attacks on Afghan government forces.",
     ("COOPERATE", None, "AFG", "AFG")),
    ("forcing the issue coerces no one", "Germany wants to force the issue with France before the summit.",
     ("COERCE", None, "DEU", "FRA")),
    ("firefighting is no attack", "Greek crews fought wildfires in Turkey last summer.", ("ASSAULT", None, "GRC", "TUR")),
]


@pytest.mark.parametrize(("rule", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_force_event_absent(rule: str, text: str, unwanted: Row) -> None:
    assert unwanted not in events_of(text), rule


@pytest.mark.parametrize("text", [
    "A China-funded port opened in Pakistan.",  # funding and backing describe the noun (gold: no event)
    "The Chinese-imposed rules angered Taiwan.",  # a demonym names a people, not the doer
])
def test_hyphenated_participle_without_a_doing_state_gives_no_event(text: str) -> None:
    assert not [e for e in coded_events(text) if e.source.resolved_by == "hyphenated-doer"]
