"""The quote stage on sentences written for these tests: each quote form, speakers, no scare quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.nlp import load_model
from dyads.records import Quote, Story
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors
from dyads.stages.quote_cues import cues, quoted_stretches
from dyads.stages.quotes import extract_quotes


def quotes_of(text: str) -> tuple[Quote, ...]:
    nlp = load_model(Settings().model)
    story = Story("test-story", dt.date(2024, 5, 1), text)
    return extract_quotes(resolve_actors(Document(story, nlp(text)))).quotes


def summary(quote: Quote) -> tuple[str, str | None, str, str]:
    speaker = quote.speaker.text if quote.speaker else None
    return (quote.kind, speaker, quote.cue.text, quote.content.text)


# (text, expected (kind, speaker mention, cue, content) tuples, all of which must be found)
CASES = [
    pytest.param('"We will not sign this deal," Smith said.',
                 [("direct", "Smith", "said", "We will not sign this deal")], id="direct-quote-then-frame"),
    pytest.param("The mayor said: \u201cThe bridge will open in May and traffic will ease.\u201d",
                 [("direct", "mayor", "said", "The bridge will open in May and traffic will ease.")],
                 id="frame-colon-curly-marks"),
    pytest.param('"The talks are over for now," said Maria Lopez, a union leader.',
                 [("direct", "Maria Lopez, a union leader", "said", "The talks are over for now")],
                 id="inverted-said-x"),
    pytest.param('"The army will withdraw by Friday," Jones said. "Nobody wants another winter of war."',
                 [("direct", "Jones", "said", "The army will withdraw by Friday"),
                  ("direct", "Jones", "said", "Nobody wants another winter of war.")],
                 id="quote-continued-in-next-sentence"),
    pytest.param('Carter wrote "the treaty was a mistake from the very first day" in his memoir.',
                 [("direct", "Carter", "wrote", "the treaty was a mistake from the very first day")],
                 id="x-wrote"),
    pytest.param("\u201cWe have waited long enough for this.\n\n\u201cThe vote must happen this week,\u201d "
                 "Ahmed said.",
                 [("direct", "Ahmed", "said", "We have waited long enough for this."),
                  ("direct", "Ahmed", "said", "The vote must happen this week")],
                 id="quote-over-two-paragraphs"),
    pytest.param("Senator Ellen Brooks spoke in Ohio on Tuesday. She said: \u201cThe plan is dead. "
                 "We will write a new one.\u201d",
                 [("direct", "She", "said", "The plan is dead. We will write a new one.")],
                 id="pronoun-speaker-multi-sentence-quote"),
    pytest.param("The minister said that the border would stay closed.",
                 [("indirect", "minister", "said", "that the border would stay closed")], id="said-that"),
    pytest.param("Garcia told reporters the ceasefire was holding.",
                 [("indirect", "Garcia", "told", "the ceasefire was holding")], id="told-reporters"),
    pytest.param("According to local officials, the dam burst overnight.",
                 [("indirect", "local officials", "According to", "the dam burst overnight")],
                 id="according-to"),
    pytest.param("The council insisted on the vote, saying the budget could not wait.",
                 [("indirect", "council", "saying", "the budget could not wait")],
                 id="insisted-saying"),
    pytest.param("The newspaper quoted Patel as saying the talks had collapsed.",
                 [("indirect", "Patel", "as saying", "the talks had collapsed")], id="quoted-as-saying"),
    pytest.param("Europe, he said, must not give up on the accord.",
                 [("indirect", "he", "said", "Europe, he said, must not give up on the accord")],
                 id="parenthetical-frame"),
    pytest.param("Nakamura said the reform was urgent, while reiterating that taxes would not rise.",
                 [("indirect", "Nakamura", "said", "the reform was urgent"),
                  ("indirect", "Nakamura", "reiterating", "that taxes would not rise")],
                 id="while-reiterating"),
    pytest.param('The senator said the election was "rigged from the start" by officials.',
                 [("mixed", "senator", "said", 'the election was "rigged from the start" by officials')],
                 id="mixed"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_forms(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = [summary(q) for q in quotes_of(text)]
    for quote in expected:
        assert quote in found, f"{quote} not in {found}"


@pytest.mark.parametrize("text", [
    pytest.param('The minister rejected the so-called "peace plan" on Monday.', id="scare-quotes"),
    pytest.param('Critics call it a "tax grab" and the vote is due.', id="short-phrase-in-marks"),
    pytest.param("The army moved into the city on Sunday.", id="no-speech"),
    pytest.param("", id="empty"),
])
def test_no_false_quotes(text: str) -> None:
    assert quotes_of(text) == ()


def test_pronoun_speaker_resolves_to_the_named_person() -> None:
    quotes = quotes_of("President Joe Biden met troops in Texas. He said the mission would end soon.")
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.text == "He" and speaker.resolved_by == "coreference"
    assert "Biden" in speaker.name


def test_unknown_speaker_is_a_named_actor_without_code() -> None:
    (quote,) = quotes_of('"The water came so fast," said Tomasz Wrobel.')
    assert quote.speaker is not None
    assert quote.speaker.code is None and quote.speaker.resolved_by == "name"
    assert quote.speaker.name == "Tomasz Wrobel"


def test_spans_are_anchored_and_ids_stable() -> None:
    text = 'Officials met on Monday. "We are ready," Smith said.'
    first, second = quotes_of(text), quotes_of(text)
    assert [q.quote_id for q in first] == [q.quote_id for q in second]
    for quote in first:
        for span in (quote.cue, quote.content):
            assert text[span.start:span.end] == span.text
        assert quote.sentence.start <= quote.cue.start < quote.sentence.end


def test_headline_colon_names_the_speaker() -> None:
    (quote,) = quotes_of("Ortega: The elections will go ahead in June.\n\nThe president spoke on Friday.")
    assert summary(quote) == ("indirect", "Ortega", ":", "The elections will go ahead in June")


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "yes" and left.', ["yes"]),
    ("\u201cOne.\u201d \u201cTwo.\u201d", ["One.", "Two."]),
    ("\u201cStill open\n\n\u201cand closed.\u201d", ["Still open", "and closed."]),
    ('A stray " mark.\n\nNext paragraph.', []),
])
def test_quotation_marks_pair_up(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in quoted_stretches(text)] == expected


def test_cue_lexicon_is_data() -> None:
    lexicon = cues()
    assert {"say", "tell", "add", "insist", "warn", "write"} <= lexicon.verbs
    assert lexicon.according == ("according", "to")
    assert "quote" in lexicon.quoted_as
    assert ("point", "out") in lexicon.particle_verbs
