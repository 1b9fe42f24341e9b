"""ACCUSE, REJECT and PROTEST constructions: invented sentences and the events they must (not) give.

Events are compared as (type, source code, target code, negated, modality), as in test_events.py.
"""

from __future__ import annotations

import pytest

from event_cases import Row, coded_events, events_of

PRESENT = [
    # light verbs of blame and criticism (tools/knowledge/verbs_extra.tsv)
    ("place blame", "The Chilean government placed blame on Peruvian leaders.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("level criticism", "Chile has leveled a string of criticisms at Peru.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("rail against", "Chilean leaders have railed against Peru.", ("ACCUSE", "CHL", "PER", False, "asserted")),
    # a dispute is ACCUSE disapprove (the gold's guidelines), toward the other party
    ("dispute with", "Chile's dispute with Peru dragged on.", ("ACCUSE", "CHL", "PER", False, "asserted")),
    # an agentless 'is accused of' is the prosecution of the patient's state
    ("accused, no accuser", "Peru's president met lawmakers in Lima on Monday. Senator Jorge Ruiz, who is "
     "accused of corruption, was absent.", ("ACCUSE", "PER", "PER", False, "asserted")),
    # a participle accusing someone beside a main act of another kind is its own event
    # blame's 'on' phrase names the one blamed, also when the parser hangs it on the deed
    ("blame on", "Chile blamed the Peruvian attack on Bolivian militants.", ("ACCUSE", "CHL", "BOL", False, "asserted")),
    ("blame on, placed culprits", "Chile blamed the attack on militants based in Bolivia.",
     ("ACCUSE", "CHL", "BOL", False, "asserted")),
    # verdict adjectives in a reported clause condemn its subject
    ("verdict", '"The Peruvian raid was appalling," Chile\'s foreign minister said.',
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    # a worry's content clause names whom it is about
    ("concern that", "Chile expressed concern that Peruvian troops were massing on the border.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    # a statement whose clause has an actor do wrong accuses it (role 'wrongdoing')
    ("reported failure", "Chile said Peru was failing to rein in the smugglers.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("reported violation", "Rights groups and the United States say Peru's decision violates its treaty obligations.",
     ("ACCUSE", "USA", "PER", False, "asserted")),
    ("reported attempt", "Chile's foreign minister said Peru has repeatedly tried to sabotage the talks.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("reported violation denied", "Chile said Peru has not violated the treaty.",
     ("ACCUSE", "CHL", "PER", True, "asserted")),
    # a reaction from abroad with no one named: an uncoded doer (null code, GOV)
    ("reaction from abroad", "The Peruvian crackdown drew international condemnation.",
     ("ACCUSE", None, "PER", False, "asserted")),
    # a yielding verb denied is a refusal to yield (REJECT), not a negated concession
    ("refusal to yield", "The Chilean president said his administration will not succumb to mounting pressure "
     "from Peru.", ("REJECT", "CHL", "PER", False, "future")),
    ("refusal to recognize", "Chile does not recognize the Peruvian court.", ("REJECT", "CHL", "PER", False, "asserted")),
    # verbs of denunciation and of denial missing from CAMEO.2.0 (tools/knowledge/verbs_extra.tsv)
    ("excoriate", "Chile's foreign minister excoriated Peru over the raid.", ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("rebut", "Chile rebutted Peru's claim.", ("REJECT", "CHL", "PER", False, "asserted")),
    ("harden stance", "Chile hardened its stance toward Peru.", ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("accusing participle", "The Chilean rebels attacked a Peruvian convoy, accusing Peru of exploiting the region.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
]

ABSENT = [
    # co-sources of a dispute with an uncoded counterpart do not dispute with each other
    ("dispute with an uncoded party", "Chile, Peru and Bolivia withdrew from the pact after a yearlong dispute "
     "with the bloc.", ("ACCUSE", "CHL", "PER")),
    ("blame on, not the deed's doer", "Chile blamed the Peruvian attack on Bolivian militants.",
     ("ACCUSE", "CHL", "PER")),
    # a failure of no actor accuses no one
    ("failure of a thing", "Chile said the talks with Peru failed to produce a deal.", ("ACCUSE", "CHL", "PER")),
    ("reaction from no one", "Peru's crackdown drew widespread condemnation.", ("ACCUSE", None, "PER")),
    ("refusal to yield, no concession", "The Chilean president said his administration will not succumb to "
     "mounting pressure from Peru.", ("CONCEDE", "CHL", "PER")),
    ("classification, no refusal", "Chile does not recognize Peruvian degrees as valid.", ("REJECT", "CHL", "PER")),
    # a party reporting its own side's failure admits it, accusing no one
    ("admission, no charge", "Chile and Peru failed to reach agreement on the border, Chile said.",
     ("ACCUSE", "CHL", "PER")),
    # 'disturb' is a feeling, no protest
    ("disturb, no protest", "Chilean officials said the Peruvian report disturbed them.", ("PROTEST", "PER", "PER")),
    # an infinitive is the act's purpose, not a second event
    ("purpose infinitive", "Chile sent envoys to Lima to check up on the Peruvian detainees.",
     ("ACCUSE", "CHL", "PER")),
]


@pytest.mark.parametrize(("rule", "text", "expected"), PRESENT, ids=[c[0] for c in PRESENT])
def test_event_present(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(("rule", "text", "absent"), ABSENT, ids=[c[0] for c in ABSENT])
def test_event_absent(rule: str, text: str, absent: tuple[str, str, str]) -> None:
    assert not any(e[:3] == absent for e in events_of(text))


def test_consequence_participle_is_no_event() -> None:
    """A participle of the main act's own kind is its result ("fired, killing three"), no event."""
    events = coded_events("Chilean troops fired on Peruvian protesters, killing three.")
    assert [e.trigger.text for e in events] == ["fired"]
