"""A second annotation scored against the gold as if a coder had made it (inter-annotator agreement)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from dyads.errors import GoldDataError
from dyads.eval.runner import evaluate
from dyads.settings import Settings

TEXT = ("Russia attacked Ukraine on Monday in Kharkiv. France criticized Russia. "
        "\"We will not give in,\" Ukrainian President Volodymyr Zelenskyy said.")


def _story(split: str = "test") -> dict[str, Any]:
    quote_at = TEXT.index("We will")
    return {
        "story_id": "s1", "split": split, "story_date": "2024-03-06", "text": TEXT,
        "events": [
            {"anchor": "attacked", "start": 7, "type": "ASSAULT", "source": {"code": "RUS"},
             "target": {"code": "UKR"}, "date": {"start": "2024-03-04", "end": "2024-03-04", "precision": "day"},
             "place": {"name": "Kharkiv", "geonameid": 706483, "country": "UKR", "lat": 49.98, "lon": 36.25}},
            {"anchor": "criticized", "start": 53, "type": "ACCUSE", "source": {"code": "FRA"},
             "target": {"code": "RUS"}, "date": {"start": "2024-03-06", "end": "2024-03-06",
                                                  "precision": "story"}, "place": None},
        ],
        "quotes": [{"anchor": "We will not give in,", "start": quote_at, "kind": "direct", "cue": "said",
                    "speaker": {"code": "UKR", "text": "Ukrainian President Volodymyr Zelenskyy",
                                "name": "Volodymyr Zelenskyy"}}],
        "stances": [{"anchor": "criticized Russia", "start": 53, "holder": {"code": "FRA", "text": "France"},
                     "target": "Russia", "concept": "russia", "polarity": "oppose", "conditional": False}],
    }


def _write(folder: Path, record: dict[str, Any]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "s1.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def _scores(gold: Path, second: Path) -> dict[str, Any]:
    reports = evaluate(["voa", "voa-quotes", "stances"], Settings(), gold=gold, annotations=second)
    return {name: report.to_dict()["test"] for name, report in reports.items()}


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    scores = _scores(gold, _write(tmp_path / "second", _story()))
    assert scores["voa"]["type_dyad"]["f1"] == 1.0
    assert (scores["voa"]["date"]["correct"], scores["voa"]["date"]["total"]) == (2, 2)
    assert scores["voa"]["location"]["accuracy"] == 1.0
    assert scores["voa-quotes"]["content+speaker"]["f1"] == 1.0
    assert scores["stances"]["holder+polarity+target"]["f1"] == 1.0


def test_each_disagreement_counts_once_where_it_belongs(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    second = copy.deepcopy(_story())
    second["events"][1]["target"] = {"code": "UKR"}
    second["quotes"][0]["speaker"] = {"code": "RUS", "text": "Russia"}
    second["stances"][0]["polarity"] = "support"
    scores = _scores(gold, _write(tmp_path / "second", second))
    assert (scores["voa"]["type_dyad"]["tp"], scores["voa"]["type_dyad"]["fn"]) == (1, 1)
    assert scores["voa"]["type"]["f1"] == 1.0
    assert scores["voa-quotes"]["content"]["f1"] == 1.0
    assert scores["voa-quotes"]["content+speaker"]["tp"] == 0
    assert scores["stances"]["holder"]["tp"] == 1 and scores["stances"]["holder+polarity"]["tp"] == 0


def test_stories_the_second_annotation_lacks_are_left_out(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    other = {**_story(), "story_id": "s2"}
    (gold / "s2.json").write_text(json.dumps(other), encoding="utf-8")
    reports = evaluate(["voa"], Settings(), gold=gold, annotations=_write(tmp_path / "second", _story()))
    assert reports["voa"].to_dict()["n_stories"] == {"test": 1}


def test_a_second_annotation_of_another_text_is_a_clear_error(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    second = _write(tmp_path / "second", {**_story(), "text": TEXT.replace("Monday", "Sunday")})
    with pytest.raises(GoldDataError, match="s1.*different text"):
        _scores(gold, second)


def test_agreement_covers_only_the_annotated_story_sets(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    with pytest.raises(GoldDataError, match="--annotations.*plover"):
        evaluate(["plover"], Settings(), gold=gold, annotations=gold)


def test_a_folder_annotating_none_of_the_gold_stories_is_a_clear_error(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold", _story())
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldDataError, match="annotates none"):
        evaluate(["voa"], Settings(), gold=gold, annotations=tmp_path / "empty")
