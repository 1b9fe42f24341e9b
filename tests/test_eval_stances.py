"""Stance and quote scoring against the annotated VOA stories: ``dyads eval stances`` and
``dyads eval voa-quotes``, their rules and their wiring."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dyads.concepts import concept_id
from dyads.eval.runner import SETS, evaluate
from dyads.eval.stances import (
    CRITERIA,
    CodedStances,
    GoldStance,
    GoldStanceStory,
    content_words,
    evaluate_stances,
    load_stance_gold,
    target_agrees,
)
from dyads.eval.voa_quotes import GoldQuote, GoldQuoteStory, evaluate_voa_quotes, load_quote_gold
from dyads.records import Actor, DateInfo, Quote, SentenceRef, Span, Stance, StanceTarget, Story
from dyads.settings import Settings

TEXT = "Chile rejected the fishing quota. Peru welcomed the new fishing quota."


def _stance(holder: str, polarity: str, target: str, start: int) -> Stance:
    actor = Actor(holder, start, start + len(holder), holder, holder.upper()[:3], None)
    target_start = TEXT.index(target, start)
    return Stance(f"s{start}", actor, StanceTarget(target, target_start, target_start + len(target),
                                                   concept_id("quota"), "quota"),
                  polarity, Span(start, target_start + len(target), TEXT[start:target_start + len(target)]),
                  DateInfo("2024-01-01", "2024-01-01", "story"))


GOLD = (GoldStance(6, "rejected the fishing quota", "CHI", "Chile", "oppose", "the fishing quota", "fishing quota"),
        GoldStance(39, "welcomed the new fishing quota", "PER", "Peru", "support", "the new fishing quota",
                   "fishing quota"))
SENTENCES = ((0, 33), (34, len(TEXT)))


def _score(*predicted: Stance) -> dict[str, float]:
    story = GoldStanceStory(Story("x", dt.date(2024, 1, 1), TEXT), "dev", GOLD)
    report = evaluate_stances(lambda stories: [CodedStances(predicted, SENTENCES)], [story])
    return {c: report.splits["dev"][c].f1 for c in CRITERIA}


def test_a_perfect_prediction_scores_one_on_every_criterion() -> None:
    scores = _score(_stance("Chile", "oppose", "the fishing quota", 0),
                    _stance("Peru", "support", "the new fishing quota", 34))
    assert scores == {c: 1.0 for c in CRITERIA}


def test_a_wrong_polarity_is_found_but_not_right() -> None:
    scores = _score(_stance("Chile", "support", "the fishing quota", 0),
                    _stance("Peru", "support", "the new fishing quota", 34))
    assert scores["found"] == scores["holder"] == 1.0
    assert scores["holder+polarity+target"] == scores["holder+polarity"] == scores["polarity"] == 0.5


def test_a_wrong_holder_counts_for_polarity_only() -> None:
    scores = _score(_stance("Ecuador", "oppose", "the fishing quota", 0))
    assert scores["polarity"] > 0 and scores["holder"] == scores["holder+polarity+target"] == 0.0


def test_nothing_predicted_scores_zero() -> None:
    assert all(v == 0.0 for v in _score().values())


@pytest.mark.parametrize(("predicted", "gold", "agrees"), [
    ("Muslim Brothers", "supporting the Muslim Brotherhood", True),    # shares "muslim"
    ("the rebels' offensive", "the offensive in the north", True),
    ("the U.S. plan", "U.S. sanctions", False),                       # a country name is no overlap
    ("the harbour", "a new fishing quota", False),
])
def test_targets_agree_on_a_shared_content_word(predicted: str, gold: str, agrees: bool) -> None:
    pred = _stance("Chile", "oppose", "the fishing quota", 0)
    pred = Stance(pred.stance_id, pred.holder, StanceTarget(predicted, 0, len(predicted), concept_id("zzz"), "zzz"),
                  pred.polarity, pred.evidence, pred.date)
    assert target_agrees(pred, GoldStance(0, "x", "CHI", "Chile", "oppose", gold, "")) is agrees


def test_content_words_drop_function_words_and_country_names() -> None:
    assert content_words("China's new peace plan for Ukraine") == {"peace", "plan"}


def test_stances_is_an_eval_set_scored_per_split(tmp_path: Path) -> None:
    assert "stances" in SETS
    story = {"story_id": "1", "split": "test", "story_date": "2024-01-01", "text": TEXT,
             "stances": [{"anchor": "rejected the fishing quota", "start": 6,
                          "holder": {"code": "CHL", "sector": None, "text": "Chile", "name": "Chile"},
                          "target": "the fishing quota", "concept": "fishing quota", "polarity": "oppose",
                          "conditional": False, "condition": None}]}
    (tmp_path / "1.json").write_text(json.dumps(story), encoding="utf-8")
    report = evaluate(["stances"], Settings(), gold=tmp_path)["stances"]
    scores = report.to_dict()["test"]
    assert scores["holder+polarity+target"]["recall"] == 1.0  # Peru's welcome is not annotated: a false positive
    assert "holder+polarity+target" in report.format_table()


def test_the_shipped_gold_has_both_splits() -> None:
    gold = load_stance_gold()
    assert {g.split for g in gold} == {"dev", "test"} and all(g.stances for g in gold)


# -- quotes on the same annotated stories ------------------------------------------------------

QUOTE_TEXT = '"The quota is fair," the Chilean minister said. Peru disagreed.'


def _quote(start: int, end: int, code: str | None) -> Quote:
    speaker = Actor("Chilean minister", 21, 37, "Chilean minister", code, code) if code else None
    return Quote(f"q{start}", "direct", speaker, Span(38, 42, "said"), Span(start, end, QUOTE_TEXT[start:end]),
                 SentenceRef(0, 0, 47, QUOTE_TEXT[:47]))


QUOTE_GOLD = (GoldQuote(1, 18, "CHL", ("minister",)),)


@pytest.mark.parametrize(("predicted", "content", "speaker"), [
    ((_quote(1, 18, "CHL"),), 1.0, 1.0),     # right content, right speaker
    ((_quote(5, 12, "PER"),), 1.0, 0.0),     # overlapping content, wrong speaker
    ((_quote(48, 62, "CHL"),), 0.0, 0.0),    # another span altogether
])
def test_voa_quotes_score_content_overlap_and_speaker(predicted: tuple[Quote, ...], content: float,
                                                      speaker: float) -> None:
    story = GoldQuoteStory(Story("q", dt.date(2024, 1, 1), QUOTE_TEXT), "dev", QUOTE_GOLD)
    report = evaluate_voa_quotes(lambda stories: [list(predicted)], [story])
    assert report.splits["dev"]["content"].f1 == content
    assert report.splits["dev"]["content+speaker"].f1 == speaker


def test_voa_quotes_is_an_eval_set_reading_the_shipped_gold() -> None:
    assert "voa-quotes" in SETS
    gold = load_quote_gold()
    assert {g.split for g in gold} == {"dev", "test"} and sum(len(g.quotes) for g in gold) > 100
