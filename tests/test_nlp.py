"""The NLP stage: the model loads once, and subheadings run into a sentence are split off."""

from __future__ import annotations

import pytest

from dyads.nlp import load_model
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
