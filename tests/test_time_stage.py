"""The time stage (dyads.stages.time): each event is dated by the expression governing its clause.

Sentences are our own, in a story published Friday 12 May 2023. Cases are (sentence, trigger
word, expected (start, end, precision, text) or None for "no expression governs it").
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

import dyads
from conftest import SEED, shared_file
from dyads.nlp import load_model
from dyads.records import Actor, DateInfo, Event, Quote, SentenceRef, Span
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors
from dyads.stages.time import date_events, event_date, find_expressions

STORY = date(2023, 5, 12)  # a Friday; its Monday-Sunday week is 8-14 May

Expected = tuple[str, str, str, str] | None


@functools.cache
def nlp() -> Language:
    return load_model(Settings().model)


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


ATTACHMENT: list[tuple[str, str, Expected]] = [
    # the expression that governs the clause, not the nearest one
    ("Xi, who met Putin in March, spoke with Zelensky on April 26.", "spoke",
     ("2023-04-26", "2023-04-26", "day", "April 26")),
    ("Xi, who met Putin in March, spoke with Zelensky on April 26.", "met",
     ("2023-03-01", "2023-03-31", "month", "March")),
    ("Xi spoke with Zelensky on April 26 for the first time since Russia's invasion of Ukraine "
     "in February 2022.", "spoke", ("2023-04-26", "2023-04-26", "day", "April 26")),
    ("Differences were on display this week as Baerbock clashed with Qin in Berlin on Tuesday.",
     "clashed", ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # a reported event without a date of its own takes the report's
    ("Zelensky said on Tuesday that Russian forces attacked Kharkiv.", "attacked",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("Zelensky said on Tuesday that Russian forces attacked Kharkiv on Monday.", "attacked",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    ("Zelensky said on Tuesday that Russian forces attacked Kharkiv.", "said",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # ... but not a past perfect one: it happened before the report
    ("The ministry confirmed on Tuesday that the rebels had seized the port.", "seized", None),
    # a date written before a noun dates it, as a possessive one does
    ("A trial opened on Monday over the 2004 bombing of an army base.", "bombing",
     ("2004-01-01", "2004-12-31", "year", "2004")),
    ("The rebels broke the March 2021 truce.", "truce", ("2021-03-01", "2021-03-31", "month", "March 2021")),
    ("A trial opened on Monday over the 2004 bombing of an army base.", "opened",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    ("The opposition condemned the 2019 budget.", "condemned", None),
    # a dated participle describing where the act was done dates the act; another does not
    ("In a video message released on Sunday, the president urged calm.", "urged",
     ("2023-05-07", "2023-05-07", "day", "Sunday")),
    ("The police questioned a journalist arrested on Sunday.", "questioned", None),
    ("The trains arrived at the station Tuesday evening.", "arrived",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # a possessive date dates the noun it possesses
    ("Sunday's raid killed four guards.", "raid", ("2023-05-07", "2023-05-07", "day", "Sunday")),
    ("Sunday's raid killed four guards.", "killed", ("2023-05-07", "2023-05-07", "day", "Sunday")),
    ("Last year's vote was marred by violence.", "vote",
     ("2022-01-01", "2022-12-31", "year", "Last year's")),
    # ... and, as an object's, not the verb taking it
    ("The ministry condemned Thursday's attack.", "attack",
     ("2023-05-11", "2023-05-11", "day", "Thursday")),
    ("The ministry condemned Thursday's attack.", "condemned", None),
    # a dated statement dates what was done in it, wherever the parse hangs it
    ("The ministry condemned the attack in a statement issued Thursday.", "condemned",
     ("2023-05-11", "2023-05-11", "day", "Thursday")),
    # two days the NER splits are one range
    ("The envoys met in Vienna on Wednesday and Thursday.", "met",
     ("2023-05-10", "2023-05-11", "day", "Wednesday and Thursday")),
    # a bare participle clause shares its main clause's date, both ways; a marked one does not
    ("Gunmen stormed a school on Monday, killing three students.", "killing",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    ("Speaking on Wednesday, the minister rejected the plan.", "rejected",
     ("2023-05-10", "2023-05-10", "day", "Wednesday")),
    ("After meeting on Monday, the envoys signed the accord.", "signed", None),
    ("Encouraged by the reception of its new platform in January, the leaders are pushing the "
     "companies to compete.", "pushing", None),
    # a "when" clause happened at the time it describes
    ("Ties soured in 2019, when both sides recalled their envoys.", "recalled",
     ("2019-01-01", "2019-12-31", "year", "2019")),
    # ... the bound of a span, not the span: "since 2011, when ..." happened in 2011
    ("Rebels have fought the army since 2011, when the government sent troops north.", "sent",
     ("2011-01-01", "2011-12-31", "year", "2011")),
    # a date written before a message the event is said in dates the saying
    ("The agency said in a November report that the plan had failed.", "said",
     ("2022-11-01", "2022-11-30", "month", "November")),
    # a reported past deed of someone else is not dated by the report; the speaker's own is
    ("The prosecutor said on Tuesday that Tehran offered to pay the men.", "offered", None),
    ("The prosecutor said on Tuesday that he offered the men a deal.", "offered",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # weekdays by tense: past looks back, future forward
    ("Russian forces shelled Kharkiv Thursday.", "shelled",
     ("2023-05-11", "2023-05-11", "day", "Thursday")),
    ("Putin will visit Beijing on Tuesday.", "visit", ("2023-05-16", "2023-05-16", "day", "Tuesday")),
    ("Putin will meet Xi in Beijing next week.", "meet",
     ("2023-05-15", "2023-05-21", "week", "next week")),
    ("Israeli troops raided a hospital in Gaza overnight.", "raided",
     ("2023-05-11", "2023-05-12", "day", "overnight")),
    # a caption: the date hangs from the place chain after the caption's noun
    ("Russian President Vladimir Putin, right, and Chinese President Xi Jinping shake hands after "
     "talks at the Grand Kremlin Palace, in Moscow, Russia, March 21, 2023.", "shake",
     ("2023-03-21", "2023-03-21", "day", "March 21, 2023")),
    # an event noun in the clause the expression governs
    ("Chinese Foreign Minister Qin Gang is in Europe this week for talks with his German "
     "counterpart.", "talks", ("2023-05-08", "2023-05-14", "week", "this week")),
    ("The visit follows high-level visits by Emmanuel Macron and Annalena Baerbock to Beijing "
     "last month.", "visits", ("2023-04-01", "2023-04-30", "month", "last month")),
    # a clause the event's clause continues: coordination and completion
    ("Xi met Putin on Tuesday and signed a trade deal.", "signed",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("Beijing continued on Tuesday to defend the plan.", "defend",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("Russia attacked Kyiv on Tuesday and Ukraine responded.", "responded", None),
    ("The senators joined the protest on Monday by calling for new sanctions.", "calling",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    # stacked prepositions, and a date inside a noun trigger's own phrase
    ("On Thursday in Washington, Blinken assured Payne of support.", "assured",
     ("2023-05-11", "2023-05-11", "day", "Thursday")),
    ("Abubakar announced the activation of a standby force Tuesday.", "activation",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # ... also when the small model hangs a bare date on a noun of the clause
    ("The general announced the creation of a joint border force Tuesday on the margins of the "
     "regional summit.", "summit", ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("The general announced the creation of a joint border force Tuesday on the margins of the "
     "regional summit.", "announced", ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # a speaker's second clause with a subject of its own is said when the first is
    ("\"Our army is ready, and we are prepared to talk,\" the president wrote Tuesday.", "prepared",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # a plain present with a weekday reads it either way, whichever is nearer; a report looks back
    ("The summit opens Monday in Rome.", "opens", ("2023-05-15", "2023-05-15", "day", "Monday")),
    ("There is another summit in Rome Wednesday.", "summit",
     ("2023-05-10", "2023-05-10", "day", "Wednesday")),
    ("The ministry says Monday that the talks failed.", "says",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    ("The ministry denies Monday's strike on the depot.", "strike",
     ("2023-05-08", "2023-05-08", "day", "Monday")),
    # a bare participle describing the subject shares its clause's date
    ("The rebels, backed by foreign fighters, seized the town in 2019.", "backed",
     ("2019-01-01", "2019-12-31", "year", "2019")),
    # an occasion in the object's phrase dates the object, not the act
    ("The senators voted on Tuesday, urging an inquiry into fraud in the March 3 vote.", "urging",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    # a verb with no object of its own shares the next verb's object and date
    ("The rebels have been shelling and raiding the villages since 2019.", "shelling",
     ("2019-01-01", "2023-05-12", "year", "since 2019")),
    # a past date on a purpose clause dates the deed done for it; a date to come does not
    ("The army deployed troops to drive the rebels from the hills in 2015.", "deployed",
     ("2015-01-01", "2015-12-31", "year", "2015")),
    ("The minister flew to Paris to attend the summit on Monday.", "flew", None),
    ("The palace sent an envoy to attend the coronation of the new king on April 30.", "sent",
     ("2023-04-30", "2023-04-30", "day", "April 30")),
    ("The guards caught the smugglers crossing the river in 2019.", "caught",
     ("2019-01-01", "2019-12-31", "year", "2019")),
    ("The two ministers agreed to meet again on May 2.", "agreed", None),
    # a simple-past "as" clause tells of the moment of the clause it hangs from
    ("The minister spoke on Tuesday as the army completed the operation and killed ten rebels.",
     "killed", ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("The court heard the case on Tuesday, though the government refused to attend.", "refused",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("The envoy warned on Tuesday that the army will keep up the pressure, as the rebels rejected "
     "the offer.", "rejected", None),
    # ... and so does a simple-past "when" clause
    ("The crowd cheered on Tuesday when the president lashed out at the rebels.", "lashed",
     ("2023-05-09", "2023-05-09", "day", "Tuesday")),
    ("The talks will resume on Tuesday when the envoys return.", "return", None),
    # an infinitive a past implicative verb says was done is past; one urged is still to come
    ("The protests forced the president to resign in March.", "resign",
     ("2023-03-01", "2023-03-31", "month", "March")),
    ("The envoy urged the rebels to disarm in March.", "disarm", ("2024-03-01", "2024-03-31", "month", "March")),
    # a date after "for" is when what an active verb sets up happens, not when it was set up
    ("The court overturned the verdict and ordered a new trial for 2025.", "ordered", None),
    ("The talks are scheduled for Monday.", "talks", ("2023-05-15", "2023-05-15", "day", "Monday")),
    # a subheading run into the sentence after it: its date is the clause's
    ("Rising tensions In 2019, India deployed troops to the border.", "deployed",
     ("2019-01-01", "2019-12-31", "year", "2019")),
    # two ends of a span the NER split are one range
    ("Chinese and Russian officials held talks from Monday to Wednesday in Beijing.", "held",
     ("2023-05-08", "2023-05-10", "day", "Monday to Wednesday")),
    ("The envoys met from May 2 until May 4.", "met", ("2023-05-02", "2023-05-04", "day", "May 2 until May 4")),
    # an expression that names no date governs but does not date
    ("The ceasefire held until Friday.", "held", None),
    ("The two leaders met in Ankara.", "met", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), ATTACHMENT)
def test_event_takes_the_expression_governing_its_clause(text: str, word: str, expected: Expected) -> None:
    doc = nlp()(text)
    got = event_date(token(doc, word), STORY)
    if expected is None:
        assert got is None
    else:
        assert got == DateInfo(*expected)


def test_event_date_accepts_precomputed_mentions() -> None:
    doc = nlp()("Baerbock clashed with Qin in Berlin on Tuesday.")
    mentions = find_expressions(doc)
    assert event_date(token(doc, "clashed"), STORY, mentions) == event_date(token(doc, "clashed"), STORY)
    assert event_date(token(doc, "clashed"), STORY, []) is None


@pytest.mark.parametrize("text", ["Russia attacked Kharkiv later in the week.",
                                  "\u201cIt is wrong to blame these people.\u201d  Earlier in the week, the senator "
                                  "called for an inquiry."])
def test_earlier_or_later_in_a_period_is_one_expression(text: str) -> None:
    lead = "later" if "later" in text else "Earlier"
    assert [m.text for m in find_expressions(nlp()(text))] == [f"{lead} in the week"]


# --------------------------------------------------------------------------- the stage


def story_event(document: Document, word: str) -> Event:
    """A hand-made event at ``word`` (the stage reads only the trigger and the date)."""
    doc, story = document.doc, document.story
    verb = token(doc, word)
    sentence = verb.sent
    actor = Actor("Russia", 0, 6, "Russia", "RUS", "RUS")
    return Event(f"e-{word}", "ASSAULT", Span(verb.idx, verb.idx + len(verb), verb.text),
                 SentenceRef(0, sentence.start_char, sentence.end_char, sentence.text), actor, None,
                 DateInfo(story.story_date.isoformat(), story.story_date.isoformat(), "story", None))


def document(text: str) -> Document:
    return Document(dyads.make_story(text, STORY.isoformat()), nlp()(text))


def test_stage_dates_the_events_it_can_and_keeps_the_story_date_elsewhere() -> None:
    base = document("Russia shelled Kharkiv on Tuesday. Russia attacked Kherson.")
    events = (story_event(base, "shelled"), story_event(base, "attacked"))
    dated = date_events(Document(base.story, base.doc, events=events))
    assert [e.date for e in dated.events] == [
        DateInfo("2023-05-09", "2023-05-09", "day", "Tuesday"),
        DateInfo("2023-05-12", "2023-05-12", "story", None),
    ]
    assert [e.event_id for e in dated.events] == ["e-shelled", "e-attacked"]


def dated(text: str, *words: str, quotes: tuple[Quote, ...] = (), **fields: object) -> list[DateInfo]:
    """The dates the stage gives hand-made events at ``words`` (one word per event), with
    ``fields`` replaced on each."""
    base = document(text)
    events = tuple(replace(story_event(base, word), **fields) for word in words)  # type: ignore[arg-type]
    return [e.date for e in date_events(Document(base.story, base.doc, events=events, quotes=quotes)).events]


STORY_DATE = DateInfo("2023-05-12", "2023-05-12", "story", None)
WEDNESDAY = DateInfo("2023-05-10", "2023-05-10", "day", "Wednesday")


MONDAY = DateInfo("2023-05-08", "2023-05-08", "day", "Monday")


@pytest.mark.parametrize(("text", "expected"), [
    # a past "where" clause happened on the visit to the place it tells of
    ("The envoy arrived in Kyiv on Monday, where he met the rebels.", MONDAY),
    ("The envoy visited Kyiv on Monday, where he met the rebels.", MONDAY),
    # ... not a place's standing state, nor what will be done there
    ("The envoy visited Kyiv on Monday, where he has met the rebels before.", STORY_DATE),
    ("The envoy visited Kyiv on Monday, where he will meet the rebels.", STORY_DATE),
])
def test_a_where_clause_takes_the_date_of_the_visit_it_tells_of(text: str, expected: DateInfo) -> None:
    assert dated(text, "met" if " met " in text else "meet") == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a simple-past sentence that says it goes on from the one before keeps its date
    ("On Wednesday, the government raised duties on steel. Its neighbour quickly retaliated with "
     "duties of its own.", "retaliated", WEDNESDAY),
    ("The envoys met in Vienna on Wednesday. The host, however, did not invite the rebels.",
     "invite", WEDNESDAY),
    ("The president wrote on Wednesday that peace was near. He added that his country welcomed "
     "the plan.", "welcomed", WEDNESDAY),
    # ... but not a statement of its own, nor deeds after words, nor another tense
    ("The army shelled the port on Wednesday. The army attacked the airport.", "attacked", STORY_DATE),
    ("The minister told reporters on Wednesday that talks would resume. The delegations also "
     "discussed trade.", "discussed", STORY_DATE),
    ("The army shelled the port on Wednesday. It has also attacked the airport.", "attacked",
     STORY_DATE),
    ("The army shelled the port on Wednesday. The army again attacked the airport.", "attacked",
     STORY_DATE),
    ("The envoys met in Vienna on Wednesday. A spokesman expressed regret and urged calm.", "urged",
     STORY_DATE),
    ("The envoys met in Vienna on Wednesday. But after the talks failed, they left the city.",
     "left", STORY_DATE),
    # a definite occasion points back to the one named before, with its date
    ("The council called an emergency meeting on Wednesday. The envoy of Iran attended the "
     "meeting.", "attended", WEDNESDAY),
    ("The council called an emergency meeting on Wednesday. The envoy of Iran rejected the "
     "proposal.", "rejected", STORY_DATE),
])
def test_stage_carries_a_date_across_sentences(text: str, word: str, expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


def test_a_speech_act_is_dated_by_its_quote_cue() -> None:
    text = "\"We will not back down,\" the minister said on Wednesday. \"We will retaliate.\""
    base = document(text)
    event = story_event(base, "retaliate")
    cue = token(base.doc, "said")
    start = text.index("We will retaliate")
    quote = Quote("q1", "direct", event.source, Span(cue.idx, cue.idx + 4, "said"),
                  Span(start, start + 17, "We will retaliate"), event.sentence)
    threat = {"type": "THREATEN", "quad_class": 3, "modality": "future"}
    assert dated(text, "retaliate", quotes=(quote,), **threat) == [WEDNESDAY]
    other = replace(quote, speaker=Actor("Kyiv", 0, 4, "Kyiv", "UKR", "UKR"))
    assert dated(text, "retaliate", quotes=(other,), **threat) == [STORY_DATE]  # someone else's
    deed = {"type": "ASSAULT", "quad_class": 4}
    assert dated(text, "retaliate", quotes=(quote,), **deed) == [STORY_DATE]  # a deed, not words


def test_the_same_actor_also_doing_the_same_is_the_same_act() -> None:
    base = document("The court on Monday ordered the release of the detainees. \"We are happy,\" "
                    "the lawyer said. The court also ordered the police to pay damages. Russia also "
                    "attacked Kherson.")
    first, second = [t for t in base.doc if t.text == "ordered"]
    events = tuple(replace(story_event(base, "attacked"), event_id=f"e{t.i}",
                           trigger=Span(t.idx, t.idx + len(t), t.text)) for t in (first, second))
    other = story_event(base, "attacked")  # "also" doing something else keeps the story date
    dated = date_events(Document(base.story, base.doc, events=(*events, other))).events
    monday = DateInfo("2023-05-08", "2023-05-08", "day", "Monday")
    assert [e.date for e in dated] == [monday, monday, STORY_DATE]


def test_stage_without_events_returns_the_document_unchanged() -> None:
    base = document("Russia shelled Kharkiv on Tuesday.")
    assert date_events(base) is base


def test_pipeline_dates_coded_events() -> None:
    coded = next(dyads.code([dyads.make_story("Russia attacked Ukraine on Tuesday.", "2023-05-12")]))
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert assaults and all(e.date == DateInfo("2023-05-09", "2023-05-09", "day", "Tuesday")
                            for e in assaults)


# --------------------------------------------------------------------------- the seed story


@pytest.fixture(scope="module")
def seed() -> tuple[dyads.Story, Doc, dyads.CodedStory]:
    stories = [s for s in dyads.read_stories([shared_file(SEED)]) if isinstance(s, dyads.Story)]
    return stories[0], nlp()(stories[0].text), next(dyads.code(stories))


def seed_token(doc: Doc, sentence_start: str, word: str) -> Token:
    sentence = next(s for s in doc.sents if s.text.strip().startswith(sentence_start))
    return next(t for t in sentence if t.text == word)


SEED_DATES = [
    ("Chinese President Xi Jinping spoke", "spoke", ("2023-04-26", "2023-04-26", "day")),
    ("Russian President Vladimir Putin, right", "shake", ("2023-03-21", "2023-03-21", "day")),
    ("Russian President Vladimir Putin, right", "talks", ("2023-03-21", "2023-03-21", "day")),
    ("Chinese Foreign Minister Qin Gang is in Europe", "talks", ("2023-05-08", "2023-05-14", "week")),
    ("The visit follows", "visits", ("2023-04-01", "2023-04-30", "month")),
    ("Nonetheless, those differences", "clashed", ("2023-05-09", "2023-05-09", "day")),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), SEED_DATES)
def test_seed_expressions_attach_to_their_events(seed, sentence: str, word: str,
                                                 expected: tuple[str, str, str]) -> None:
    story, doc, _ = seed
    got = event_date(seed_token(doc, sentence, word), story.story_date)
    assert got is not None and (got.start, got.end, got.precision) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), SEED_DATES)
def test_seed_events_are_dated_when_coded(seed, sentence: str, word: str,
                                          expected: tuple[str, str, str]) -> None:
    story, doc, coded = seed
    trigger = seed_token(doc, sentence, word)
    events = [e for e in coded.events if e.trigger.start == trigger.idx]
    if not events:
        pytest.skip(f"the event coder does not code {word!r} in {sentence!r} yet")
    assert {(e.date.start, e.date.end, e.date.precision) for e in events} == {expected}


TUESDAY = DateInfo("2023-05-09", "2023-05-09", "day", "Tuesday")


@pytest.mark.parametrize(("text", "word", "event_type", "expected"), [
    # a modal event in a report happens later than the report, on a day the text does not give
    ("The minister said on Tuesday that he would urge the council to act.", "urge", "REQUEST",
     STORY_DATE),
    # ... except a pledge or a threat, made by saying it
    ("The minister said on Tuesday that his country would invest in the port.", "invest", "AGREE",
     TUESDAY),
    ("The minister said on Tuesday that his army would strike back.", "strike", "THREATEN", TUESDAY),
    # ... a threat even with the day to come it is for; a pledge is dated by what it pledges
    ("The minister said on Tuesday that his country would raise the tariffs on June 1.", "raise",
     "THREATEN", TUESDAY),
    ("\"We will raise the tariffs on June 1,\" the minister said.", "raise", "THREATEN", STORY_DATE),
    ("The minister said on Tuesday that his country would convene a summit on June 1.", "convene",
     "AGREE", DateInfo("2023-06-01", "2023-06-01", "day", "June 1")),
])
def test_a_modal_event_in_a_report_keeps_the_report_date_only_when_said_then(
        text: str, word: str, event_type: str, expected: DateInfo) -> None:
    assert dated(text, word, type=event_type) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a clause set some days from its main clause: from the main clause's day ...
    ("The army shelled the port on Wednesday, a day after the rebels seized the airport.", "seized",
     DateInfo("2023-05-09", "2023-05-09", "day", None)),
    ("The army shelled the port on Wednesday, three days before the rebels seized the airport.",
     "seized", DateInfo("2023-05-13", "2023-05-13", "day", None)),
    # ... or from the story's day for a plain present or past with no day of its own
    ("Her remarks come two days after the president condemned the raid.", "condemned",
     DateInfo("2023-05-10", "2023-05-10", "day", None)),
    ("The envoy spoke a day after the rebels said that they seized the port.", "seized",
     DateInfo("2023-05-11", "2023-05-11", "day", None)),
    ("The envoy spoke a day after the rebels said that they had seized the port.", "seized",
     STORY_DATE),  # a past perfect: before the report, on a day not given
    # ... but not from a future one
    ("The army will withdraw two days after the rebels sign the deal.", "sign", STORY_DATE),
])
def test_an_event_some_days_from_its_main_clause_is_dated_by_it(text: str, word: str,
                                                                expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the same speaker's words again go on with the same statement ...
    ("The Finnish minister said on Wednesday that trade must grow. \"We welcome the plan,\" the "
     "Finnish minister said.", WEDNESDAY),
    # ... also after a long opening participle the small model gives a second subject
    ("Speaking at the Nordic Council, a foreign policy think tank in Helsinki, on Wednesday, the "
     "Finnish minister said that trade must grow. \"We welcome the plan,\" the Finnish minister "
     "said.", WEDNESDAY),
    # ... another speaker's do not
    ("The Finnish minister said on Wednesday that trade must grow. \"We welcome the plan,\" the "
     "Swedish minister said.", STORY_DATE),
])
def test_the_same_speakers_words_keep_the_date_of_their_statement(text: str, expected: DateInfo) -> None:
    base = resolve_actors(document(text))
    event = story_event(base, "welcome")
    found = date_events(replace(base, events=(event,))).events
    assert found[0].date == expected


@pytest.mark.parametrize(("text", "fields", "expected"), [
    # what a speaker said just before the same speaker's dated words was said then ...
    ("The Finnish minister criticized the plan. \"It is wrong,\" the Finnish minister said on "
     "Wednesday.", {"type": "DISAPPROVE", "quad_class": 3}, WEDNESDAY),
    # ... not what was done, nor what another speaker said
    ("The Finnish minister criticized the plan. \"It is wrong,\" the Finnish minister said on "
     "Wednesday.", {"type": "ASSAULT", "quad_class": 4}, STORY_DATE),
    ("The Finnish minister criticized the plan. \"It is wrong,\" the Swedish minister said on "
     "Wednesday.", {"type": "DISAPPROVE", "quad_class": 3}, STORY_DATE),
    # ... nor when the speaker is named again, maybe quoted from another statement
    ("Finnish Minister Anna Virtanen criticized the plan. \"It is wrong,\" Anna Virtanen wrote on "
     "Wednesday.", {"type": "DISAPPROVE", "quad_class": 3}, STORY_DATE),
])
def test_a_speakers_words_take_the_date_of_their_dated_words_right_after(
        text: str, fields: dict[str, object], expected: DateInfo) -> None:
    base = resolve_actors(document(text))
    event = replace(story_event(base, "criticized"), **fields)  # type: ignore[arg-type]
    found = date_events(replace(base, events=(event,))).events
    assert found[0].date == expected


YEAR_2010 = DateInfo("2010-01-01", "2010-12-31", "year", "2010")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a clause set just after or before its main clause shares its week, month or year ...
    ("Relations soured in 2010 after commandos stormed the ship.", "stormed", YEAR_2010),
    ("Ties froze in 2010 before the envoys met again.", "met", YEAR_2010),
    # ... but not its day, nor a time the clause had finished by
    ("The army shelled the port on Wednesday after the rebels seized the airport.", "seized", STORY_DATE),
    ("Relations soured in 2010 after commandos had stormed the ship.", "stormed", STORY_DATE),
])
def test_a_clause_just_after_its_main_clause_shares_its_period(text: str, word: str,
                                                               expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a definite message does what it says when it was issued
    ("The minister issued a statement on Wednesday. The statement threatened sanctions.", WEDNESDAY),
    # ... a message of no earlier mention, or an indefinite one, has no date of its own
    ("The minister spoke on Wednesday. The statement threatened sanctions.", STORY_DATE),
    ("The minister issued a statement on Wednesday. A statement threatened sanctions.", STORY_DATE),
])
def test_a_definite_message_is_dated_when_it_was_issued(text: str, expected: DateInfo) -> None:
    assert dated(text, "threatened") == [expected]


SUNDAY = DateInfo("2023-05-07", "2023-05-07", "day", "Sunday")


@pytest.mark.parametrize(("text", "word", "fields", "expected"), [
    # a day the small model compounds onto the next subject dates the verb before it, in its tense
    ("The premier said Sunday Norway will continue to support the talks.", "said", {}, SUNDAY),
    ("The premier said Sunday Norway will continue to support the talks.", "continue",
     {"type": "AGREE"}, SUNDAY),
])
def test_a_day_right_after_a_verb_dates_that_verb(text: str, word: str, fields: dict[str, object],
                                                  expected: DateInfo) -> None:
    assert dated(text, word, **fields) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an expression told from another date counts from the last date the text gave before it
    ("The president signed the law on Tuesday. One day earlier, parliament voted for it.", "voted",
     DateInfo("2023-05-08", "2023-05-08", "day", "One day earlier")),
    ("Officials said in March 2020 that the rebels had raided the port the previous year.", "raided",
     DateInfo("2019-01-01", "2019-12-31", "year", "the previous year")),
    # ... and from nothing when the text gave none before it
    ("One day earlier, parliament voted for the law.", "voted", STORY_DATE),
    # a part of the day is of the last day the text gave, past a longer period told since
    ("The envoys met on Tuesday. Talks had stalled in recent months. In the afternoon, the envoys "
     "signed the deal.", "signed", DateInfo("2023-05-09", "2023-05-09", "day", "the afternoon")),
])
def test_an_expression_told_from_another_date_counts_from_it(text: str, word: str,
                                                            expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a history told in an earlier year goes on in the deeds told after it ...
    ("In 2013, rebels seized power. A militia fought the rebels.", "fought",
     DateInfo("2013-01-01", "2013-12-31", "year", "2013")),
    # ... not in words, nor after a recent date
    ("In 2013, rebels seized power. The minister said the militia fought the rebels.", "said", STORY_DATE),
    ("In May, rebels seized power. A militia fought the rebels.", "fought", STORY_DATE),
    # ... nor in a deed told as coming later, on a day the text does not give
    ("In 2013, rebels seized power. A militia later fought the rebels.", "fought", STORY_DATE),
])
def test_a_history_goes_on_in_the_deeds_told_after_it(text: str, word: str, expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a present tense kept in a past indirect report is still so: not dated by the report ...
    ("The agency reported on Wednesday that France supports the plan.", "supports", STORY_DATE),
    # ... the speaker's own past tense is (another's named past deed is not: see the reported
    # past deed cases above), and so is a speaker's own present in a direct quote
    ("France reported on Wednesday that it supported the plan.", "supported", WEDNESDAY),
    ("\"France supports the plan,\" the agency reported on Wednesday.", "supports", WEDNESDAY),
])
def test_a_present_in_a_past_report_is_still_so(text: str, word: str, expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


def test_a_speech_act_in_a_statement_is_dated_when_the_statement_was_issued() -> None:
    text = "The ministry issued a statement on Wednesday. \"We condemn the raid,\" the statement said."
    base = document(text)
    event = replace(story_event(base, "condemn"), type="ACCUSE", quad_class=3)
    cue = token(base.doc, "said")
    start = text.index("We condemn")
    quote = Quote("q1", "direct", event.source, Span(cue.idx, cue.idx + 4, "said"),
                  Span(start, start + 19, "We condemn the raid"), event.sentence)
    found = date_events(Document(base.story, base.doc, events=(event,), quotes=(quote,))).events
    assert found[0].date == WEDNESDAY


JULY_2022 = DateInfo("2022-07-01", "2022-07-31", "month", "July")
LAST_WEEK = DateInfo("2023-05-01", "2023-05-07", "week", "last week")
FEB_4 = DateInfo("2023-02-04", "2023-02-04", "day", "Feb. 4")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a past relative clause describing a dated noun was done then
    ("The rebels praised the February 2020 pact the United States negotiated with them.", "negotiated",
     DateInfo("2020-02-01", "2020-02-29", "month", "February 2020")),
    # ... not a non-restrictive one, which tells of what befell it since
    ("The rebels praised the 2015 deal, which the United States abandoned.", "abandoned", STORY_DATE),
    # a statement issued at a dated occasion dates what was done in it
    ("In a joint statement issued at their Security Consultative Committee meeting in July, the "
     "two ministers shared concerns and agreed to meet.", "shared", JULY_2022),
    # an occasion the event was done at dates it, however deep the small model hangs it
    ("The president met the envoy for the first time at the summit in June 2018.", "met",
     DateInfo("2018-06-01", "2018-06-30", "month", "June 2018")),
    # a document's dating participle dates the act its clause tells of
    ("The senators sent a letter to the minister about the shipments dated Feb. 4, urging him to "
     "stop them.", "urging", FEB_4),
    # a verbless adverbial clause dates its clause
    ("The governor said that effective Monday, he was charging more for the power he sends to "
     "the neighbours.", "charging", DateInfo("2023-05-08", "2023-05-08", "day", "Monday")),
])
def test_a_date_written_apart_from_its_clause_still_dates_it(text: str, word: str,
                                                            expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a simple-past clause takes the week, month or year of the clause it is set just before ...
    ("Before concluding his questioning last week, the prosecutor read out the charges and asked "
     "the publisher about them.", "asked", LAST_WEEK),
    # ... not an ongoing one, nor a day
    ("Officials are pleading with the villagers to return, after thousands fled this week.",
     "pleading", STORY_DATE),
    ("Before concluding his questioning on Wednesday, the prosecutor read out the charges.", "read",
     STORY_DATE),
    # ... as does a gerund after "before" or "after" in one
    ("The prisoner escaped in July 2020 before being caught by the guards.", "caught",
     DateInfo("2020-07-01", "2020-07-31", "month", "July 2020")),
    # ... unless it is set only hours from it
    ("Militants attacked the convoy hours after it left the base on Tuesday.", "attacked",
     DateInfo("2023-05-09", "2023-05-09", "day", "Tuesday")),
])
def test_a_clause_set_before_or_after_a_dated_one_shares_its_period(text: str, word: str,
                                                                   expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # what happened before the report, or is still so, is not dated by it
    ("A spokesperson for the ministry told the agency on Tuesday it had been working with the "
     "neighbours for years, including by offering to resettle the refugees.", "offering", STORY_DATE),
    ("The paper reported on Monday that the president told his advisers he does not want to meet "
     "the rebel leader.", "meet", STORY_DATE),
    # a date on the object of "before" or "since" is another time, as is an occasion after them
    ("The paper reported that the president told his advisers he does not want to meet with the "
     "rebel leader before the presidential election in November, quoting sources.", "meet", STORY_DATE),
    ("The parties held an election in March. The president will not meet the rebels before the "
     "election.", "meet", STORY_DATE),
])
def test_a_report_or_a_boundary_does_not_date_what_happened_at_another_time(
        text: str, word: str, expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a participle setting the scene at a definite occasion points back to it ...
    ("The institute held an event in Washington on Wednesday. Speaking at the event, the envoy "
     "said new sanctions were needed.", "said", WEDNESDAY),
    # ... and the same speaker's next words go on from there
    ("The institute held an event on Wednesday. Speaking at the event, the envoy said new "
     "sanctions were needed. The envoy also told reporters that the offices should close.", "told",
     WEDNESDAY),
])
def test_a_scene_setting_occasion_dates_the_words_spoken_at_it(text: str, word: str,
                                                              expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


def test_a_speaker_s_account_of_earlier_offers_is_not_dated_by_the_quote() -> None:
    text = ("A spokesperson said on Wednesday that the ministry had been working with Laos for years, "
            "\u201cincluding by offering to resettle the refugees in other countries.\u201d")
    base = document(text)
    event = story_event(base, "offering")
    cue = token(base.doc, "said")
    start = text.index("including")
    quote = Quote("q1", "mixed", event.source, Span(cue.idx, cue.idx + 4, "said"),
                  Span(start, len(text) - 2, text[start:-2]), event.sentence)
    offer = {"type": "AGREE", "quad_class": 1}
    assert dated(text, "offering", quotes=(quote,), **offer) == [STORY_DATE]
    assert dated(text.replace("had been working", "was working"), "offering", quotes=(quote,),
                 **offer) == [WEDNESDAY]



@pytest.mark.parametrize(("text", "word", "expected"), [
    # a sentence that goes on foretelling a meeting or a journey announced before it takes its day
    ("The minister is due to travel to Oslo on Tuesday. He is expected to sign a defense pact.",
     "sign", DateInfo("2023-05-16", "2023-05-16", "day", "Tuesday")),
    ("China will convene a meeting in Beijing on Tuesday. It will be chaired by the vice minister, "
     "and the Russian envoy is expected to attend.", "attend",
     DateInfo("2023-05-16", "2023-05-16", "day", "Tuesday")),
    # ... not what is told as done, nor after a journey already made
    ("China will convene a meeting in Beijing on Tuesday. It has invited the Russian envoy.",
     "invited", STORY_DATE),
    ("The minister traveled to Oslo on Tuesday. He is expected to sign a defense pact.", "sign",
     STORY_DATE),
])
def test_a_plan_goes_on_in_the_sentence_that_foretells_it(text: str, word: str,
                                                         expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


SATURDAY = DateInfo("2023-05-06", "2023-05-06", "day", "Saturday")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a definite incident noun points back to the incident told of before, whatever its word ...
    ("Two blasts hit a school in the capital on Saturday. Officials accused the rebels of "
     "plotting the attack.", "attack", SATURDAY),
    # ... but what is said of it is not done then
    ("Two blasts hit a school in the capital on Saturday. Officials condemned the attack.",
     "condemned", STORY_DATE),
    # a claim of the incident is coded as the deed: it takes the incident's day
    ("Two blasts hit a school in the capital on Saturday. A rebel group claimed responsibility for "
     "the attack.", "claimed", SATURDAY),
    ("Two blasts hit a school in the capital on Saturday. A rebel group took credit for the "
     "bombing.", "took", SATURDAY),
    # ... not a claim of something else, nor of an indefinite attack
    ("Two blasts hit a school in the capital on Saturday. A rebel group claimed responsibility for "
     "the kidnapping of a teacher.", "claimed", STORY_DATE),
    ("Two blasts hit a school in the capital on Saturday. A rebel group claimed responsibility for "
     "an attack.", "claimed", STORY_DATE),
])
def test_a_definite_incident_is_the_one_told_of_before(text: str, word: str,
                                                      expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "fields", "expected"), [
    # words given as the reason a dated occasion ended were said on it ...
    ("The envoys met in Vienna on Wednesday. The talks ended quickly because the rebels' demand for "
     "a truce did not mesh with the plan.", {"type": "REQUEST", "quad_class": 1}, WEDNESDAY),
    # ... a deed given as the reason may have been done at any time
    ("The envoys met in Vienna on Wednesday. The talks ended quickly because the rebels' demand for "
     "a truce did not mesh with the plan.", {"type": "ASSAULT", "quad_class": 4}, STORY_DATE),
])
def test_words_given_as_the_reason_take_the_date_of_what_they_explain(
        text: str, fields: dict[str, object], expected: DateInfo) -> None:
    assert dated(text, "demand", **fields) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a past "while" or "when" clause dates the event it hangs from, when that has no date of its own
    ("The rebels have kept attacking the villages while they were negotiating with the army last "
     "year.", "attacking", DateInfo("2022-01-01", "2022-12-31", "year", "last year")),
    ("The army shelled the port when the talks were held in March.", "shelled",
     DateInfo("2023-03-01", "2023-03-31", "month", "March")),
    # ... not a modal event, for which the clause is a condition, nor a concession
    ("The army would shell the port when the talks were held in March.", "shell", STORY_DATE),
    ("The army shelled the port, though the talks were held in March.", "shelled", STORY_DATE),
])
def test_a_past_while_clause_dates_the_event_it_hangs_from(text: str, word: str,
                                                          expected: DateInfo) -> None:
    assert dated(text, word) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a pledge is made by saying it, on the report's day ...
    ("The minister said on Wednesday that Norway will meet the rebels.", WEDNESDAY),
    ("\"I think we will meet the rebels,\" the minister said on Wednesday.", WEDNESDAY),
    # ... not what the speaker believes others will do
    ("The minister said on Wednesday that he believes the rebels will meet the envoys.", STORY_DATE),
])
def test_a_belief_about_others_is_no_pledge(text: str, expected: DateInfo) -> None:
    assert dated(text, "meet", type="AGREE", quad_class=1) == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a definite occasion noun points back to the occasion told with a verb before it ...
    ("The envoys met in Vienna on Wednesday. At the meeting, the rebels agreed to a truce.", "agreed",
     WEDNESDAY),
    # ... not to a verb of another occasion, nor past its own date
    ("The envoys spoke in Vienna on Wednesday. At the meeting, the rebels agreed to a truce.", "agreed",
     STORY_DATE),
    ("The envoys met in Vienna on Wednesday. At the meeting on Monday, the rebels agreed to a truce.",
     "agreed", DateInfo("2023-05-08", "2023-05-08", "day", "Monday")),
])
def test_an_occasion_noun_points_back_to_the_verb_that_told_of_it(text: str, word: str,
                                                                 expected: DateInfo) -> None:
    assert dated(text, word) == [expected]
