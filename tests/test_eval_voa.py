"""Scoring events against annotated stories (docs/GOLD.md format)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyads.errors import GoldDataError
from dyads.eval.voa import evaluate_voa, load_voa_gold
from dyads.records import Actor, DateInfo, Event, Location, SentenceRef, Span

TEXT = "Russia attacked Ukraine on Monday in Kharkiv. France criticized Russia."


def gold_file(folder: Path, split: str = "test", **overrides: object) -> Path:
    event = {"anchor": "attacked", "start": 7, "type": "ASSAULT", "source": {"code": "RUS"},
             "target": {"code": "UKR"}, "negated": False, "modality": "asserted",
             "date": {"start": "2024-03-04", "end": "2024-03-04", "precision": "day"},
             "place": {"name": "Kharkiv", "geonameid": 706483, "country": "UKR", "lat": 49.98, "lon": 36.25}}
    second = {"anchor": "criticized", "start": 53, "type": "ACCUSE", "source": {"code": "FRA"},
              "target": {"code": "RUS"}, "date": {"start": "2024-03-06", "end": "2024-03-06",
                                                   "precision": "story"}, "place": None}
    record = {"story_id": "s1", "split": split, "story_date": "2024-03-06", "text": TEXT,
              "events": [event, second], **overrides}
    path = folder / "s1.json"
    path.write_text(json.dumps(record))
    return path


def actor(code: str) -> Actor:
    return Actor(text=code, start=0, end=0, name=code, code=code, country=code)


def event(type_: str, source: str, target: str, at: int, sentence: tuple[int, int], day: str,
          precision: str = "day", location: Location | None = None) -> Event:
    return Event(event_id="e", type=type_, trigger=Span(at, at + 3, TEXT[at:at + 3]),
                 sentence=SentenceRef(0, *sentence, TEXT[sentence[0]:sentence[1]]),
                 source=actor(source), target=actor(target), date=DateInfo(day, day, precision),
                 location=location)


def test_perfect_predictions_score_one(tmp_path: Path) -> None:
    gold_file(tmp_path)
    kharkiv = Location("Kharkiv", None, "UKR", 49.99, 36.23)  # no id, but within 25 km
    predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04", location=kharkiv),
                  event("ACCUSE", "FRA", "RUS", 53, (46, 70), "2024-03-06", "story")]]
    report = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path))
    test = report.splits["test"]
    assert test.type_dyad.f1 == 1.0 and test.type.f1 == 1.0
    assert (test.date.correct, test.date.total) == (2, 2)
    assert (test.location.correct, test.location.total) == (1, 1)


def test_a_country_is_never_right_for_a_town_near_its_coordinates(tmp_path: Path) -> None:
    kyiv = {"name": "Kyiv", "geonameid": 703448, "country": "UKR", "lat": 50.45, "lon": 30.52}
    gold_file(tmp_path, events=[{"anchor": "attacked", "start": 7, "type": "ASSAULT", "source": {"code": "RUS"},
                                 "target": {"code": "UKR"}, "date": {"start": "2024-03-04", "end": "2024-03-04",
                                                                     "precision": "day"}, "place": kyiv}])
    ukraine = Location("Ukraine", 690791, "UKR", 50.45466, 30.5238)  # the country, at its capital's point
    predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04", location=ukraine)]]
    test = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path)).splits["test"]
    assert (test.location.correct, test.location.total) == (0, 1)


def test_wrong_sentence_wrong_target_and_wrong_date_do_not_count(tmp_path: Path) -> None:
    gold_file(tmp_path)
    predicted = [[event("ASSAULT", "RUS", "FRA", 7, (0, 45), "2024-03-04"),      # wrong target
                  event("ACCUSE", "FRA", "RUS", 7, (0, 45), "2024-03-06")]]     # wrong sentence
    test = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path)).splits["test"]
    assert test.type_dyad.tp == 0 and test.type.tp == 1
    assert test.type_dyad.fp == 2 and test.type_dyad.fn == 2


def test_hits_alarms_and_misses_count_under_each_event_type(tmp_path: Path) -> None:
    gold_file(tmp_path)
    predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04"),      # right
                  event("COERCE", "RUS", "UKR", 7, (0, 45), "2024-03-04"),      # a false alarm
                  event("ACCUSE", "FRA", "UKR", 53, (46, 70), "2024-03-06")]]   # wrong target
    by_type = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path)).splits["test"].by_type
    assert {t: (p.tp, p.fp, p.fn) for t, p in by_type.items()} == {
        "ASSAULT": (1, 0, 0), "COERCE": (0, 1, 0), "ACCUSE": (0, 1, 1)}


def test_the_reverse_record_of_a_two_way_event_is_neither_hit_nor_miss(tmp_path: Path) -> None:
    gold_file(tmp_path)
    predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04"),
                  event("ASSAULT", "UKR", "RUS", 7, (0, 45), "2024-03-04"),     # the other way round
                  event("ACCUSE", "RUS", "FRA", 53, (46, 70), "2024-03-06")]]   # one way only: a miss
    test = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path)).splits["test"]
    assert (test.type_dyad.tp, test.type_dyad.fp, test.type_dyad.fn) == (1, 1, 1)


def test_a_two_way_event_matches_the_gold_in_either_direction(tmp_path: Path) -> None:
    gold_file(tmp_path)
    predicted = [[event("ASSAULT", "UKR", "RUS", 7, (0, 45), "2024-03-04"),     # named the other way first
                  event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04")]]
    test = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path)).splits["test"]
    assert (test.type_dyad.tp, test.type_dyad.fp, test.type_dyad.fn) == (1, 0, 1)


def test_bad_anchor_offset_is_a_clear_error(tmp_path: Path) -> None:
    gold_file(tmp_path, text="Something else entirely, long enough to hold the offsets above.")
    with pytest.raises(GoldDataError, match="anchor"):
        load_voa_gold(tmp_path)


def test_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldDataError, match="no annotated stories"):
        load_voa_gold(tmp_path)


def test_real_coder_runs_on_a_gold_folder(tmp_path: Path) -> None:
    from dyads.eval.runner import evaluate
    from dyads.settings import Settings

    gold_file(tmp_path)
    report = evaluate(["voa"], Settings(), gold=tmp_path)["voa"].to_dict()
    assert report["n_stories"] == {"test": 1}


def test_a_gold_region_with_no_point_matches_the_gazetteer_region_of_its_name(tmp_path: Path) -> None:
    sea = {"name": "South China Sea", "geonameid": None, "country": None, "lat": None, "lon": None}
    gold_file(tmp_path, events=[{"anchor": "attacked", "start": 7, "type": "ASSAULT", "source": {"code": "RUS"},
                                 "target": {"code": "UKR"}, "date": {"start": "2024-03-04", "end": "2024-03-04",
                                                                     "precision": "day"}, "place": sea}])
    ours = Location("South China Sea", None, None, 12.0, 114.0)
    elsewhere = Location("Kharkiv", 706483, "UKR", 49.98, 36.25)
    for location, right in ((ours, 1), (elsewhere, 0)):
        predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04", location=location)]]
        test = evaluate_voa(lambda stories, p=predicted: p, load_voa_gold(tmp_path)).splits["test"]
        assert (test.location.correct, test.location.total) == (right, 1)


def test_event_scores_carry_a_story_bootstrap_interval(tmp_path: Path) -> None:
    gold_file(tmp_path)
    predicted = [[event("ASSAULT", "RUS", "UKR", 7, (0, 45), "2024-03-04")]]
    report = evaluate_voa(lambda stories: predicted, load_voa_gold(tmp_path))
    test = report.to_dict()["test"]
    assert test["type_dyad"]["f1_interval"] == [pytest.approx(2 / 3), pytest.approx(2 / 3)]
    assert "F1 95% interval" in report.format_table()
