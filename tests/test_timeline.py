"""Stance timelines over the database: order, smoothing, shifts, queries, DNA export, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyads.cli import main
from dyads.concepts import concept_id
from dyads.records import Actor, CodedStory, Coder, DateInfo, Span, Stance, StanceTarget, Story
from dyads.store import Store
from dyads.timeline import (
    DNA_COLUMNS,
    StanceQueryError,
    detect_shifts,
    dna_statements,
    export_dna,
    smooth,
    stance_timeline,
)

CODER = Coder("dyads", "test", "none")


def _actor(text: str, name: str, code: str | None, person: bool = False) -> Actor:
    return Actor(text, 0, len(text), name, code, code, ("GOV",),
                 f"person:{name.lower().replace(' ', '-')}" if person else f"state:{code}")


USA = _actor("Washington", "United States", "USA")
BLINKEN = _actor("Blinken", "Antony Blinken", "USA", person=True)
CHN = _actor("Beijing", "China", "CHN")


def _story(story_id: str, day: str, *stances: tuple[Actor, str, str]) -> CodedStory:
    """A story whose text is its stances' evidence, one sentence each, in the given order."""
    text, records = "", []
    for i, (holder, polarity, concept) in enumerate(stances):
        sentence = f"{holder.text} {polarity}s the {concept}. "
        start = len(text)
        text += sentence
        span = Span(start, start + len(sentence) - 2, sentence[:-2])
        holder_at = Actor(**{**holder.__dict__, "start": start, "end": start + len(holder.text)})
        target = StanceTarget(span.text, span.start, span.end, concept_id(concept), concept)
        records.append(Stance(f"{story_id}-{i}", holder_at, target, polarity, span,
                              DateInfo(day, day, "story", None)))
    return CodedStory(Story(story_id, dt.date.fromisoformat(day), text), CODER, stances=tuple(records))


STORIES = [
    _story("b", "2023-03-01", (USA, "oppose", "chn peace plan"), (CHN, "support", "chn peace plan")),
    _story("a", "2023-02-20", (BLINKEN, "oppose", "chn peace plan")),
    _story("c", "2023-05-12", (BLINKEN, "neutral", "chn peace plan"), (USA, "support", "chn peace plan"),
           (USA, "oppose", "usa sanctions")),
    _story("d", "2023-06-01", (USA, "support", "peace talks")),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "stances.duckdb") as opened:
        opened.write_many(STORIES)
        yield opened


@pytest.mark.parametrize(("scores", "alpha", "expected"), [
    ([-1, -1, 1], 0.5, [-1, -1, 0]),
    ([-1, 1, 1, 1], 0.5, [-1, 0, 0.5, 0.75]),
    ([1, -1], 1.0, [1, -1]),
    ([], 0.5, []),
])
def test_exponential_moving_average(scores: list[float], alpha: float, expected: list[float]) -> None:
    assert smooth(scores, alpha) == pytest.approx(expected)


@pytest.mark.parametrize("alpha", [0, -0.1, 1.5])
def test_smoothing_weight_must_be_in_range(alpha: float) -> None:
    with pytest.raises(StanceQueryError, match="smoothing weight"):
        smooth([1], alpha)


def test_timeline_orders_by_story_date_then_position_and_smooths(store: Store) -> None:
    timeline = stance_timeline(store, "USA", "peace plan")
    assert [(p.story_id, p.polarity) for p in timeline.points] == [
        ("a", "oppose"), ("b", "oppose"), ("c", "neutral"), ("c", "support")]
    assert [p.smoothed for p in timeline.points] == pytest.approx([-1, -1, -0.5, 0.25])
    assert timeline.concepts == ("chn peace plan",)


def test_shift_is_detected_across_a_neutral_statement(store: Store) -> None:
    timeline = stance_timeline(store, "USA", "peace plan")
    assert len(timeline.shifts) == 1
    shift = timeline.shifts[0]
    assert (shift.before.story_id, shift.after.story_id) == ("b", "c")
    assert (shift.before.evidence.text, shift.after.evidence.text) == (
        "Washington opposes the chn peace plan", "Washington supports the chn peace plan")
    assert shift.describe().startswith("oppose -> support on 2023-05-12")


def test_no_shift_without_a_change(store: Store) -> None:
    assert detect_shifts(stance_timeline(store, "CHN", "peace plan").points) == []


@pytest.mark.parametrize(("holder", "concept", "count"), [
    ("usa", "China's peace proposal", 4),     # codes and synonyms, case-insensitive
    ("Antony Blinken", "peace plan", 2),      # a name
    ("person:antony-blinken", "plan", 2),     # an id
    ("USA", concept_id("chn peace plan"), 4),  # a concept id
    ("USA", "sanctions", 1),
    ("USA", "peace", 5),                      # every concept with the word
    ("RUS", "peace plan", 0),
])
def test_holder_and_concept_queries(store: Store, holder: str, concept: str, count: int) -> None:
    assert len(stance_timeline(store, holder, concept).points) == count


@pytest.mark.parametrize(("holder", "concept", "message"), [
    ("", "plan", "holder is empty"), ("USA", "the", "no words to match")])
def test_bad_queries_say_what_to_give(store: Store, holder: str, concept: str, message: str) -> None:
    with pytest.raises(StanceQueryError, match=message):
        stance_timeline(store, holder, concept)


def test_timeline_to_dict_is_json(store: Store) -> None:
    data = json.loads(json.dumps(stance_timeline(store, "USA", "peace plan").to_dict()))
    assert data["shifts"][0]["from"] == "oppose" and data["points"][0]["evidence"]["text"]


def test_dna_export_columns_and_agreement(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dna.csv"
    assert export_dna(store, out) == 6  # the neutral stance has no DNA agreement value
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == DNA_COLUMNS
    first = rows[0]
    assert (first["date"], first["actor"], first["person"], first["concept"], first["agreement"]) == (
        "2023-02-20", "USA", "Antony Blinken", "chn peace plan", "0")
    assert {r["agreement"] for r in rows if r["actor"] == "CHN"} == {"1"}
    assert first["text"] == STORIES[1].story.text[int(first["start"]):int(first["stop"])]


def test_dna_export_refuses_a_missing_directory(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StanceQueryError, match="does not exist"):
        export_dna(store, tmp_path / "missing" / "dna.csv")


def test_dna_statements_filter_by_holder_and_concept(store: Store) -> None:
    assert [s["document"] for s in dna_statements(store, holder="CHN")] == ["b"]
    assert len(list(dna_statements(store, concept="sanctions"))) == 1


def test_cli_timeline_and_dna(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = store.path
    store.close()  # DuckDB allows one process-level writer; the CLI opens its own connection
    assert main(["stances", "--db", db, "--holder", "USA", "--concept", "peace plan"]) == 0
    printed = capsys.readouterr().out
    assert "shift: oppose -> support" in printed
    assert main(["stances", "--db", db, "--holder", "USA", "--concept", "plan", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["concepts"] == ["chn peace plan"]
    out = tmp_path / "dna.csv"
    assert main(["stances", "--db", db, "--format", "dna", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(",".join(DNA_COLUMNS))


@pytest.mark.parametrize("args", [
    ["--holder", "USA"],                    # a timeline needs a concept
    ["--format", "dna"],                    # dna needs --out
    ["--holder", "USA", "--concept", "plan", "--alpha", "2"],
])
def test_cli_usage_errors_exit_2(store: Store, args: list[str]) -> None:
    db = store.path
    store.close()
    assert main(["stances", "--db", db, *args]) == 2
