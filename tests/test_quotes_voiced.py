"""The quote stage on stances voiced in public by political actors ('rejected the claim that ...',
'blamed X for Y', 'determined that ...'), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyads.stages.quote_cues import cues
from tests.test_quotes import quotes_of, summary


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("China rejected the claim that its troops had crossed the border.",
                 ("indirect", "China", "rejected", "the claim that its troops had crossed the border"),
                 id="rejected-a-claim"),
    pytest.param("Pakistan blamed the rebels for the bombing of the bridge.",
                 ("indirect", "Pakistan", "blamed", "the rebels for the bombing of the bridge"),
                 id="blamed-x-for-y"),
    pytest.param("The Indian government determined that the election law had been broken.",
                 ("indirect", "Indian government", "determined", "that the election law had been broken"),
                 id="determined-that"),
])
def test_voiced_stances_are_quoted(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in [summary(q) for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    pytest.param("China rejected the request to meet the envoy.", id="rejected-a-request"),
    pytest.param("China rejected the offer that the envoy made in May.", id="rejected-a-relative-clause"),
    pytest.param("The Indian government will determine the next steps in the case.", id="determine-an-object"),
    pytest.param("The neighbours blamed the dog for the noise in the garden.", id="no-political-actor"),
])
def test_voiced_cues_without_a_stated_proposition_quote_nothing(text: str) -> None:
    assert not [q for q in quotes_of(text) if q.cue.text.split()[0].lower()[:5] in ("rejec", "deter", "blame")]


def test_voiced_cues_are_data() -> None:
    lexicon = cues()
    assert {"reject", "blame", "determine"} <= lexicon.voiced
    assert not lexicon.takes("reject", "bare") and not lexicon.takes("determine", "object")
    assert "reject" not in lexicon.verbs  # voiced, not speech: it frames no quotation
