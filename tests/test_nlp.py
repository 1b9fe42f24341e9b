"""The NLP stage: the model loads once, and subheadings run into a sentence are split off."""

from __future__ import annotations

import pytest

from dyads.nlp import lexicon_lemma, load_model, regular_bases
from dyads.settings import Settings


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(Settings().model)


@pytest.mark.parametrize(("text", "sentence"), [
    # a verbless subheading before a capitalised opener is a sentence of its own
    ("Towson said so. Government involvement In 2017, China released a plan.",
     "In 2017, China released a plan."),
    ("Ministers met. Position on China Beyond Ukraine, G7 foreign ministers also discussed it.",
     "Beyond Ukraine, G7 foreign ministers also discussed it."),
    # a capitalised opener after a verb is part of a name
    ("According to The New York Times, he left.", "According to The New York Times, he left."),
])
def test_a_subheading_run_into_a_sentence_is_split_off(nlp, text, sentence) -> None:  # type: ignore[no-untyped-def]
    assert sentence in [s.text for s in nlp(text).sents]


def test_the_model_is_loaded_once(nlp) -> None:  # type: ignore[no-untyped-def]
    assert load_model(Settings().model) is nlp


@pytest.mark.parametrize(("text", "sentence"), [
    # a subheading after a quotation's closing mark
    ('"We will see," he said.\u201d Jobs and savings The wind farm is one of 300 in Spain.',
     "The wind farm is one of 300 in Spain."),
    # openers beyond articles and prepositions
    ("The talks were long. Tourism boom Between 2010 and 2018, arrivals doubled.",
     "Between 2010 and 2018, arrivals doubled."),
    # a name in the possessive after a lower-case noun starts the sentence
    ("He left. Review of relations Mahathir's government froze a pipeline.",
     "Mahathir's government froze a pipeline."),
    # a gerund may lead a subheading
    ("The minister spoke. Blaming neighbors Tuesday's attack marked an escalation.",
     "Tuesday's attack marked an escalation."),
])
def test_more_subheadings_are_split_off(nlp, text, sentence) -> None:  # type: ignore[no-untyped-def]
    assert sentence in [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(("text", "sentences"), [
    # a name after a title is no subheading's end
    ("Security analyst Kabiru Adamu welcomed the move.", ["Security analyst Kabiru Adamu welcomed the move."]),
    # nor is a phrase that ends on a preposition
    ("In a letter last week to The Hague-based court, Kenya said it would stay away.",
     ["In a letter last week to The Hague-based court, Kenya said it would stay away."]),
])
def test_sentences_that_hold_no_subheading(nlp, text, sentences) -> None:  # type: ignore[no-untyped-def]
    assert [s.text for s in nlp(text).sents] == sentences


def test_after_an_abbreviation_the_parser_may_start_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("A final decision If the appeal fails, he is deported from the U.S. If it succeeds, he stays.")
    for name in ("tok2vec", "tagger", "dyads_run_in_headings"):
        doc = nlp.get_pipe(name)(doc)
    second_if = [t for t in doc if t.text == "If"][1]
    assert doc[3].is_sent_start is True  # the subheading's sentence starts at "If" ...
    assert doc[second_if.i - 1].is_sent_start is False  # ... and runs on up to "the U.S."
    assert second_if.is_sent_start is None  # where the parser decides again


@pytest.mark.parametrize(("form", "tag", "bases"), [
    ("hoped", "VBD", ("hope", "hop")), ("banned", "VBN", ("banne", "bann", "ban")),
    ("carried", "VBD", ("carry",)), ("carries", "VBZ", ("carrie", "carry")), ("waging", "VBG", ("wag", "wage")),
    ("hopes", "VB", ()),
])
def testregular_bases(form: str, tag: str, bases: tuple[str, ...]) -> None:
    assert regular_bases(form, tag) == bases


def test_a_misread_lemma_falls_back_to_a_base_form_the_table_knows(nlp) -> None:  # type: ignore[no-untyped-def]
    token = nlp("She rearrested him.")[1]
    assert lexicon_lemma(token, {"rearrest"}) == "rearrest"
    assert lexicon_lemma(token, {"seize"}) == token.lemma_.lower()  # nothing known: the model's lemma stays


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("It\u2019s a problem.", "\u2019s", "be"),
    ("We\u2019re troubled by it.", "\u2019re", "be"),
    ("They\u2019ve left.", "\u2019ve", "have"),
    ("She\u2019ll go.", "\u2019ll", "will"),
])
def test_a_contraction_with_a_typographic_apostrophe_reads_as_the_straight_one(nlp, text, word, lemma) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.lemma_, token.pos_) == (lemma, "AUX")


def test_a_possessive_with_a_typographic_apostrophe_stays_a_possessive(nlp) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp("The nation\u2019s capital is large.") if t.text == "\u2019s")
    assert token.lemma_ != "be"
