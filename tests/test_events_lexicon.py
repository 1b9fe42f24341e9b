"""Lexicon coverage: event nouns (``event_words.tsv`` triggers) and verbs (``verbs_extra.tsv``) added
as general event vocabulary, each with the PLOVER type its CAMEO code gives, and the false readings
each must not give. Invented sentences, one case per word.

Events are compared as (type, source code, target code).
"""

from __future__ import annotations

import pytest

from event_cases import coded_events

Row = tuple[str, str | None, str | None]


def events_of(text: str) -> set[Row]:
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in coded_events(text)}


NOUNS = [
    # nouns whose 'of' phrase names who undergoes the act; the possessor or 'by' phrase is the doer
    ("detention of", "Kenya's detention of Somali traders drew little notice.", ("COERCE", "KEN", "SOM")),
    ("arrest of", "The arrest of Iranian sailors by Iraq was the first in years.", ("COERCE", "IRQ", "IRN")),
    ("imprisonment of", "Iran's imprisonment of French tourists angered Paris.", ("COERCE", "IRN", "FRA")),
    ("torture of", "The torture of Ukrainian prisoners by Russian guards was documented.", ("ASSAULT", "RUS", "UKR")),
    ("deportation of", "Thailand's deportation of Laotian workers began in May.", ("COERCE", "THA", "LAO")),
    ("assassination of", "Iran blamed the assassination of its general on Israel's Mossad.",
     ("ACCUSE", "IRN", "ISR")),
    ("killing of", "Nigeria's killing of Cameroonian soldiers shocked the region.", ("ASSAULT", "NGA", "CMR")),
    ("shelling", "Russian shelling of Ukrainian towns went on through the night.", ("ASSAULT", "RUS", "UKR")),
    ("ambush", "A Malian ambush on Burkinabe soldiers left ten dead.", ("ASSAULT", "MLI", "BFA")),
    ("occupation of", "Morocco's occupation of Mauritanian villages lasted a month.", ("COERCE", "MAR", "MRT")),
    ("annexation of", "Russia's annexation of Georgian land is years old.", ("COERCE", "RUS", "GEO")),
    ("seizure of", "Iran's seizure of a Greek tanker rattled shipping firms.", ("COERCE", "IRN", "GRC")),
    ("blockade", "An Egyptian blockade of Sudanese ports lasted a week.", ("COERCE", "EGY", "SDN")),
    ("investigation into", "The Kenyan investigation into Ugandan smugglers is closed.", ("ACCUSE", "KEN", "UGA")),
    ("cooperation with", "Japan's cooperation with Australia is deepening.", ("COOPERATE", "JPN", "AUS")),
    ("cooperation between", "Military cooperation between Russia and Iran is growing.", ("COOPERATE", "RUS", "IRN")),
    ("loans to", "Chinese loans to Zambia have grown.", ("AID", "CHN", "ZMB")),
    ("deployment of", "Chad's deployment of troops to Niger surprised observers.", ("MOBILIZE", "TCD", "NER")),
    ("invitation to", "Beijing's invitation to Kenyan leaders stands.", ("AGREE", "CHN", "KEN")),
    ("overtures to", "Turkey's overtures to Greek officials were welcomed.", ("AGREE", "TUR", "GRC")),
    ("military operation", "A Pakistani military operation against Afghan militants began on Monday.",
     ("ASSAULT", "PAK", "AFG")),
    ("endorsement of", "India's endorsement of Mauritius surprised Britain.", ("SUPPORT", "IND", "MUS")),
    ("backing", "Egypt's backing of Sudanese generals worried Ethiopia.", ("SUPPORT", "EGY", "SDN")),
    ("military backing", "Russian military backing of the Syrian army kept Assad in power.", ("AID", "RUS", "SYR")),
    ("agreement between", "An agreement between Ghana and Togo ended the row.", ("AGREE", "GHA", "TGO")),
    ("agreement among", "A 2015 agreement among Kenya, Uganda and Rwanda cut fees.", ("AGREE", "KEN", "UGA")),
    ("agreement with", "Britain's agreement with Norway covers fishing.", ("AGREE", "GBR", "NOR")),
    ("coordination with", "Kenya's coordination with Ugandan police stopped the smugglers.",
     ("COOPERATE", "KEN", "UGA")),
]


def test_withdrawal_of_troops() -> None:
    """A withdrawal with its 'of' phrase is a RETREAT by its possessor (a withdrawal 'from' a deal is not)."""
    assert ("RETREAT", "ETH") in {(e.type, e.source.code) for e in coded_events(
        "Ethiopia's withdrawal of its troops from Somalia is complete.")}


@pytest.mark.parametrize(("rule", "text", "expected"), NOUNS, ids=[c[0] for c in NOUNS])
def test_event_noun(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


VERBS = [
    ("attack government forces", "Syrian rebels attacked government forces on Monday.", ("ASSAULT", "SYR", "SYR")),
    ("attack government positions", "Congolese rebels attacked government positions near Goma.",
     ("ASSAULT", "COD", "COD")),
    ("attack forces", "Iraqi militants attacked U.S. forces.", ("ASSAULT", "IRQ", "USA")),
    ("attack villages for", "Sudanese militants attacked villages for supplies.", ("ASSAULT", "SDN", "SDN")),
    ("attack the government for (criticism)", "Kenyan opposition leader Raila Odinga attacked the government for "
     "its handling of the crisis.", ("ACCUSE", "KEN", "KEN")),
    ("renegotiate", "France wants to renegotiate the treaty with Germany.", ("CONSULT", "FRA", "DEU")),
    ("negotiate with", "Kenya negotiated with Somalia for months.", ("CONSULT", "KEN", "SOM")),
    ("invade", "Russia invaded Georgia in 2008.", ("ASSAULT", "RUS", "GEO")),
    ("persuade", "Kenya persuaded Somalia to join the talks.", ("REQUEST", "KEN", "SOM")),
    ("round up", "Zimbabwean police rounded up opposition activists in Harare.", ("COERCE", "ZWE", "ZWE")),
    ("clamp down", "Egyptian police clamped down on Sudanese migrants.", ("COERCE", "EGY", "SDN")),
    ("send back", "Thailand sent back Uyghur migrants to China.", ("COERCE", "THA", "CHN")),
    ("lambast", "The Kenyan president lambasted Somalia over the border dispute.", ("ACCUSE", "KEN", "SOM")),
    ("insult", "The Iranian minister insulted Saudi officials.", ("ACCUSE", "IRN", "SAU")),
    ("downgrade ties", "Lithuania downgraded ties with China.", ("SANCTION", "LTU", "CHN")),
    ("topple", "Sudanese rebels toppled the Chadian government.", ("ASSAULT", "SDN", "TCD")),
    ("expropriate", "Venezuela expropriated American oil fields.", ("COERCE", "VEN", "USA")),
    ("repatriate", "Thailand repatriated Cambodian migrants last week.", ("COERCE", "THA", "KHM")),
    ("elevate ties", "Vietnam elevated ties with Australia.", ("SUPPORT", "VNM", "AUS")),
    ("coerce", "China coerced Lithuanian firms into silence.", ("COERCE", "CHN", "LTU")),
    ("deprive", "Pakistan deprived Afghan refugees of their land.", ("COERCE", "PAK", "AFG")),
    ("make concessions", "Serbia made concessions to Kosovo in the talks.", ("CONCEDE", "SRB", "XKX")),
    ("make compromises", "Ghana made compromises to Togo on the border.", ("CONCEDE", "GHA", "TGO")),
    ("hand sovereignty", "Britain handed sovereignty over the islands to Mauritius.", ("CONCEDE", "GBR", "MUS")),
    ("hand over control", "Kenya handed over control of the port to Uganda.", ("CONCEDE", "KEN", "UGA")),
    ("turn down", "Ghana turned down the Togolese offer.", ("REJECT", "GHA", "TGO")),
    ("ignore summons", "The Kenyan minister ignored a Ugandan court summons.", ("REJECT", "KEN", "UGA")),
    ("drag feet", "Hungary is dragging its feet on EU reforms.", ("REJECT", "HUN", "EU")),
    ("have lunch with", "The Japanese envoy had lunch with the Korean president.", ("CONSULT", "JPN", "KOR")),
    ("look to for support", "Taiwan looks to Japan for support.", ("REQUEST", "TWN", "JPN")),
    ("create alliance", "Mali created an alliance with Niger.", ("SUPPORT", "MLI", "NER")),
    ("ship weapons", "Iran shipped missiles to Russia.", ("AID", "IRN", "RUS")),
    ("relinquish membership", "Greece relinquished its EU membership.", ("SANCTION", "GRC", "EU")),
    ("levy", "Uganda levied heavy fines on Kenyan traders.", ("SANCTION", "UGA", "KEN")),
    # light verb + attack noun, the target hung on the verb
    ("carry out airstrikes", "Turkish jets carried out airstrikes on Iraqi villages.", ("ASSAULT", "TUR", "IRQ")),
    ("conduct strikes", "The Chadian army conducted strikes on Sudanese camps.", ("ASSAULT", "TCD", "SDN")),
    ("mount offensive", "Ethiopia mounted an offensive against Eritrea.", ("ASSAULT", "ETH", "ERI")),
    ("lay siege", "Rebels laid siege to a Malian army base.", ("ASSAULT", "MLI", "MLI")),
    ("place under arrest", "Kenyan police placed the Ugandan envoy under house arrest.", ("COERCE", "KEN", "UGA")),
    ("hold in custody", "Iran held the French tourists in custody.", ("COERCE", "IRN", "FRA")),
    ("execute a person", "Iran executed two Iraqi prisoners.", ("ASSAULT", "IRN", "IRQ")),
    ("eliminate a commander", "Israel eliminated a Syrian commander.", ("ASSAULT", "ISR", "SYR")),
    ("launch hunger strike", "Kenyan prisoners launched a hunger strike.", ("PROTEST", "KEN", "KEN")),
    ("workers carry out strikes", "Kenyan workers carried out strikes against the government.",
     ("PROTEST", "KEN", "KEN")),
    ("convict", "A Kenyan court convicted the Ugandan activist of fraud.", ("SANCTION", "KEN", "UGA")),
    ("repatriate refugees", "Pakistan repatriated thousands of Afghan refugees.", ("COERCE", "PAK", "AFG")),
    ("turn people over", "Kenya turned the Somali refugees over to Somalia.", ("COERCE", "KEN", "SOM")),
    ("turn over people", "Iraq turned over the prisoners to Iran.", ("COERCE", "IRQ", "IRN")),
    ("intercept a tanker", "The Iranian navy intercepted a British tanker.", ("COERCE", "IRN", "GBR")),
    ("board vessels", "Chinese forces boarded Vietnamese fishing vessels.", ("COERCE", "CHN", "VNM")),
    ("disperse protesters", "Israeli police dispersed the Palestinian protesters.", ("ASSAULT", "ISR", "PSE")),
    ("dissolve a party", "The Thai government dissolved the Cambodian party.", ("COERCE", "THA", "KHM")),
    ("hit positions still an attack", "Kenyan jets hit Somali positions.", ("ASSAULT", "KEN", "SOM")),
    ("fight a state still an attack", "Kenyan troops fought Somali forces near the border.", ("ASSAULT", "KEN", "SOM")),
    ("fight terrorists still an attack", "Nigerian troops fought Boko Haram terrorists near Maiduguri.",
     ("ASSAULT", "NGA", "NGA")),
]


# verdict adjectives: a naming verb with one is the speaker's disapproval of its object's owner
VERDICTS = [
    ("exclusionary", "Kenya said the Somali plan was exclusionary.", ("ACCUSE", "KEN", "SOM")),
    ("groundless", "Ghana called the Togolese claims groundless.", ("ACCUSE", "GHA", "TGO")),
]


@pytest.mark.parametrize(("rule", "text", "expected"), VERDICTS, ids=[c[0] for c in VERDICTS])
def test_verdict_adjective(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


# the model's lemmatizer misreads some inflections ('relaunched' -> relaunche, 'waging' -> wag,
# 'rearrested' -> rearreste); the lexicon is looked up by the regular base form then
LEMMA_REPAIRS = [
    ("relaunched", "Central African rebels relaunched attacks on the army.", ("ASSAULT", "CAF", "CAF")),
    ("waging", "Sudanese rebels are waging war on the army.", ("ASSAULT", "SDN", "SDN")),
    ("rearrested", "Kenyan police rearrested Somali fugitives.", ("COERCE", "KEN", "SOM")),
    # 'staged' (read 'stag') now meets the verb 'stage': its protest patterns give way to the noun,
    # which keeps the purpose clause's addressee; its support patterns stay
    ("staged a rally in support", "Kenyan students staged a rally in support of Somalia.", ("SUPPORT", "KEN", "SOM")),
]


@pytest.mark.parametrize(("rule", "text", "expected"), LEMMA_REPAIRS, ids=[c[0] for c in LEMMA_REPAIRS])
def test_misread_lemma(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


@pytest.mark.parametrize(("rule", "text", "expected"), VERBS, ids=[c[0] for c in VERBS])
def test_event_verb(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text), rule


# False readings the rows are written to avoid: a possessor without an 'of' phrase is the one
# undergoing the act, a withdrawal 'from' a deal is no troop retreat, a request for comment is no
# appeal, an occupation may be a job, boarding a flight is no seizure; and the CAMEO.2.0 codes replaced.
ABSENT: list[tuple[str, str, str]] = [
    ("his detention names the detainee", "Kenya criticized the Somali envoy's detention.", "COERCE"),
    ("faces deportation names the deportee", "A Laotian activist faces deportation from Thailand.", "COERCE"),
    ("withdrawal from a deal", "Iran's withdrawal from the deal worried France.", "RETREAT"),
    ("request for comment", "The Thai government did not answer a VOA request for comment.", "REQUEST"),
    ("an occupation is a job", "Kenya's most common occupation is farming.", "COERCE"),
    ("boarding a flight", "The Kenyan president boarded a flight to Nairobi.", "COERCE"),
    ("negotiating is no support", "Kenya negotiated with Somalia for months.", "SUPPORT"),
    ("an invasion is no mere seizure", "Russia invaded Georgia in 2008.", "COERCE"),
    ("walking out is no meeting", "The Kenyan delegation walked out of talks with Somalia.", "CONSULT"),
    ("a hope is no appeal", "Kenya hopes Somalia will join the talks.", "REQUEST"),
    ("persuading is no support", "Kenya persuaded Somalia to join the talks.", "SUPPORT"),
    ("ignoring requests for comment", "The Kenyan government ignored VOA requests for comment.", "REJECT"),
    ("countering influence is no accusation", "Kenya seeks to counter Chinese influence in Uganda.", "ACCUSE"),
    ("a lunch alone is no meeting", "The Kenyan president had lunch in Nairobi.", "CONSULT"),
    ("executing a plan", "The Kenyan government executed its plan to close the camps.", "ASSAULT"),
    ("eliminating tariffs", "Kenya eliminated tariffs on Ugandan sugar.", "ASSAULT"),
    ("a hunger strike is no attack", "Kenyan prisoners launched a hunger strike.", "ASSAULT"),
    ("a labour strike is no attack", "Kenyan workers carried out strikes against the government.", "ASSAULT"),
    ("passengers boarding a ship", "Kenyan passengers boarded the ship in Mombasa.", "COERCE"),
    ("a ferry that stopped", "The Kenyan ferry stopped at the harbor.", "COERCE"),
    ("handing over a letter", "Kenya handed over a letter to Somalia.", "COERCE"),
    ("dissolving parliament", "The Kenyan president dissolved parliament.", "COERCE"),
    ("trade hitting a figure", "Trade between Kenya and Uganda hit $2 billion last year.", "ASSAULT"),
    ("prices hitting a record", "Kenyan fuel prices hit a record in May.", "ASSAULT"),
    ("combating terrorism", "Kenya deployed a force to combat terrorism in Somalia.", "ASSAULT"),
    ("fighting corruption", "The Kenyan president vowed to fight corruption.", "ASSAULT"),
]


@pytest.mark.parametrize(("rule", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_false_reading_absent(rule: str, text: str, unwanted: str) -> None:
    assert unwanted not in {e.type for e in coded_events(text)}, rule
